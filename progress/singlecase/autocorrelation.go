package singlecase

// Autocorrelation returns the lag-1 autocorrelation of a phase's points
// in their order,
//
//	r₁ = Σₜ₌₁ⁿ⁻¹ (xₜ − x̄)(xₜ₊₁ − x̄) / Σₜ₌₁ⁿ (xₜ − x̄)²,
//
// or none for fewer than two points, points that are all equal, or a
// point that is not a finite number. Repeated ratings of one student
// are seldom independent; a clearly positive r₁ says the standard errors
// and the interval of [Effects], which assume independence, are too
// narrow.
func Autocorrelation(points []float64) Number {
	if len(points) < 2 {
		return Number{}
	}
	mu := mean(points)
	var num, den float64
	for t, x := range points {
		den += (x - mu) * (x - mu)
		if t+1 < len(points) {
			num += (x - mu) * (points[t+1] - mu)
		}
	}
	if den == 0 {
		return Number{}
	}
	return Some(num / den)
}
