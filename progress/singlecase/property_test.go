package singlecase_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// series draws a phase of 1–12 points on a coarse grid of percents, so
// that ties, which every measure must weigh, are frequent.
func series(label string) *rapid.Generator[[]float64] {
	return rapid.Custom(func(t *rapid.T) []float64 {
		steps := rapid.SliceOfN(rapid.IntRange(0, 20), 1, 12).Draw(t, label)
		out := make([]float64, len(steps))
		for i, s := range steps {
			out[i] = float64(s) * 5
		}
		return out
	})
}

func compare(t *rapid.T, a, b []float64, opts singlecase.Options) singlecase.Effects {
	e, err := singlecase.Compare(a, b, opts)
	if err != nil {
		t.Fatalf("Compare(%v, %v): %v", a, b, err)
	}
	return e
}

// TestPropertyNAP: NAP is a share of pairs in [0, 1]; swapping the phases
// gives 1 − NAP; Tau is 2·NAP − 1; the interval holds NAP.
func TestPropertyNAP(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := series("a").Draw(t, "a"), series("b").Draw(t, "b")
		e := compare(t, a, b, singlecase.Options{})
		if e.NAP < 0 || e.NAP > 1 {
			t.Fatalf("NAP = %v, want it in [0, 1]", e.NAP)
		}
		if swapped := compare(t, b, a, singlecase.Options{}); math.Abs(swapped.NAP-(1-e.NAP)) > 1e-12 {
			t.Fatalf("NAP of B against A = %v, want 1 − %v", swapped.NAP, e.NAP)
		}
		if math.Abs(e.Tau-(2*e.NAP-1)) > 1e-12 {
			t.Fatalf("Tau = %v, want 2·NAP − 1 = %v", e.Tau, 2*e.NAP-1)
		}
		if !(e.NAPCILower <= e.NAP && e.NAP <= e.NAPCIUpper) || e.NAPCILower < 0 || e.NAPCIUpper > 1 {
			t.Fatalf("interval [%v, %v] does not hold NAP %v within [0, 1]", e.NAPCILower, e.NAPCIUpper, e.NAP)
		}
	})
}

// TestPropertyShiftingBUp: raising every point of B never lowers a
// non-overlap measure.
func TestPropertyShiftingBUp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := series("a").Draw(t, "a"), series("b").Draw(t, "b")
		up := float64(rapid.IntRange(0, 4).Draw(t, "up")) * 5
		raised := make([]float64, len(b))
		for i, y := range b {
			raised[i] = y + up
		}
		before, after := compare(t, a, b, singlecase.Options{}), compare(t, a, raised, singlecase.Options{})
		for _, m := range []struct {
			name          string
			before, after float64
		}{
			{"NAP", before.NAP, after.NAP}, {"TauU", before.TauU, after.TauU}, {"PND", before.PND, after.PND},
			{"PEM", before.PEM, after.PEM}, {"PAND", before.PAND, after.PAND},
		} {
			if m.after < m.before-1e-12 {
				t.Fatalf("%s fell from %v to %v when B rose by %v", m.name, m.before, m.after, up)
			}
		}
	})
}

// TestPropertyDirection: negating both phases and the direction of
// improvement leaves every measure as it was.
func TestPropertyDirection(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := series("a").Draw(t, "a"), series("b").Draw(t, "b")
		goal := singlecase.Some(float64(rapid.IntRange(0, 20).Draw(t, "goal")) * 5)
		up := compare(t, a, b, singlecase.Options{Goal: goal})
		down := compare(t, negated(a), negated(b), singlecase.Options{Improvement: singlecase.Decrease, Goal: negatedNumber(goal)})
		down.Improvement = up.Improvement
		if diff := cmp.Diff(up, down, cmpopts.EquateApprox(0, 1e-9), cmp.Comparer(sameNumber)); diff != "" {
			t.Fatalf("increase vs negated decrease (-up +down):\n%s", diff)
		}
	})
}

// TestPropertyTauBCOfATrend: a linear trend that runs on unchanged across
// the phases is no effect once the baseline trend is removed.
func TestPropertyTauBCOfATrend(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, n := rapid.IntRange(2, 12).Draw(t, "m"), rapid.IntRange(1, 12).Draw(t, "n")
		c, s := float64(rapid.IntRange(-50, 50).Draw(t, "intercept")), float64(rapid.IntRange(-5, 5).Draw(t, "slope"))
		a, b := make([]float64, m), make([]float64, n)
		for i := range a {
			a[i] = c + s*float64(i+1)
		}
		for j := range b {
			b[j] = c + s*float64(m+j+1)
		}
		if got, ok := compare(t, a, b, singlecase.Options{}).TauBC.Get(); !ok || got != 0 {
			t.Fatalf("TauBC of %v then %v = %v, %v; want 0", a, b, got, ok)
		}
	})
}

// TestPropertyNumberJSON: a Number reads back from its JSON unchanged.
func TestPropertyNumberJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := singlecase.Number{}
		if rapid.Bool().Draw(t, "some") {
			n = singlecase.Some(rapid.Float64().Draw(t, "v"))
		}
		data, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		var back singlecase.Number
		if err := json.Unmarshal(data, &back); err != nil || back != n {
			t.Fatalf("Number %v → %s → %v, %v", n, data, back, err)
		}
	})
}

// FuzzNumberJSON: whatever UnmarshalJSON accepts writes back to JSON that
// reads back to the same Number; what it refuses is an *Error.
func FuzzNumberJSON(f *testing.F) {
	for _, s := range []string{"null", "0.25", "-1e308", "1e999", `"1"`, "true", " 7 ", "", "[1]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var n singlecase.Number
		if err := n.UnmarshalJSON([]byte(s)); err != nil {
			var e *singlecase.Error
			if !asError(err, &e) {
				t.Fatalf("UnmarshalJSON(%q) error %v is not an *Error", s, err)
			}
			return
		}
		data, _ := n.MarshalJSON()
		var back singlecase.Number
		if err := back.UnmarshalJSON(data); err != nil || back != n {
			t.Fatalf("%q → %v → %s → %v, %v", s, n, data, back, err)
		}
	})
}

// FuzzCompare: any finite phases give NAP in [0, 1] and Tau = 2·NAP − 1,
// and no measure is NaN.
func FuzzCompare(f *testing.F) {
	f.Add(20.0, 26.0, 25.0, 28.0, 24.0, 30.0)
	f.Fuzz(func(t *testing.T, a1, a2, a3, b1, b2, b3 float64) {
		e, err := singlecase.Compare([]float64{a1, a2, a3}, []float64{b1, b2, b3}, singlecase.Options{Goal: singlecase.Some(b3)})
		if err != nil {
			for _, v := range []float64{a1, a2, a3, b1, b2, b3} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return
				}
			}
			t.Fatalf("Compare of finite phases: %v", err)
		}
		if e.NAP < 0 || e.NAP > 1 || math.Abs(e.Tau-(2*e.NAP-1)) > 1e-12 {
			t.Fatalf("NAP %v, Tau %v", e.NAP, e.Tau)
		}
		for _, v := range []float64{e.NAPSEHanley, e.NAPSENull, e.NAPCILower, e.NAPCIUpper, e.TauU, e.PND, e.PEM, e.PAND, e.IRD} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("a measure is %v: %+v", v, e)
			}
		}
	})
}

func negatedNumber(n singlecase.Number) singlecase.Number {
	if v, ok := n.Get(); ok {
		return singlecase.Some(-v)
	}
	return n
}

// sameNumber compares Numbers to within 1e-9 of each other.
func sameNumber(x, y singlecase.Number) bool {
	a, okA := x.Get()
	b, okB := y.Get()
	return okA == okB && math.Abs(a-b) <= 1e-9*max(1, math.Abs(a))
}
