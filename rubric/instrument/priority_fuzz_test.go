package instrument_test

import (
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

// FuzzParsePriority checks ParsePriority against a reference built from its
// documentation (the names high, medium and low in any case), checks that
// UnmarshalText agrees with it, that every rejection is a *ParseError
// wrapping ErrEmpty or ErrUnknownLabel, and that an accepted priority is
// valid, is written as its lower-case name and round-trips through its text
// and JSON forms.
func FuzzParsePriority(f *testing.F) {
	for _, s := range []string{
		"high", "medium", "low", "HIGH", "Medium", "lOw", "hIgH",
		"", " high", "low ", "hi", "highest", "urgent", "unset", "0", "1", "3",
		"%!Priority(9)", "\"high\"", "null", "h\u0131gh", "h\u0130gh", "\xff", "lo\x00w",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := instrument.ParsePriority(s)
		want, ok := referencePriority(s)
		if p != want || (err == nil) != ok {
			t.Fatalf("ParsePriority(%q) = %v, %v; reference says %v, %t", s, p, err, want, ok)
		}
		checkPriorityUnmarshalText(t, s, p, err)
		if err != nil {
			if kind := testcheck.ParseErrorKind(err); kind != rubric.ErrEmpty && kind != rubric.ErrUnknownLabel {
				t.Fatalf("ParsePriority(%q) error = %v; want a *ParseError wrapping ErrEmpty or ErrUnknownLabel, got kind %v", s, err, kind)
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePriority(%q) = %v, which is not valid", s, p)
		}
		if text, err := p.MarshalText(); err != nil || string(text) != p.String() || !strings.EqualFold(string(text), s) {
			t.Fatalf("%v.MarshalText() = %q, %v; want the lower-case name, equal to %q ignoring case", p, text, err, s)
		}
		testcheck.TextRoundTrip[instrument.Priority](t, p)
		testcheck.JSONRoundTrip(t, p)
	})
}

// checkPriorityUnmarshalText checks that UnmarshalText gives what
// ParsePriority gave (p, err) for s, except that empty text is the zero
// value without error.
func checkPriorityUnmarshalText(t *testing.T, s string, p instrument.Priority, err error) {
	t.Helper()
	got := instrument.PriorityLow + 1 // a value UnmarshalText must overwrite or leave alone
	textErr := got.UnmarshalText([]byte(s))
	switch {
	case s == "":
		if got != 0 || textErr != nil {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want the zero value, nil", s, got, textErr)
		}
	case (textErr == nil) != (err == nil):
		t.Fatalf("UnmarshalText(%q) error = %v; ParsePriority gave %v", s, textErr, err)
	case err == nil && got != p:
		t.Fatalf("UnmarshalText(%q) = %v; ParsePriority gave %v", s, got, p)
	case err != nil && got != instrument.PriorityLow+1:
		t.Fatalf("UnmarshalText(%q) failed but changed the value to %v", s, got)
	}
}

// referencePriority is an independent statement of what ParsePriority
// accepts: one of the three names, letters compared without regard to
// ASCII case.
func referencePriority(s string) (instrument.Priority, bool) {
	lower := strings.Map(func(r rune) rune {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}, s)
	switch lower {
	case "high":
		return instrument.PriorityHigh, true
	case "medium":
		return instrument.PriorityMedium, true
	case "low":
		return instrument.PriorityLow, true
	}
	return 0, false
}
