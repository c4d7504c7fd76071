package singlecase_test

import (
	"encoding/json"
	"math"
	"slices"
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

// naive computes NAP, its Hanley and unbiased standard errors, Tau-U, PND
// and PEM pair by pair, straight from the definitions on Effects (the
// package counts them through the sorted phases).
func naive(a, b []float64) (nap, hanley, unbiased, tauU, pndV, pemV float64) {
	m, n := float64(len(a)), float64(len(b))
	q := func(x, y float64) float64 {
		switch {
		case y > x:
			return 1
		case y == x:
			return 0.5
		}
		return 0
	}
	sgn := func(d float64) float64 { return q(0, d)*2 - 1 }
	var sum, sab, sa float64
	for _, x := range a {
		for _, y := range b {
			sum += q(x, y)
			sab += sgn(y - x)
		}
	}
	for i, x := range a {
		for _, y := range a[i+1:] {
			sa += sgn(y - x)
		}
	}
	nap = sum / (m * n)
	var q1, q2, x2 float64
	for _, x := range a {
		var r float64
		for _, y := range b {
			r += q(x, y) - nap
			x2 += (q(x, y) - nap) * (q(x, y) - nap)
		}
		q1 += r * r
	}
	for _, y := range b {
		var c float64
		for _, x := range a {
			c += q(x, y) - nap
		}
		q2 += c * c
	}
	q1, q2, x2 = q1/(m*n*n), q2/(m*m*n), x2/(m*n)
	held := min(max(nap, 0.5/(m*n)), 1-0.5/(m*n))
	hanley = math.Sqrt(max(0, held*(1-held)+(n-1)*q1+(m-1)*q2) / (m * n))
	unbiased = math.Sqrt(max(0, held*(1-held)+n*q1+m*q2-2*x2) / ((m - 1) * (n - 1)))
	sorted := slices.Sorted(slices.Values(a))
	best, med := sorted[len(sorted)-1], 0.0
	if k := len(sorted); k%2 == 1 {
		med = sorted[k/2]
	} else {
		med = (sorted[k/2-1] + sorted[k/2]) / 2
	}
	for _, y := range b {
		if y > best {
			pndV++
		}
		pemV += q(med, y)
	}
	return nap, hanley, unbiased, (sab - sa) / (m * n), pndV / n, pemV / n
}

// TestPropertyAgreesWithPairByPair: counting through the sorted phases
// gives what the definitions give pair by pair.
func TestPropertyAgreesWithPairByPair(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a, b := series("a").Draw(t, "a"), series("b").Draw(t, "b")
		e := compare(t, a, b, singlecase.Options{})
		nap, hanley, unbiased, tauU, pndV, pemV := naive(a, b)
		se, ok := e.NAPSEUnbiased.Get()
		if !ok {
			se, unbiased = 0, 0
		}
		got := []float64{e.NAP, e.NAPSEHanley, se, e.TauU, e.PND, e.PEM}
		want := []float64{nap, hanley, unbiased, tauU, pndV, pemV}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Fatalf("NAP, Hanley, unbiased, Tau-U, PND, PEM (-pair by pair +got):\n%s", diff)
		}
	})
}
