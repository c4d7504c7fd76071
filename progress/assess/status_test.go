package assess_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/progress/assess"
)

func TestStatusText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		s     assess.Status
		key   string
		valid bool
	}{
		{"not assessed", 0, "", false},
		{"met", assess.StatusMet, "met", true},
		{"on track", assess.StatusOnTrack, "on-track", true},
		{"at risk", assess.StatusAtRisk, "at-risk", true},
		{"not met", assess.StatusNotMet, "not-met", true},
		{"not enough data", assess.StatusNotEnoughData, "not-enough-data", true},
		{"undeclared", assess.Status(6), "%!Status(6)", false},
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
	want := []assess.Status{assess.StatusMet, assess.StatusOnTrack, assess.StatusAtRisk, assess.StatusNotMet, assess.StatusNotEnoughData}
	if diff := cmp.Diff(want, assess.Statuses()); diff != "" {
		t.Errorf("Statuses() (-want +got):\n%s", diff)
	}
	for _, s := range assess.Statuses() {
		up := strings.ToUpper(s.String())
		if p, err := assess.ParseStatus(up); err != nil || p != s {
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
			s, err := assess.ParseStatus(tc.in)
			var ae *assess.Error
			if !errors.Is(err, assess.ErrOption) || !errors.As(err, &ae) || ae.Field != "status" || s != 0 {
				t.Errorf("ParseStatus(%q) = %v, %v; want 0 and an *assess.Error for status wrapping ErrOption", tc.in, s, err)
			}
		})
	}
}

func TestStatusMarshalText(t *testing.T) {
	for _, s := range append([]assess.Status{0}, assess.Statuses()...) {
		text, err := s.MarshalText()
		if err != nil || string(text) != s.String() {
			t.Errorf("%v.MarshalText() = %q, %v; want %q", s, text, err, s.String())
		}
		back := assess.Status(99)
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, s)
		}
	}
	if _, err := assess.Status(6).MarshalText(); !errors.Is(err, assess.ErrOption) {
		t.Errorf("Status(6).MarshalText() error = %v, want ErrOption", err)
	}
	s := assess.StatusAtRisk
	if err := s.UnmarshalText([]byte("done")); !errors.Is(err, assess.ErrOption) || s != assess.StatusAtRisk {
		t.Errorf("UnmarshalText(done) = %v, left %v; want ErrOption and the value unchanged", err, s)
	}
	// The text form is the JSON form, the zero value included.
	type row struct{ Status assess.Status }
	got, err := json.Marshal([]row{{assess.StatusNotMet}, {}})
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
		s, err := assess.ParseStatus(text)
		var fromText assess.Status
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
			if !errors.Is(err, assess.ErrOption) || s != 0 {
				t.Fatalf("ParseStatus(%q) = %v, %v; want 0 and ErrOption", text, s, err)
			}
			return
		}
		key := s.String()
		if !s.IsValid() || !strings.EqualFold(key, text) {
			t.Fatalf("ParseStatus(%q) = %v (valid %v), want a valid status whose key matches the text", text, s, s.IsValid())
		}
		if back, err := assess.ParseStatus(key); err != nil || back != s {
			t.Fatalf("ParseStatus(%q) = %v, %v; want %v", key, back, err, s)
		}
	})
}

// A status read from text (a report, a JSON field) and written back; the
// zero value, "not assessed", is empty text.
func ExampleStatus() {
	s, err := assess.ParseStatus("On-Track")
	fmt.Println(s, err)
	fmt.Println(s == assess.StatusOnTrack, s.IsValid())

	var notAssessed assess.Status
	text, _ := notAssessed.MarshalText()
	fmt.Printf("%q %v\n", text, notAssessed.IsValid())

	_, err = assess.ParseStatus("done")
	fmt.Println(errors.Is(err, assess.ErrOption))
	// Output:
	// on-track <nil>
	// true true
	// "" false
	// true
}
