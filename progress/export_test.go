package progress

import "testing"

// SplitSmall makes every CSV input big enough to be split across workers,
// for the rest of the test, so that tests of the external test package
// reach the parallel path with small inputs.
func SplitSmall(t testing.TB) {
	old := parallelMinBytes
	parallelMinBytes = 1
	t.Cleanup(func() { parallelMinBytes = old })
}

// ResetTallies empties the tallies of every day m's summary holds,
// keeping the days: a benchmark adds the same rows again and again
// without the days' counts growing past their narrow fields.
func ResetTallies(m *Measurer) {
	m.flushRun()
	a := &m.sum.days
	for _, slab := range a.slabs {
		for i := range slab {
			r := &slab[i]
			r.word, r.lo, r.hi, r.periods = r.word&dateMask, 0, 0, 0
		}
	}
	a.wide = a.wide[:0]
}
