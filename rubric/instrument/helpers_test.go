package instrument_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// fataler is what the round-trip helpers need from *testing.T and *rapid.T.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// checkTextRoundTrip checks that v's text form parses back to v.
func checkTextRoundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
}](t fataler, v T) {
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

// checkJSONRoundTrip checks that v's JSON form decodes back to v through encoding/json.
func checkJSONRoundTrip[T comparable](t fataler, v T) {
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

// sentinels are the package's error kinds, for reporting which one an error wraps.
var sentinels = []error{
	rubric.ErrOutOfRange, rubric.ErrUnknownLabel, rubric.ErrEmpty,
	rubric.ErrInvalid, rubric.ErrUnsupportedType, rubric.ErrSyntax,
}

// kindOf returns the one sentinel err wraps, nil for a nil error, and an
// error describing the problem when err wraps none or several, or is not a
// *rubric.ParseError.
func kindOf(err error) error {
	if err == nil {
		return nil
	}
	var pe *rubric.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("not a *rubric.ParseError: %w", err)
	}
	var found []error
	for _, s := range sentinels {
		if errors.Is(err, s) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return fmt.Errorf("wraps %d sentinels: %v", len(found), err)
	}
	return found[0]
}
