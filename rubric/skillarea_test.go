package rubric_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestNewSkillArea(t *testing.T) {
	tests := []struct {
		name       string
		id, phrase string
		wantErr    error
	}{
		{"seed area", "group-work", "working successfully in a group", nil},
		{"digits in id", "area-51", "taking turns", nil},
		{"empty id", "", "taking turns", rubric.ErrEmpty},
		{"empty phrase", "turns", "", rubric.ErrEmpty},
		{"upper-case id", "Turns", "taking turns", rubric.ErrInvalid},
		{"id with space", "taking turns", "taking turns", rubric.ErrInvalid},
		{"id starting with hyphen", "-turns", "taking turns", rubric.ErrInvalid},
		{"id ending with hyphen", "turns-", "taking turns", rubric.ErrInvalid},
		{"double hyphen", "taking--turns", "taking turns", rubric.ErrInvalid},
		{"id too long", strings.Repeat("a", 65), "taking turns", rubric.ErrInvalid},
		{"padded phrase", "turns", " taking turns", rubric.ErrInvalid},
		{"control character", "turns", "taking\nturns", rubric.ErrInvalid},
		{"invalid UTF-8", "turns", "taking \xff turns", rubric.ErrInvalid},
		{"phrase too long", "turns", strings.Repeat("é", 201), rubric.ErrInvalid},
		{"longest phrase", "turns", strings.Repeat("é", 200), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := rubric.NewSkillArea(tc.id, tc.phrase)
			if testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Fatalf("NewSkillArea(%q, %q) error = %v, want %v", tc.id, tc.phrase, err, tc.wantErr)
			}
			if err == nil && (a.ID() != tc.id || a.Phrase() != tc.phrase || a.String() != tc.id) {
				t.Errorf("NewSkillArea(%q, %q) = %+v", tc.id, tc.phrase, a)
			}
			if err != nil && !a.IsZero() {
				t.Errorf("NewSkillArea(%q, %q) = %+v with an error, want the zero area", tc.id, tc.phrase, a)
			}
		})
	}
}

func TestBuiltinSkillAreas(t *testing.T) {
	areas := rubric.BuiltinSkillAreas()
	if len(areas) == 0 {
		t.Fatal("no built-in areas")
	}
	for _, a := range areas {
		if _, err := rubric.NewSkillArea(a.ID(), a.Phrase()); err != nil {
			t.Errorf("built-in area %q is invalid: %v", a.ID(), err)
		}
		if got, err := rubric.LookupSkillArea(a.ID()); got != a || err != nil {
			t.Errorf("LookupSkillArea(%q) = %v, %v", a.ID(), got, err)
		}
	}
	group, err := rubric.LookupSkillArea(rubric.SkillGroupWork)
	if err != nil || group.Phrase() != "working successfully in a group" {
		t.Errorf("LookupSkillArea(group-work) = %q, %v; want the program's phrase", group.Phrase(), err)
	}
	areas[0] = rubric.SkillArea{}
	if rubric.BuiltinSkillAreas()[0].IsZero() {
		t.Error("changing BuiltinSkillAreas() changed the catalog")
	}
	if _, err := rubric.LookupSkillArea("juggling"); testcheck.ParseErrorKind(err) != rubric.ErrUnknownLabel {
		t.Errorf("LookupSkillArea(juggling) error = %v, want %v", err, rubric.ErrUnknownLabel)
	}
	if _, err := rubric.LookupSkillArea(""); testcheck.ParseErrorKind(err) != rubric.ErrEmpty {
		t.Errorf("LookupSkillArea(\"\") error = %v, want %v", err, rubric.ErrEmpty)
	}
}

func TestSkillCatalog(t *testing.T) {
	turns := rubric.MustSkillArea("turn-taking", "taking turns in conversation")
	c, err := rubric.DefaultSkillCatalog().With(turns)
	if err != nil {
		t.Fatalf("With(turn-taking) error = %v", err)
	}
	if got, err := c.Lookup("turn-taking"); got != turns || err != nil {
		t.Errorf("Lookup(turn-taking) = %v, %v", got, err)
	}
	if _, err := rubric.DefaultSkillCatalog().Lookup("turn-taking"); err == nil {
		t.Error("With changed the default catalog")
	}
	if n, want := len(c.Areas()), len(rubric.BuiltinSkillAreas())+1; n != want {
		t.Errorf("len(Areas()) = %d, want %d", n, want)
	}
	tests := []struct {
		name  string
		areas []rubric.SkillArea
	}{
		{"repeated id", []rubric.SkillArea{turns, rubric.MustSkillArea("turn-taking", "other words")}},
		{"zero area", []rubric.SkillArea{{}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := rubric.NewSkillCatalog(tc.areas...); testcheck.ParseErrorKind(err) != rubric.ErrInvalid {
				t.Errorf("NewSkillCatalog error = %v, want %v", err, rubric.ErrInvalid)
			}
		})
	}
	var nilCatalog *rubric.SkillCatalog
	if _, err := nilCatalog.Lookup("group-work"); testcheck.ParseErrorKind(err) != rubric.ErrUnknownLabel {
		t.Errorf("nil catalog Lookup error = %v, want %v", err, rubric.ErrUnknownLabel)
	}
	if c, err := nilCatalog.With(turns); err != nil || len(c.Areas()) != 1 {
		t.Errorf("nil catalog With = %v, %v", c, err)
	}
}

func TestSkillAreaJSON(t *testing.T) {
	group, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	data, err := json.Marshal(group)
	if want := `{"id":"group-work","phrase":"working successfully in a group"}`; string(data) != want || err != nil {
		t.Errorf("json.Marshal = %s, %v; want %s", data, err, want)
	}
	testcheck.JSONRoundTrip(t, group)
	testcheck.JSONRoundTrip(t, rubric.SkillArea{})
	tests := []struct {
		name    string
		in      string
		want    rubric.SkillArea
		wantErr error
	}{
		{"area", `{"id":"group-work","phrase":"working successfully in a group"}`, group, nil},
		{"null", `null`, rubric.SkillArea{}, nil},
		{"invalid id", `{"id":"Group Work","phrase":"x"}`, rubric.SkillArea{}, rubric.ErrInvalid},
		{"missing phrase", `{"id":"group-work"}`, rubric.SkillArea{}, rubric.ErrEmpty},
		{"empty object", `{}`, rubric.SkillArea{}, rubric.ErrEmpty},
		{"unknown field", `{"id":"a","phrase":"b","level":3}`, rubric.SkillArea{}, rubric.ErrSyntax},
		{"trailing data", `{"id":"a","phrase":"b"}}`, rubric.SkillArea{}, rubric.ErrSyntax},
		{"wrong type", `{"id":3,"phrase":"b"}`, rubric.SkillArea{}, rubric.ErrUnsupportedType},
		{"a string", `"group-work"`, rubric.SkillArea{}, rubric.ErrUnsupportedType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got rubric.SkillArea
			err := got.UnmarshalJSON([]byte(tc.in))
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("UnmarshalJSON(%s) = %+v, %v; want %+v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}
