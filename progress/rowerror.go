package progress

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors name the kind of a bad row. A *[RowError] wraps one of
// them, or one of package rubric's or goal's (rubric.ErrOutOfRange,
// rubric.ErrUnknownLabel, goal.ErrBadDate, goal.ErrBadStudentID) for a
// level, date or student ID that does not parse; callers branch with
// [errors.Is].
var (
	// ErrBadRow matches every *RowError: errors.Is(err, ErrBadRow) tells a
	// bad row from an I/O error.
	ErrBadRow = errors.New("bad row")
	// ErrBadHeader reports a CSV header that cannot be read: a repeated
	// column, an intensity column for an unknown element, columns
	// separated by something other than commas (the message names the
	// separator), JSON given to the CSV reader, or lines that end in CR
	// alone.
	ErrBadHeader = errors.New("bad header")
	// ErrMissingColumn reports a required column absent from the CSV header
	// or a required key absent from a JSON line.
	ErrMissingColumn = errors.New("missing column")
	// ErrFieldCount reports a CSV row with more or fewer fields than the header.
	ErrFieldCount = errors.New("wrong number of fields")
	// ErrQuote reports a malformed RFC 4180 quoted field: a quote inside an
	// unquoted field, text after a closing quote, or a quote never closed.
	ErrQuote = errors.New("malformed quoted field")
	// ErrLineTooLong reports a row longer than [MaxRowBytes].
	ErrLineTooLong = errors.New("row too long")
	// ErrMinutes reports minutes that are not a whole number from 1 to 600.
	ErrMinutes = errors.New("minutes must be a whole number from 1 to 600")
	// ErrBadField reports any other malformed field: an over-long period
	// label, a bad skill-area ID, a JSON value of the wrong type.
	ErrBadField = errors.New("bad field")
)

// MaxRowBytes bounds the length of one row (a CSV record, quoted newlines
// included, or a JSON line), so that a malformed file cannot make a reader
// hold more than this in memory.
const MaxRowBytes = 1 << 20

// RowError says which row of the input was bad, in which column, and why.
// Err wraps a sentinel of this package or of package rubric or goal.
// errors.Is(e, ErrBadRow) is always true.
type RowError struct {
	Line   int    // the 1-based line where the row starts (the header is line 1 of a CSV file); 0 for a value not read from text
	Column string // the column (CSV header name or JSON key) at fault; "" when the row as a whole is
	Err    error  // the reason
}

// Error returns `progress: line 42, column "tep": rubric: parsing TEP "7": level out of range: 7 is not in 1–5`.
func (e *RowError) Error() string {
	var b strings.Builder
	b.WriteString("progress: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, ", e.Line)
	}
	if e.Column != "" {
		fmt.Fprintf(&b, "column %q: ", e.Column)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString(ErrBadRow.Error())
	}
	return b.String()
}

// Unwrap returns the reason.
func (e *RowError) Unwrap() error { return e.Err }

// Is reports whether target is [ErrBadRow]; errors.Is then goes on to the reason.
func (e *RowError) Is(target error) bool { return target == ErrBadRow }

// RowErrors is every bad row skipped while reading with SkipBadRows, in
// input order. It is an error whose Unwrap returns the rows' errors, so
// errors.Is and errors.As look into each.
type RowErrors []*RowError

// Error returns the first row's error and how many more there were.
func (es RowErrors) Error() string {
	switch len(es) {
	case 0:
		return "progress: no bad rows"
	case 1:
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more bad rows)", es[0].Error(), len(es)-1)
}

// Unwrap returns the rows' errors.
func (es RowErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
