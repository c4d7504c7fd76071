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
