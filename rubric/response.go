package rubric

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
)

// Response is an answer to one item of a self-assessment [Instrument] on
// the 0–2 implementation scale: 0 not yet started, 1 partially in place,
// 2 fully in place. Because 0 is a real level, a Response stores the level
// plus one: [ResponseNotStarted] is 1 in memory and level 0 on paper, and
// the zero value means "unanswered". Use [Response.Level] for the number
// on the scale and [ResponseOf] to turn a level number into a Response.
//
// The zero value (unanswered) is not valid; its text form is the empty
// string, its JSON form is null and its SQL form is NULL, as for the other
// rating types. Every other encoding carries the level number (0, 1 or 2),
// never the stored byte. A Response is a plain comparable value, safe for
// concurrent use; == and < agree with the order of the levels.
type Response uint8

// The levels of the implementation scale. The constant's value is the
// level plus one, so that the zero Response is "unanswered".
const (
	ResponseNotStarted Response = iota + 1 // level 0: not yet started (label from the seed)
	ResponsePartial                        // level 1: partially in place (label from the seed)
	ResponseFull                           // level 2: fully in place (label from the seed)
)

var responseScale = mustScale("implementation", true, []LevelInfo{
	{0, "not yet started", "the feature is not in place and work on it has not begun", true},
	{1, "partially in place", "some parts are in place, or it is in place but not consistently", true},
	{2, "fully in place", "the feature is in place and working as described", true},
})

// ResponseScale returns the description of the 0–2 implementation scale.
func ResponseScale() *Scale { return responseScale }

// Responses returns every valid Response from lowest to highest.
func Responses() []Response { return []Response{ResponseNotStarted, ResponsePartial, ResponseFull} }

// ResponseOf returns the Response for level number n (0, 1 or 2), or an
// error wrapping [ErrOutOfRange].
func ResponseOf(n int) (Response, error) {
	level, err := responseScale.check(int64(n))
	if err != nil {
		return 0, parseError("Response", digitsOf(n), err)
	}
	return Response(level + 1), nil
}

// ParseResponse parses a level from its number ("0", "1", "2") or its label
// ("partially in place"), ignoring case. The empty string is rejected with
// [ErrEmpty]; use UnmarshalText to accept it as unanswered.
func ParseResponse(s string) (Response, error) { return parseResponse(s) }

// parseResponse is ParseResponse for a string or bytes, so that
// UnmarshalText does not copy its input on success.
func parseResponse[T string | []byte](text T) (Response, error) {
	level, err := responseScale.parse(string(text))
	if err != nil {
		return 0, parseError("Response", string(text), err)
	}
	return Response(level + 1), nil
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

// IsValid reports whether r is a level of the scale. The zero value
// (unanswered) is not valid.
func (r Response) IsValid() bool { return r >= ResponseNotStarted && r <= ResponseFull }

// IsZero reports whether r is unanswered, so that `json:",omitzero"` omits it.
func (r Response) IsZero() bool { return r == 0 }

// Level returns the level number on the scale (0, 1 or 2), which is also
// the number of points the answer earns. It returns -1 when r is not valid
// (unanswered or off the scale), so that it is never mistaken for level 0.
func (r Response) Level() int {
	if !r.IsValid() {
		return -1
	}
	return int(r) - 1
}

// Scale returns the implementation scale, the same as [ResponseScale].
func (Response) Scale() *Scale { return responseScale }

// String returns the level number ("0", "1", "2"), "unanswered" for the
// zero value and "%!Response(9)" for a value off the scale. It never panics.
func (r Response) String() string {
	switch {
	case r == 0:
		return "unanswered"
	case r.IsValid():
		return digits[r.Level()]
	}
	return fmt.Sprintf("%%!Response(%d)", uint8(r))
}

// Label returns the level's label ("partially in place"), or "" when r is not valid.
func (r Response) Label() string {
	if l, ok := responseScale.Level(r.Level()); ok {
		return l.Label
	}
	return ""
}

// Meaning returns a one-line description of the level, or "" when r is not valid.
func (r Response) Meaning() string {
	if l, ok := responseScale.Level(r.Level()); ok {
		return l.Meaning
	}
	return ""
}

// AppendText appends the text form of r: its level number, or nothing when
// unanswered. It fails for a value off the scale.
func (r Response) AppendText(b []byte) ([]byte, error) {
	switch {
	case r == 0:
		return b, nil
	case r.IsValid():
		return append(b, digits[r.Level()]...), nil
	}
	return b, r.offScale()
}

// offScale is the error for encoding a Response that is neither unanswered
// nor a level: a *ParseError for formatting, as for the rating types.
func (r Response) offScale() error {
	return opError(opFormat, "Response", strconv.Itoa(int(r)), outOfRange(int64(r)-1, responseScale.min, responseScale.max))
}

// MarshalText returns the level number, or empty text when unanswered.
func (r Response) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText parses text with [ParseResponse]; empty text means unanswered.
func (r *Response) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
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
	if r == 0 {
		return []byte("null"), nil
	}
	return r.AppendText(nil)
}

// UnmarshalJSON accepts a JSON integer, a JSON string holding a number or
// a label (parsed as by UnmarshalText, so "" is unanswered), or null for
// unanswered, with the same rules and errors as the rating types:
// fractions, booleans, arrays and objects wrap [ErrUnsupportedType], input
// that is not JSON wraps [ErrSyntax].
func (r *Response) UnmarshalJSON(data []byte) error {
	data = trimJSONSpace(data)
	text := string(data)
	switch {
	case text == "null":
		*r = 0
		return nil
	case !json.Valid(data):
		return parseError("Response", text, fmt.Errorf("%w: not a JSON value", ErrSyntax))
	case data[0] == '"':
		var str string
		if err := json.Unmarshal(data, &str); err != nil {
			return jsonError("Response", data, err)
		}
		return r.UnmarshalText([]byte(str))
	case isInteger(text):
		return r.UnmarshalText(data)
	}
	return parseError("Response", text, fmt.Errorf("%w: want a whole number, a string or null", ErrUnsupportedType))
}

// Value implements [driver.Valuer]: the level as an int64 (0, 1 or 2), or
// NULL when unanswered.
func (r Response) Value() (driver.Value, error) {
	switch {
	case r == 0:
		return nil, nil
	case r.IsValid():
		return int64(r.Level()), nil
	}
	return nil, r.offScale()
}

// Scan implements [database/sql.Scanner]: it accepts NULL (unanswered), an
// integer level, or text parsed as by UnmarshalText.
func (r *Response) Scan(src any) error {
	switch src := src.(type) {
	case nil:
		*r = 0
		return nil
	case int64:
		level, err := responseScale.check(src)
		if err != nil {
			return parseError("Response", fmt.Sprint(src), err)
		}
		*r = Response(level + 1)
		return nil
	case string:
		return r.UnmarshalText([]byte(src))
	case []byte:
		return r.UnmarshalText(src)
	}
	return parseError("Response", fmt.Sprint(src), fmt.Errorf("%w %T: want NULL, an integer or text", ErrUnsupportedType, src))
}
