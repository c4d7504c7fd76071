package singlecase

import (
	"errors"
	"fmt"
)

// ErrInput reports an input that the measures are not defined for: an
// empty phase, a point that is not a finite number, a confidence level
// outside (0, 1), or text that names no [Direction]. Every error of the
// package is an *[Error] wrapping it.
var ErrInput = errors.New("invalid single-case input")

// Error says which input was wrong and why. Field names the argument or
// option ("a", "b", "Confidence", "Improvement"; "direction" for the text of a [Direction]); Index is the position of
// the offending point in its series, or -1 when the error is not about
// one point.
type Error struct {
	Field string
	Index int
	Err   error // wraps ErrInput
}

// Error returns `singlecase: b[3]: invalid single-case input: NaN is not a
// finite number` or `singlecase: a: invalid single-case input: no points`.
func (e *Error) Error() string {
	if e.Index >= 0 {
		return fmt.Sprintf("singlecase: %s[%d]: %v", e.Field, e.Index, e.Err)
	}
	return fmt.Sprintf("singlecase: %s: %v", e.Field, e.Err)
}

// Unwrap returns the reason, which wraps ErrInput.
func (e *Error) Unwrap() error { return e.Err }

// inputError returns the *Error for field (and index, or -1) with the
// reason worded by format and args.
func inputError(field string, index int, format string, args ...any) error {
	return &Error{Field: field, Index: index, Err: fmt.Errorf("%w: "+format, append([]any{ErrInput}, args...)...)}
}
