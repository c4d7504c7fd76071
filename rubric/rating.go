package rubric

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// The helpers below give the three rating types ([TEP], [Intensity],
// [SoftSkill]) one shared implementation of parsing and encoding. In each of
// them the zero value means "unrated": its text form is empty, its JSON form
// is null and its SQL form is NULL. Every decoding path ends in
// parseRating or Scale.check, so the rules cannot drift apart.

// parseRating parses text as a level of s: a number or a label. It takes
// bytes as well as a string so that UnmarshalText does not copy its input
// on success.
func parseRating[L ~uint8, T string | []byte](s *Scale, typ string, text T) (L, error) {
	v, err := s.parse(string(text))
	if err != nil {
		return 0, parseError(typ, string(text), err)
	}
	return L(v), nil
}

// ratingString is the String method of the rating types.
func ratingString(s *Scale, typ string, v uint8) string {
	switch {
	case v == 0:
		return "unrated"
	case s.Contains(int(v)):
		return digits[v]
	}
	return enum.Undeclared(typ, uint64(v))
}

func ratingLabel(s *Scale, v uint8) string {
	if l, ok := s.Level(int(v)); ok {
		return l.Label
	}
	return ""
}

func ratingMeaning(s *Scale, v uint8) string {
	if l, ok := s.Level(int(v)); ok {
		return l.Meaning
	}
	return ""
}

// appendRating appends the level number; nothing for unrated; an error for
// a value off the scale.
func appendRating(s *Scale, typ string, b []byte, v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case s.Contains(int(v)):
		return append(b, digits[v]...), nil
	}
	return b, offScale(s, typ, v)
}

// offScale is the error for formatting a value that is not on its scale.
func offScale(s *Scale, typ string, v uint8) error {
	return opError(opFormat, typ, strconv.Itoa(int(v)), outOfRange(int64(v), s.min, s.max))
}

// unmarshalRatingText is parseRating with empty text meaning unrated.
func unmarshalRatingText[L ~uint8](s *Scale, typ string, text []byte) (L, error) {
	if len(text) == 0 {
		return 0, nil
	}
	return parseRating[L](s, typ, text)
}

// marshalRatingJSON returns the level as a JSON number, or null for unrated.
func marshalRatingJSON(s *Scale, typ string, v uint8) ([]byte, error) {
	if v == 0 {
		return []byte("null"), nil
	}
	return appendRating(s, typ, nil, v)
}

// unmarshalRatingJSON accepts null (unrated), a JSON integer, or a JSON
// string holding a number or a label (the empty string is unrated).
// Fractions, booleans, arrays and objects wrap ErrUnsupportedType; input
// that is not JSON wraps ErrSyntax.
func unmarshalRatingJSON[L ~uint8](s *Scale, typ string, data []byte) (L, error) {
	switch kind, text := jsonobj.Scalar(data); kind {
	case jsonobj.Null:
		return 0, nil
	case jsonobj.String:
		return unmarshalRatingText[L](s, typ, []byte(text))
	case jsonobj.Integer:
		return parseRating[L](s, typ, text)
	case jsonobj.Malformed:
		return 0, parseError(typ, string(data), fmt.Errorf("%w: not a JSON value", ErrSyntax))
	}
	return 0, parseError(typ, string(data), fmt.Errorf("%w: want a whole number, a string or null", ErrUnsupportedType))
}

// ratingValue is the driver.Valuer of the rating types.
func ratingValue(s *Scale, typ string, v uint8) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	if !s.Contains(int(v)) {
		return nil, offScale(s, typ, v)
	}
	return int64(v), nil
}

// scanRating accepts NULL (unrated), an int64, or text ([]byte or string)
// parsed as by UnmarshalText. Other driver types wrap ErrUnsupportedType.
func scanRating[L ~uint8](s *Scale, typ string, src any) (L, error) {
	switch src := src.(type) {
	case nil:
		return 0, nil
	case int64:
		v, err := s.check(src)
		if err != nil {
			return 0, parseError(typ, strconv.FormatInt(src, 10), err)
		}
		return L(v), nil
	case string:
		return unmarshalRatingText[L](s, typ, []byte(src))
	case []byte:
		return unmarshalRatingText[L](s, typ, src)
	}
	return 0, parseError(typ, fmt.Sprint(src), fmt.Errorf("%w %T: want NULL, an integer or text", ErrUnsupportedType, src))
}

// digitsOf returns the decimal text of v.
func digitsOf(v int) string { return strconv.Itoa(v) }
