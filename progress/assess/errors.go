package assess

import (
	"errors"
	"fmt"
)

// Sentinel errors of [Benchmark]; every error it returns is an *[Error]
// wrapping one of them, so callers branch with [errors.Is].
var (
	// ErrOption reports an assessment input out of range: an
	// option (a negative count, MinDays above WindowDays), a zero
	// benchmark, an invalid as-of date, or text that names no
	// [Decision], [Rule] or [TrendMethod].
	ErrOption = errors.New("invalid assessment input")
	// ErrDayOrder reports days that are not in strictly increasing date
	// order, or a day without a date.
	ErrDayOrder = errors.New("days not in strictly increasing date order")
)

// Error says which input of [Benchmark] was wrong and why. Field names
// the option or argument ("WindowDays", "asOf", "days"); Index is the
// position of the offending day in the days slice, or -1 when the error is
// not about one day.
type Error struct {
	Field string
	Index int
	Err   error // wraps ErrOption or ErrDayOrder
}

// Error returns `assess: days[3]: days not in strictly increasing
// date order: 2026-09-08 not after 2026-09-09` or `assess:
// MinDays: invalid assessment input: 6: must not exceed WindowDays (5)`.
func (e *Error) Error() string {
	if e.Index >= 0 {
		return fmt.Sprintf("assess: %s[%d]: %v", e.Field, e.Index, e.Err)
	}
	return fmt.Sprintf("assess: %s: %v", e.Field, e.Err)
}

// Unwrap returns the reason, which wraps a sentinel.
func (e *Error) Unwrap() error { return e.Err }
