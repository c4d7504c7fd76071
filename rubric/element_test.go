package rubric_test

import (
	"encoding/json"
	"slices"
	"testing"

	"errors"
	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestElementsCatalog(t *testing.T) {
	want := []string{
		"Case Consultation", "Communication", "Community", "De-escalation",
		"Environmental Support", "Identity Shaping", "Management of Demand", "Memory",
		"Microgoal", "Mood", "Needs Hierarchy", "Perception", "Recognition/Reinforcement",
		"Relationship", "Staff to Student Ratio", "Transition", "Visual",
	}
	var got []string
	keys := map[string]bool{}
	for _, e := range rubric.Elements() {
		got = append(got, e.String())
		if keys[e.Key()] || e.Key() == "" {
			t.Errorf("element %v: key %q empty or repeated", e, e.Key())
		}
		keys[e.Key()] = true
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("element names mismatch (-want +got):\n%s", diff)
	}
	if len(got) != rubric.NumElements {
		t.Errorf("len(Elements()) = %d, want NumElements = %d", len(got), rubric.NumElements)
	}
}

func TestParseElement(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.Element
		wantErr error
	}{
		{"key", "de-escalation", rubric.DeEscalation, nil},
		{"name", "Staff to Student Ratio", rubric.StaffToStudentRatio, nil},
		{"name ignores case", "recognition/reinforcement", rubric.RecognitionReinforcement, nil},
		{"key ignores case", "NEEDS-HIERARCHY", rubric.NeedsHierarchy, nil},
		{"2016 name", "Hierarchy of Needs", rubric.NeedsHierarchy, nil},
		{"2016 name lower case", "hierarchy of needs", rubric.NeedsHierarchy, nil},
		{"empty", "", 0, rubric.ErrEmpty},
		{"unknown", "Music", 0, rubric.ErrUnknownLabel},
		{"number", "4", 0, rubric.ErrUnknownLabel},
		{"padded", " visual", 0, rubric.ErrUnknownLabel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseElement(tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseElement(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestElementForms(t *testing.T) {
	tests := []struct {
		name    string
		e       rubric.Element
		str     string
		text    string
		json    string
		wantErr error
	}{
		{"element", rubric.ManagementOfDemand, "Management of Demand", "management-of-demand", `"management-of-demand"`, nil},
		{"zero", 0, "unset", "", `null`, nil},
		{"not an element", 18, "%!Element(18)", "", ``, rubric.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.e.String(); got != tc.str {
				t.Errorf("String() = %q, want %q", got, tc.str)
			}
			text, err := tc.e.MarshalText()
			if string(text) != tc.text || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("MarshalText() = %q, %v; want %q, %v", text, err, tc.text, tc.wantErr)
			}
			data, err := tc.e.MarshalJSON()
			if string(data) != tc.json || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("MarshalJSON() = %s, %v; want %s, %v", data, err, tc.json, tc.wantErr)
			}
			if tc.wantErr == nil {
				testcheck.TextRoundTrip(t, tc.e)
				testcheck.JSONRoundTrip(t, tc.e)
			}
		})
	}
}

func TestParseElementSet(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.ElementSet
		wantErr error
	}{
		{"keys", "de-escalation,visual", rubric.MustElementSet(rubric.DeEscalation, rubric.Visual), nil},
		{"names with spaces", "Visual, De-escalation", rubric.MustElementSet(rubric.DeEscalation, rubric.Visual), nil},
		{"2016 name", "hierarchy of needs", rubric.MustElementSet(rubric.NeedsHierarchy), nil},
		{"empty", "", 0, nil},
		{"blank", "  ", 0, nil},
		{"empty item", "visual,,mood", 0, rubric.ErrEmpty},
		{"trailing comma", "visual,", 0, rubric.ErrEmpty},
		{"unknown item", "visual,music", 0, rubric.ErrUnknownLabel},
		{"repeated item", "visual,Visual", 0, rubric.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseElementSet(tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseElementSet(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestElementSetForms(t *testing.T) {
	set := rubric.MustElementSet(rubric.Visual, rubric.DeEscalation, rubric.Visual)
	for _, bad := range []rubric.Element{0, 18, 40} {
		if s, err := rubric.NewElementSet(rubric.Visual, bad); !errors.Is(err, rubric.ErrOutOfRange) || s != 0 {
			t.Errorf("NewElementSet(Visual, Element(%d)) = %v, %v; want the empty set and ErrOutOfRange", bad, s, err)
		}
	}
	if rubric.ElementSet(1<<30).IsValid() || !set.IsValid() {
		t.Errorf("IsValid: a set with unknown bits must not be valid, %v must be", set)
	}
	if got, want := set.Elements(), []rubric.Element{rubric.DeEscalation, rubric.Visual}; !slices.Equal(got, want) {
		t.Errorf("Elements() = %v, want %v", got, want)
	}
	if set.Len() != 2 || set.IsZero() || !set.Has(rubric.Visual) || set.Has(rubric.Mood) || set.Has(0) {
		t.Errorf("set %v: Len %d, IsZero %t", set, set.Len(), set.IsZero())
	}
	if got := set.String(); got != "De-escalation, Visual" {
		t.Errorf("String() = %q", got)
	}
	if text, _ := set.MarshalText(); string(text) != "de-escalation,visual" {
		t.Errorf("MarshalText() = %q", text)
	}
	if data, _ := json.Marshal(set); string(data) != `["de-escalation","visual"]` {
		t.Errorf("json.Marshal = %s", data)
	}
	if data, _ := json.Marshal(rubric.ElementSet(0)); string(data) != `[]` {
		t.Errorf("json.Marshal(empty) = %s", data)
	}
	if got := set.Without(rubric.Visual).Without(rubric.Mood); got != rubric.MustElementSet(rubric.DeEscalation) {
		t.Errorf("Without = %v", got)
	}
	var n int
	for range set.All() {
		n++
		break
	}
	if n != 1 {
		t.Errorf("All() did not stop when asked")
	}
}

func TestElementSetUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.ElementSet
		wantErr error
	}{
		{"keys", `["visual","mood"]`, rubric.MustElementSet(rubric.Visual, rubric.Mood), nil},
		{"names", `["Hierarchy of Needs"]`, rubric.MustElementSet(rubric.NeedsHierarchy), nil},
		{"empty", `[]`, 0, nil},
		{"null", `null`, 0, nil},
		{"repeated", `["visual","Visual"]`, 0, rubric.ErrInvalid},
		{"unknown", `["visual","music"]`, 0, rubric.ErrUnknownLabel},
		{"empty item", `[""]`, 0, rubric.ErrEmpty},
		{"null item", `[null]`, 0, rubric.ErrEmpty},
		{"number item", `[3]`, 0, rubric.ErrUnsupportedType},
		{"object", `{"visual":1}`, 0, rubric.ErrUnsupportedType},
		{"trailing data", `["visual"]]`, 0, rubric.ErrSyntax},
		{"not JSON", `["visual"`, 0, rubric.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got rubric.ElementSet
			err := got.UnmarshalJSON([]byte(tc.in))
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}
