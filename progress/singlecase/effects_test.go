package singlecase_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// The worked example of Parker, Vannest & Davis (2011), "Effect size in
// single-case research: a review of nine nonoverlap techniques",
// Behavior Modification 35(4): 303–322, as SingleCaseES tests it
// (tests/testthat/test-parker-vannest-davis-2011.R).
var (
	pvdA = []float64{20, 20, 26, 25, 22, 23}
	pvdB = []float64{28, 25, 24, 27, 30, 30, 29}
)

// published are the figures a test checks against a published source.
type published struct {
	NAP, Tau, TauU, PND, PEM, PAND, IRD float64
}

func publishedOf(e singlecase.Effects) published {
	return published{NAP: e.NAP, Tau: e.Tau, TauU: e.TauU, PND: e.PND, PEM: e.PEM, PAND: e.PAND, IRD: e.IRD}
}

// TestPublishedExamples checks the measures against published worked
// examples. Tau-U is checked only where the source gives it; elsewhere it
// is the value S_AB and S_A give by hand.
func TestPublishedExamples(t *testing.T) {
	tests := []struct {
		name   string
		a, b   []float64
		opts   singlecase.Options
		want   published
		source string
	}{
		{
			name: "Parker, Vannest & Davis (2011), the nine techniques",
			a:    pvdA, b: pvdB,
			// S_AB = 35 (38 pairs up, 3 down, 1 tied); S_A = 4 by hand.
			want:   published{NAP: 11.0 / 12, Tau: 5.0 / 6, TauU: 31.0 / 42, PND: 5.0 / 7, PEM: 1, PAND: 11.0 / 13, IRD: 29.0 / 42},
			source: "PND 5/7, PAND 1 − 2/13, PEM 7/7, IRD 6/7 − 1/6, NAP 38.5/42, Tau (38 − 3)/42",
		},
		{
			name: "Parker, Vannest & Davis (2011), Tau-U example",
			a:    []float64{3, 3, 4, 5}, b: []float64{4, 5, 6, 7, 7},
			want:   published{NAP: 0.9, Tau: 16.0 / 20, TauU: 11.0 / 20, PND: 3.0 / 5, PEM: 1, PAND: 7.0 / 9, IRD: 1 - 81.0/40*(2.0/9)},
			source: "Tau 16/20, Tau-U 11/20",
		},
		{
			name: "Tarlow (2017), a trend continuing across phases",
			a:    []float64{1, 2, 3, 4, 5}, b: []float64{6, 7, 8, 9, 10},
			want:   published{NAP: 1, Tau: 1, TauU: 0.6, PND: 1, PEM: 1, PAND: 1, IRD: 1},
			source: "Tau 1, Tau-U 0.6, Tau-BC 0",
		},
		{
			name: "the first example decreasing: both phases negated",
			a:    negated(pvdA), b: negated(pvdB), opts: singlecase.Options{Improvement: singlecase.Decrease},
			want:   published{NAP: 11.0 / 12, Tau: 5.0 / 6, TauU: 31.0 / 42, PND: 5.0 / 7, PEM: 1, PAND: 11.0 / 13, IRD: 29.0 / 42},
			source: "the first example's figures, as SingleCaseES negates a decreasing series",
		},
		{
			// The decreasing example of the scan package's nap documentation
			// (Wilbert, "gretchen": aggressive behaviour, B from session 5),
			// worked by hand: 22 of the 24 pairs improve, one ties (10 and
			// 10), one does not (10 after 9); five of B are below A's lowest,
			// all below its median (11); removing one point (B's 10) ends the
			// overlap; S_A = 2 on the negated baseline.
			name: "scan's gretchen (decrease)",
			a:    []float64{12, 14, 9, 10}, b: []float64{10, 6, 4, 5, 3, 4}, opts: singlecase.Options{Improvement: singlecase.Decrease},
			want:   published{NAP: 22.5 / 24, Tau: 21.0 / 24, TauU: 19.0 / 24, PND: 5.0 / 6, PEM: 1, PAND: 9.0 / 10, IRD: 1 - 100.0/48*(1.0/10)},
			source: "scan's documented example, worked by hand",
		},
		{
			name: "incidents falling (hand-worked, decrease)",
			a:    []float64{5, 6, 4, 7}, b: []float64{3, 2, 4, 1}, opts: singlecase.Options{Improvement: singlecase.Decrease},
			// 15 of the 16 pairs improve and one ties (4 and 4): NAP 15.5/16.
			// Three points of B are below A's lowest (4); all are below its
			// median (5.5). The baseline was worsening: negated, −5, −6, −4,
			// −7 give S_A = −1 +1 −1 +1 −1 −1 = −2, so Tau-U = (15 + 2)/16,
			// above 1.
			want:   published{NAP: 15.5 / 16, Tau: 0.9375, TauU: 17.0 / 16, PND: 0.75, PEM: 1, PAND: 7.0 / 8, IRD: 1 - 64.0/32*(1.0/8)},
			source: "worked by hand",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := singlecase.Compare(tt.a, tt.b, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, publishedOf(e), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("Compare (-want +got), source %s:\n%s", tt.source, diff)
			}
		})
	}
}

// TestNAPStandardErrors checks the Hanley–McNeil standard error against
// its published value for the first example (0.07739185, the example of
// the scda and SingleCaseES reference pages for NAP), the null form
// against its closed form, and the interval against the score equation
// it solves.
func TestNAPStandardErrors(t *testing.T) {
	e, err := singlecase.Compare(pvdA, pvdB, singlecase.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := e.NAPSEHanley, 0.07739185; math.Abs(got-want) > 5e-9 {
		t.Errorf("NAPSEHanley = %.10f, want %.8f", got, want)
	}
	if got, want := e.NAPSENull, math.Sqrt(14.0/(12*42)); math.Abs(got-want) > 1e-15 {
		t.Errorf("NAPSENull = %v, want √(14/504) = %v", got, want)
	}
	se, ok := e.NAPSEUnbiased.Get()
	if !ok || se <= 0 || se >= e.NAPSEHanley {
		t.Errorf("NAPSEUnbiased = %v, want a value in (0, Hanley's %v)", e.NAPSEUnbiased, e.NAPSEHanley)
	}
	m, n, z := 6.0, 7.0, 1.959963984540054
	h := (m+n)/2 - 1
	score := func(t float64) float64 {
		return m*n*(e.NAP-t)*(e.NAP-t)*(2-t)*(1+t) - z*z*t*(1-t)*(2+h+(1+2*h)*t*(1-t))
	}
	for _, bound := range []float64{e.NAPCILower, e.NAPCIUpper} {
		if r := score(bound); math.Abs(r) > 1e-9 {
			t.Errorf("score equation at the bound %v = %g, want 0", bound, r)
		}
	}
	if !(e.NAPCILower < e.NAP && e.NAP < e.NAPCIUpper && e.NAPCIUpper < 1) {
		t.Errorf("interval [%v, %v] does not hold NAP %v inside (0, 1)", e.NAPCILower, e.NAPCIUpper, e.NAP)
	}
}

// TestTauBC: Tarlow's (2017) example gives 0 once the baseline trend is
// removed; a one-point baseline has no trend to remove.
func TestTauBC(t *testing.T) {
	e, err := singlecase.Compare([]float64{1, 2, 3, 4, 5}, []float64{6, 7, 8, 9, 10}, singlecase.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, ok := e.TauBC.Get(); !ok || got != 0 {
		t.Errorf("TauBC = %v, want 0", e.TauBC)
	}
	e, err = singlecase.Compare([]float64{3}, []float64{6, 7}, singlecase.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !e.TauBC.IsZero() || !e.NAPSEUnbiased.IsZero() {
		t.Errorf("one-point baseline: TauBC = %v, NAPSEUnbiased = %v, want none", e.TauBC, e.NAPSEUnbiased)
	}
}

// TestPoGO: the formula of Ferron et al. (2020) as SingleCaseES tests it,
// the same for either direction; none without a goal or at a goal equal
// to the baseline mean.
func TestPoGO(t *testing.T) {
	meanA, meanB := 136.0/6, 193.0/7
	want := 100 * (meanB - meanA) / (25 - meanA)
	for _, dir := range []singlecase.Direction{singlecase.Increase, singlecase.Decrease} {
		e, err := singlecase.Compare(pvdA, pvdB, singlecase.Options{Improvement: dir, Goal: singlecase.Some(25)})
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := e.PoGO.Get(); !ok || math.Abs(got-want) > 1e-9 {
			t.Errorf("%v: PoGO = %v, want %v", dir, e.PoGO, want)
		}
	}
	for _, goal := range []singlecase.Number{{}, singlecase.Some(3)} {
		e, err := singlecase.Compare([]float64{2, 4}, []float64{5}, singlecase.Options{Goal: goal})
		if err != nil {
			t.Fatal(err)
		}
		if !e.PoGO.IsZero() {
			t.Errorf("goal %v: PoGO = %v, want none", goal, e.PoGO)
		}
	}
}

func TestCompareErrors(t *testing.T) {
	tests := []struct {
		name  string
		a, b  []float64
		opts  singlecase.Options
		field string
		index int
	}{
		{"no baseline", nil, []float64{1}, singlecase.Options{}, "a", -1},
		{"no treatment", []float64{1}, []float64{}, singlecase.Options{}, "b", -1},
		{"NaN", []float64{1}, []float64{2, math.NaN()}, singlecase.Options{}, "b", 1},
		{"infinity", []float64{math.Inf(-1)}, []float64{2}, singlecase.Options{}, "a", 0},
		{"confidence 1", []float64{1}, []float64{2}, singlecase.Options{Confidence: 1}, "Confidence", -1},
		{"undeclared direction", []float64{1}, []float64{2}, singlecase.Options{Improvement: 9}, "Improvement", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := singlecase.Compare(tt.a, tt.b, tt.opts)
			var e *singlecase.Error
			if !errors.As(err, &e) || !errors.Is(err, singlecase.ErrInput) {
				t.Fatalf("Compare error = %v, want an *Error wrapping ErrInput", err)
			}
			if got, want := [2]any{e.Field, e.Index}, [2]any{tt.field, tt.index}; got != want {
				t.Errorf("error at %v, want %v (%v)", got, want, err)
			}
		})
	}
}

func TestAutocorrelation(t *testing.T) {
	tests := []struct {
		name   string
		points []float64
		want   singlecase.Number
	}{
		{"alternating", []float64{1, 3, 1, 3}, singlecase.Some(-0.75)}, // Σ(xₜ−2)(xₜ₊₁−2) = −3, Σ(xₜ−2)² = 4
		{"rising", []float64{1, 2, 3}, singlecase.Some(0)},             // (−1)(0) + (0)(1) = 0
		{"one point", []float64{4}, singlecase.Number{}},
		{"all equal", []float64{2, 2, 2}, singlecase.Number{}},
		{"not finite", []float64{1, math.Inf(1)}, singlecase.Number{}},
	}
	for _, tt := range tests {
		if got := singlecase.Autocorrelation(tt.points); got != tt.want {
			t.Errorf("%s: Autocorrelation(%v) = %v, want %v", tt.name, tt.points, got, tt.want)
		}
	}
}

func negated(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = -x
	}
	return out
}

func asError(err error, target **singlecase.Error) bool { return errors.As(err, target) }
