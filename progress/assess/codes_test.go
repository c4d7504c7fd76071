package assess_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// TestShippedCodeSets: every shipped set parses, checks, and reads back
// from its JSON unchanged.
func TestShippedCodeSets(t *testing.T) {
	for _, name := range assess.ShippedCodeSets() {
		set, err := assess.ShippedCodeSet(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		data, err := json.Marshal(set)
		if err != nil {
			t.Fatal(err)
		}
		back, err := assess.ParseCodeSet(data)
		if err != nil {
			t.Fatalf("%s: its own JSON: %v", name, err)
		}
		if diff := cmp.Diff(set, back); diff != "" {
			t.Errorf("%s: JSON round trip (-shipped +read back):\n%s", name, diff)
		}
	}
	if _, err := assess.ShippedCodeSet("texas"); !errors.Is(err, assess.ErrOption) {
		t.Errorf("ShippedCodeSet(texas) error = %v, want ErrOption", err)
	}
}

const validReasons = `"reasons": {"incomplete-data": {"code": "C", "label": "c"}, "absences": {"code": "B", "label": "b"},
 "more-time": {"code": "A", "label": "a"}, "revise-goal": {"code": "D", "label": "d"}, "other": {"code": "E", "label": "e"}}`

const esReasons = `{"incomplete-data": "c", "absences": "b", "more-time": "a", "revise-goal": "d", "other": "e"}`

// TestCodeSetInSpanish: every shipped set words every code and reason in
// Spanish, and a language it lacks falls back to its own labels.
func TestCodeSetInSpanish(t *testing.T) {
	for _, name := range assess.ShippedCodeSets() {
		set, err := assess.ShippedCodeSet(name)
		if err != nil {
			t.Fatal(err)
		}
		if set.TitleIn("es") == set.Title || set.TitleIn("fr") != set.Title {
			t.Errorf("%s: title in Spanish %q, in French %q", name, set.TitleIn("es"), set.TitleIn("fr"))
		}
		for _, r := range set.Rules {
			if es := set.LabelIn("es", r.Code); es == "" || set.LabelIn("fr", r.Code) != r.Label {
				t.Errorf("%s: code %s in Spanish %q", name, r.Code.Code, es)
			}
		}
		for _, r := range assess.Reasons() {
			if es := set.ReasonLabelIn("es", r); es == "" || es == set.ReasonCode(r).Label && r != assess.ReasonOther {
				t.Errorf("%s: reason %v in Spanish %q", name, r, es)
			}
		}
		if set.ReasonLabelIn("es", 0) != "" {
			t.Errorf("%s: the zero reason has a label", name)
		}
	}
	selpa, _ := assess.ShippedCodeSet("selpa")
	if got := selpa.LabelIn("es", assess.Code{Code: "4", Label: "goal met or exceeded"}); got != "meta lograda o superada" {
		t.Errorf("selpa 4 in Spanish: %q", got)
	}
}

// TestParseCodeSetErrors: a district's set with a mistake is refused,
// naming the member at fault.
func TestParseCodeSetErrors(t *testing.T) {
	tests := []struct {
		name, json, field string
	}{
		{"no name", `{"name": " ", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `}`, "name"},
		{"no codes", `{"name": "d", "codes": [], ` + validReasons + `}`, "codes"},
		{"a code without a label", `{"name": "d", "codes": [{"code": "1", "when": {}}], ` + validReasons + `}`, "codes[0]"},
		{"an unknown standing", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"standing": ["great"]}}, {"code": "2", "label": "y", "when": {}}], ` + validReasons + `}`, "standing"},
		{"no catch-all", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"sufficient": true}}], ` + validReasons + `}`, "codes[0].when"},
		{"a reason missing", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], "reasons": {"other": {"code": "E", "label": "e"}}}`, "reasons.incomplete-data"},
		{"an unknown member", `{"name": "d", "colour": "red", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `}`, "colour"},
		{"a bound that is not a number", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"progress_at_least": "half"}}, {"code": "2", "label": "y", "when": {}}], ` + validReasons + `}`, "codes.when.progress_at_least"},
		{"data after the set", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `} {}`, "code set"},
		{"a brace after the set", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `}}`, "code set"},
		{"standings as base64 bytes", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"standing": "AQ=="}}, {"code": "2", "label": "y", "when": {}}], ` + validReasons + `}`, "codes.when.standing"},
		{"an unknown trend, second", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"trend": ["flat", "up"]}}, {"code": "2", "label": "y", "when": {}}], ` + validReasons + `}`, "codes[0].when.trend[1]"},
		{"an unknown reason", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], "reasons": {"weather": {"code": "W", "label": "w"}}}`, "reasons.weather"},
		{"an empty reason key", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], "reasons": {"": {"code": "W", "label": "w"}}}`, "reasons."},
		{"a translation without a title", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `, "translations": {"es": {"codes": {"1": "uno"}, "reasons": ` + esReasons + `}}}`, "translations.es.title"},
		{"a translation missing a code", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `, "translations": {"es": {"title": "t", "codes": {}, "reasons": ` + esReasons + `}}}`, "translations.es.codes.1"},
		{"a translation of a code the set lacks", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `, "translations": {"es": {"title": "t", "codes": {"1": "uno", "9": "nueve"}, "reasons": ` + esReasons + `}}}`, "translations.es.codes.9"},
		{"a translation missing a reason", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `, "translations": {"es": {"title": "t", "codes": {"1": "uno"}, "reasons": {}}}}`, "translations.es.reasons."},
		{"a translation for no language", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + validReasons + `, "translations": {"Spanish": {"title": "t", "codes": {"1": "uno"}, "reasons": ` + esReasons + `}}}`, "translations.Spanish"},
		{"a reason twice", `{"name": "d", "codes": [{"code": "1", "label": "x", "when": {}}], ` + strings.Replace(validReasons, `"other"`, `"Absences"`, 1) + `}`, "reasons."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := assess.ParseCodeSet([]byte(tt.json))
			var e *assess.Error
			if !errors.As(err, &e) || !errors.Is(err, assess.ErrOption) {
				t.Fatalf("ParseCodeSet error = %v, want an *Error wrapping ErrOption", err)
			}
			if !strings.Contains(e.Field, tt.field) {
				t.Errorf("error for field %q, want %q (%v)", e.Field, tt.field, err)
			}
			if msg := err.Error(); strings.Count(msg, "assess:") != 1 {
				t.Errorf("error %q says where more than once", msg)
			}
			var set assess.CodeSet
			if err := json.Unmarshal([]byte(tt.json), &set); err == nil {
				t.Error("json.Unmarshal accepts what ParseCodeSet refuses")
			}
		})
	}
}

// FuzzParseCodeSet: a set ParseCodeSet accepts writes back to JSON that
// reads back to the same set, and gives every reading a code.
func FuzzParseCodeSet(f *testing.F) {
	for _, name := range assess.ShippedCodeSets() {
		set, _ := assess.ShippedCodeSet(name)
		data, _ := json.Marshal(set)
		f.Add(data)
	}
	f.Add([]byte(`{"name": "d", "codes": [{"code": "1", "label": "x", "when": {"trend": ["flat"], "met_late": true}}, {"code": "2", "label": "y", "when": {}}], ` + validReasons + `}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := assess.ParseCodeSet(data)
		if err != nil {
			var e *assess.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		out, err := json.Marshal(set)
		if err != nil {
			t.Fatal(err)
		}
		back, err := assess.ParseCodeSet(out)
		if err != nil || !cmp.Equal(set, back) {
			t.Fatalf("round trip: %v\n%s", err, out)
		}
		for _, st := range []assess.Standing{assess.StandingNotIntroduced, assess.StandingMet, assess.StandingAtRisk, assess.StandingNotEnoughData} {
			if set.Code(assess.Reading{Standing: st}) == (assess.Code{}) {
				t.Fatalf("no code for %v", st)
			}
		}
	})
}

// TestStandingsFollowStatuses: an introduced benchmark's standing is its
// status under the same key.
func TestStandingsFollowStatuses(t *testing.T) {
	for _, s := range assess.Statuses() {
		var st assess.Standing
		if err := st.UnmarshalText([]byte(s.String())); err != nil || st.String() != s.String() {
			t.Errorf("status %v has no standing of its key: %v, %v", s, st, err)
		}
	}
}

func TestTermPeriod(t *testing.T) {
	plan := reportPlan(t)
	for _, tt := range []struct {
		term       goal.Term
		start, end goal.Date
	}{
		{goal.Trimester1, goal.MustDate(2026, 8, 31), goal.MustDate(2026, 11, 20)}, // from the plan's start
		{goal.Trimester2, goal.MustDate(2026, 11, 21), goal.MustDate(2027, 2, 12)},
		{goal.Trimester3, goal.MustDate(2027, 2, 13), goal.MustDate(2027, 5, 7)},
	} {
		p, err := assess.TermPeriod(plan, tt.term)
		if err != nil || p != goal.MustPeriod(tt.start, tt.end) {
			t.Errorf("TermPeriod(%v) = %v, %v; want %v to %v", tt.term, p, err, tt.start, tt.end)
		}
	}
	if _, err := assess.TermPeriod(plan, goal.Semester1); !errors.Is(err, assess.ErrOption) {
		t.Errorf("a term the calendar does not place: error %v, want ErrOption", err)
	}
}
