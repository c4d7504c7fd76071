package rubric

import "database/sql/driver"

// TEP is a rating on the tolerance, engagement and participation (TEP) scale:
// how well a student tolerates, engages in and participates in school tasks
// over one rated interval, from 1 (inadequate) to 5 (excellent). Higher is
// better; 3, 4 and 5 are "fair to excellent".
// The zero value means "unrated" (absent, not observed): it is not valid,
// its text form is the empty string, its JSON form is null and its SQL form
// is NULL. A TEP is a plain comparable value, safe for concurrent use.
type TEP uint8

// The levels of the tolerance, engagement and participation scale, named by their default labels.
const (
	TEPInadequate TEP = iota + 1 // 1: inadequate (label chosen by the library)
	TEPMarginal                  // 2: marginal (label chosen by the library)
	TEPFair                      // 3: fair (label from the program's documents)
	TEPGood                      // 4: good (label chosen by the library)
	TEPExcellent                 // 5: excellent (label from the program's documents)
)

var tepScale = mustScale("tolerance, engagement and participation", true, []LevelInfo{
	{1, "inadequate", "does not tolerate school tasks; little or no engagement", false},
	{2, "marginal", "tolerates tasks with difficulty; engages only briefly", false},
	{3, "fair", "tolerates tasks and engages and participates part of the time", true},
	{4, "good", "engages and participates in tasks most of the time", false},
	{5, "excellent", "engages and participates fully throughout the interval", true},
})

// TEPScale returns the description of the tolerance, engagement and participation scale.
func TEPScale() *Scale { return tepScale }

// TEPLevels returns every valid TEP from lowest to highest.
func TEPLevels() []TEP { return []TEP{1, 2, 3, 4, 5} }

// ParseTEP parses a level from its number ("3") or its default label
// ("fair"), ignoring case. The empty string is rejected with [ErrEmpty];
// use UnmarshalText to accept it as unrated.
func ParseTEP(s string) (TEP, error) { return parseRating[TEP](tepScale, "TEP", s) }

// MustParseTEP is like [ParseTEP] but panics on error. It is for tests
// and package-level variables, never for data.
func MustParseTEP(s string) TEP {
	v, err := ParseTEP(s)
	if err != nil {
		panic(err)
	}
	return v
}

// IsValid reports whether v is a level of the scale (1–5). The zero value
// (unrated) is not valid.
func (v TEP) IsValid() bool { return v >= 1 && v <= 5 }

// IsZero reports whether v is unrated, so that `json:",omitzero"` omits it.
func (v TEP) IsZero() bool { return v == 0 }

// Scale returns the tolerance, engagement and participation scale, the same as [TEPScale].
func (TEP) Scale() *Scale { return tepScale }

// String returns the level number ("3"), "unrated" for the zero value, and
// "%!TEP(9)" for a value off the scale. It never panics.
func (v TEP) String() string { return ratingString(tepScale, "TEP", uint8(v)) }

// Label returns the level's default label ("fair"), or "" when v is not valid.
func (v TEP) Label() string { return ratingLabel(tepScale, uint8(v)) }

// Meaning returns a one-line description of the level, or "" when v is not valid.
func (v TEP) Meaning() string { return ratingMeaning(tepScale, uint8(v)) }

// AppendText appends the text form of v: its number, or nothing when unrated.
// It fails for a value off the scale.
func (v TEP) AppendText(b []byte) ([]byte, error) {
	return appendRating(tepScale, "TEP", b, uint8(v))
}

// MarshalText returns the level number, or empty text when unrated.
func (v TEP) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText parses text with [ParseTEP]; empty text means unrated.
func (v *TEP) UnmarshalText(text []byte) error {
	p, err := unmarshalRatingText[TEP](tepScale, "TEP", text)
	if err == nil {
		*v = p
	}
	return err
}

// MarshalJSON returns the level as a JSON number, or null when unrated.
func (v TEP) MarshalJSON() ([]byte, error) { return marshalRatingJSON(tepScale, "TEP", uint8(v)) }

// UnmarshalJSON accepts a JSON number, a JSON string holding a number or a
// label (parsed as by UnmarshalText), or null for unrated.
func (v *TEP) UnmarshalJSON(data []byte) error {
	p, err := unmarshalRatingJSON[TEP](tepScale, "TEP", data)
	if err == nil {
		*v = p
	}
	return err
}

// Value implements [driver.Valuer]: an int64 level, or NULL when unrated.
func (v TEP) Value() (driver.Value, error) { return ratingValue(tepScale, "TEP", uint8(v)) }

// Scan implements [database/sql.Scanner]: it accepts NULL (unrated), an
// integer, or text parsed as by UnmarshalText.
func (v *TEP) Scan(src any) error {
	p, err := scanRating[TEP](tepScale, "TEP", src)
	if err == nil {
		*v = p
	}
	return err
}
