package singlecase

import (
	"math"
	"slices"

	"github.com/iepgoal/iepgoal/progress/assess"
)

// nonOverlapOfAllPairs sets NAP, its standard errors and its interval
// (the formulas are on [Effects]) from the phases sorted. The pairs are
// counted through the sorted phases, not one by one: point i of A has
// Rᵢ = Σⱼ qᵢⱼ = #(B above it) + ½ #(B equal to it), point j of B has
// Cⱼ = Σᵢ qᵢⱼ = #(A below it) + ½ #(A equal to it), and
// Σᵢⱼ qᵢⱼ² = Σᵢ #(B above Aᵢ) + ¼ #(B equal to Aᵢ).
func (e *Effects) nonOverlapOfAllPairs(sa, sb []float64) {
	m, n := len(sa), len(sb)
	fm, fn := float64(m), float64(n)
	mn := fm * fn
	var sum, sumSquares float64
	for _, x := range sa {
		below, above := equalRange(sb, x)
		sum += float64(n-above) + 0.5*float64(above-below)
		sumSquares += float64(n-above) + 0.25*float64(above-below)
	}
	nap := sum / mn
	var q1, q2 float64 // Σᵢ (Rᵢ − n·NAP)² and Σⱼ (Cⱼ − m·NAP)²
	for _, x := range sa {
		below, above := equalRange(sb, x)
		r := float64(n-above) + 0.5*float64(above-below) - fn*nap
		q1 += r * r
	}
	for _, y := range sb {
		below, above := equalRange(sa, y)
		c := float64(below) + 0.5*float64(above-below) - fm*nap
		q2 += c * c
	}
	q1 /= fm * fn * fn
	q2 /= fm * fm * fn
	x := max(0, sumSquares-mn*nap*nap) / mn // Σᵢⱼ (qᵢⱼ − NAP)² / mn
	held := min(max(nap, 0.5/mn), 1-0.5/mn)
	e.NAP = nap
	e.NAPSEHanley = math.Sqrt(max(0, held*(1-held)+(fn-1)*q1+(fm-1)*q2) / mn)
	if m > 1 && n > 1 {
		e.NAPSEUnbiased = Some(math.Sqrt(max(0, held*(1-held)+fn*q1+fm*q2-2*x) / ((fm - 1) * (fn - 1))))
	}
	e.NAPSENull = math.Sqrt((fm + fn + 1) / (12 * mn))
	e.NAPCILower, e.NAPCIUpper = newcombe(nap, fm, fn, e.Confidence)
}

// equalRange returns the bounds of the points of sorted equal to x:
// sorted[below:above] are x, those before below are under it.
func equalRange(sorted []float64, x float64) (below, above int) {
	below, _ = slices.BinarySearch(sorted, x)
	above = below
	for above < len(sorted) && sorted[above] == x {
		above++
	}
	return below, above
}

// newcombe returns the NAP interval of Newcombe's method 5 (see
// [Effects]): each bound is the root of the score equation on its side
// of the estimate, found by bisection to the last bit.
func newcombe(nap, m, n, confidence float64) (lower, upper float64) {
	z := math.Sqrt2 * math.Erfinv(confidence)
	h := (m+n)/2 - 1
	f := func(t float64) float64 {
		return m*n*(nap-t)*(nap-t)*(2-t)*(1+t) - z*z*t*(1-t)*(2+h+(1+2*h)*t*(1-t))
	}
	lower, upper = 0, 1
	if nap > 0 {
		lower = bisect(f, 0, nap)
	}
	if nap < 1 {
		upper = bisect(f, nap, 1)
	}
	return lower, upper
}

// bisect returns a root of f in [lo, hi], where f(lo) and f(hi) differ in
// sign (or one is zero), halving the bracket until it cannot shrink.
func bisect(f func(float64) float64, lo, hi float64) float64 {
	flo := f(lo)
	for {
		mid := lo + (hi-lo)/2
		if mid <= lo || mid >= hi {
			return mid
		}
		fm := f(mid)
		if fm == 0 {
			return mid
		}
		if (fm > 0) == (flo > 0) {
			lo, flo = mid, fm
		} else {
			hi = mid
		}
	}
}

// sign returns the sign of d: 1, 0 or -1.
func sign(d float64) float64 {
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
	}
	return 0
}

// pairSigns returns S_AB = Σᵢ Σⱼ sign(Bⱼ − Aᵢ), counted through B sorted
// (a need not be).
func pairSigns(a, sb []float64) float64 {
	var s int
	for _, x := range a {
		below, above := equalRange(sb, x)
		s += (len(sb) - above) - below
	}
	return float64(s)
}

// trendSigns returns S_A = Σ_{i<k} sign(A_k − Aᵢ), Kendall's S of the
// baseline against time.
func trendSigns(a []float64) float64 {
	var s float64
	for i, x := range a {
		for _, y := range a[i+1:] {
			s += sign(y - x)
		}
	}
	return s
}

// tauBC returns Tau of the two phases with the baseline's Theil–Sen trend
// removed from both (see [Effects]), or none when A has one point.
func tauBC(a, b []float64) Number {
	m, n := len(a), len(b)
	if m < 2 {
		return Number{}
	}
	sessions := make([]float64, m)
	for i := range sessions {
		sessions[i] = float64(i + 1)
	}
	slope, intercept, ok := assess.TheilSen(sessions, a)
	if !ok {
		return Number{}
	}
	ra, rb := make([]float64, m), make([]float64, n)
	for i, x := range a {
		ra[i] = x - intercept - slope*float64(i+1)
	}
	for j, y := range b {
		rb[j] = y - intercept - slope*float64(m+j+1)
	}
	slices.Sort(rb)
	return Some(pairSigns(ra, rb) / float64(m*n))
}

// pnd returns the share of B above the highest point of A (both sorted).
func pnd(sa, sb []float64) float64 {
	_, above := equalRange(sb, sa[len(sa)-1])
	return float64(len(sb)-above) / float64(len(sb))
}

// pem returns the share of B above the median of A, ties counting half
// (both sorted).
func pem(sa, sb []float64) float64 {
	n := len(sa)
	med := sa[n/2]
	if n%2 == 0 {
		med = (sa[n/2-1] + sa[n/2]) / 2
	}
	below, above := equalRange(sb, med)
	return (float64(len(sb)-above) + 0.5*float64(above-below)) / float64(len(sb))
}

// pand returns the share of all points left when the fewest points are
// removed for the phases not to overlap: the most of A's i lowest points
// and B's k highest points such that every kept point of A is below every
// kept point of B (both sorted).
func pand(sa, sb []float64) float64 {
	m, n := len(sa), len(sb)
	kept := 0
	j := 0 // the first of B's kept points: all of sb[j:] must be above sa[i-1]
	for i := 0; i <= m; i++ {
		if i > 0 {
			for j < n && sb[j] <= sa[i-1] {
				j++
			}
		}
		kept = max(kept, i+n-j)
	}
	return float64(kept) / float64(m+n)
}

// pogo returns PoGO = 100·(mean B − mean A)/(goal − mean A), or none when
// the goal is the mean of A.
func pogo(a, b []float64, goal float64) Number {
	ma := mean(a)
	if goal == ma {
		return Number{}
	}
	return Some(100 * (mean(b) - ma) / (goal - ma))
}
