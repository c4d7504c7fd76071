package goal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// jsonObject is one decoded JSON object whose members are decoded field by
// field, so that every error names its field.
type jsonObject map[string]json.RawMessage

// decodeObject parses data as a JSON object of type typ whose member names
// are all in known; null, other JSON values and unknown members are
// rejected with a *FieldError.
func decodeObject(data []byte, typ string, known ...string) (jsonObject, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		return nil, &FieldError{Field: typ, Value: truncate(string(data)), Err: fmt.Errorf("%w: want a JSON object", ErrInvalid)}
	}
	var obj jsonObject
	if err := json.Unmarshal(data, &obj); err != nil {
		return nil, &FieldError{Field: typ, Err: fmt.Errorf("%w: %v", ErrInvalid, err)}
	}
	var errs []error
	for name := range obj {
		if !slices.Contains(known, name) {
			errs = append(errs, &FieldError{Field: name, Err: fmt.Errorf("%w in %s", ErrUnknownField, typ)})
		}
	}
	slices.SortFunc(errs, compareFieldNames) // map order is random; report in a stable order
	return obj, errors.Join(errs...)
}

func compareFieldNames(a, b error) int {
	var x, y *FieldError
	errors.As(a, &x)
	errors.As(b, &y)
	return strings.Compare(x.Field, y.Field)
}

// field decodes member name into v when present, reporting errors as a
// *FieldError naming the member. A missing member leaves v unchanged; a
// null member is rejected.
func (o jsonObject) field(name string, v any) error {
	raw, ok := o[name]
	if !ok {
		return nil
	}
	if string(raw) == "null" {
		return &FieldError{Field: name, Value: "null", Err: fmt.Errorf("%w: null is not allowed; leave the field out", ErrInvalid)}
	}
	if err := json.Unmarshal(raw, v); err != nil {
		var fe *FieldError
		if errors.As(err, &fe) && fe.Field == name {
			return err
		}
		return &FieldError{Field: name, Value: truncate(string(raw)), Err: fmt.Errorf("%w: %w", ErrInvalid, err)}
	}
	return nil
}
