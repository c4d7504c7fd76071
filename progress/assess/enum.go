package assess

import (
	"database/sql/driver"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// The assessment enums ([Status], [Decision], [Rule], [TrendMethod]) share
// one text form: the kebab-case names of an enum table, empty text for the
// zero value. These helpers are their one parse, MarshalText and SQL path;
// errors are *Error values for the field, wrapping ErrOption.

// enumMarshal returns the name of v, or empty text for the zero value; it
// fails for an undeclared v.
func enumMarshal[E ~uint8](t enum.Table[E], field string, v E) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	name, ok := t.Name(v)
	if !ok {
		return nil, &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %d", ErrOption, field, uint8(v))}
	}
	return []byte(name), nil
}

// enumParse returns the value named text, ignoring case; empty text is the
// zero value when allowEmpty is set.
func enumParse[E ~uint8](t enum.Table[E], field, text string, allowEmpty bool) (E, error) {
	if text == "" && allowEmpty {
		return 0, nil
	}
	if v, ok := t.Parse(text); ok {
		return v, nil
	}
	return 0, &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %q: want %s", ErrOption, field, text, t.List())}
}

// enumUnmarshal is UnmarshalText: empty text is the zero value, dst
// changes only on success.
func enumUnmarshal[E ~uint8](t enum.Table[E], field string, text []byte, dst *E) error {
	v, err := enumParse(t, field, string(text), true)
	if err == nil {
		*dst = v
	}
	return err
}

// enumValue is the driver.Valuer: the name, or NULL for the zero value.
func enumValue[E ~uint8](t enum.Table[E], field string, v E) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := enumMarshal(t, field, v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// enumScan is the sql.Scanner: NULL is the zero value, text is parsed.
func enumScan[E ~uint8](t enum.Table[E], field string, src any, dst *E) error {
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: %w", ErrOption, sqltext.TypeError(src))}
	case null:
		*dst = 0
		return nil
	}
	return enumUnmarshal(t, field, text, dst)
}
