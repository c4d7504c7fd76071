package rubric_test

import (
	"encoding/json"
	"math"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

func TestPropertyRatingRoundTrips(t *testing.T) {
	t.Run("TEP", rapid.MakeCheck(func(t *rapid.T) {
		v := gen.OrUnrated(gen.TEP()).Draw(t, "tep")
		testcheck.TextRoundTrip(t, v)
		testcheck.JSONRoundTrip(t, v)
		checkLevelParses(t, v, rubric.ParseTEP)
	}))
	t.Run("Intensity", rapid.MakeCheck(func(t *rapid.T) {
		v := gen.OrUnrated(gen.Intensity()).Draw(t, "intensity")
		testcheck.TextRoundTrip(t, v)
		testcheck.JSONRoundTrip(t, v)
		checkLevelParses(t, v, rubric.ParseIntensity)
	}))
	t.Run("SoftSkill", rapid.MakeCheck(func(t *rapid.T) {
		v := gen.OrUnrated(gen.SoftSkill()).Draw(t, "skill")
		testcheck.TextRoundTrip(t, v)
		testcheck.JSONRoundTrip(t, v)
		checkLevelParses(t, v, rubric.ParseSoftSkill)
	}))
}

// checkLevelParses checks that a valid level parses back from its String
// and from its label in any case.
func checkLevelParses[L interface {
	rubric.Level
	Label() string
}](t *rapid.T, v L, parse func(string) (L, error)) {
	if !v.IsValid() {
		return
	}
	caser := rapid.SampledFrom([]func(string) string{identity, upper, title}).Draw(t, "case")
	for _, text := range []string{v.String(), caser(v.Label())} {
		if got, err := parse(text); got != v || err != nil {
			t.Fatalf("parse(%q) = %v, %v; want %v, nil", text, got, err, v)
		}
	}
}

func TestPropertyRatingSQLRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := gen.OrUnrated(gen.Intensity()).Draw(t, "intensity")
		dv, err := v.Value()
		if err != nil {
			t.Fatalf("Value() error = %v", err)
		}
		var got rubric.Intensity
		if err := got.Scan(dv); got != v || err != nil {
			t.Fatalf("Scan(%#v) = %v, %v; want %v", dv, got, err, v)
		}
	})
}

// outOfRange generates every integer that is not a level 1–5.
func outOfRange() *rapid.Generator[int64] {
	return rapid.OneOf(rapid.Int64Range(math.MinInt64, 0), rapid.Int64Range(6, math.MaxInt64), rapid.Int64Range(-3, 0), rapid.Int64Range(6, 300))
}

func TestPropertyOutOfRangeRejected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := outOfRange().Draw(t, "n")
		text := strconv.FormatInt(n, 10)
		var tep rubric.TEP
		var in rubric.Intensity
		var skill rubric.SoftSkill
		errs := map[string]error{
			"ParseTEP":                     errOf(rubric.ParseTEP(text)),
			"ParseIntensity":               errOf(rubric.ParseIntensity(text)),
			"ParseSoftSkill":               errOf(rubric.ParseSoftSkill(text)),
			"TEP.UnmarshalText":            tep.UnmarshalText([]byte(text)),
			"Intensity.UnmarshalJSON":      in.UnmarshalJSON([]byte(text)),
			"SoftSkill.UnmarshalJSON":      json.Unmarshal([]byte(strconv.Quote(text)), &skill),
			"TEP.Scan":                     tep.Scan(n),
			"Intensity.Scan(text)":         in.Scan(text),
			"ParseBand[TEP] high end":      errOf(rubric.ParseBand[rubric.TEP]("1 to " + text)),
			"FromLegacy2016":               errOf(rubric.FromLegacy2016(int(max(min(n, math.MaxInt32), math.MinInt32)))),
			"SupportProfile.UnmarshalJSON": (&rubric.SupportProfile{}).UnmarshalJSON([]byte(`{"visual":` + text + `}`)),
		}
		for name, err := range errs {
			if got := testcheck.ParseErrorKind(err); got != rubric.ErrOutOfRange {
				t.Errorf("%s(%s) error = %v, want %v", name, text, err, rubric.ErrOutOfRange)
			}
		}
		if tep != 0 || in != 0 || skill != 0 {
			t.Errorf("a rejected value was stored: %v %v %v", tep, in, skill)
		}
	})
}

func TestPropertyHugeNumbersRejected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		text := rapid.StringMatching(`-?[1-9][0-9]{19,40}`).Draw(t, "huge")
		if _, err := rubric.ParseTEP(text); testcheck.ParseErrorKind(err) != rubric.ErrOutOfRange {
			t.Fatalf("ParseTEP(%s) error = %v, want %v", text, err, rubric.ErrOutOfRange)
		}
	})
}

// unknownLabel generates text that is neither a number nor a label of any
// scale nor an element: labels hold only letters, spaces, '-' and '/'.
func unknownLabel() *rapid.Generator[string] {
	return rapid.StringMatching(`[a-zA-Z ]{0,12}[#@!?.+_0-9][a-zA-Z ]{0,12}[a-z]`)
}

func TestPropertyUnknownLabelRejected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		text := unknownLabel().Draw(t, "text")
		var tep rubric.TEP
		var e rubric.Element
		errs := map[string]error{
			"ParseTEP":              errOf(rubric.ParseTEP(text)),
			"ParseIntensity":        errOf(rubric.ParseIntensity(text)),
			"ParseSoftSkill":        errOf(rubric.ParseSoftSkill(text)),
			"TEP.UnmarshalJSON":     tep.UnmarshalJSON([]byte(strconv.Quote(text))),
			"ParseBand[Intensity]":  errOf(rubric.ParseBand[rubric.Intensity](text)),
			"ParseElement":          errOf(rubric.ParseElement(text)),
			"Element.UnmarshalText": e.UnmarshalText([]byte(text)),
			"ParseElementSet":       errOf(rubric.ParseElementSet("visual," + text)),
			"LookupSkillArea":       errOf(rubric.LookupSkillArea(text)),
		}
		for name, err := range errs {
			if got := testcheck.ParseErrorKind(err); got != rubric.ErrUnknownLabel {
				t.Errorf("%s(%q) error = %v, want %v", name, text, err, rubric.ErrUnknownLabel)
			}
		}
	})
}

func TestPropertyBandContains(t *testing.T) {
	t.Run("TEP", rapid.MakeCheck(func(t *rapid.T) {
		checkBandContains(t, gen.Band(gen.TEP()).Draw(t, "band"), rubric.TEPLevels())
	}))
	t.Run("Intensity", rapid.MakeCheck(func(t *rapid.T) {
		checkBandContains(t, gen.Band(gen.Intensity()).Draw(t, "band"), rubric.IntensityLevels())
	}))
	t.Run("SoftSkill", rapid.MakeCheck(func(t *rapid.T) {
		checkBandContains(t, gen.Band(gen.SoftSkill()).Draw(t, "band"), rubric.SoftSkillLevels())
	}))
}

// checkBandContains checks Contains(x) ⇔ low ≤ x ≤ high for every byte x,
// and the band's round trips and constructors.
func checkBandContains[L rubric.Level](t *rapid.T, b rubric.Band[L], levels []L) {
	if !b.IsValid() || b.Validate() != nil {
		t.Fatalf("generated band %v is not valid", b)
	}
	for x := range 256 {
		l := L(x)
		want := uint8(b.Low()) <= uint8(x) && uint8(x) <= uint8(b.High())
		if got := b.Contains(l); got != want {
			t.Fatalf("%v.Contains(%d) = %t, want %t", b, x, got, want)
		}
	}
	testcheck.TextRoundTrip(t, b)
	testcheck.JSONRoundTrip(t, b)
	if got, err := rubric.ParseBand[L](b.String()); got != b || err != nil {
		t.Fatalf("ParseBand(%q) = %v, %v; want %v", b.String(), got, err, b)
	}
	if got, err := rubric.NewBand(b.Low(), b.High()); got != b || err != nil {
		t.Fatalf("NewBand(%v, %v) = %v, %v", b.Low(), b.High(), got, err)
	}
	if b.Low() == levels[0] && rubric.MustAtMost(b.High()) != b {
		t.Fatalf("AtMost(%v) = %v, want %v", b.High(), rubric.MustAtMost(b.High()), b)
	}
	if b.High() == levels[len(levels)-1] && rubric.MustAtLeast(b.Low()) != b {
		t.Fatalf("AtLeast(%v) = %v, want %v", b.Low(), rubric.MustAtLeast(b.Low()), b)
	}
}

func TestPropertyBandReversedRejected(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := gen.TEP().Draw(t, "a"), gen.TEP().Draw(t, "b")
		_, err := rubric.NewBand(a, b)
		want := error(nil)
		if a > b {
			want = rubric.ErrInvalid
		}
		if got := testcheck.ParseErrorKind(err); got != want {
			t.Fatalf("NewBand(%v, %v) error = %v, want %v", a, b, err, want)
		}
	})
}

func TestPropertyLegacyInvolution(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.IntRange(1, 5).Draw(t, "legacy")
		w := rapid.IntRange(1, 5).Draw(t, "other")
		once, err := rubric.FromLegacy2016(v)
		if err != nil || !once.IsValid() {
			t.Fatalf("FromLegacy2016(%d) = %v, %v", v, once, err)
		}
		twice, err := rubric.FromLegacy2016(int(once))
		if err != nil || int(twice) != v {
			t.Fatalf("FromLegacy2016(FromLegacy2016(%d)) = %v, %v; want %d", v, twice, err, v)
		}
		if once.Legacy2016() != v {
			t.Fatalf("%v.Legacy2016() = %d, want %d", once, once.Legacy2016(), v)
		}
		other, _ := rubric.FromLegacy2016(w)
		if (v < w) != (once > other) {
			t.Fatalf("legacy %d, %d became %v, %v: order not reversed", v, w, once, other)
		}
	})
}

func TestPropertyElementRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		e := gen.Element().Draw(t, "element")
		testcheck.TextRoundTrip(t, e)
		testcheck.JSONRoundTrip(t, e)
		caser := rapid.SampledFrom([]func(string) string{identity, upper, title}).Draw(t, "case")
		for _, text := range []string{caser(e.Key()), caser(e.String())} {
			if got, err := rubric.ParseElement(text); got != e || err != nil {
				t.Fatalf("ParseElement(%q) = %v, %v; want %v", text, got, err, e)
			}
		}
	})
}

func TestPropertyElementSetRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := gen.ElementSet().Draw(t, "set")
		testcheck.TextRoundTrip(t, s)
		testcheck.JSONRoundTrip(t, s)
		if got, err := rubric.ParseElementSet(s.String()); got != s || err != nil {
			t.Fatalf("ParseElementSet(%q) = %v, %v; want %v", s.String(), got, err, s)
		}
		if got := rubric.MustElementSet(s.Elements()...); got != s {
			t.Fatalf("NewElementSet(%v) = %v, want %v", s.Elements(), got, s)
		}
		n := 0
		for _, e := range rubric.Elements() {
			if s.Has(e) {
				n++
			}
		}
		if n != s.Len() || (n == 0) != s.IsZero() {
			t.Fatalf("set %v has %d elements, Len() = %d, IsZero() = %t", s, n, s.Len(), s.IsZero())
		}
	})
}

func TestPropertySupportProfile(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gen.SupportProfile().Draw(t, "profile")
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("json.Marshal error = %v", err)
		}
		var got rubric.SupportProfile
		if err := json.Unmarshal(data, &got); err != nil {
			t.Fatalf("json.Unmarshal(%s) error = %v", data, err)
		}
		var maxLevel rubric.Intensity
		for _, e := range rubric.Elements() {
			if got.Get(e) != p.Get(e) {
				t.Fatalf("after the JSON round trip %s, %v = %v, want %v", data, e, got.Get(e), p.Get(e))
			}
			maxLevel = max(maxLevel, p.Get(e))
		}
		if got != p {
			t.Fatalf("json round trip %s = %v, want %v", data, got, p)
		}
		set := gen.ElementSet().Draw(t, "set")
		var want rubric.Intensity
		for e := range set.All() {
			want = max(want, p.Get(e))
		}
		if m := p.MaxOf(set); m != want {
			t.Fatalf("MaxOf(%v) = %v, want %v", set, m, want)
		}
		e, v, ok := p.MostIntensive()
		if ok != !p.IsZero() || v != maxLevel || (ok && p.Get(e) != v) {
			t.Fatalf("MostIntensive() = %v, %v, %t; the highest level is %v", e, v, ok, maxLevel)
		}
	})
}

func TestPropertySkillAreaJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		testcheck.JSONRoundTrip(t, gen.SkillArea().Draw(t, "area"))
	})
}

// TestPropertyProfileKey: two profiles have equal keys exactly when they
// are equal, and Matches agrees with comparing keys. Half the pairs differ
// in one element only, so that a key blind to an element would be caught.
func TestPropertyProfileKey(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gen.SupportProfile().Draw(t, "p")
		q := gen.SupportProfile().Draw(t, "q")
		if rapid.Bool().Draw(t, "near") {
			q = p.With(gen.Element().Draw(t, "element"), gen.OrUnrated(gen.Intensity()).Draw(t, "level"))
		}
		if got, want := p.Key() == q.Key(), p == q; got != want {
			t.Fatalf("p.Key() == q.Key() is %v, p == q is %v (p %v, q %v)", got, want, p, q)
		}
		k := q.Key()
		if got, want := k.Matches(&p), p == q; got != want {
			t.Fatalf("q.Key().Matches(p) = %v, want %v (p %v, q %v)", got, want, p, q)
		}
	})
}

// TestPropertySupportProfileModel: a profile set element by element, in
// any order and over earlier levels, holds what a map from element to
// level holds — every element's level kept apart from its neighbours'.
func TestPropertySupportProfileModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var p rubric.SupportProfile
		model := map[rubric.Element]rubric.Intensity{}
		for range rapid.IntRange(0, 40).Draw(t, "sets") {
			e, v := gen.Element().Draw(t, "element"), gen.OrUnrated(gen.Intensity()).Draw(t, "level")
			if err := p.Set(e, v); err != nil {
				t.Fatalf("Set(%v, %v) error = %v", e, v, err)
			}
			if model[e] = v; v == 0 {
				delete(model, e)
			}
		}
		var elements rubric.ElementSet
		for e := range model {
			elements = elements.With(e)
		}
		got := map[rubric.Element]rubric.Intensity{}
		for e, v := range p.All() {
			got[e] = v
		}
		if diff := cmp.Diff(model, got); diff != "" {
			t.Fatalf("All() differs from the levels set (-want +got):\n%s", diff)
		}
		for _, e := range rubric.Elements() {
			if p.Get(e) != model[e] {
				t.Fatalf("Get(%v) = %v, want %v", e, p.Get(e), model[e])
			}
		}
		if p.Len() != len(model) || p.Elements() != elements || p.IsZero() != (len(model) == 0) {
			t.Fatalf("Len() = %d, Elements() = %v, IsZero() = %t; want %d, %v, %t", p.Len(), p.Elements(), p.IsZero(), len(model), elements, len(model) == 0)
		}
		var most rubric.Element
		for _, e := range rubric.Elements() { // the first in catalog order on a tie
			if model[e] > model[most] {
				most = e
			}
		}
		if e, v, ok := p.MostIntensive(); e != most || v != model[most] || ok != (len(model) > 0) {
			t.Fatalf("MostIntensive() = %v, %v, %t; want %v, %v, %t", e, v, ok, most, model[most], len(model) > 0)
		}
		set := gen.ElementSet().Draw(t, "set")
		var want rubric.Intensity
		for e := range set.All() {
			want = max(want, model[e])
		}
		if got := p.MaxOf(set); got != want {
			t.Fatalf("MaxOf(%v) = %v, want %v", set, got, want)
		}
	})
}
