package goal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// jsonObject is one decoded JSON object whose members are decoded field by
// field, so that every error names its field.
type jsonObject struct{ obj jsonobj.Object }

// decodeObject parses data as a JSON object of type typ whose member names
// are all in known. It goes through package jsonobj, the library's one
// strict JSON reader: null, other JSON values, a member written twice and
// unknown members are rejected with a *FieldError naming the member
// (unknown members are all reported, in input order).
func decodeObject(data []byte, typ string, known ...string) (jsonObject, error) {
	obj, err := jsonobj.Decode(data)
	if err != nil {
		var je *jsonobj.Error
		if errors.As(err, &je) && errors.Is(err, jsonobj.ErrDuplicate) {
			return jsonObject{}, &FieldError{Field: je.Member, Err: fmt.Errorf("%w: member written twice in %s", ErrInvalid, typ)}
		}
		return jsonObject{}, &FieldError{Field: typ, Value: truncate(string(data)), Err: fmt.Errorf("%w: %w", ErrInvalid, err)}
	}
	var errs []error
	for _, u := range obj.Unknown(known...) {
		errs = append(errs, &FieldError{Field: u.Member, Err: fmt.Errorf("%w in %s", ErrUnknownField, typ)})
	}
	return jsonObject{obj}, errors.Join(errs...)
}

// has reports whether the member name is present.
func (o jsonObject) has(name string) bool {
	_, ok := o.obj.Get(name)
	return ok
}

// names returns the members' names in input order.
func (o jsonObject) names() []string {
	out := make([]string, len(o.obj))
	for i, m := range o.obj {
		out[i] = m.Name
	}
	return out
}

// field decodes member name into v when present, reporting errors as a
// *FieldError naming the member. A missing member leaves v unchanged; a
// null member is rejected.
func (o jsonObject) field(name string, v any) error {
	raw, ok := o.obj.Get(name)
	if !ok {
		return nil
	}
	if jsonobj.IsNull(raw) {
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
