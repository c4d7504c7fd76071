package progress

import (
	"errors"
	"fmt"
)

// Sentinel errors of [Assess]; every error it returns is an *[AssessError]
// wrapping one of them, so callers branch with [errors.Is].
var (
	// ErrAssessOption reports an assessment input out of range: an
	// option (a negative count, MinDays above WindowDays), a zero
	// benchmark, an invalid as-of date, or text that names no
	// [Decision], [Rule] or [TrendMethod].
	ErrAssessOption = errors.New("invalid assessment input")
	// ErrDayOrder reports days that are not in strictly increasing date
	// order, or a day without a date.
	ErrDayOrder = errors.New("days not in strictly increasing date order")
)

// AssessError says which input of [Assess] was wrong and why. Field names
// the option or argument ("WindowDays", "asOf", "days"); Index is the
// position of the offending day in the days slice, or -1 when the error is
// not about one day.
type AssessError struct {
	Field string
	Index int
	Err   error // wraps ErrAssessOption or ErrDayOrder
}

// Error returns `progress: assess: days[3]: days not in strictly increasing
// date order: 2026-09-08 not after 2026-09-09` or `progress: assess:
// MinDays: invalid assessment input: 6: must not exceed WindowDays (5)`.
func (e *AssessError) Error() string {
	if e.Index >= 0 {
		return fmt.Sprintf("progress: assess: %s[%d]: %v", e.Field, e.Index, e.Err)
	}
	return fmt.Sprintf("progress: assess: %s: %v", e.Field, e.Err)
}

// Unwrap returns the reason, which wraps a sentinel.
func (e *AssessError) Unwrap() error { return e.Err }
