package goal

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/internal/printable"
	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// StudentID identifies a student in a plan and in observation data. It is
// opaque — a district's pseudonymous key such as "S00042" — and never a
// name: names enter only when something is rendered. It is the one rule
// for student identifiers in the library: plans, observations, summaries
// and reports all use this type.
//
// A valid ID is 1–64 bytes of printable UTF-8 (no control characters, no
// line or paragraph separators) with no white space at either end, so
// that "S1" and "S1 " are not two students. The zero value, the empty ID,
// means unset: a plan may be written for no particular student, but every
// observation names one. A StudentID is a string and compares as one.
type StudentID string

// MaxStudentIDBytes is the longest StudentID accepted, in bytes.
const MaxStudentIDBytes = 64

// ErrBadStudentID reports a student ID that is empty where one is needed,
// too long, not printable UTF-8, or padded with white space.
var ErrBadStudentID = errors.New("bad student ID")

// ParseStudentID returns s as a StudentID, or a *[FieldError] for
// "student" wrapping [ErrBadStudentID] when it is not valid (the empty
// string included).
func ParseStudentID(s string) (StudentID, error) {
	id := StudentID(s)
	if err := id.Validate(); err != nil {
		return "", err
	}
	return id, nil
}

// Validate returns nil for a valid ID, and otherwise a *[FieldError] for
// "student" wrapping [ErrBadStudentID] that says what is wrong. The empty
// ID is not valid.
func (id StudentID) Validate() error {
	var why string
	switch s := string(id); {
	case s == "":
		why = "empty"
	case len(s) > MaxStudentIDBytes:
		why = fmt.Sprintf("%d bytes, at most %d", len(s), MaxStudentIDBytes)
	case !printable.Valid(s):
		why = "not printable UTF-8"
	case paddedWithSpace(s):
		why = "white space at an end"
	default:
		return nil
	}
	return &FieldError{Field: "student", Value: truncate(string(id)), Err: fmt.Errorf("%w: %s", ErrBadStudentID, why)}
}

// paddedWithSpace reports whether s starts or ends with white space.
func paddedWithSpace(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(first) || unicode.IsSpace(last)
}

// IsZero reports whether id is the unset (empty) ID.
func (id StudentID) IsZero() bool { return id == "" }

// Value implements [driver.Valuer]: the ID as text, or NULL when unset; an
// invalid ID is an error.
func (id StudentID) Value() (driver.Value, error) {
	if id.IsZero() {
		return nil, nil
	}
	if err := id.Validate(); err != nil {
		return nil, err
	}
	return string(id), nil
}

// Scan implements [database/sql.Scanner]: NULL is the unset ID, text must
// be a valid ID.
func (id *StudentID) Scan(src any) error {
	text, null, ok := sqltext.Text(src)
	switch {
	case !ok:
		return &FieldError{Field: "student", Value: fmt.Sprint(src), Err: fmt.Errorf("%w: %w", ErrBadStudentID, sqltext.TypeError(src))}
	case null:
		*id = ""
		return nil
	}
	p, err := ParseStudentID(string(text))
	if err == nil {
		*id = p
	}
	return err
}
