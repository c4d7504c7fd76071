package goal

import (
	"encoding"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// newKeyed returns the one text and SQL form of this package's
// enumerations (stages, targets, roles, terms, measures): each value's key
// from a table, parsed ignoring case; errors are *FieldError values naming
// the field and listing what is accepted. The zero value is unset: it has
// no text form, and its SQL form is NULL.
func newKeyed[E ~uint8](typ, field string, keys ...string) enum.Codec[E] {
	names := enum.New[E](typ, "unset", keys...)
	return enum.Codec[E]{
		Table: names,
		Unknown: func(text string) error {
			return &FieldError{Field: field, Value: truncate(text), Err: fmt.Errorf("%w: want %s", ErrUnknownValue, names.List())}
		},
		Undeclared: func(v E) error { return &FieldError{Field: field, Value: names.String(v), Err: ErrUnknownValue} },
		BadType: func(src any) error {
			return &FieldError{Field: field, Value: fmt.Sprint(src), Err: fmt.Errorf("%w: %w", ErrInvalid, sqltext.TypeError(src))}
		},
	}
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
