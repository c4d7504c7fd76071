package rubric

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"
)

// LevelInfo describes one level of a [Scale]: its number, its default label
// and a one-line meaning suitable for a rating form.
type LevelInfo struct {
	Value   int    // the level number, e.g. 3
	Label   string // the default label, e.g. "fair"
	Meaning string // one line saying what the level looks like
	// FromSeed is true when the label comes from the program's source
	// documents; false when it is the library's own choice.
	FromSeed bool
}

// Scale describes a rubric scale: its name, its levels with labels and
// meanings, and which direction is better. Programs enumerate it to draw a
// rating form. A *Scale is immutable and safe for concurrent use; the
// library's scales are returned by [TEPScale], [IntensityScale] and
// [SoftSkillScale], and programs may build their own with [NewScale].
type Scale struct {
	name           string
	min, max       int
	higherIsBetter bool
	levels         []LevelInfo
}

// NewScale builds a scale from its levels, which must be numbered
// consecutively (any starting number, 0 included) and carry distinct,
// non-empty labels that are not themselves numbers.
func NewScale(name string, higherIsBetter bool, levels []LevelInfo) (*Scale, error) {
	if name == "" {
		return nil, fmt.Errorf("rubric: scale: %w: no name", ErrInvalid)
	}
	if len(levels) == 0 {
		return nil, fmt.Errorf("rubric: scale %q: %w: no levels", name, ErrInvalid)
	}
	s := &Scale{name: name, min: levels[0].Value, higherIsBetter: higherIsBetter}
	seen := map[string]bool{}
	for i, l := range levels {
		if l.Value != s.min+i {
			return nil, fmt.Errorf("rubric: scale %q: %w: level %d numbered %d, want %d", name, ErrInvalid, i, l.Value, s.min+i)
		}
		key := strings.ToLower(l.Label)
		if l.Label == "" || seen[key] || isDigits(l.Label) {
			return nil, fmt.Errorf("rubric: scale %q: %w: level %d label %q is empty, numeric or repeated", name, ErrInvalid, l.Value, l.Label)
		}
		seen[key] = true
	}
	s.max = s.min + len(levels) - 1
	s.levels = append([]LevelInfo(nil), levels...)
	return s, nil
}

// mustScale is NewScale for the package's own scales.
func mustScale(name string, higherIsBetter bool, levels []LevelInfo) *Scale {
	s, err := NewScale(name, higherIsBetter, levels)
	if err != nil {
		panic(err)
	}
	return s
}

// Name returns the scale's name, e.g. "tolerance, engagement and participation".
func (s *Scale) Name() string { return s.name }

// Min returns the lowest level number (1 for the three rating scales).
func (s *Scale) Min() int { return s.min }

// Max returns the highest level number (5 for the three rating scales).
func (s *Scale) Max() int { return s.max }

// HigherIsBetter reports whether a higher level is the better outcome. It is
// true for TEP and soft-skill proficiency, false for intensity of support,
// where a lower level means a more independent student.
func (s *Scale) HigherIsBetter() bool { return s.higherIsBetter }

// Levels returns the scale's levels from lowest to highest. The slice is a
// copy; changing it does not change the scale.
func (s *Scale) Levels() []LevelInfo { return append([]LevelInfo(nil), s.levels...) }

// Level returns the description of level v, and false when v is not on the scale.
func (s *Scale) Level(v int) (LevelInfo, bool) {
	if v < s.min || v > s.max {
		return LevelInfo{}, false
	}
	return s.levels[v-s.min], true
}

// Contains reports whether v is a level of the scale.
func (s *Scale) Contains(v int) bool { return v >= s.min && v <= s.max }

// Scales returns the library's three rating scales: TEP, intensity of
// support and soft-skill proficiency, in that order.
func Scales() []*Scale { return []*Scale{tepScale, intensityScale, softSkillScale} }

// parse turns text into a level number: decimal digits, or one of the
// scale's labels compared case-insensitively. It never allocates on success.
// The error it returns is the bare reason; callers wrap it in a ParseError.
func (s *Scale) parse(text string) (int, error) {
	if text == "" {
		return 0, ErrEmpty
	}
	if isDigits(text) {
		var n int64
		for i := 0; i < len(text); i++ {
			n = n*10 + int64(text[i]-'0')
			if n > 1<<31 {
				return 0, outOfRange(n, s.min, s.max)
			}
		}
		return s.check(n)
	}
	for _, l := range s.levels {
		if strings.EqualFold(text, l.Label) {
			return l.Value, nil
		}
	}
	return 0, ErrUnknownLabel
}

// check returns n as a level, or an ErrOutOfRange error. Every path that
// turns a number into a level (text, JSON, SQL) goes through it.
func (s *Scale) check(n int64) (int, error) {
	if n < int64(s.min) || n > int64(s.max) {
		return 0, outOfRange(n, s.min, s.max)
	}
	return int(n), nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// digits holds the text forms of the small numbers, so that formatting a level never allocates.
var digits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}

// The helpers below give the three rating types one shared implementation of
// parsing and encoding. In each of them the zero value means "unrated": its
// text form is empty, its JSON form is null and its SQL form is NULL.

func parseRating[L ~uint8](s *Scale, typ, text string) (L, error) {
	v, err := s.parse(text)
	if err != nil {
		return 0, parseError(typ, text, err)
	}
	return L(v), nil
}

func ratingString(s *Scale, typ string, v uint8) string {
	switch {
	case v == 0:
		return "unrated"
	case s.Contains(int(v)):
		return digits[v]
	}
	return fmt.Sprintf("%%!%s(%d)", typ, v)
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

func appendRating(s *Scale, typ string, b []byte, v uint8) ([]byte, error) {
	switch {
	case v == 0:
		return b, nil
	case s.Contains(int(v)):
		return append(b, digits[v]...), nil
	}
	return b, fmt.Errorf("rubric: formatting %s: %w", typ, outOfRange(int64(v), s.min, s.max))
}

func unmarshalRatingText[L ~uint8](s *Scale, typ string, text []byte) (L, error) {
	if len(text) == 0 {
		return 0, nil
	}
	return parseRating[L](s, typ, string(text))
}

func marshalRatingJSON(s *Scale, typ string, v uint8) ([]byte, error) {
	if v == 0 {
		return []byte("null"), nil
	}
	return appendRating(s, typ, nil, v)
}

// unmarshalRatingJSON accepts null (unrated), a JSON number, or a JSON
// string holding a number or a label.
func unmarshalRatingJSON[L ~uint8](s *Scale, typ string, data []byte) (L, error) {
	text := string(data)
	switch {
	case text == "null":
		return 0, nil
	case strings.HasPrefix(text, `"`):
		var str string
		if err := json.Unmarshal(data, &str); err != nil {
			return 0, parseError(typ, text, fmt.Errorf("%w: %v", ErrUnknownLabel, err))
		}
		return unmarshalRatingText[L](s, typ, []byte(str))
	}
	return parseRating[L](s, typ, text)
}

func ratingValue(s *Scale, typ string, v uint8) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	if !s.Contains(int(v)) {
		return nil, fmt.Errorf("rubric: %s value: %w", typ, outOfRange(int64(v), s.min, s.max))
	}
	return int64(v), nil
}

// scanRating accepts NULL (unrated), an integer, or text.
func scanRating[L ~uint8](s *Scale, typ string, src any) (L, error) {
	switch src := src.(type) {
	case nil:
		return 0, nil
	case int64:
		v, err := s.check(src)
		if err != nil {
			return 0, parseError(typ, fmt.Sprint(src), err)
		}
		return L(v), nil
	case string:
		return unmarshalRatingText[L](s, typ, []byte(src))
	case []byte:
		return unmarshalRatingText[L](s, typ, src)
	}
	return 0, parseError(typ, fmt.Sprint(src), fmt.Errorf("%w %T", ErrUnsupportedType, src))
}

func digitsOf(v int) string { return fmt.Sprint(v) }
