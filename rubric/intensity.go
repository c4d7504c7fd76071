package rubric

import "database/sql/driver"

// Intensity is a level of intensity of therapeutic support, from 1 (minimal)
// to 5 (extreme), in the 2018 direction of the rubrics. Lower is better: a
// student who does well under less support is more independent. See
// [FromLegacy2016] for values recorded on the reversed 2016 rubrics.
// The zero value means "unrated" (absent, not observed): it is not valid,
// its text form is the empty string, its JSON form is null and its SQL form
// is NULL. An Intensity is a plain comparable value, safe for concurrent use.
type Intensity uint8

// The levels of the intensity of support scale, named by their default labels.
const (
	IntensityMinimal  Intensity = iota + 1 // 1: minimal (label from the program's documents)
	IntensityMild                          // 2: mild (label chosen by the library)
	IntensityModerate                      // 3: moderate (label chosen by the library)
	IntensityHigh                          // 4: high (label chosen by the library)
	IntensityExtreme                       // 5: extreme (label from the program's documents)
)

var intensityScale = mustScale("intensity of support", false, []LevelInfo{
	{1, "minimal", "the support a typical classroom gives every student", true},
	{2, "mild", "occasional therapeutic support beyond the typical classroom", false},
	{3, "moderate", "regular, planned therapeutic support through the interval", false},
	{4, "high", "frequent, intensive therapeutic support with close staffing", false},
	{5, "extreme", "constant, maximal support, often one adult to one student", true},
})

// IntensityScale returns the description of the intensity of support scale.
func IntensityScale() *Scale { return intensityScale }

// IntensityLevels returns every valid Intensity from lowest to highest.
func IntensityLevels() []Intensity { return []Intensity{1, 2, 3, 4, 5} }

// ParseIntensity parses a level from its number ("3") or its default label
// ("moderate"), ignoring case. The empty string is rejected with [ErrEmpty];
// use UnmarshalText to accept it as unrated.
func ParseIntensity(s string) (Intensity, error) {
	return parseRating[Intensity](intensityScale, "Intensity", s)
}

// MustParseIntensity is like [ParseIntensity] but panics on error. It is for tests
// and package-level variables, never for data.
func MustParseIntensity(s string) Intensity {
	v, err := ParseIntensity(s)
	if err != nil {
		panic(err)
	}
	return v
}

// IsValid reports whether v is a level of the scale (1–5). The zero value
// (unrated) is not valid.
func (v Intensity) IsValid() bool { return v >= 1 && v <= 5 }

// IsZero reports whether v is unrated, so that `json:",omitzero"` omits it.
func (v Intensity) IsZero() bool { return v == 0 }

// Scale returns the intensity of support scale, the same as [IntensityScale].
func (Intensity) Scale() *Scale { return intensityScale }

// String returns the level number ("3"), "unrated" for the zero value, and
// "%!Intensity(9)" for a value off the scale. It never panics.
func (v Intensity) String() string { return ratingString(intensityScale, "Intensity", uint8(v)) }

// Label returns the level's default label ("moderate"), or "" when v is not valid.
func (v Intensity) Label() string { return ratingLabel(intensityScale, uint8(v)) }

// Meaning returns a one-line description of the level, or "" when v is not valid.
func (v Intensity) Meaning() string { return ratingMeaning(intensityScale, uint8(v)) }

// AppendText appends the text form of v: its number, or nothing when unrated.
// It fails for a value off the scale.
func (v Intensity) AppendText(b []byte) ([]byte, error) {
	return appendRating(intensityScale, "Intensity", b, uint8(v))
}

// MarshalText returns the level number, or empty text when unrated.
func (v Intensity) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText parses text with [ParseIntensity]; empty text means unrated.
func (v *Intensity) UnmarshalText(text []byte) error {
	p, err := unmarshalRatingText[Intensity](intensityScale, "Intensity", text)
	if err == nil {
		*v = p
	}
	return err
}

// MarshalJSON returns the level as a JSON number, or null when unrated.
func (v Intensity) MarshalJSON() ([]byte, error) {
	return marshalRatingJSON(intensityScale, "Intensity", uint8(v))
}

// UnmarshalJSON accepts a JSON number, a JSON string holding a number or a
// label (parsed as by UnmarshalText), or null for unrated.
func (v *Intensity) UnmarshalJSON(data []byte) error {
	p, err := unmarshalRatingJSON[Intensity](intensityScale, "Intensity", data)
	if err == nil {
		*v = p
	}
	return err
}

// Value implements [driver.Valuer]: an int64 level, or NULL when unrated.
func (v Intensity) Value() (driver.Value, error) {
	return ratingValue(intensityScale, "Intensity", uint8(v))
}

// Scan implements [database/sql.Scanner]: it accepts NULL (unrated), an
// integer, or text parsed as by UnmarshalText.
func (v *Intensity) Scan(src any) error {
	p, err := scanRating[Intensity](intensityScale, "Intensity", src)
	if err == nil {
		*v = p
	}
	return err
}

// FromLegacy2016 converts an intensity recorded on the 2016 rubrics, which
// ran the other way (5 = minimal … 1 = extreme), to an [Intensity]: legacy
// v becomes 6 − v. It rejects values outside 1–5 with [ErrOutOfRange].
func FromLegacy2016(v int) (Intensity, error) {
	if v < 1 || v > 5 {
		return 0, parseError("Intensity (2016)", digitsOf(v), outOfRange(int64(v), 1, 5))
	}
	return Intensity(6 - v), nil
}

// Legacy2016 returns the level as it would be recorded on the 2016 rubrics
// (6 − v), or 0 when v is not valid. Legacy2016 and [FromLegacy2016] undo
// each other.
func (v Intensity) Legacy2016() int {
	if !v.IsValid() {
		return 0
	}
	return 6 - int(v)
}
