package goal

import (
	"cmp"
	"fmt"
	"strings"

	"database/sql/driver"
	"github.com/iepgoal/iepgoal/internal/sqltext"
	"github.com/iepgoal/iepgoal/rubric"
)

// Support is the support condition of a benchmark: the intensity of support
// under which the rating must be achieved. It takes one of three forms:
//
//   - a range, "with a level 4 to 5 intensity of support" ([SupportRange]),
//     describing the support planned for a new student;
//   - a ceiling, "with a level 3 intensity of support or less" ([SupportAtMost]);
//   - independent, no support clause at all ([Independent]).
//
// For measurement only the upper bound counts ([Support.Limit]): a range's
// high end, a ceiling's level, and level 1 for independent, so doing well
// under less support than planned still counts. The zero value is the unset
// condition; it is not valid. A Support is a comparable value, safe for
// concurrent use. Its text form is "4-5", "3-or-less" or "independent".
type Support struct {
	band        rubric.Band[rubric.Intensity]
	ceiling     bool
	independent bool
}

// SupportRange returns the condition "with a level low to high intensity of
// support". When low…high is not a valid band it returns a *[FieldError]
// for "support" wrapping the band's error ([rubric.ErrOutOfRange] for a
// level off the scale, [rubric.ErrInvalid] for low above high).
func SupportRange(low, high rubric.Intensity) (Support, error) {
	b, err := rubric.NewBand(low, high)
	if err != nil {
		return Support{}, &FieldError{Field: "support", Value: fmt.Sprintf("%d-%d", low, high), Err: err}
	}
	return Support{band: b}, nil
}

// MustSupportRange is like [SupportRange] but panics on error; for tests
// and package-level variables.
func MustSupportRange(low, high rubric.Intensity) Support { return must(SupportRange(low, high)) }

// SupportAtMost returns the condition "with a level high intensity of
// support or less". An invalid level is a *[FieldError] for "support"
// wrapping [rubric.ErrOutOfRange].
func SupportAtMost(high rubric.Intensity) (Support, error) {
	b, err := rubric.AtMost(high)
	if err != nil {
		return Support{}, &FieldError{Field: "support", Value: high.String() + orLess, Err: err}
	}
	return Support{band: b, ceiling: true}, nil
}

// MustSupportAtMost is like [SupportAtMost] but panics on error; for tests
// and package-level variables.
func MustSupportAtMost(high rubric.Intensity) Support { return must(SupportAtMost(high)) }

// must returns v, panicking on err: the body of the Must… helpers.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Independent returns the condition of a student working without
// therapeutic support: no support clause is written, and an interval counts
// only when its intensity is at level 1 (minimal).
func Independent() Support {
	return Support{band: rubric.MustAtMost(rubric.IntensityMinimal), independent: true}
}

// IsZero reports whether the condition is unset.
func (s Support) IsZero() bool { return s == Support{} }

// IsValid reports whether the condition is set and well formed.
func (s Support) IsValid() bool { return s.band.IsValid() }

// IsIndependent reports whether the condition is [Independent].
func (s Support) IsIndependent() bool { return s.independent }

// IsCeiling reports whether the condition is written "level n or less"
// ([SupportAtMost]).
func (s Support) IsCeiling() bool { return s.ceiling }

// Band returns the band of intensity the condition describes: 4–5 for
// "level 4 to 5", 1–3 for "level 3 or less", 1–1 for independent.
func (s Support) Band() rubric.Band[rubric.Intensity] { return s.band }

// Limit returns the highest intensity under which an interval still counts:
// the upper bound of [Support.Band]. It is 0 for the zero Support.
func (s Support) Limit() rubric.Intensity { return s.band.High() }

// Allows reports whether support at intensity v meets the condition: v is
// recorded (not 0) and v ≤ Limit.
func (s Support) Allows(v rubric.Intensity) bool { return v != 0 && v <= s.band.High() }

// Compare orders conditions from the most support allowed to the least, the
// order in which a ladder lowers support: by limit descending, then a range
// before a ceiling before independent at the same limit. It returns -1, 0 or +1.
func (s Support) Compare(t Support) int {
	if c := cmp.Compare(int(t.Limit()), int(s.Limit())); c != 0 {
		return c
	}
	if c := cmp.Compare(s.rank(), t.rank()); c != 0 {
		return c
	}
	return cmp.Compare(int(t.band.Low()), int(s.band.Low()))
}

func (s Support) rank() int {
	switch {
	case s.independent:
		return 2
	case s.ceiling:
		return 1
	}
	return 0
}

// String returns the text form: "4-5", "3-or-less", "independent", or "" when unset.
func (s Support) String() string {
	switch {
	case s.IsZero():
		return ""
	case s.independent:
		return "independent"
	case s.ceiling:
		return s.band.High().String() + orLess
	}
	return s.band.String()
}

// ParseSupport parses "4-5" (a range), "3-or-less" (a ceiling),
// "independent", or the empty string (unset), ignoring case. The levels are
// read by package rubric ([rubric.ParseBand], [rubric.ParseIntensity]), so
// they may also be labels: "high to extreme" is the range 4-5 and
// "moderate-or-less" the ceiling 3-or-less. Errors are *FieldError values for
// "support" wrapping rubric's sentinel.
func ParseSupport(text string) (Support, error) {
	switch {
	case text == "":
		return Support{}, nil
	case strings.EqualFold(text, "independent"):
		return Independent(), nil
	}
	if n := len(text) - len(orLess); n >= 0 && strings.EqualFold(text[n:], orLess) {
		level, err := rubric.ParseIntensity(text[:n])
		if err != nil {
			return Support{}, &FieldError{Field: "support", Value: truncate(text), Err: err}
		}
		return SupportAtMost(level)
	}
	b, err := rubric.ParseBand[rubric.Intensity](text)
	if err != nil {
		return Support{}, &FieldError{Field: "support", Value: truncate(text), Err: err}
	}
	return Support{band: b}, nil
}

// orLess is the suffix of a ceiling's text form, "3-or-less".
const orLess = "-or-less"

// MarshalText returns the text form; it fails for an invalid, non-zero Support.
func (s Support) MarshalText() ([]byte, error) {
	if !s.IsZero() && !s.IsValid() {
		return nil, &FieldError{Field: "support", Value: s.band.String(), Err: ErrInvalid}
	}
	return []byte(s.String()), nil
}

// UnmarshalText parses text with [ParseSupport].
func (s *Support) UnmarshalText(text []byte) error {
	p, err := ParseSupport(string(text))
	if err == nil {
		*s = p
	}
	return err
}

// Value implements [driver.Valuer]: the text form, or NULL when unset.
func (s Support) Value() (driver.Value, error) { return sqltext.Value(s, s.IsZero()) }

// Scan implements [database/sql.Scanner]: NULL is the unset condition,
// text is parsed with [ParseSupport].
func (s *Support) Scan(src any) error { return scanText(src, "support", s) }
