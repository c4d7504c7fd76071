package rubric_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

// levelSeeds are seed inputs shared by the level and band fuzz targets.
var levelSeeds = []string{
	"", "0", "1", "3", "5", "6", "-1", "03", "+3", " 3", "3.0", "99999999999999999999",
	"fair", "EXCELLENT", "minimal", "Extreme", "not yet demonstrated", "generalized across settings",
	"3-5", "3–5", "3 to 5", "fair to excellent", "\xff", "null", `"3"`,
}

func FuzzParseTEP(f *testing.F) { fuzzLevel(f, rubric.ParseTEP) }

func FuzzParseIntensity(f *testing.F) { fuzzLevel(f, rubric.ParseIntensity) }

func FuzzParseSoftSkill(f *testing.F) { fuzzLevel(f, rubric.ParseSoftSkill) }

// fuzzLevel checks a level parser against a reference built from the
// scale's description: text is accepted exactly when it is the decimal
// number of a level or a label in any case, and an accepted level
// round-trips through text and JSON. UnmarshalText and UnmarshalJSON agree
// with the parser.
func fuzzLevel[L interface {
	rubric.Level
	Label() string
	MarshalText() ([]byte, error)
}, P interface {
	*L
	UnmarshalText([]byte) error
	UnmarshalJSON([]byte) error
}](f *testing.F, parse func(string) (L, error)) {
	for _, s := range levelSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		want, ok := referenceLevel[L](s)
		if ok != (err == nil) || v != want {
			t.Fatalf("parse(%q) = %v, %v; reference says %v, %t", s, v, err, want, ok)
		}
		var fromText L
		textErr := P(&fromText).UnmarshalText([]byte(s))
		if s != "" && (fromText != v || (textErr == nil) != (err == nil)) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; parse gave %v, %v", s, fromText, textErr, v, err)
		}
		var fromJSON L
		if jsonErr := P(&fromJSON).UnmarshalJSON([]byte(strconv.Quote(s))); fromJSON != v || (jsonErr == nil) != (s == "" || err == nil) {
			t.Fatalf("UnmarshalJSON(%q) = %v, %v; parse gave %v, %v", strconv.Quote(s), fromJSON, jsonErr, v, err)
		}
		if err != nil {
			return
		}
		if !v.IsValid() {
			t.Fatalf("parse(%q) = %v, which is not valid", s, v)
		}
		testcheck.TextRoundTrip[L, P](t, v)
		testcheck.JSONRoundTrip(t, v)
	})
}

// referenceLevel is an independent statement of what a level parser accepts.
func referenceLevel[L rubric.Level](s string) (L, bool) {
	var zero L
	for _, l := range zero.Scale().Levels() {
		n, err := strconv.ParseUint(s, 10, 64)
		if strings.EqualFold(s, l.Label) || (err == nil && n == uint64(l.Value) && !strings.HasPrefix(s, "+")) {
			return L(l.Value), true
		}
	}
	return 0, false
}

func FuzzParseBand(f *testing.F) {
	for _, s := range levelSeeds {
		f.Add(s)
	}
	f.Add("1-2-3")
	f.Add("5-3")
	f.Add(" 2 – good ")
	f.Fuzz(func(t *testing.T, s string) {
		checkParsedBand[rubric.TEP](t, s)
		checkParsedBand[rubric.Intensity](t, s)
		checkParsedBand[rubric.SoftSkill](t, s)
	})
}

// checkParsedBand checks that an accepted band is valid, round-trips, and
// agrees with UnmarshalText and with a level parse of a single level.
func checkParsedBand[L rubric.Level](t *testing.T, s string) {
	b, err := rubric.ParseBand[L](s)
	var fromText rubric.Band[L]
	if textErr := fromText.UnmarshalText([]byte(s)); s != "" && (fromText != b || (textErr == nil) != (err == nil)) {
		t.Fatalf("UnmarshalText(%q) = %v, %v; ParseBand gave %v, %v", s, fromText, textErr, b, err)
	}
	if err != nil {
		if !b.IsZero() {
			t.Fatalf("ParseBand(%q) = %v with error %v", s, b, err)
		}
		return
	}
	if !b.IsValid() {
		t.Fatalf("ParseBand(%q) = %v, which is not valid", s, b)
	}
	if level, ok := referenceLevel[L](strings.TrimSpace(s)); ok && (b.Low() != level || b.High() != level) {
		t.Fatalf("ParseBand(%q) = %v, want the single level %v", s, b, level)
	}
	testcheck.TextRoundTrip(t, b)
	testcheck.JSONRoundTrip(t, b)
}

func FuzzParseElement(f *testing.F) {
	for _, s := range []string{"", "visual", "Visual", "de-escalation", "De-escalation", "Hierarchy of Needs",
		"needs hierarchy", "Recognition/Reinforcement", "music", "1", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := rubric.ParseElement(s)
		wantOK := false
		for _, c := range rubric.Elements() {
			if strings.EqualFold(s, c.Key()) || strings.EqualFold(s, c.String()) {
				wantOK = wantOK || c == e
			}
		}
		if strings.EqualFold(s, "hierarchy of needs") {
			wantOK = e == rubric.NeedsHierarchy
		}
		if wantOK != (err == nil) {
			t.Fatalf("ParseElement(%q) = %v, %v; reference accepts: %t", s, e, err, wantOK)
		}
		var fromText rubric.Element
		if textErr := fromText.UnmarshalText([]byte(s)); s != "" && (fromText != e || (textErr == nil) != (err == nil)) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseElement gave %v, %v", s, fromText, textErr, e, err)
		}
		if err != nil {
			return
		}
		if !e.IsValid() {
			t.Fatalf("ParseElement(%q) = %v, which is not valid", s, e)
		}
		testcheck.TextRoundTrip(t, e)
		testcheck.JSONRoundTrip(t, e)
	})
}

func FuzzParseElementSet(f *testing.F) {
	for _, s := range []string{"", " ", "visual", "visual,mood", "Visual, De-escalation", "visual,visual",
		"visual,,mood", "visual,", "hierarchy of needs,needs-hierarchy", "music"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set, err := rubric.ParseElementSet(s)
		var fromText rubric.ElementSet
		if textErr := fromText.UnmarshalText([]byte(s)); fromText != set || (textErr == nil) != (err == nil) {
			t.Fatalf("UnmarshalText(%q) = %v, %v; ParseElementSet gave %v, %v", s, fromText, textErr, set, err)
		}
		if err != nil {
			return
		}
		if strings.TrimSpace(s) != "" && set.Len() != strings.Count(s, ",")+1 {
			t.Fatalf("ParseElementSet(%q) = %v: %d elements from %d items", s, set, set.Len(), strings.Count(s, ",")+1)
		}
		if set != rubric.MustElementSet(set.Elements()...) {
			t.Fatalf("ParseElementSet(%q) = %b has bits outside the catalog", s, set)
		}
		testcheck.TextRoundTrip(t, set)
		testcheck.JSONRoundTrip(t, set)
	})
}

func FuzzSupportProfileJSON(f *testing.F) {
	for _, s := range []string{`{}`, `null`, `{"visual":2}`, `{"De-escalation":"high","visual":"2"}`,
		`{"visual":2,"Visual":3}`, `{"visual":null}`, `{"visual":6}`, `[1]`, `{"visual":2}{}`, `{"a":`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p rubric.SupportProfile
		if err := p.UnmarshalJSON(data); err != nil {
			if !p.IsZero() {
				t.Fatalf("failed UnmarshalJSON(%q) left %v", data, p)
			}
			return
		}
		for e, v := range p.All() {
			if !e.IsValid() || !v.IsValid() {
				t.Fatalf("UnmarshalJSON(%q) recorded %d at %d", data, v, e)
			}
		}
		testcheck.JSONRoundTrip(t, p)
		var viaJSON rubric.SupportProfile
		if err := json.Unmarshal(data, &viaJSON); err == nil && viaJSON != p {
			t.Fatalf("json.Unmarshal(%q) = %v, UnmarshalJSON gave %v", data, viaJSON, p)
		}
	})
}

func FuzzSkillAreaJSON(f *testing.F) {
	for _, s := range []string{`null`, `{"id":"group-work","phrase":"working successfully in a group"}`,
		`{"id":"a","phrase":"b","x":1}`, `{"id":"A","phrase":"b"}`, `{"id":"a","phrase":"\u00e9"}`, `{}`, `[]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var a rubric.SkillArea
		if err := a.UnmarshalJSON(data); err != nil {
			if !a.IsZero() {
				t.Fatalf("failed UnmarshalJSON(%q) left %+v", data, a)
			}
			return
		}
		if !a.IsZero() {
			if got, err := rubric.NewSkillArea(a.ID(), a.Phrase()); got != a || err != nil {
				t.Fatalf("UnmarshalJSON(%q) = %+v, which NewSkillArea rejects: %v", data, a, err)
			}
		}
		testcheck.JSONRoundTrip(t, a)
	})
}
