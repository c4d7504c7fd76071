package singlecase

import "github.com/iepgoal/iepgoal/internal/enum"

// Direction is the direction of improvement of a series: whether higher
// or lower values are better. The percent of the day a benchmark counts
// improves upward; a count of incidents improves downward. The zero value
// asks for the default, [Increase]; its text form is empty.
type Direction uint8

// The directions of improvement.
const (
	Increase Direction = iota + 1 // higher values are better
	Decrease                      // lower values are better: both phases are negated before the measures are computed
)

var directions = enum.Codec[Direction]{
	Table:       enum.New[Direction]("Direction", "", "increase", "decrease"),
	EmptyIsZero: true,
	Unknown: func(text string) error {
		return inputError("direction", -1, "unknown direction %q: want increase or decrease", text)
	},
	Undeclared: func(v Direction) error { return inputError("direction", -1, "unknown direction %d", uint8(v)) },
}

// ParseDirection parses "increase" or "decrease", ignoring case. Any other
// text, the empty text included, fails with an *[Error] wrapping [ErrInput].
func ParseDirection(text string) (Direction, error) { return directions.Parse(text) }

// String returns "increase" or "decrease", "" for the zero value, or
// "%!Direction(9)".
func (d Direction) String() string { return directions.String(d) }

// IsValid reports whether d is a declared direction; the zero value (the
// default) is valid too.
func (d Direction) IsValid() bool { return d == 0 || directions.Valid(d) }

// MarshalText returns "increase" or "decrease", or empty text for the
// zero value.
func (d Direction) MarshalText() ([]byte, error) { return directions.Marshal(d) }

// UnmarshalText parses text with [ParseDirection]; empty text is the zero
// value (the default).
func (d *Direction) UnmarshalText(text []byte) error {
	return directions.Unmarshal(text, d, ParseDirection)
}

// sign returns +1 for an increase (or the default) and -1 for a decrease.
func (d Direction) sign() float64 {
	if d == Decrease {
		return -1
	}
	return 1
}
