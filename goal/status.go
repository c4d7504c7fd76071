package goal

import (
	"fmt"
	"strings"
)

// Status is the verdict of a benchmark as of a date: where a student stands
// on it, judged from the student's recent rated days. Package progress
// decides it (progress.Assess documents the rules that choose each value)
// and package template words it; both use this one type.
//
// The zero value means "not assessed": it is not valid, its String and text
// form are empty, and empty text unmarshals to it. Otherwise its text form
// is the kebab-case key ("on-track").
type Status uint8

// The statuses, from best to least known.
const (
	StatusMet           Status = iota + 1 // the recent rated days reach the threshold
	StatusOnTrack                         // not met yet, and nothing says it will not be by the deadline
	StatusAtRisk                          // not met yet, and the trend or a decision rule says it may not be
	StatusNotMet                          // the deadline has passed without the benchmark being met
	StatusNotEnoughData                   // too few rated days to judge
)

var statusKeys = [...]string{"", "met", "on-track", "at-risk", "not-met", "not-enough-data"}

// Statuses returns every declared status, in declaration order.
func Statuses() []Status {
	out := make([]Status, len(statusKeys)-1)
	for i := range out {
		out[i] = Status(i + 1)
	}
	return out
}

// IsValid reports whether s is a declared status (not the zero value).
func (s Status) IsValid() bool { return s >= 1 && int(s) < len(statusKeys) }

// String returns the status's key ("met", "on-track", "at-risk", "not-met",
// "not-enough-data"), "" for the zero value, or "%!Status(9)" for an
// undeclared value.
func (s Status) String() string {
	if int(s) >= len(statusKeys) {
		return fmt.Sprintf("%%!Status(%d)", uint8(s))
	}
	return statusKeys[s]
}

// ParseStatus parses a status key such as "on-track", ignoring case. Any
// other text, the empty text included, fails with a *[FieldError] for
// field "status" wrapping [ErrUnknownValue].
func ParseStatus(text string) (Status, error) {
	for s := Status(1); s.IsValid(); s++ {
		if strings.EqualFold(text, statusKeys[s]) {
			return s, nil
		}
	}
	return 0, &FieldError{Field: "status", Value: truncate(text), Err: ErrUnknownValue}
}

// MarshalText returns the status's key, and empty text for the zero value
// ("not assessed"); it fails for an undeclared value.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusKeys) {
		return nil, &FieldError{Field: "status", Value: s.String(), Err: ErrUnknownValue}
	}
	return []byte(statusKeys[s]), nil
}

// UnmarshalText parses text with [ParseStatus]; empty text gives the zero
// value ("not assessed").
func (s *Status) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	p, err := ParseStatus(string(text))
	if err == nil {
		*s = p
	}
	return err
}
