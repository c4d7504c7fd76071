package goal

import (
	"errors"
	"fmt"
)

// Sentinel errors name the kind of a failure; every error of this package
// wraps one of them (or one of package rubric's), so callers branch with
// [errors.Is].
var (
	// ErrUnknownValue reports text that names no value of the type (an
	// unknown term, measure or support form).
	ErrUnknownValue = errors.New("unknown value")
	// ErrInvalid reports a value that breaks a rule of the goal system: a
	// threshold outside 1–100, a band on the wrong scale, a missing field.
	ErrInvalid = errors.New("invalid")
)

// FieldError says which field of which value failed, with what value, and
// why. Err wraps a sentinel of this package or of package rubric.
type FieldError struct {
	Field string // the field, e.g. "threshold" or "support"
	Value string // the offending value as text ("" when absent)
	Err   error  // the reason
}

// Error returns `goal: threshold "0": invalid: must be 1–100`.
func (e *FieldError) Error() string {
	return fmt.Sprintf("goal: %s %q: %v", e.Field, e.Value, e.Err)
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }
