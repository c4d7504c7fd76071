package goal

import (
	"database/sql/driver"
	"encoding"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// keyed is the one text form of this package's enumerations (stages,
// targets, roles, terms, measures, actions…): each value's key from a
// table, parsed ignoring case; errors are *FieldError values naming the
// field and listing what is accepted. The zero value is unset: it has no
// text form, and its SQL form is NULL.
type keyed[E ~uint8] struct {
	names enum.Table[E]
	field string // the field named in errors, e.g. "stage"
}

func newKeyed[E ~uint8](typ, field string, keys ...string) keyed[E] {
	return keyed[E]{names: enum.New[E](typ, "unset", keys...), field: field}
}

// parse returns the value whose key is text, ignoring case.
func (k keyed[E]) parse(text string) (E, error) {
	if v, ok := k.names.Parse(text); ok {
		return v, nil
	}
	return 0, k.unknown(text)
}

func (k keyed[E]) unknown(text string) error {
	return &FieldError{Field: k.field, Value: truncate(text), Err: fmt.Errorf("%w: want %s", ErrUnknownValue, k.names.List())}
}

// text returns the key of a declared value; it fails for zero and
// undeclared values.
func (k keyed[E]) text(v E) ([]byte, error) {
	name, ok := k.names.Name(v)
	if !ok {
		return nil, &FieldError{Field: k.field, Value: k.names.String(v), Err: ErrUnknownValue}
	}
	return []byte(name), nil
}

// value is the driver.Valuer: the key, or NULL for the zero value.
func (k keyed[E]) value(v E) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := k.text(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// scan is the sql.Scanner: NULL is the zero value, text is parsed with
// parse (which may accept more than the keys).
func (k keyed[E]) scan(src any, dst *E, parse func(string) (E, error)) error {
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return &FieldError{Field: k.field, Value: fmt.Sprint(src), Err: fmt.Errorf("%w: %w", ErrInvalid, sqltext.TypeError(src))}
	case null:
		*dst = 0
		return nil
	}
	v, err := parse(string(text))
	if err == nil {
		*dst = v
	}
	return err
}

// unmarshal is the UnmarshalText of a type parsed by parse: dst changes
// only on success.
func unmarshal[E any](text []byte, dst *E, parse func(string) (E, error)) error {
	v, err := parse(string(text))
	if err == nil {
		*dst = v
	}
	return err
}

// scanText is the Scan of the types whose column form is their text form
// and whose UnmarshalText reads empty text as the zero value: NULL is the
// zero value too.
func scanText(src any, field string, dst encoding.TextUnmarshaler) error {
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return &FieldError{Field: field, Value: fmt.Sprint(src), Err: fmt.Errorf("%w: %w", ErrInvalid, sqltext.TypeError(src))}
	case null:
		text = nil
	}
	return dst.UnmarshalText(text)
}
