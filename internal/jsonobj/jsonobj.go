// Package jsonobj is the library's one strict reader of JSON objects and
// arrays: it keeps the members of an object in input order with their byte
// offsets, and rejects what encoding/json lets through silently — a member
// written twice (encoding/json keeps the last), data after the value — so
// that every JSON reader of the library (plans, benchmarks, calendars,
// JSON Lines observations, instrument answers) has the same rules and can
// say where a problem is.
package jsonobj

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// The kinds of a JSON reading error; an *Error's Kind is one of them.
var (
	ErrSyntax    = errors.New("malformed JSON")
	ErrNotObject = errors.New("not a JSON object")
	ErrNotArray  = errors.New("not a JSON array")
	ErrDuplicate = errors.New("member written twice")
	ErrUnknown   = errors.New("unknown member")
	ErrTrailing  = errors.New("data after the JSON value")
)

// Error says where a JSON value could not be read: the byte offset in the
// input, the member at fault ("" for the value as a whole) and the kind.
type Error struct {
	Offset int64
	Member string
	Kind   error // one of the Err… kinds above
	Err    error // the underlying error of encoding/json, or nil
}

// Error returns `member "threshold" written twice`, with the underlying
// error when there is one.
func (e *Error) Error() string {
	msg := e.Kind.Error()
	if e.Member != "" {
		msg = fmt.Sprintf("member %q: %s", e.Member, msg)
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the kind, so errors.Is(err, ErrDuplicate) works.
func (e *Error) Unwrap() error { return e.Kind }

// Member is one member of a JSON object: its name, its value as written,
// where its name starts in the input and where its value starts.
type Member struct {
	Name        string
	Value       json.RawMessage
	Offset      int64
	ValueOffset int64
}

// Object is the members of a JSON object in input order; no two have the
// same name.
type Object []Member

// Decode reads data as exactly one JSON object. It fails with an *Error:
// ErrSyntax for malformed JSON, ErrNotObject for another JSON value (null
// included), ErrDuplicate for a member written twice, ErrTrailing for data
// after the object.
func Decode(data []byte) (Object, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := open(data, dec, json.Delim('{'), ErrNotObject); err != nil {
		return nil, err
	}
	var obj Object
	for dec.More() {
		at := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return nil, syntax(data, dec, err)
		}
		name, _ := tok.(string) // object keys are strings
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, &Error{Offset: dec.InputOffset(), Member: name, Kind: ErrSyntax, Err: err}
		}
		if _, dup := obj.Get(name); dup {
			return nil, &Error{Offset: skipSpace(data, at), Member: name, Kind: ErrDuplicate}
		}
		obj = append(obj, Member{Name: name, Value: raw, Offset: skipSpace(data, at), ValueOffset: dec.InputOffset() - int64(len(raw))})
	}
	return obj, closeValue(data, dec)
}

// Element is one element of a JSON array: its value as written and where
// it starts in the input.
type Element struct {
	Value  json.RawMessage
	Offset int64
}

// Array reads data as exactly one JSON array, as Decode reads an object;
// another JSON value fails with ErrNotArray. A null is the empty array
// when nullIsEmpty is set.
func Array(data []byte, nullIsEmpty bool) ([]Element, error) {
	if nullIsEmpty && IsNull(data) {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := open(data, dec, json.Delim('['), ErrNotArray); err != nil {
		return nil, err
	}
	var out []Element
	for dec.More() {
		at := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntax(data, dec, err)
		}
		out = append(out, Element{Value: raw, Offset: skipSpace(data, at)})
	}
	return out, closeValue(data, dec)
}

// open reads the opening delimiter of the value.
func open(data []byte, dec *json.Decoder, want json.Delim, kind error) error {
	tok, err := dec.Token()
	switch {
	case err != nil:
		return syntax(data, dec, err)
	case tok != want:
		return &Error{Kind: kind}
	}
	return nil
}

// closeValue reads the closing delimiter and checks that nothing follows.
func closeValue(data []byte, dec *json.Decoder) error {
	if _, err := dec.Token(); err != nil {
		return syntax(data, dec, err)
	}
	at := skipSpace(data, dec.InputOffset())
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return &Error{Offset: at, Kind: ErrTrailing}
	}
	return nil
}

func syntax(data []byte, dec *json.Decoder, err error) error {
	at := dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		at = se.Offset
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		at, err = int64(len(data)), io.ErrUnexpectedEOF
	}
	return &Error{Offset: at, Kind: ErrSyntax, Err: err}
}

// skipSpace moves an offset past the separators and spaces before a value.
func skipSpace(data []byte, at int64) int64 {
	for at < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n,:{["), data[at]) >= 0 {
		at++
	}
	return at
}

// Get returns the value of the member name, and false when there is none.
func (o Object) Get(name string) (json.RawMessage, bool) {
	for _, m := range o {
		if m.Name == name {
			return m.Value, true
		}
	}
	return nil, false
}

// Unknown returns an *Error (ErrUnknown) for every member whose name is
// not in known, in input order.
func (o Object) Unknown(known ...string) []*Error {
	var out []*Error
	for _, m := range o {
		if !slices.Contains(known, m.Name) {
			out = append(out, &Error{Offset: m.Offset, Member: m.Name, Kind: ErrUnknown})
		}
	}
	return out
}

// Line returns the 1-based line of a byte offset in data.
func Line(data []byte, offset int64) int {
	offset = min(max(offset, 0), int64(len(data)))
	return 1 + bytes.Count(data[:offset], []byte{'\n'})
}

// IsNull reports whether a value as written is the JSON null.
func IsNull(v json.RawMessage) bool { return string(TrimSpace(v)) == "null" }

// TrimSpace removes the white space JSON allows around a value (space,
// tab, line feed, carriage return) and no other.
func TrimSpace(data []byte) []byte {
	return bytes.Trim(data, " \t\n\r")
}

// ScalarKind is what [Scalar] found in a JSON value.
type ScalarKind uint8

// The kinds of value [Scalar] tells apart.
const (
	Malformed  ScalarKind = iota // not one well-formed JSON value
	Null                         // null
	String                       // a string; Scalar returns its decoded text
	Integer                      // a number written as a whole number: digits with an optional minus sign
	OtherValue                   // any other JSON value: a fraction, an exponent, a boolean, an array, an object
)

// Scalar classifies one JSON value for the types whose JSON form is a
// number, a string or null (the rating levels): it returns the kind and,
// for a string its decoded text, for an integer the digits as written.
func Scalar(data []byte) (ScalarKind, string) {
	data = TrimSpace(data)
	switch {
	case !json.Valid(data):
		return Malformed, ""
	case string(data) == "null":
		return Null, ""
	case data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return Malformed, ""
		}
		return String, s
	case isInteger(data):
		return Integer, string(data)
	}
	return OtherValue, ""
}

// isInteger reports whether b is digits with an optional leading minus.
func isInteger(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte("-"))
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
