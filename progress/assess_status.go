package progress

// Status is the verdict of an [Assessment]: where a student stands on a
// benchmark as of a date. The zero value means "not assessed". Its text
// form is the kebab-case name ("on-track"); [Assess] documents the rules
// that choose it.
type Status uint8

// The statuses, from best to least known.
const (
	StatusMet           Status = iota + 1 // the trailing window reaches the threshold
	StatusOnTrack                         // not met yet, and nothing says it will not be by the deadline
	StatusAtRisk                          // not met yet, and the trend or a decision rule says it may not be
	StatusNotMet                          // the deadline has passed without the benchmark being met
	StatusNotEnoughData                   // the trailing window holds too few rated days to judge
)

var statusNames = [...]string{"", "met", "on-track", "at-risk", "not-met", "not-enough-data"}

// Statuses returns every status, in declaration order.
func Statuses() []Status {
	return []Status{StatusMet, StatusOnTrack, StatusAtRisk, StatusNotMet, StatusNotEnoughData}
}

// IsValid reports whether s is a declared status (not the zero value).
func (s Status) IsValid() bool { return s >= StatusMet && s <= StatusNotEnoughData }

// String returns the text form ("met", "on-track", "at-risk", "not-met",
// "not-enough-data"), "" for the zero value, or "%!Status(9)".
func (s Status) String() string { return enumString(statusNames[:], "Status", s) }

// ParseStatus parses the text form of a status, ignoring case.
func ParseStatus(text string) (Status, error) {
	return enumParse[Status](statusNames[:], "status", text, false)
}

// MarshalText returns the text form; it fails for an undeclared status.
// The zero value marshals as empty text.
func (s Status) MarshalText() ([]byte, error) { return enumMarshal(statusNames[:], "status", s) }

// UnmarshalText parses text with [ParseStatus]; empty text gives the zero value.
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
