package rubric

import (
	"errors"
	"fmt"
)

// Sentinel errors name the kind of a failure. Every error returned by this
// package wraps exactly one of them, so callers branch with [errors.Is] and
// never on message text.
var (
	// ErrOutOfRange reports a number outside the levels of a scale (for
	// example 7 on a 1–5 scale).
	ErrOutOfRange = errors.New("level out of range")
	// ErrUnknownLabel reports text that is neither a level number nor one of
	// the scale's labels, or a name that is not in a catalog.
	ErrUnknownLabel = errors.New("unknown label")
	// ErrEmpty reports empty input where a value is required.
	ErrEmpty = errors.New("empty input")
	// ErrInvalid reports a value that breaks a structural rule: a band whose
	// low end is above its high end, a malformed identifier, a duplicate.
	ErrInvalid = errors.New("invalid value")
	// ErrUnsupportedType reports a database or JSON value of a type that
	// cannot hold a level (for example a float from a SQL driver).
	ErrUnsupportedType = errors.New("unsupported type")
)

// ParseError says which input failed to become a value of which type, and
// why. Err wraps one of the package's sentinel errors.
type ParseError struct {
	Type  string // the Go type being parsed, e.g. "TEP", "Band[Intensity]", "Element"
	Input string // the input text as given (truncated to 64 bytes)
	Err   error  // the reason; wraps a sentinel such as ErrOutOfRange
}

// Error formats the error as `rubric: parsing TEP "7": level out of range: 7 is not in 1–5`.
func (e *ParseError) Error() string {
	return fmt.Sprintf("rubric: parsing %s %q: %v", e.Type, e.Input, e.Err)
}

// Unwrap returns the reason, so errors.Is(err, ErrOutOfRange) works.
func (e *ParseError) Unwrap() error { return e.Err }

// parseError builds a *ParseError, truncating long inputs so that error
// messages stay readable when the input is hostile.
func parseError(typ, input string, err error) error {
	const maxInput = 64
	if len(input) > maxInput {
		input = input[:maxInput] + "…"
	}
	return &ParseError{Type: typ, Input: input, Err: err}
}

// outOfRange returns an error wrapping ErrOutOfRange that names the value and the range.
func outOfRange(n int64, min, max int) error {
	return fmt.Errorf("%w: %d is not in %d–%d", ErrOutOfRange, n, min, max)
}
