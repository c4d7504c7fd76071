// Package testcheck holds checks that the tests of several packages share:
// text and JSON round trips, and which of rubric's error kinds a parse error
// wraps. It is for tests only and not API.
package testcheck

import (
	"bytes"
	"encoding"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/rubric"
)

// Fataler is what the checks need from *testing.T and *rapid.T.
type Fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// TextRoundTrip checks that v's text form parses back to v.
func TextRoundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
}](t Fataler, v T) {
	t.Helper()
	text, err := any(v).(encoding.TextMarshaler).MarshalText()
	if err != nil {
		t.Fatalf("%T(%v).MarshalText() error = %v", v, v, err)
	}
	var got T
	if err := P(&got).UnmarshalText(text); err != nil {
		t.Fatalf("UnmarshalText(%q) error = %v", text, err)
	}
	if got != v {
		t.Fatalf("UnmarshalText(%q) = %v, want %v", text, got, v)
	}
}

// JSONRoundTrip checks that v's JSON form decodes back to v through
// encoding/json.
func JSONRoundTrip[T comparable](t Fataler, v T) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%T(%v)) error = %v", v, v, err)
	}
	var got T
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("json.Unmarshal(%s) error = %v", data, err)
	}
	if got != v {
		t.Fatalf("json.Unmarshal(%s) = %v, want %v", data, got, v)
	}
}

// rubricKinds are rubric's error kinds.
var rubricKinds = []error{
	rubric.ErrOutOfRange, rubric.ErrUnknownLabel, rubric.ErrEmpty,
	rubric.ErrInvalid, rubric.ErrUnsupportedType, rubric.ErrSyntax,
}

// ParseErrorKind returns the one rubric error kind err wraps, nil for a nil
// error, and an error describing the problem when err wraps none or
// several, or is not a *rubric.ParseError.
func ParseErrorKind(err error) error {
	if err == nil {
		return nil
	}
	var pe *rubric.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("not a *rubric.ParseError: %w", err)
	}
	var found []error
	for _, k := range rubricKinds {
		if errors.Is(err, k) {
			found = append(found, k)
		}
	}
	if len(found) != 1 {
		return fmt.Errorf("wraps %d kinds: %v", len(found), err)
	}
	return found[0]
}

// WellFormedXML checks that doc is one well-formed XML document, as an
// HTML page or an SVG the library writes must be read by an XML parser.
func WellFormedXML(t Fataler, doc []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	for {
		if _, err := dec.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
	}
}
