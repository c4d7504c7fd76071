package enum

import (
	"database/sql/driver"

	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// Codec is the one text and SQL form of an enumeration: a declared value's
// name from its [Table] (names parsed ignoring case), and NULL for the zero
// value in a database. The package that owns the type supplies its errors,
// so that each reports them in its own error type, naming its field.
type Codec[E ~uint8] struct {
	Table[E]
	// EmptyIsZero makes the zero value's text form empty (MarshalText of
	// zero is empty text, UnmarshalText of empty text is zero); otherwise
	// the zero value has no text form and empty text is unknown.
	EmptyIsZero bool
	// Unknown is the error for text that names no value.
	Unknown func(text string) error
	// Undeclared is the error for marshalling a value without a name.
	Undeclared func(v E) error
	// BadType is the error for scanning a database value that is neither
	// text nor NULL.
	BadType func(src any) error
}

// Parse returns the value text names, ignoring case.
func (c Codec[E]) Parse(text string) (E, error) {
	if v, ok := c.Table.Parse(text); ok {
		return v, nil
	}
	return 0, c.Unknown(text)
}

// Marshal is MarshalText: the value's name.
func (c Codec[E]) Marshal(v E) ([]byte, error) {
	if v == 0 && c.EmptyIsZero {
		return []byte{}, nil
	}
	name, ok := c.Name(v)
	if !ok {
		return nil, c.Undeclared(v)
	}
	return []byte(name), nil
}

// Unmarshal is UnmarshalText with the owner's parse function (which may
// accept more than the names); dst changes only on success.
func (c Codec[E]) Unmarshal(text []byte, dst *E, parse func(string) (E, error)) error {
	if len(text) == 0 && c.EmptyIsZero {
		*dst = 0
		return nil
	}
	v, err := parse(string(text))
	if err == nil {
		*dst = v
	}
	return err
}

// Value is the driver.Valuer: the name, or NULL for the zero value.
func (c Codec[E]) Value(v E) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := c.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan is the sql.Scanner: NULL is the zero value, text is read as
// Unmarshal reads it.
func (c Codec[E]) Scan(src any, dst *E, parse func(string) (E, error)) error {
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return c.BadType(src)
	case null:
		*dst = 0
		return nil
	}
	return c.Unmarshal(text, dst, parse)
}
