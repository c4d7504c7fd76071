package rubric

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Sentinel errors name the kind of a failure. Every error returned by this
// package wraps exactly one of them, so callers branch with [errors.Is] and
// never on message text.
var (
	// ErrOutOfRange reports a number outside the levels of a scale (for
	// example 7 on a 1–5 scale, or an element number above 17).
	ErrOutOfRange = errors.New("out of range")
	// ErrUnknownLabel reports text that is neither a level number nor one of
	// the scale's labels, or a name that is not in a catalog.
	ErrUnknownLabel = errors.New("unknown label")
	// ErrEmpty reports empty input where a value is required.
	ErrEmpty = errors.New("empty input")
	// ErrInvalid reports a value that breaks a structural rule: a band whose
	// low end is above its high end, a malformed identifier, a duplicate.
	ErrInvalid = errors.New("invalid value")
	// ErrUnsupportedType reports a database or JSON value of a type that
	// cannot hold the value (for example a float from a SQL driver, or a
	// JSON array where a level is expected).
	ErrUnsupportedType = errors.New("unsupported type")
	// ErrSyntax reports input that is not well-formed: JSON that does not
	// parse, or data trailing after a complete value.
	ErrSyntax = errors.New("malformed input")
)

// ParseError says which input failed to become a value of which type, and
// why. Err wraps one of the package's sentinel errors. Every error about a
// level, band, element, element set, support profile or skill area is a
// *ParseError, including those from formatting (MarshalText of a value off
// its scale) and from checking (NewBand, SupportProfile.Set), so
// [errors.As] finds the location of any such failure.
type ParseError struct {
	Type  string // the Go type being parsed, e.g. "TEP", "Band[Intensity]", "Element"
	Input string // the input text as given (truncated to 64 bytes), or where in it the failure is
	Err   error  // the reason; wraps a sentinel such as ErrOutOfRange
	op    string // "parsing" (the default), "formatting" or "checking"
}

// Error formats the error as `rubric: parsing TEP "7": out of range: 7 is not in 1–5`.
func (e *ParseError) Error() string {
	op := e.op
	if op == "" {
		op = opParse
	}
	return fmt.Sprintf("rubric: %s %s %q: %v", op, e.Type, e.Input, e.Err)
}

// Unwrap returns the reason, so errors.Is(err, ErrOutOfRange) works.
func (e *ParseError) Unwrap() error { return e.Err }

// The operations a ParseError can report.
const (
	opParse  = "parsing"
	opFormat = "formatting"
	opCheck  = "checking"
)

// parseError builds a *ParseError, truncating long inputs so that error
// messages stay readable when the input is hostile.
func parseError(typ, input string, err error) error {
	return opError(opParse, typ, input, err)
}

// opError is parseError for an operation other than parsing.
func opError(op, typ, input string, err error) error {
	const maxInput = 64
	if len(input) > maxInput {
		cut := maxInput
		for cut > 0 && !utf8.RuneStart(input[cut]) {
			cut--
		}
		input = input[:cut] + "…"
	}
	if op == opParse {
		op = ""
	}
	return &ParseError{Type: typ, Input: input, Err: err, op: op}
}

// reason returns the reason inside a *ParseError (err itself otherwise), so
// that an error found inside a larger input can be reported once, at the
// larger input's location.
func reason(err error) error {
	if pe, ok := err.(*ParseError); ok {
		return pe.Err
	}
	return err
}

// outOfRange returns an error wrapping ErrOutOfRange that names the value and the range.
func outOfRange(n int64, min, max int) error {
	return fmt.Errorf("%w: %d is not in %d–%d", ErrOutOfRange, n, min, max)
}

// outOfRangeText is outOfRange for a number given as text, too large or
// too small to hold in an integer.
func outOfRangeText(text string, min, max int) error {
	return fmt.Errorf("%w: %s is not in %d–%d", ErrOutOfRange, text, min, max)
}
