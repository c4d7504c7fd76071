package goal_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
)

func TestStatusText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		s     goal.Status
		key   string
		valid bool
	}{
		{"not assessed", 0, "", false},
		{"met", goal.StatusMet, "met", true},
		{"on track", goal.StatusOnTrack, "on-track", true},
		{"at risk", goal.StatusAtRisk, "at-risk", true},
		{"not met", goal.StatusNotMet, "not-met", true},
		{"not enough data", goal.StatusNotEnoughData, "not-enough-data", true},
		{"undeclared", goal.Status(6), "%!Status(6)", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.s.String(); got != tc.key {
				t.Errorf("String() = %q, want %q", got, tc.key)
			}
			if got := tc.s.IsValid(); got != tc.valid {
				t.Errorf("IsValid() = %v, want %v", got, tc.valid)
			}
		})
	}
}

func TestStatuses(t *testing.T) {
	want := []goal.Status{goal.StatusMet, goal.StatusOnTrack, goal.StatusAtRisk, goal.StatusNotMet, goal.StatusNotEnoughData}
	if diff := cmp.Diff(want, goal.Statuses()); diff != "" {
		t.Errorf("Statuses() (-want +got):\n%s", diff)
	}
	for _, s := range goal.Statuses() {
		up := strings.ToUpper(s.String())
		if p, err := goal.ParseStatus(up); err != nil || p != s {
			t.Errorf("ParseStatus(%q) = %v, %v; want %v", up, p, err, s)
		}
	}
}

func TestParseStatusErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"unknown", "done"},
		{"words not key", "on track"},
		{"padded", " met"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := goal.ParseStatus(tc.in)
			var fe *goal.FieldError
			if !errors.Is(err, goal.ErrUnknownValue) || !errors.As(err, &fe) || fe.Field != "status" || s != 0 {
				t.Errorf("ParseStatus(%q) = %v, %v; want 0 and a *FieldError for status wrapping ErrUnknownValue", tc.in, s, err)
			}
		})
	}
}

func TestStatusMarshalText(t *testing.T) {
	for _, s := range append([]goal.Status{0}, goal.Statuses()...) {
		text, err := s.MarshalText()
		if err != nil || string(text) != s.String() {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", s, text, err, s.String())
		}
		back := goal.Status(99)
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, s)
		}
	}
	if _, err := goal.Status(6).MarshalText(); !errors.Is(err, goal.ErrUnknownValue) {
		t.Errorf("Status(6).MarshalText() error = %v, want ErrUnknownValue", err)
	}
	s := goal.StatusAtRisk
	if err := s.UnmarshalText([]byte("done")); !errors.Is(err, goal.ErrUnknownValue) || s != goal.StatusAtRisk {
		t.Errorf("UnmarshalText(done) = %v, left %v; want ErrUnknownValue and the value unchanged", err, s)
	}
	// The text form is the JSON form, the zero value included.
	type row struct{ Status goal.Status }
	got, err := json.Marshal([]row{{goal.StatusNotMet}, {}})
	if want := `[{"Status":"not-met"},{"Status":""}]`; err != nil || string(got) != want {
		t.Errorf("json.Marshal = %s, %v; want %s", got, err, want)
	}
}

// FuzzParseStatus checks that whatever ParseStatus accepts is a valid status
// whose key parses back to it and matches the text up to case, and that
// UnmarshalText agrees with ParseStatus on every non-empty text.
func FuzzParseStatus(f *testing.F) {
	for _, s := range []string{"", "met", "On-Track", "AT-RISK", "not-met", "not-enough-data", "done", "on track", "met "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s, err := goal.ParseStatus(text)
		var fromText goal.Status
		textErr := fromText.UnmarshalText([]byte(text))
		if text == "" {
			if err == nil || textErr != nil || fromText != 0 {
				t.Fatalf("empty text: ParseStatus error %v; UnmarshalText = %v, %v; want an error, then 0 and nil", err, fromText, textErr)
			}
			return
		}
		if fromText != s || (textErr == nil) != (err == nil) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseStatus gave %v, %v", text, fromText, textErr, s, err)
		}
		if err != nil {
			if !errors.Is(err, goal.ErrUnknownValue) || s != 0 {
				t.Fatalf("ParseStatus(%q) = %v, %v; want 0 and ErrUnknownValue", text, s, err)
			}
			return
		}
		key := s.String()
		if !s.IsValid() || !strings.EqualFold(key, text) {
			t.Fatalf("ParseStatus(%q) = %v (valid %v), want a valid status whose key matches the text", text, s, s.IsValid())
		}
		if back, err := goal.ParseStatus(key); err != nil || back != s {
			t.Fatalf("ParseStatus(%q) = %v, %v; want %v", key, back, err, s)
		}
	})
}

// A status read from text (a report, a JSON field) and written back; the
// zero value, "not assessed", is empty text.
func ExampleStatus() {
	s, err := goal.ParseStatus("On-Track")
	fmt.Println(s, err)
	fmt.Println(s == goal.StatusOnTrack, s.IsValid())

	var notAssessed goal.Status
	text, _ := notAssessed.MarshalText()
	fmt.Printf("%q %v\n", text, notAssessed.IsValid())

	_, err = goal.ParseStatus("done")
	fmt.Println(errors.Is(err, goal.ErrUnknownValue))
	// Output:
	// on-track <nil>
	// true true
	// "" false
	// true
}
