package assess

import (
	"math"

	"github.com/iepgoal/iepgoal/goal"
)

// OLS fits the ordinary least-squares line y = intercept + slope·x to the
// points (xs[i], ys[i]):
//
//	slope     = Σ (x_i - x̄)(y_i - ȳ) / Σ (x_i - x̄)²
//	intercept = ȳ - slope·x̄
//
// where x̄ and ȳ are the means. It reports ok = false, with zero slope and
// intercept, when the slices differ in length, hold fewer than two points,
// have all xs equal, or hold a NaN or an infinity (or values so large the
// sums overflow). It does not allocate.
func OLS(xs, ys []float64) (slope, intercept float64, ok bool) {
	if len(xs) != len(ys) || len(xs) < 2 || !allFinite(xs) || !allFinite(ys) {
		return 0, 0, false
	}
	n := float64(len(xs))
	var sx, sy float64
	for i := range xs {
		sx += xs[i]
		sy += ys[i]
	}
	mx, my := sx/n, sy/n
	var sxy, sxx float64
	for i := range xs {
		dx := xs[i] - mx
		sxy += dx * (ys[i] - my)
		sxx += dx * dx
	}
	if sxx == 0 {
		return 0, 0, false
	}
	slope = sxy / sxx
	return finiteLine(slope, my-slope*mx)
}

// TheilSen fits the Theil–Sen line y = intercept + slope·x to the points
// (xs[i], ys[i]), an estimator robust to outliers (a bad week moves it
// little):
//
//	slope     = median{ (y_j - y_i) / (x_j - x_i) : i < j, x_i ≠ x_j }
//	intercept = median{ y_i - slope·x_i }
//
// The median of an even count is the mean of the two middle values. It
// reports ok = false, with zero slope and intercept, when the slices differ
// in length, no two xs differ, or a value is NaN or infinite (or so large
// that a difference overflows). It allocates
// one slice of n(n-1)/2 slopes and finds the medians by selection, in
// expected O(n²) time.
func TheilSen(xs, ys []float64) (slope, intercept float64, ok bool) {
	if len(xs) != len(ys) || len(xs) < 2 || !allFinite(xs) || !allFinite(ys) {
		return 0, 0, false
	}
	n := len(xs)
	slopes := make([]float64, 0, n*(n-1)/2)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if dx := xs[j] - xs[i]; dx != 0 {
				slopes = append(slopes, (ys[j]-ys[i])/dx)
			}
		}
	}
	if len(slopes) == 0 {
		return 0, 0, false
	}
	slope = median(slopes)
	resid := slopes[:0]
	if cap(resid) < n {
		resid = make([]float64, 0, n)
	}
	for i := range xs {
		resid = append(resid, ys[i]-slope*xs[i])
	}
	return finiteLine(slope, median(resid))
}

// finiteLine returns the line, or ok = false when a sum overflowed (values
// near ±1e308) and left a coefficient infinite or NaN.
func finiteLine(slope, intercept float64) (float64, float64, bool) {
	if !finite(slope) || !finite(intercept) {
		return 0, 0, false
	}
	return slope, intercept, true
}

func allFinite(v []float64) bool {
	for _, x := range v {
		if !finite(x) {
			return false
		}
	}
	return true
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// median returns the median of v (non-empty), reordering v.
func median(v []float64) float64 {
	n := len(v)
	hi := selectNth(v, n/2)
	if n%2 == 1 {
		return hi
	}
	// After selection every element of v[:n/2] is ≤ v[n/2]: the lower
	// middle value is their maximum.
	lo := v[0]
	for _, x := range v[1 : n/2] {
		lo = max(lo, x)
	}
	return (lo + hi) / 2
}

// selectNth reorders v so that v[k] is the value it would hold if v were
// sorted, with smaller-or-equal values before it and greater-or-equal after
// (Hoare's quickselect with a median-of-three pivot), and returns v[k].
func selectNth(v []float64, k int) float64 {
	lo, hi := 0, len(v)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		// Median of three into v[mid].
		if v[mid] < v[lo] {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if v[hi] < v[lo] {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if v[hi] < v[mid] {
			v[hi], v[mid] = v[mid], v[hi]
		}
		pivot := v[mid]
		i, j := lo, hi
		for i <= j {
			for v[i] < pivot {
				i++
			}
			for v[j] > pivot {
				j--
			}
			if i <= j {
				v[i], v[j] = v[j], v[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return v[k]
		}
	}
	return v[k]
}

// TrendMethod chooses the line fitted to the weekly percents for decisions
// and projection. The zero value asks for the default, [TrendTheilSen];
// its text form is empty.
type TrendMethod uint8

// The trend estimators.
const (
	TrendTheilSen TrendMethod = iota + 1 // Theil–Sen: median of pairwise slopes ([TheilSen]), robust to outliers
	TrendOLS                             // ordinary least squares ([OLS]), common in school products
)

var trendMethods = newCodec[TrendMethod]("TrendMethod", "method", "theil-sen", "ols")

// String returns "theil-sen" or "ols", "" for the zero value, or "%!TrendMethod(9)".
func (m TrendMethod) String() string { return trendMethods.String(m) }

// IsValid reports whether m is a declared method; the zero value (the
// default) is valid too.
func (m TrendMethod) IsValid() bool { return m == 0 || trendMethods.Valid(m) }

// MarshalText returns "theil-sen" or "ols", or empty text for the zero value.
func (m TrendMethod) MarshalText() ([]byte, error) { return trendMethods.Marshal(m) }

// UnmarshalText parses "theil-sen" or "ols", ignoring case; empty text is
// the zero value (the default).
func (m *TrendMethod) UnmarshalText(text []byte) error {
	return trendMethods.Unmarshal(text, m, trendMethods.Parse)
}

// Trend is a line fitted to an assessment's weekly percents, in
// percentage points per week. x is counted in weeks from the assessment's
// [Baseline.Anchor] date (see [WeekPoint.X]), so the line's percent on a
// date d is
//
//	Intercept + Slope · (d - Anchor) / 7 days.
//
// The zero value is "no trend" (OK false): too few weekly points, or all
// at the same x.
type Trend struct {
	Method    TrendMethod
	Slope     float64   // percentage points per week
	Intercept float64   // percent at the anchor date (x = 0)
	Anchor    goal.Date // the date where x = 0
	Points    int       // weekly points the line was fitted to
	OK        bool      // whether a line was fitted
}

// At returns the trend's percent on date d (not clamped to 0–100).
func (t Trend) At(d goal.Date) float64 {
	return t.Intercept + t.Slope*weeksBetween(t.Anchor, d)
}

// weeksBetween returns (d - from) in weeks, fractional.
func weeksBetween(from, d goal.Date) float64 { return float64(d.DaysSince(from)) / 7 }

// fitTrend fits the chosen method to the weekly points that have a percent.
func fitTrend(m TrendMethod, anchor goal.Date, xs, ys []float64, minPoints int) Trend {
	t := Trend{Method: m, Anchor: anchor, Points: len(xs)}
	if len(xs) < minPoints {
		return t
	}
	fit := TheilSen
	if m == TrendOLS {
		fit = OLS
	}
	t.Slope, t.Intercept, t.OK = fit(xs, ys)
	return t
}
