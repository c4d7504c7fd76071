// Package sqltext is the one implementation of database/sql Scanner and
// Valuer for the library's values whose column form is their text form
// (dates, deadlines, support conditions, stages, statuses…): NULL is the
// zero value, anything else is the text that MarshalText writes and
// UnmarshalText reads.
package sqltext

import (
	"database/sql/driver"
	"encoding"
	"fmt"
)

// Value returns NULL for the zero value and the text form as a string
// otherwise.
func Value(v encoding.TextMarshaler, zero bool) (driver.Value, error) {
	if zero {
		return nil, nil
	}
	b, err := v.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Text returns the text a driver value holds: null is true for NULL; ok is
// false for a driver type that holds no text (an int64, a float64, a bool,
// a time.Time).
func Text(src any) (text []byte, null, ok bool) {
	switch src := src.(type) {
	case nil:
		return nil, true, true
	case string:
		return []byte(src), false, true
	case []byte:
		return src, false, true
	}
	return nil, false, false
}

// TypeError is the reason for a driver value of a type that holds no text.
func TypeError(src any) error {
	return fmt.Errorf("want NULL or text, got %T", src)
}
