package goal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestParseSupport(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      string
		want    goal.Support
		wantErr error
	}{
		{"unset", "", goal.Support{}, nil},
		{"range", "4-5", support45, nil},
		{"range in words", "high to extreme", support45, nil},
		{"ceiling", "3-or-less", atMost(3), nil},
		{"ceiling in capitals", "3-OR-LESS", atMost(3), nil},
		{"ceiling by label", "moderate-or-less", atMost(3), nil},
		{"independent", "Independent", goal.Independent(), nil},
		{"ceiling off the scale", "6-or-less", goal.Support{}, rubric.ErrOutOfRange},
		{"ceiling with a sign", "+3-or-less", goal.Support{}, rubric.ErrUnknownLabel},
		{"ceiling without a level", "-or-less", goal.Support{}, rubric.ErrEmpty},
		{"range upside down", "5-4", goal.Support{}, rubric.ErrInvalid},
		{"unknown word", "some", goal.Support{}, rubric.ErrUnknownLabel},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := goal.ParseSupport(tc.in)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Fatalf("ParseSupport(%q) error = %v, want %v", tc.in, err, tc.wantErr)
			}
			var fe *goal.FieldError
			if err != nil && (!errors.As(err, &fe) || fe.Field != "support") {
				t.Errorf("ParseSupport(%q) error = %v, want a *goal.FieldError for \"support\"", tc.in, err)
			}
			if diff := cmp.Diff(tc.want, got, allFields); diff != "" {
				t.Errorf("ParseSupport(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// FuzzParseSupport checks that whatever ParseSupport accepts is unset or
// valid and reads back from its text form as the same value, and that
// UnmarshalText agrees with it.
func FuzzParseSupport(f *testing.F) {
	for _, s := range []string{"", "4-5", "3–5", "2 to 3", "1-or-less", "Moderate-Or-Less", "independent", "5-4", "0-or-less", "4", "x-or-less"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := goal.ParseSupport(s)
		var fromText goal.Support
		if textErr := fromText.UnmarshalText([]byte(s)); fromText != v || (textErr == nil) != (err == nil) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseSupport gave %v, %v", s, fromText, textErr, v, err)
		}
		if err != nil {
			return
		}
		if !v.IsZero() && !v.IsValid() {
			t.Fatalf("ParseSupport(%q) = %v, which is neither unset nor valid", s, v)
		}
		text, err := v.MarshalText()
		if err != nil {
			t.Fatalf("ParseSupport(%q) = %v, which does not marshal: %v", s, v, err)
		}
		if back, err := goal.ParseSupport(string(text)); err != nil || back != v {
			t.Fatalf("ParseSupport(%q) = %v, %v; want %v (from %q)", text, back, err, v, s)
		}
	})
}

// FuzzParseDeadline checks that whatever ParseDeadline accepts is valid and
// reads back from its text form as the same value.
func FuzzParseDeadline(f *testing.F) {
	for _, s := range []string{"", "2027-03-13", "trimester-2", "School-Year", "2027-02-30", "quarter-5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := goal.ParseDeadline(s)
		if err != nil {
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDeadline(%q) = %v, which is not valid", s, d)
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatalf("ParseDeadline(%q) = %v, which does not marshal: %v", s, d, err)
		}
		if back, err := goal.ParseDeadline(string(text)); err != nil || back != d {
			t.Fatalf("ParseDeadline(%q) = %v, %v; want %v (from %q)", text, back, err, d, s)
		}
	})
}

// TestSupportConstructorsReject checks that the constructors never return
// the zero (invalid) condition silently: what cannot be built is an error
// naming the support field and the cause, instead of a zero value whose
// error appears later as "a support condition is required".
func TestSupportConstructorsReject(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func() (goal.Support, error)
		want error
	}{
		{"range upside down", func() (goal.Support, error) { return goal.SupportRange(5, 4) }, rubric.ErrInvalid},
		{"range off the scale", func() (goal.Support, error) { return goal.SupportRange(0, 9) }, rubric.ErrOutOfRange},
		{"ceiling 9", func() (goal.Support, error) { return goal.SupportAtMost(9) }, rubric.ErrOutOfRange},
		{"ceiling unrated", func() (goal.Support, error) { return goal.SupportAtMost(0) }, rubric.ErrOutOfRange},
	} {
		s, err := tc.make()
		var fe *goal.FieldError
		if !errors.Is(err, tc.want) || !errors.As(err, &fe) || fe.Field != "support" || !s.IsZero() {
			t.Errorf("%s = %v, %v; want the zero Support and a *FieldError for support wrapping %v", tc.name, s, err, tc.want)
		}
	}
	for _, tc := range []struct {
		name string
		make func() (goal.Support, error)
		want goal.Support
	}{
		{"range 4-5", func() (goal.Support, error) { return goal.SupportRange(4, 5) }, support45},
		{"ceiling 3", func() (goal.Support, error) { return goal.SupportAtMost(3) }, atMost(3)},
	} {
		if s, err := tc.make(); err != nil || s != tc.want {
			t.Errorf("%s = %v, %v; want %v", tc.name, s, err, tc.want)
		}
	}
}
