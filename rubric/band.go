package rubric

import (
	"cmp"
	"fmt"
	"strings"
)

// Level is the set of rating types a [Band] can range over. The union keeps
// the scales apart: a Band[TEP] is a different type from a Band[Intensity],
// so the compiler rejects one used in place of the other.
type Level interface {
	TEP | Intensity | SoftSkill
	IsValid() bool
	Scale() *Scale
	String() string
}

// Band is a closed range of levels on one scale, such as "between a 3 and
// 5" on the TEP scale or "4 or less" on the intensity scale. The zero value
// is the unset band: it is not valid and contains nothing; its text form is
// the empty string and its JSON form is null. A Band is a small comparable
// value, safe for concurrent use. Its text form is "3-5" ("4-4" for a single
// level); its JSON form is that text as a JSON string. Build one with
// [NewBand] ("between a 3 and 5"), [AtMost] ("4 or less") or [AtLeast].
type Band[L Level] struct {
	low, high L
}

// NewBand returns the band low…high. Both ends must be valid levels and low
// must not be above high; otherwise it returns an error wrapping
// [ErrOutOfRange] or [ErrInvalid].
func NewBand[L Level](low, high L) (Band[L], error) {
	b := Band[L]{low, high}
	if err := b.Validate(); err != nil {
		return Band[L]{}, err
	}
	return b, nil
}

// MustBand is like [NewBand] but panics on error. It is for tests and
// package-level variables.
func MustBand[L Level](low, high L) Band[L] { return must(NewBand(low, high)) }

// AtMost returns the band from the scale's lowest level up to high ("a level
// 4 intensity of support or less"). An invalid high is an error wrapping
// [ErrOutOfRange], as for [NewBand].
func AtMost[L Level](high L) (Band[L], error) {
	return NewBand(L(high.Scale().Min()), high)
}

// MustAtMost is like [AtMost] but panics on error; for tests and
// package-level variables.
func MustAtMost[L Level](high L) Band[L] { return must(AtMost(high)) }

// AtLeast returns the band from low up to the scale's highest level ("a 3 or
// better"). An invalid low is an error wrapping [ErrOutOfRange].
func AtLeast[L Level](low L) (Band[L], error) {
	return NewBand(low, L(low.Scale().Max()))
}

// MustAtLeast is like [AtLeast] but panics on error; for tests and
// package-level variables.
func MustAtLeast[L Level](low L) Band[L] { return must(AtLeast(low)) }

// must returns v, panicking on err: the body of the Must… helpers.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Low returns the lowest level in the band (0 for the zero band).
func (b Band[L]) Low() L { return b.low }

// High returns the highest level in the band (0 for the zero band).
func (b Band[L]) High() L { return b.high }

// IsZero reports whether b is the unset band.
func (b Band[L]) IsZero() bool { return b.low == 0 && b.high == 0 }

// IsValid reports whether both ends are valid levels and low ≤ high.
func (b Band[L]) IsValid() bool { return b.low.IsValid() && b.high.IsValid() && b.low <= b.high }

// Validate returns nil for a valid band, and otherwise an error that says
// which end is wrong: an end that is not a level (unrated included) wraps
// [ErrOutOfRange], a low end above the high end wraps [ErrInvalid].
func (b Band[L]) Validate() error {
	s := b.low.Scale()
	switch {
	case !b.low.IsValid():
		return b.invalid(fmt.Errorf("low end: %w", outOfRange(int64(b.low), s.Min(), s.Max())))
	case !b.high.IsValid():
		return b.invalid(fmt.Errorf("high end: %w", outOfRange(int64(b.high), s.Min(), s.Max())))
	case b.low > b.high:
		return b.invalid(lowAboveHigh(int(b.low), int(b.high)))
	}
	return nil
}

// invalid wraps the reason a band is not valid in a ParseError naming the
// band by its ends' numbers ("0-5").
func (b Band[L]) invalid(reason error) error {
	return opError(opCheck, bandType[L](), digitsOf(int(b.low))+"-"+digitsOf(int(b.high)), reason)
}

func lowAboveHigh(low, high int) error {
	return fmt.Errorf("%w: low end %d is above high end %d", ErrInvalid, low, high)
}

// Contains reports whether level x lies in the band: low ≤ x ≤ high. An
// unrated x is in no band, and the zero band contains nothing.
func (b Band[L]) Contains(x L) bool { return x != 0 && b.low <= x && x <= b.high }

// Compare orders bands by their low end, then their high end. It returns
// -1, 0 or +1.
func (b Band[L]) Compare(c Band[L]) int {
	if r := cmp.Compare(b.low, c.low); r != 0 {
		return r
	}
	return cmp.Compare(b.high, c.high)
}

// String returns the text form "3-5", or "unset" for the zero band. Ends off
// the scale are shown as the level's String shows them.
func (b Band[L]) String() string {
	if b.IsZero() {
		return "unset"
	}
	return b.low.String() + "-" + b.high.String()
}

// bandSeparators are the separators [ParseBand] accepts between the ends,
// tried in this order.
var bandSeparators = [...]string{" to ", "–", "-"}

// ParseBand parses "3-5", "3–5" (en dash), "3 to 5" or a single level "4"
// (the band 4-4); each end is parsed as the level type parses it (a number
// or a label, so "fair to excellent" is TEP 3-5), and spaces around the ends
// are ignored. Errors say which end failed and wrap the level's sentinel
// ([ErrEmpty], [ErrOutOfRange], [ErrUnknownLabel]), or [ErrInvalid] when the
// low end is above the high end.
func ParseBand[L Level](s string) (Band[L], error) {
	text := strings.TrimSpace(s)
	lowText, highText, found := text, text, false
	for _, sep := range bandSeparators {
		if l, h, ok := strings.Cut(text, sep); ok {
			lowText, highText, found = strings.TrimSpace(l), strings.TrimSpace(h), true
			break
		}
	}
	var zero L
	scale := zero.Scale()
	low, err := scale.parse(lowText)
	if err != nil {
		if !found {
			return Band[L]{}, parseError(bandType[L](), s, err)
		}
		return Band[L]{}, parseError(bandType[L](), s, fmt.Errorf("low end: %w", err))
	}
	high, err := scale.parse(highText)
	if err != nil {
		return Band[L]{}, parseError(bandType[L](), s, fmt.Errorf("high end: %w", err))
	}
	if low > high {
		return Band[L]{}, parseError(bandType[L](), s, lowAboveHigh(low, high))
	}
	return Band[L]{L(low), L(high)}, nil
}

// AppendText appends the text form "3-5"; nothing for the zero band. It
// fails for an invalid band.
func (b Band[L]) AppendText(buf []byte) ([]byte, error) {
	if b.IsZero() {
		return buf, nil
	}
	if err := b.Validate(); err != nil {
		return buf, err
	}
	return append(append(append(buf, digits[b.low]...), '-'), digits[b.high]...), nil
}

// MarshalText returns the text form "3-5", or empty text for the zero band.
func (b Band[L]) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// UnmarshalText parses text with [ParseBand]; empty text gives the zero band.
func (b *Band[L]) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*b = Band[L]{}
		return nil
	}
	p, err := ParseBand[L](string(text))
	if err == nil {
		*b = p
	}
	return err
}

// MarshalJSON returns the text form as a JSON string ("3-5"), or null for
// the zero band. It fails for an invalid band.
func (b Band[L]) MarshalJSON() ([]byte, error) {
	if b.IsZero() {
		return []byte("null"), nil
	}
	text, err := b.AppendText(make([]byte, 0, 5))
	if err != nil {
		return nil, err
	}
	return append(append([]byte{'"'}, text...), '"'), nil
}

// UnmarshalJSON accepts null or "" (the zero band) or a JSON string parsed
// with [ParseBand].
func (b *Band[L]) UnmarshalJSON(data []byte) error {
	text, err := decodeJSONString(bandType[L](), data)
	if err != nil {
		return err
	}
	return b.UnmarshalText(text)
}

// bandType names the band's type in errors.
func bandType[L Level]() string {
	var zero L
	switch any(zero).(type) {
	case TEP:
		return "Band[TEP]"
	case Intensity:
		return "Band[Intensity]"
	}
	return "Band[SoftSkill]"
}
