package chart

import (
	"errors"
	"fmt"
)

// ErrInvalid reports an input [Render] cannot draw: a zero assessment or
// an option out of range.
var ErrInvalid = errors.New("invalid chart input")

// Error says which input of [Render] was wrong. Err wraps [ErrInvalid].
type Error struct {
	Field string // "assessment", "Width", "Height"
	Err   error
}

// Error returns `chart: Width: invalid chart input: -3: want 0 or 300–10000`.
func (e *Error) Error() string { return fmt.Sprintf("chart: %s: %v", e.Field, e.Err) }

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

func invalid(field, format string, args ...any) error {
	return &Error{Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalid}, args...)...)}
}
