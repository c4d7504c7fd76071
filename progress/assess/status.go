package assess

import (
	"database/sql/driver"
)

// Status is the verdict of a benchmark as of a date: where a student stands
// on it, judged from the student's recent rated days. [Benchmark]
// documents the rules that choose each value; package template words it.
//
// The zero value means "not assessed": it is not valid, its String and text
// form are empty, and empty text unmarshals to it; its SQL form is NULL.
// Otherwise its text form is the kebab-case key ("on-track").
type Status uint8

// The statuses, from best to least known.
const (
	StatusMet           Status = iota + 1 // the recent rated days reach the threshold
	StatusOnTrack                         // not met yet, and nothing says it will not be by the deadline
	StatusAtRisk                          // not met yet, and the trend or a decision rule says it may not be
	StatusNotMet                          // the deadline has come without the benchmark being met
	StatusNotEnoughData                   // too few rated days to judge
)

var statuses = newCodec[Status]("Status", "status", "met", "on-track", "at-risk", "not-met", "not-enough-data")

// Statuses returns every declared status, in declaration order.
func Statuses() []Status { return statuses.Values() }

// IsValid reports whether s is a declared status (not the zero value).
func (s Status) IsValid() bool { return statuses.Valid(s) }

// String returns the status's key ("met", "on-track", "at-risk", "not-met",
// "not-enough-data"), "" for the zero value, or "%!Status(9)" for an
// undeclared value.
func (s Status) String() string { return statuses.String(s) }

// ParseStatus parses a status key such as "on-track", ignoring case. Any
// other text, the empty text included, fails with an *[Error] for field
// "status" wrapping [ErrOption].
func ParseStatus(text string) (Status, error) { return statuses.Parse(text) }

// MarshalText returns the status's key, and empty text for the zero value
// ("not assessed"); it fails for an undeclared value.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText parses text with [ParseStatus]; empty text gives the zero
// value ("not assessed").
func (s *Status) UnmarshalText(text []byte) error {
	return statuses.Unmarshal(text, s, statuses.Parse)
}

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (s Status) Value() (driver.Value, error) { return statuses.Value(s) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed as by UnmarshalText.
func (s *Status) Scan(src any) error { return statuses.Scan(src, s, statuses.Parse) }
