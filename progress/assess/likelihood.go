package assess

import "math"

// LikelihoodLevel is how likely a student is to meet a benchmark by its
// deadline, as [LikelihoodOf] reads the probability. The zero value is
// "not computed" (no deadline, or it has come); its text form is empty.
type LikelihoodLevel uint8

// The likelihood levels, from best to least known.
const (
	LikelihoodLikely        LikelihoodLevel = iota + 1 // the probability is at least the Likely cut-off
	LikelihoodUncertain                                // between the cut-offs
	LikelihoodUnlikely                                 // below the Unlikely cut-off
	LikelihoodNeedsMoreData                            // fewer weeks or weekly points than the gates ask for
)

var likelihoodLevels = newCodec[LikelihoodLevel]("LikelihoodLevel", "likelihood", "likely", "uncertain", "unlikely", "needs-more-data")

// IsValid reports whether l is a declared level (not the zero value).
func (l LikelihoodLevel) IsValid() bool { return likelihoodLevels.Valid(l) }

// String returns "likely", "uncertain", "unlikely" or "needs-more-data",
// "" for the zero value, or "%!LikelihoodLevel(9)".
func (l LikelihoodLevel) String() string { return likelihoodLevels.String(l) }

// MarshalText returns the text form; it fails for an undeclared level.
func (l LikelihoodLevel) MarshalText() ([]byte, error) { return likelihoodLevels.Marshal(l) }

// UnmarshalText parses the text form, ignoring case; empty text gives the
// zero value.
func (l *LikelihoodLevel) UnmarshalText(text []byte) error {
	return likelihoodLevels.Unmarshal(text, l, likelihoodLevels.Parse)
}

// LikelihoodOptions are the gates and cut-offs of [LikelihoodOf]. The zero
// value gives the defaults named on each field.
type LikelihoodOptions struct {
	// MinWeeks and MinPoints are the gates: the weekly series must have at
	// least MinWeeks weeks on or before the as-of date and MinPoints of
	// them with a percent; 0 means 6 and 4 (aimswebPlus reports the
	// likelihood from week 6 with at least 4 points). MinPoints must be at
	// least 3, for a line with an error.
	MinWeeks, MinPoints int
	// Likely and Unlikely are the cut-offs on the probability: at least
	// Likely is likely, below Unlikely unlikely, between them uncertain;
	// 0 means 0.8 and 0.2 (our choice). 0 < Unlikely ≤ Likely < 1.
	Likely, Unlikely float64
}

func (o LikelihoodOptions) resolved() (LikelihoodOptions, error) {
	if o.MinWeeks == 0 {
		o.MinWeeks = 6
	}
	if o.MinPoints == 0 {
		o.MinPoints = 4
	}
	if o.Likely == 0 {
		o.Likely = 0.8
	}
	if o.Unlikely == 0 {
		o.Unlikely = 0.2
	}
	switch {
	case o.MinWeeks < 1:
		return o, optionError("MinWeeks", "%d: want 1 or more", o.MinWeeks)
	case o.MinPoints < 3:
		return o, optionError("MinPoints", "%d: want 3 or more", o.MinPoints)
	case !(o.Unlikely > 0 && o.Unlikely <= o.Likely && o.Likely < 1):
		return o, optionError("Likely", "%v and Unlikely %v: want 0 < Unlikely ≤ Likely < 1", o.Likely, o.Unlikely)
	}
	return o, nil
}

// Likelihood is the chance that a student meets a benchmark by its
// deadline, from the trend of the weekly percents, as aimswebPlus reports
// it. The ordinary least squares line through the n weekly points (x in
// weeks, y in percent) predicts the percent at the deadline x_d,
//
//	ŷ = intercept + slope · x_d,
//
// with the standard error of the line's mean there (s² = Σe²/(n − 2), the
// residual variance, and SE(b) = √(s² / Σ(x − x̄)²) the slope's error)
//
//	SE = √(s²/n + (x_d − x̄)² · SE(b)²),
//
// and the probability is P(ŷ + SE·T ≥ threshold) for T a Student t with
// n − 2 degrees of freedom: 1 − F_t((threshold − ŷ) / SE). A perfect fit
// (SE 0) gives 1 or 0. The prediction is not held within 0–100; the
// probability is of the line, not of any one week. The zero value is
// "not computed".
type Likelihood struct {
	Level       LikelihoodLevel
	Weeks       int     // the weeks of the series on or before the as-of date
	Points      int     // of them, the weeks with a percent
	Predicted   float64 // ŷ, the percent the line predicts at the deadline
	SE          float64 // the standard error of ŷ
	Probability float64 // P(percent at the deadline ≥ threshold)
}

// LikelihoodOf returns the likelihood that the assessed student meets the
// benchmark by its deadline (see [Likelihood]). It is not computed (the
// zero Likelihood) when the benchmark is met, has no deadline or the
// deadline is not after the as-of date — the verdict is then final — and it is
// [LikelihoodNeedsMoreData] below the gates of opts. The error is an
// *[Error] for an option out of range.
func LikelihoodOf(a Assessment, opts LikelihoodOptions) (Likelihood, error) {
	o, err := opts.resolved()
	if err != nil {
		return Likelihood{}, err
	}
	if a.Status == StatusMet || !a.Deadline.IsValid() || !a.Deadline.After(a.AsOf) {
		return Likelihood{}, nil
	}
	xs, ys := weeklyXY(a.Weeks)
	l := Likelihood{Weeks: len(a.Weeks), Points: len(ys)}
	fit, ok := olsWithError(xs, ys)
	if l.Weeks < o.MinWeeks || l.Points < o.MinPoints || !ok {
		l.Level = LikelihoodNeedsMoreData
		return l, nil
	}
	xd := weeksBetween(a.Baseline.Anchor, a.Deadline)
	l.Predicted = fit.intercept + fit.slope*xd
	l.SE = math.Sqrt(fit.residualVar/float64(len(xs)) + (xd-fit.meanX)*(xd-fit.meanX)*fit.residualVar/fit.sxx)
	threshold := float64(a.Benchmark.Threshold())
	switch {
	case l.SE == 0 && l.Predicted >= threshold:
		l.Probability = 1
	case l.SE == 0:
		l.Probability = 0
	default:
		l.Probability = 1 - studentTCDF((threshold-l.Predicted)/l.SE, float64(len(xs)-2))
	}
	switch {
	case l.Probability >= o.Likely:
		l.Level = LikelihoodLikely
	case l.Probability < o.Unlikely:
		l.Level = LikelihoodUnlikely
	default:
		l.Level = LikelihoodUncertain
	}
	return l, nil
}

// olsFit is a least-squares line with what its errors need.
type olsFit struct {
	slope, intercept float64
	meanX, sxx       float64 // x̄ and Σ(x − x̄)²
	residualVar      float64 // s² = Σe² / (n − 2)
}

// olsWithError fits the line of [OLS] and its residual variance; ok is
// false with fewer than three points or all at one x.
func olsWithError(xs, ys []float64) (olsFit, bool) {
	slope, intercept, ok := OLS(xs, ys)
	if !ok || len(xs) < 3 {
		return olsFit{}, false
	}
	f := olsFit{slope: slope, intercept: intercept}
	for _, x := range xs {
		f.meanX += x
	}
	f.meanX /= float64(len(xs))
	var sse float64
	for i, x := range xs {
		f.sxx += (x - f.meanX) * (x - f.meanX)
		e := ys[i] - (intercept + slope*x)
		sse += e * e
	}
	f.residualVar = sse / float64(len(xs)-2)
	return f, true
}

// studentTCDF returns P(T ≤ t) for Student's t distribution with df > 0
// degrees of freedom, through the regularized incomplete beta function:
// P(T ≤ t) = 1 − ½ I_{df/(df+t²)}(df/2, ½) for t ≥ 0, by symmetry below.
func studentTCDF(t, df float64) float64 {
	tail := 0.5 * regIncBeta(df/2, 0.5, df/(df+t*t))
	if t >= 0 {
		return 1 - tail
	}
	return tail
}

// regIncBeta returns the regularized incomplete beta function I_x(a, b)
// for a, b > 0 and x in [0, 1], by its continued fraction (Lentz's method),
// taken on the side of x where it converges fast.
func regIncBeta(a, b, x float64) float64 {
	switch {
	case x <= 0:
		return 0
	case x >= 1:
		return 1
	}
	la, _ := math.Lgamma(a)
	lb, _ := math.Lgamma(b)
	lab, _ := math.Lgamma(a + b)
	front := math.Exp(lab - la - lb + a*math.Log(x) + b*math.Log1p(-x))
	if x < (a+1)/(a+b+2) {
		return front * betaFraction(a, b, x) / a
	}
	return 1 - front*betaFraction(b, a, 1-x)/b
}

// betaFraction evaluates the continued fraction of I_x(a, b).
func betaFraction(a, b, x float64) float64 {
	const tiny, eps = 1e-300, 1e-16
	c, d := 1.0, 1-(a+b)*x/(a+1)
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= 500; m++ {
		fm := float64(m)
		for _, num := range []float64{
			fm * (b - fm) * x / ((a + 2*fm - 1) * (a + 2*fm)),
			-(a + fm) * (a + b + fm) * x / ((a + 2*fm) * (a + 2*fm + 1)),
		} {
			d = 1 + num*d
			if math.Abs(d) < tiny {
				d = tiny
			}
			c = 1 + num/c
			if math.Abs(c) < tiny {
				c = tiny
			}
			d = 1 / d
			h *= d * c
		}
		if math.Abs(d*c-1) < eps {
			break
		}
	}
	return h
}
