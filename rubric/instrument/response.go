package instrument

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
	"github.com/iepgoal/iepgoal/internal/sqltext"
	"github.com/iepgoal/iepgoal/rubric"
)

// Response is an answer to one item of an [Instrument] on the 0–2
// implementation scale: 0 not yet started, 1 partially in place, 2 fully
// in place. The three answers are [NotStarted], [Partial] and [Full];
// [ResponseOf] and [ParseResponse] turn the number on the paper (0, 1 or
// 2) or a label into one.
//
// A Response is a struct with an unexported field, so it cannot be made
// from an integer by conversion: Response(2) does not compile, and a team
// entering its answers as numbers goes through [ResponseOf], which reads
// 2 as "fully in place" and rejects 3. Every encoding (text, JSON, SQL)
// carries the paper's number.
//
// The zero value means "unanswered": it is not valid, its text form is the
// empty string, its JSON form is null and its SQL form is NULL. A Response
// is a small comparable value, safe for concurrent use; == compares
// answers and [Response.Compare] orders them.
type Response struct {
	stored uint8 // the level plus one, so that the zero Response is unanswered
}

// The three answers of the implementation scale. They are variables only
// because Go has no constants of struct type; treat them as constants.
var (
	NotStarted = Response{1} // level 0: not yet started (label from the BAT's own form)
	Partial    = Response{2} // level 1: partially in place (label from the BAT's own form)
	Full       = Response{3} // level 2: fully in place (label from the BAT's own form)
)

var responseScale = mustScale()

func mustScale() *rubric.Scale {
	s, err := rubric.NewScale("implementation", true, []rubric.LevelInfo{
		{Value: 0, Label: "not yet started", Meaning: "the feature is not in place and work on it has not begun", FromProgram: true},
		{Value: 1, Label: "partially in place", Meaning: "some parts are in place, or it is in place but not consistently", FromProgram: true},
		{Value: 2, Label: "fully in place", Meaning: "the feature is in place and working as described", FromProgram: true},
	})
	if err != nil {
		panic(err)
	}
	return s
}

// ResponseScale returns the description of the 0–2 implementation scale.
func ResponseScale() *rubric.Scale { return responseScale }

// Responses returns the three valid answers from lowest to highest.
func Responses() []Response { return []Response{NotStarted, Partial, Full} }

// ResponseOf returns the answer numbered n on the paper (0, 1 or 2), or an
// error wrapping [rubric.ErrOutOfRange].
func ResponseOf(n int) (Response, error) {
	if n < responseScale.Min() || n > responseScale.Max() {
		return Response{}, responseError(strconv.Itoa(n), outOfRange(int64(n)))
	}
	return Response{uint8(n + 1)}, nil
}

// MustResponse is like [ResponseOf] but panics on error; it is for tests
// and package-level variables, never for data.
func MustResponse(n int) Response {
	r, err := ResponseOf(n)
	if err != nil {
		panic(err)
	}
	return r
}

// ParseResponse parses an answer from its number ("0", "1", "2") or its
// label ("partially in place"), ignoring case. The empty string is
// rejected with [rubric.ErrEmpty]; use UnmarshalText to accept it as
// unanswered. Errors are *[rubric.ParseError] values for type "Response".
func ParseResponse(s string) (Response, error) { return parseResponse(s) }

// parseResponse is ParseResponse for a string or bytes, so that
// UnmarshalText does not copy its input on success.
func parseResponse[T string | []byte](text T) (Response, error) {
	level, err := responseScale.Parse(string(text))
	if err != nil {
		var pe *rubric.ParseError
		errors.As(err, &pe) // Scale.Parse returns one
		return Response{}, responseError(string(text), pe.Err)
	}
	return Response{uint8(level + 1)}, nil
}

// MustParseResponse is like [ParseResponse] but panics on error. It is for
// tests and package-level variables, never for data.
func MustParseResponse(s string) Response {
	r, err := ParseResponse(s)
	if err != nil {
		panic(err)
	}
	return r
}

func responseError(input string, reason error) error { return parseError("Response", input, reason) }

func outOfRange(n int64) error {
	return fmt.Errorf("%w: %d is not in %d–%d", rubric.ErrOutOfRange, n, responseScale.Min(), responseScale.Max())
}

// IsValid reports whether r is an answer (not unanswered).
func (r Response) IsValid() bool { return r.stored != 0 }

// IsZero reports whether r is unanswered, so that `json:",omitzero"` omits it.
func (r Response) IsZero() bool { return r.stored == 0 }

// Level returns the number on the scale (0, 1 or 2), which is also the
// number of points the answer earns. It returns -1 when r is unanswered,
// so that it is never mistaken for level 0.
func (r Response) Level() int { return int(r.stored) - 1 }

// Equal reports whether r and s are the same answer, as r == s does. It
// lets comparison libraries that do not look into unexported fields, such
// as github.com/google/go-cmp, compare values holding a Response.
func (r Response) Equal(s Response) bool { return r == s }

// Compare orders answers by level, unanswered first. It returns -1, 0 or +1.
func (r Response) Compare(s Response) int {
	switch {
	case r.stored < s.stored:
		return -1
	case r.stored > s.stored:
		return 1
	}
	return 0
}

// Scale returns the implementation scale, the same as [ResponseScale].
func (Response) Scale() *rubric.Scale { return responseScale }

// String returns the level number ("0", "1", "2"), or "unanswered" for the
// zero value.
func (r Response) String() string {
	if r.IsZero() {
		return "unanswered"
	}
	return strconv.Itoa(r.Level())
}

// Label returns the level's label ("partially in place"), or "" when r is
// unanswered.
func (r Response) Label() string {
	l, _ := responseScale.Level(r.Level())
	return l.Label
}

// Meaning returns a one-line description of the level, or "" when r is
// unanswered.
func (r Response) Meaning() string {
	l, _ := responseScale.Level(r.Level())
	return l.Meaning
}

// AppendText appends the level number, or nothing when unanswered.
func (r Response) AppendText(b []byte) ([]byte, error) {
	if r.IsZero() {
		return b, nil
	}
	return append(b, byte('0'+r.Level())), nil
}

// MarshalText returns the level number, or empty text when unanswered.
func (r Response) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText parses text with [ParseResponse]; empty text means unanswered.
func (r *Response) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = Response{}
		return nil
	}
	p, err := parseResponse(text)
	if err == nil {
		*r = p
	}
	return err
}

// MarshalJSON returns the level as a JSON number, or null when unanswered.
func (r Response) MarshalJSON() ([]byte, error) {
	if r.IsZero() {
		return []byte("null"), nil
	}
	return r.AppendText(nil)
}

// UnmarshalJSON accepts a JSON integer, a JSON string holding a number or
// a label (parsed as by UnmarshalText, so "" is unanswered), or null for
// unanswered, with the same rules and errors as the rating types of
// package rubric: fractions, booleans, arrays and objects wrap
// [rubric.ErrUnsupportedType], input that is not JSON wraps
// [rubric.ErrSyntax].
func (r *Response) UnmarshalJSON(data []byte) error {
	switch kind, text := jsonobj.Scalar(data); kind {
	case jsonobj.Null:
		*r = Response{}
		return nil
	case jsonobj.String, jsonobj.Integer:
		return r.UnmarshalText([]byte(text))
	case jsonobj.Malformed:
		return responseError(string(data), fmt.Errorf("%w: not a JSON value", rubric.ErrSyntax))
	}
	return responseError(string(data), fmt.Errorf("%w: want a whole number, a string or null", rubric.ErrUnsupportedType))
}

// Value implements [driver.Valuer]: the level as an int64 (0, 1 or 2), or
// NULL when unanswered.
func (r Response) Value() (driver.Value, error) {
	if r.IsZero() {
		return nil, nil
	}
	return int64(r.Level()), nil
}

// Scan implements [database/sql.Scanner]: it accepts NULL (unanswered), an
// integer level, or text parsed as by UnmarshalText.
func (r *Response) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if n < int64(responseScale.Min()) || n > int64(responseScale.Max()) {
			return responseError(strconv.FormatInt(n, 10), outOfRange(n))
		}
		*r = Response{uint8(n + 1)}
		return nil
	}
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return responseError(fmt.Sprint(src), fmt.Errorf("%w: %w", rubric.ErrUnsupportedType, sqltext.TypeError(src)))
	case null:
		*r = Response{}
		return nil
	}
	return r.UnmarshalText(text)
}
