package rubric

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// unmarshalJSONString decodes a JSON string for a type whose JSON form is
// its text form; null decodes as empty text (the type's zero value). Other
// JSON types wrap ErrUnsupportedType; malformed JSON wraps ErrSyntax.
func unmarshalJSONString(typ string, data []byte) ([]byte, error) {
	data = trimJSONSpace(data)
	if string(data) == "null" {
		return nil, nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, jsonError(typ, data, err)
	}
	return []byte(s), nil
}

// strictJSON decodes exactly one JSON value into v, rejecting unknown
// fields and trailing data. Its errors are bare reasons wrapping ErrSyntax
// or ErrUnsupportedType; callers wrap them in a ParseError.
func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return reason(jsonError("", data, err))
	}
	return expectEnd(dec)
}

// expectEnd reports an error wrapping ErrSyntax unless dec has reached the
// end of its input.
func expectEnd(dec *json.Decoder) error {
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: data after the JSON value", ErrSyntax)
	}
	return nil
}
