package singlecase

import (
	"math"
	"slices"
)

// DefaultConfidence is the confidence level of the NAP interval when
// [Options.Confidence] is zero.
const DefaultConfidence = 0.95

// Options configures [Compare]. The zero value compares phases whose
// values improve upward, with a 95% interval for NAP and no goal (PoGO is
// none).
type Options struct {
	// Improvement is the direction of improvement; zero means [Increase].
	// For [Decrease] both phases are negated first, so every measure
	// reads "higher is better" either way.
	Improvement Direction
	// Goal is the level the treatment aims at, for PoGO (in the series'
	// own units: a benchmark's threshold percent for daily percents).
	// None leaves PoGO none.
	Goal Number
	// Confidence is the level of the NAP interval, in (0, 1); zero means
	// [DefaultConfidence].
	Confidence float64
}

// Effects are the effect sizes of a treatment phase B against a baseline
// phase A, the measures single-case researchers publish. m and n below
// are the numbers of points of A and B, and every measure is computed
// after negating both phases when the improvement is a decrease.
//
// NAP, the non-overlap of all pairs (Parker & Vannest 2009), is the share
// of the m·n pairs in which B improves on A, ties counting half:
//
//	NAP = (1/mn) Σᵢ Σⱼ qᵢⱼ,   qᵢⱼ = I(Bⱼ > Aᵢ) + ½ I(Bⱼ = Aᵢ).
//
// Its standard errors follow SingleCaseES (Pustejovsky, Chen & Swan),
// with Q₁ = Σᵢ (Σⱼ (qᵢⱼ − NAP))² / (mn²), Q₂ = Σⱼ (Σᵢ (qᵢⱼ − NAP))² / (m²n),
// X = Σᵢⱼ (qᵢⱼ − NAP)² / (mn) and N = NAP held within [½/mn, 1 − ½/mn]:
//
//	Hanley & McNeil (1982):  SE² = (N(1 − N) + (n − 1)Q₁ + (m − 1)Q₂) / (mn)
//	unbiased (Sen 1967; Mee 1990): SE² = (N(1 − N) + nQ₁ + mQ₂ − 2X) / ((m − 1)(n − 1))
//	under no effect:          SE² = (m + n + 1) / (12mn)
//
// The interval is Newcombe's (2006) method 5: the two roots θ in [0, NAP]
// and [NAP, 1] of
//
//	mn (NAP − θ)² (2 − θ)(1 + θ) = z² θ (1 − θ) (2 + h + (1 + 2h) θ (1 − θ)),   h = (m + n)/2 − 1,
//
// with z the normal quantile of the confidence level (the bound is 0 when
// NAP is 0, 1 when NAP is 1).
//
// Tau = 2·NAP − 1 = S_AB / mn, with S_AB = Σᵢ Σⱼ sign(Bⱼ − Aᵢ). Tau-U, in
// its "A vs B − trend A" form (Parker, Vannest, Davis & Sauber 2011), takes
// out the baseline's own trend, S_A = Σ_{i<k} sign(A_k − Aᵢ):
//
//	Tau-U = (S_AB − S_A) / mn,
//
// which is not bounded by 1: a falling baseline (S_A < 0) followed by a
// phase wholly above it gives more than 1. Tau-BC (Tarlow 2017) removes
// the baseline's Theil–Sen trend from both phases — points at sessions
// 1…m and m+1…m+n, slope the median of A's pairwise slopes, intercept the
// median of Aᵢ − slope·i — and is Tau of the residuals (SingleCaseES's
// default, not Kendall's τ_b).
//
// PND (Scruggs, Mastropieri & Casto 1987) is the share of B above the
// best point of A; PEM (Ma 2006) the share of B above the median of A,
// ties counting half; PAND (Parker, Hagan-Burke & Vannest 2007) the share
// of all m + n points left after removing the fewest points that make the
// phases overlap; IRD, the robust improvement rate difference (Parker,
// Vannest & Brown 2009), 1 − (m + n)²/(2mn)·(1 − PAND). PoGO, the percent of goal
// obtained (Ferron et al. 2020), is 100·(mean B − mean A)/(goal − mean A);
// it does not depend on the direction.
//
// A measure that is not defined for the data is none: the unbiased SE
// and Tau-BC need two points in A (and the SE two in B); PoGO needs a goal
// other than the mean of A. The standard errors and the interval assume
// independent points, which repeated measures of one student seldom are
// (see [Autocorrelation]).
type Effects struct {
	A, B        int       // the points in each phase: m and n
	Improvement Direction // the direction the measures were computed for
	Confidence  float64   // the level of the NAP interval

	NAP                    float64
	NAPSEHanley, NAPSENull float64
	NAPSEUnbiased          Number
	NAPCILower, NAPCIUpper float64
	Tau, TauU              float64
	TauBC                  Number
	PND, PEM, PAND, IRD    float64
	PoGO                   Number
	// AutocorrelationA and AutocorrelationB are each phase's lag-1
	// autocorrelation ([Autocorrelation]).
	AutocorrelationA, AutocorrelationB Number
}

// Compare returns the effect sizes of phase b against baseline phase a.
// Each phase needs at least one point, every point a finite number; the
// error is an *[Error] naming the phase and the point, or the option. a
// and b are not changed.
func Compare(a, b []float64, opts Options) (Effects, error) {
	conf, err := checkInput(a, b, opts)
	if err != nil {
		return Effects{}, err
	}
	sign := opts.Improvement.sign()
	a, b = scaled(a, sign), scaled(b, sign)
	sa, sb := slices.Sorted(slices.Values(a)), slices.Sorted(slices.Values(b))
	e := Effects{A: len(a), B: len(b), Improvement: max(opts.Improvement, Increase), Confidence: conf}
	e.nonOverlapOfAllPairs(sa, sb)
	e.Tau = 2*e.NAP - 1
	e.TauU = (pairSigns(a, sb) - trendSigns(a)) / float64(len(a)*len(b))
	e.TauBC = tauBC(a, b)
	e.PND = pnd(sa, sb)
	e.PEM = pem(sa, sb)
	e.PAND = pand(sa, sb)
	m, n := float64(len(a)), float64(len(b))
	e.IRD = 1 - (m+n)*(m+n)/(2*m*n)*(1-e.PAND)
	if g, ok := opts.Goal.Get(); ok {
		e.PoGO = pogo(a, b, g*sign) // the sign cancels: PoGO reads the same either way
	}
	e.AutocorrelationA, e.AutocorrelationB = Autocorrelation(a), Autocorrelation(b)
	return e, nil
}

// checkInput checks the phases and options of Compare and returns the
// confidence level to use.
func checkInput(a, b []float64, opts Options) (float64, error) {
	for _, s := range []struct {
		name   string
		points []float64
	}{{"a", a}, {"b", b}} {
		if len(s.points) == 0 {
			return 0, inputError(s.name, -1, "no points")
		}
		for i, v := range s.points {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return 0, inputError(s.name, i, "%v is not a finite number", v)
			}
		}
	}
	if !opts.Improvement.IsValid() {
		return 0, inputError("Improvement", -1, "unknown direction %d", uint8(opts.Improvement))
	}
	conf := opts.Confidence
	if conf == 0 {
		conf = DefaultConfidence
	}
	if !(conf > 0 && conf < 1) {
		return 0, inputError("Confidence", -1, "%v is not in (0, 1)", opts.Confidence)
	}
	return conf, nil
}

// scaled returns a copy of v multiplied by sign.
func scaled(v []float64, sign float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = sign * x
	}
	return out
}

// mean returns the mean of v (not empty).
func mean(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
