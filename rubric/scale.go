package rubric

import (
	"fmt"
	"strings"
)

// LevelInfo describes one level of a [Scale]: its number, its default label
// and a one-line meaning suitable for a rating form.
type LevelInfo struct {
	Value   int    // the level number, e.g. 3
	Label   string // the default label, e.g. "fair"
	Meaning string // one line saying what the level looks like
	// FromProgram is true when the label comes from the program's source
	// documents; false when it is the library's own choice.
	FromProgram bool
}

// Scale describes a rubric scale: its name, its levels with labels and
// meanings, and which direction is better. Programs enumerate it to draw a
// rating form. A *Scale is immutable and safe for concurrent use; the
// library's scales are returned by [TEPScale], [IntensityScale] and
// [SoftSkillScale], and programs may build their own with [NewScale]. Use a
// Scale only through the pointer those functions return; the zero Scale has
// no levels.
type Scale struct {
	name           string
	min, max       int
	higherIsBetter bool
	levels         []LevelInfo
	expect         string // what parse accepts, for error messages
}

// NewScale builds a scale from its levels, which must be numbered
// consecutively (any starting number, 0 included) and carry distinct,
// non-empty labels that are not themselves numbers. Errors wrap [ErrInvalid].
func NewScale(name string, higherIsBetter bool, levels []LevelInfo) (*Scale, error) {
	if name == "" {
		return nil, opError(opCheck, "Scale", name, fmt.Errorf("%w: no name", ErrInvalid))
	}
	if len(levels) == 0 {
		return nil, opError(opCheck, "Scale", name, fmt.Errorf("%w: no levels", ErrInvalid))
	}
	s := &Scale{name: name, min: levels[0].Value, higherIsBetter: higherIsBetter}
	seen := map[string]bool{}
	labels := make([]string, 0, len(levels))
	for i, l := range levels {
		if l.Value != s.min+i {
			return nil, opError(opCheck, "Scale", name, fmt.Errorf("%w: level %d numbered %d, want %d", ErrInvalid, i, l.Value, s.min+i))
		}
		key := strings.ToLower(l.Label)
		if l.Label == "" || seen[key] || isInteger(l.Label) || strings.TrimSpace(l.Label) != l.Label {
			return nil, opError(opCheck, "Scale", name, fmt.Errorf("%w: level %d label %q is empty, numeric, padded or repeated", ErrInvalid, l.Value, l.Label))
		}
		seen[key] = true
		labels = append(labels, l.Label)
	}
	s.max = s.min + len(levels) - 1
	s.levels = append([]LevelInfo(nil), levels...)
	s.expect = fmt.Sprintf("want a level %d–%d or one of %q", s.min, s.max, labels)
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

// Parse returns the level number text names: a decimal integer, or one of
// the scale's labels compared case-insensitively. The error is a
// *[ParseError] naming the scale and the input, wrapping [ErrEmpty],
// [ErrOutOfRange] or [ErrUnknownLabel]; it says what the scale accepts. It
// does not allocate on success.
func (s *Scale) Parse(text string) (int, error) {
	v, err := s.parse(text)
	if err != nil {
		return 0, parseError(s.name, strings.Clone(text), err) // a copy, so that text does not escape
	}
	return v, nil
}

// parse turns text into a level number: a decimal integer, or one of the
// scale's labels compared case-insensitively. It never allocates on success.
// The error it returns is the bare reason (wrapping ErrEmpty,
// ErrOutOfRange or ErrUnknownLabel); callers wrap it in a ParseError.
func (s *Scale) parse(text string) (int, error) {
	if text == "" {
		return 0, ErrEmpty
	}
	if isInteger(text) {
		return s.parseInteger(text)
	}
	for _, l := range s.levels {
		if strings.EqualFold(text, l.Label) {
			return l.Value, nil
		}
	}
	return 0, fmt.Errorf("%w: %s", ErrUnknownLabel, s.expect)
}

// parseInteger parses text that [isInteger] accepted as a level number.
func (s *Scale) parseInteger(text string) (int, error) {
	digits, negative := strings.CutPrefix(text, "-")
	var n int64
	for i := 0; i < len(digits); i++ {
		n = n*10 + int64(digits[i]-'0')
		if n > 1<<31 {
			return 0, outOfRangeText(strings.Clone(text), s.min, s.max) // a copy, so that text does not escape
		}
	}
	if negative {
		n = -n
	}
	return s.check(n)
}

// check returns n as a level, or an ErrOutOfRange error. Every path that
// turns a number into a level (text, JSON, SQL) goes through it.
func (s *Scale) check(n int64) (int, error) {
	if n < int64(s.min) || n > int64(s.max) {
		return 0, outOfRange(n, s.min, s.max)
	}
	return int(n), nil
}

// isDigits reports whether s is one or more ASCII decimal digits.
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

// isInteger reports whether s is a decimal integer: digits with an optional
// leading minus sign.
func isInteger(s string) bool {
	return isDigits(strings.TrimPrefix(s, "-"))
}

// digits holds the text forms of the small numbers, so that formatting a level never allocates.
var digits = [...]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
