package rubric

import "database/sql/driver"

// SoftSkill is a rating of proficiency in one soft-skill area (a skill of
// social-emotional learning such as working in a group), from 1 (not yet
// demonstrated) to 5 (generalized across settings). Higher is better. All
// five labels are the library's choice.
// The zero value means "unrated" (absent, not observed): it is not valid,
// its text form is the empty string, its JSON form is null and its SQL form
// is NULL. A SoftSkill is a plain comparable value, safe for concurrent use.
type SoftSkill uint8

// The levels of the soft-skill proficiency scale, named by their default labels.
const (
	SoftSkillNotYetDemonstrated SoftSkill = iota + 1 // 1: not yet demonstrated
	SoftSkillEmerging                                // 2: emerging
	SoftSkillDeveloping                              // 3: developing
	SoftSkillProficient                              // 4: proficient
	SoftSkillGeneralized                             // 5: generalized across settings
)

var softSkillScale = mustScale("soft skills proficiency", true, []LevelInfo{
	{1, "not yet demonstrated", "does not yet show the skill, even with prompting", false},
	{2, "emerging", "shows the skill now and then, with adult prompting", false},
	{3, "developing", "shows the skill often, sometimes needing a reminder", false},
	{4, "proficient", "shows the skill reliably without prompting", false},
	{5, "generalized across settings", "shows the skill reliably in every setting, mainstream included", false},
})

// SoftSkillScale returns the description of the soft-skill proficiency scale.
func SoftSkillScale() *Scale { return softSkillScale }

// SoftSkillLevels returns every valid SoftSkill from lowest to highest.
func SoftSkillLevels() []SoftSkill { return []SoftSkill{1, 2, 3, 4, 5} }

// ParseSoftSkill parses a level from its number ("3") or its default label
// ("developing"), ignoring case. The empty string is rejected with [ErrEmpty];
// use UnmarshalText to accept it as unrated.
func ParseSoftSkill(s string) (SoftSkill, error) {
	return parseRating[SoftSkill](softSkillScale, "SoftSkill", s)
}

// MustParseSoftSkill is like [ParseSoftSkill] but panics on error. It is for tests
// and package-level variables, never for data.
func MustParseSoftSkill(s string) SoftSkill {
	v, err := ParseSoftSkill(s)
	if err != nil {
		panic(err)
	}
	return v
}

// IsValid reports whether v is a level of the scale (1–5). The zero value
// (unrated) is not valid.
func (v SoftSkill) IsValid() bool { return v >= 1 && v <= 5 }

// IsZero reports whether v is unrated, so that `json:",omitzero"` omits it.
func (v SoftSkill) IsZero() bool { return v == 0 }

// Scale returns the soft-skill proficiency scale, the same as [SoftSkillScale].
func (SoftSkill) Scale() *Scale { return softSkillScale }

// String returns the level number ("3"), "unrated" for the zero value, and
// "%!SoftSkill(9)" for a value off the scale. It never panics.
func (v SoftSkill) String() string { return ratingString(softSkillScale, "SoftSkill", uint8(v)) }

// Label returns the level's default label ("developing"), or "" when v is not valid.
func (v SoftSkill) Label() string { return ratingLabel(softSkillScale, uint8(v)) }

// Meaning returns a one-line description of the level, or "" when v is not valid.
func (v SoftSkill) Meaning() string { return ratingMeaning(softSkillScale, uint8(v)) }

// AppendText appends the text form of v: its number, or nothing when unrated.
// It fails for a value off the scale.
func (v SoftSkill) AppendText(b []byte) ([]byte, error) {
	return appendRating(softSkillScale, "SoftSkill", b, uint8(v))
}

// MarshalText returns the level number, or empty text when unrated.
func (v SoftSkill) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText parses text with [ParseSoftSkill]; empty text means unrated.
func (v *SoftSkill) UnmarshalText(text []byte) error {
	p, err := unmarshalRatingText[SoftSkill](softSkillScale, "SoftSkill", text)
	if err == nil {
		*v = p
	}
	return err
}

// MarshalJSON returns the level as a JSON number, or null when unrated.
func (v SoftSkill) MarshalJSON() ([]byte, error) {
	return marshalRatingJSON(softSkillScale, "SoftSkill", uint8(v))
}

// UnmarshalJSON accepts a JSON number, a JSON string holding a number or a
// label (parsed as by UnmarshalText), or null for unrated.
func (v *SoftSkill) UnmarshalJSON(data []byte) error {
	p, err := unmarshalRatingJSON[SoftSkill](softSkillScale, "SoftSkill", data)
	if err == nil {
		*v = p
	}
	return err
}

// Value implements [driver.Valuer]: an int64 level, or NULL when unrated.
func (v SoftSkill) Value() (driver.Value, error) {
	return ratingValue(softSkillScale, "SoftSkill", uint8(v))
}

// Scan implements [database/sql.Scanner]: it accepts NULL (unrated), an
// integer, or text parsed as by UnmarshalText.
func (v *SoftSkill) Scan(src any) error {
	p, err := scanRating[SoftSkill](softSkillScale, "SoftSkill", src)
	if err == nil {
		*v = p
	}
	return err
}
