package rubric

import (
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// The JSON readers of this package go through package jsonobj, the
// library's one strict reader: a member written twice is an error, as is
// data after the value.

// jsonReason turns an error of jsonobj into the reason of a ParseError:
// ErrSyntax for malformed JSON, trailing data or an unknown member,
// ErrInvalid for a member written twice, ErrUnsupportedType for a JSON
// value of the wrong kind.
func jsonReason(err error) error {
	kind := ErrSyntax
	switch {
	case errors.Is(err, jsonobj.ErrDuplicate):
		kind = ErrInvalid
	case errors.Is(err, jsonobj.ErrNotObject), errors.Is(err, jsonobj.ErrNotArray):
		kind = ErrUnsupportedType
	}
	return fmt.Errorf("%w: %w", kind, err)
}

// unmarshalJSONString decodes a JSON string for a type whose JSON form is
// its text form; null decodes as empty text (the type's zero value). Other
// JSON types wrap ErrUnsupportedType; malformed JSON wraps ErrSyntax. The
// error is the bare reason.
func unmarshalJSONString(data []byte) ([]byte, error) {
	switch kind, text := jsonobj.Scalar(data); kind {
	case jsonobj.Null:
		return nil, nil
	case jsonobj.String:
		return []byte(text), nil
	case jsonobj.Malformed:
		return nil, fmt.Errorf("%w: not a JSON value", ErrSyntax)
	}
	return nil, fmt.Errorf("%w: want a JSON string or null", ErrUnsupportedType)
}

// decodeJSONString is unmarshalJSONString reporting a failure as a
// ParseError for type typ.
func decodeJSONString(typ string, data []byte) ([]byte, error) {
	text, err := unmarshalJSONString(data)
	if err != nil {
		return nil, parseError(typ, string(data), err)
	}
	return text, nil
}
