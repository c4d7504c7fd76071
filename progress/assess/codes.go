package assess

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"
)

// Standing is where a benchmark stands in a progress report: not yet
// introduced (its time has not come), or its assessment's [Status]. The
// zero value is "not reported"; the text form is the kebab-case key.
type Standing uint8

// The standings.
const (
	StandingNotIntroduced Standing = iota + 1 // a later rung whose time has not come
	StandingMet
	StandingOnTrack
	StandingAtRisk
	StandingNotMet
	StandingNotEnoughData
)

var standings = newCodec[Standing]("Standing", "standing", "not-introduced", "met", "on-track", "at-risk", "not-met", "not-enough-data")

// standingOf returns the standing of an assessed (introduced) benchmark.
func standingOf(s Status) Standing { return Standing(s) + 1 }

// IsValid reports whether s is a declared standing (not the zero value).
func (s Standing) IsValid() bool { return standings.Valid(s) }

// String returns the key ("not-introduced", "met", …), "" for the zero
// value, or "%!Standing(9)".
func (s Standing) String() string { return standings.String(s) }

// MarshalText returns the key; it fails for an undeclared standing.
func (s Standing) MarshalText() ([]byte, error) { return standings.Marshal(s) }

// UnmarshalText parses a key, ignoring case; empty text is the zero value.
func (s *Standing) UnmarshalText(text []byte) error {
	return standings.Unmarshal(text, s, standings.Parse)
}

// Direction is where a trend goes: up, flat or down by more than a
// tolerance ([ReportOptions.FlatSlope]), or none when there is no trend.
// The zero value is "not read"; the text form is the key.
type Direction uint8

// The directions of a trend.
const (
	DirectionNone Direction = iota + 1 // too few weeks for a trend
	DirectionRising
	DirectionFlat
	DirectionFalling
)

var directions = newCodec[Direction]("Direction", "trend", "none", "rising", "flat", "falling")

// IsValid reports whether d is a declared direction (not the zero value).
func (d Direction) IsValid() bool { return directions.Valid(d) }

// String returns "none", "rising", "flat" or "falling", "" for the zero
// value, or "%!Direction(9)".
func (d Direction) String() string { return directions.String(d) }

// MarshalText returns the key; it fails for an undeclared direction.
func (d Direction) MarshalText() ([]byte, error) { return directions.Marshal(d) }

// UnmarshalText parses a key, ignoring case; empty text is the zero value.
func (d *Direction) UnmarshalText(text []byte) error {
	return directions.Unmarshal(text, d, directions.Parse)
}

// Reason is why progress is not sufficient, as a report derives it from
// the data (see [Report] for the rules). The zero value is "no
// reason" (progress is sufficient, or not judged); the text form is the key.
type Reason uint8

// The reasons, in the order they are tried.
const (
	ReasonIncompleteData Reason = iota + 1 // little of the period rated, or too few rated days to judge
	ReasonAbsences                         // many school days of the period without a rating
	ReasonMoreTime                         // the trend rises, but not enough
	ReasonReviseGoal                       // the trend is flat or falling: the goal may need revision
	ReasonOther                            // none of the above
)

var reasons = newCodec[Reason]("Reason", "reason", "incomplete-data", "absences", "more-time", "revise-goal", "other")

// Reasons returns every declared reason, in order.
func Reasons() []Reason { return reasons.Values() }

// IsValid reports whether r is a declared reason (not the zero value).
func (r Reason) IsValid() bool { return reasons.Valid(r) }

// String returns the key ("more-time", …), "" for the zero value, or
// "%!Reason(9)".
func (r Reason) String() string { return reasons.String(r) }

// MarshalText returns the key; it fails for an undeclared reason.
func (r Reason) MarshalText() ([]byte, error) { return reasons.Marshal(r) }

// UnmarshalText parses a key, ignoring case; empty text is the zero value.
func (r *Reason) UnmarshalText(text []byte) error { return reasons.Unmarshal(text, r, reasons.Parse) }

// Code is a code of a code set and its label, as a district's form
// prints them ("3", "substantial progress (50–99% of the goal)"). The
// zero Code is no code.
type Code struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// Reading is what a code set reads of one benchmark of a report to choose
// its code.
type Reading struct {
	Standing   Standing
	MetLate    bool
	Sufficient bool
	// Progress is the share of the way from the baseline to the threshold
	// the window has come, in percent (see [BenchmarkReport.Progress]);
	// HasProgress is false when there is no baseline or window percent.
	Progress    float64
	HasProgress bool
	Trend       Direction
}

// Condition is when a code applies: every condition given must hold (an
// empty Condition always holds). A condition on progress fails when the
// reading has none.
type Condition struct {
	Standings       []Standing  `json:"standing,omitempty"`          // one of these standings
	MetLate         *bool       `json:"met_late,omitempty"`          // met after the deadline, or not
	Sufficient      *bool       `json:"sufficient,omitempty"`        // progress sufficient, or not
	ProgressAtLeast *float64    `json:"progress_at_least,omitempty"` // progress at least this percent of the way
	ProgressBelow   *float64    `json:"progress_below,omitempty"`    // progress below this percent of the way
	Trends          []Direction `json:"trend,omitempty"`             // one of these trend directions
}

// holds reports whether the reading meets every condition.
func (c Condition) holds(r Reading) bool {
	switch {
	case len(c.Standings) > 0 && !slices.Contains(c.Standings, r.Standing),
		c.MetLate != nil && *c.MetLate != r.MetLate,
		c.Sufficient != nil && *c.Sufficient != r.Sufficient,
		c.ProgressAtLeast != nil && (!r.HasProgress || r.Progress < *c.ProgressAtLeast),
		c.ProgressBelow != nil && (!r.HasProgress || r.Progress >= *c.ProgressBelow),
		len(c.Trends) > 0 && !slices.Contains(c.Trends, r.Trend):
		return false
	}
	return true
}

// isEmpty reports whether the condition always holds.
func (c Condition) isEmpty() bool {
	return len(c.Standings) == 0 && c.MetLate == nil && c.Sufficient == nil &&
		c.ProgressAtLeast == nil && c.ProgressBelow == nil && len(c.Trends) == 0
}

// CodeRule is a code and when it applies.
type CodeRule struct {
	Code
	When Condition `json:"when"`
}

// CodeSet is a district's progress codes as data: rules tried in order,
// the first whose condition holds giving a benchmark its code, and a code
// for each [Reason]. Its last rule has an empty condition, so that every
// benchmark gets a code. Build one with [ParseCodeSet], or take a shipped
// one with [ShippedCodeSet]; a CodeSet is not changed after that and is
// safe for concurrent use. Its JSON form is the one ParseCodeSet reads:
//
//	{"name": "selpa", "title": "…",
//	 "codes": [{"code": "4", "label": "goal met or exceeded", "when": {"standing": ["met"]}}, …,
//	           {"code": "1", "label": "no progress", "when": {}}],
//	 "reasons": {"more-time": {"code": "A", "label": "more time needed"}, …}}
//
// A when object's members are standing (a list of [Standing] keys),
// met_late and sufficient (booleans), progress_at_least and progress_below
// (percents of the way from the baseline to the threshold) and trend (a
// list of [Direction] keys).
//
// A set may carry its words in other languages: "translations" maps a
// language code ("es") to a title and the label of every code (by code)
// and every reason (by key), for a report worded in that language.
type CodeSet struct {
	Name         string               `json:"name"`
	Title        string               `json:"title"`
	Rules        []CodeRule           `json:"codes"`
	Reasons      map[Reason]Code      `json:"reasons"`
	Translations map[string]CodeWords `json:"translations,omitempty"`
}

// CodeWords is a code set's words in another language: its title and the
// labels of its codes, by code, and of its reasons.
type CodeWords struct {
	Title   string            `json:"title"`
	Codes   map[string]string `json:"codes"`
	Reasons map[Reason]string `json:"reasons"`
}

// TitleIn returns the set's title in the language (a code such as "es"),
// or its own title when it has no words in that language.
func (s *CodeSet) TitleIn(lang string) string {
	if w, ok := s.Translations[lang]; ok {
		return w.Title
	}
	return s.Title
}

// LabelIn returns the label of code c in the language, or c's own label
// when the set has no words in that language or none for c.
func (s *CodeSet) LabelIn(lang string, c Code) string {
	if label, ok := s.Translations[lang].Codes[c.Code]; ok {
		return label
	}
	return c.Label
}

// ReasonLabelIn returns the label of the reason's code in the language,
// or the code's own label, as [CodeSet.LabelIn]; "" for the zero Reason.
func (s *CodeSet) ReasonLabelIn(lang string, r Reason) string {
	if label, ok := s.Translations[lang].Reasons[r]; ok {
		return label
	}
	return s.ReasonCode(r).Label
}

// Code returns the code of the first rule whose condition the reading
// meets.
func (s *CodeSet) Code(r Reading) Code {
	for _, rule := range s.Rules {
		if rule.When.holds(r) {
			return rule.Code
		}
	}
	return Code{} // not reached for a checked set: its last rule always holds
}

// ReasonCode returns the set's code for a reason, or no code for the zero
// Reason or an undeclared one.
func (s *CodeSet) ReasonCode(r Reason) Code {
	if !r.IsValid() {
		return Code{}
	}
	return s.Reasons[r]
}

// ParseCodeSet reads a code set from its JSON form and checks it: a name,
// at least one rule, every rule with a code and a label and known
// standings and directions (lists of keys), progress bounds that are
// numbers, the last rule with an empty condition, and a code with a label
// for every reason and no other key. Unknown members and data after the
// set are refused. The error is an *[Error] naming the member
// ("codes[2].when.standing[0]", "reasons.absences") and wrapping
// [ErrOption]. [CodeSet.UnmarshalJSON] reads by the same rules.
func ParseCodeSet(data []byte) (*CodeSet, error) {
	var s CodeSet
	if err := s.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return &s, nil
}

// UnmarshalJSON reads a code set as [ParseCodeSet] does; on an error s is
// unchanged.
func (s *CodeSet) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w codeSetWire
	if err := dec.Decode(&w); err != nil {
		return codeSetError(jsonField(err), "%v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return codeSetError("", "data after the code set")
	}
	set, err := w.codeSet()
	if err != nil {
		return err
	}
	if err := set.check(); err != nil {
		return err
	}
	*s = set
	return nil
}

// codeSetWire is a code set as its JSON form spells it: standings,
// directions and reasons as the keys they are written with, so that each
// is parsed as text (not as the bytes of a []uint8) and refused by name.
type codeSetWire struct {
	Name         string                   `json:"name"`
	Title        string                   `json:"title"`
	Rules        []codeRuleWire           `json:"codes"`
	Reasons      map[string]Code          `json:"reasons"`
	Translations map[string]codeWordsWire `json:"translations"`
}

type codeWordsWire struct {
	Title   string            `json:"title"`
	Codes   map[string]string `json:"codes"`
	Reasons map[string]string `json:"reasons"`
}

type codeRuleWire struct {
	Code
	When conditionWire `json:"when"`
}

type conditionWire struct {
	Standings       []string `json:"standing"`
	MetLate         *bool    `json:"met_late"`
	Sufficient      *bool    `json:"sufficient"`
	ProgressAtLeast *float64 `json:"progress_at_least"`
	ProgressBelow   *float64 `json:"progress_below"`
	Trends          []string `json:"trend"`
}

// codeSet parses the keys of w.
func (w codeSetWire) codeSet() (CodeSet, error) {
	s := CodeSet{Name: w.Name, Title: w.Title, Rules: make([]CodeRule, len(w.Rules)), Reasons: make(map[Reason]Code, len(w.Reasons))}
	for i, r := range w.Rules {
		field := fmt.Sprintf("codes[%d].when", i)
		c := r.When
		s.Rules[i] = CodeRule{Code: r.Code, When: Condition{MetLate: c.MetLate, Sufficient: c.Sufficient, ProgressAtLeast: c.ProgressAtLeast, ProgressBelow: c.ProgressBelow}}
		var err error
		if s.Rules[i].When.Standings, err = parseKeys(c.Standings, standings, field+".standing"); err != nil {
			return CodeSet{}, err
		}
		if s.Rules[i].When.Trends, err = parseKeys(c.Trends, directions, field+".trend"); err != nil {
			return CodeSet{}, err
		}
	}
	for key, code := range w.Reasons {
		r, ok := reasons.Table.Parse(key)
		if !ok {
			return CodeSet{}, codeSetError("reasons."+key, "unknown reason %q: want %s", key, reasons.List())
		}
		if _, twice := s.Reasons[r]; twice {
			return CodeSet{}, codeSetError("reasons."+key, "reason %q given twice (keys ignore case)", r)
		}
		s.Reasons[r] = code
	}
	for _, lang := range slices.Sorted(maps.Keys(w.Translations)) {
		words, err := w.Translations[lang].codeWords(lang, s)
		if err != nil {
			return CodeSet{}, err
		}
		if s.Translations == nil {
			s.Translations = map[string]CodeWords{}
		}
		s.Translations[lang] = words
	}
	return s, nil
}

// codeWords checks the words of language lang against the set's codes
// and reasons: a title, a label for every code and every reason, and no
// other.
func (w codeWordsWire) codeWords(lang string, s CodeSet) (CodeWords, error) {
	field := "translations." + lang
	if len(lang) != 2 || strings.ToLower(lang) != lang || strings.Trim(lang, "abcdefghijklmnopqrstuvwxyz") != "" {
		return CodeWords{}, codeSetError(field, "want a two-letter lower-case language code such as \"es\"")
	}
	if strings.TrimSpace(w.Title) == "" {
		return CodeWords{}, codeSetError(field+".title", "a translation needs a title")
	}
	out := CodeWords{Title: w.Title, Codes: make(map[string]string, len(w.Codes)), Reasons: make(map[Reason]string, len(w.Reasons))}
	for _, r := range s.Rules {
		if strings.TrimSpace(w.Codes[r.Code.Code]) == "" {
			return CodeWords{}, codeSetError(field+".codes."+r.Code.Code, "every code needs a label")
		}
		out.Codes[r.Code.Code] = w.Codes[r.Code.Code]
	}
	if len(out.Codes) != len(w.Codes) {
		for code := range w.Codes {
			if _, ok := out.Codes[code]; !ok {
				return CodeWords{}, codeSetError(field+".codes."+code, "no such code in the set")
			}
		}
	}
	for key, label := range w.Reasons {
		r, ok := reasons.Table.Parse(key)
		if !ok {
			return CodeWords{}, codeSetError(field+".reasons."+key, "unknown reason %q: want %s", key, reasons.List())
		}
		if _, twice := out.Reasons[r]; twice {
			return CodeWords{}, codeSetError(field+".reasons."+key, "reason %q given twice (keys ignore case)", r)
		}
		out.Reasons[r] = label
	}
	for _, r := range Reasons() {
		if strings.TrimSpace(out.Reasons[r]) == "" {
			return CodeWords{}, codeSetError(field+".reasons."+r.String(), "every reason needs a label")
		}
	}
	return out, nil
}

// parseKeys parses a list of keys of an enum, naming the element at fault.
func parseKeys[E ~uint8](keys []string, codec enum.Codec[E], field string) ([]E, error) {
	if keys == nil {
		return nil, nil
	}
	out := make([]E, len(keys))
	for i, key := range keys {
		v, ok := codec.Table.Parse(key)
		if !ok {
			return nil, codeSetError(fmt.Sprintf("%s[%d]", field, i), "unknown key %q: want %s", key, codec.List())
		}
		out[i] = v
	}
	return out, nil
}

// check checks a decoded code set, its keys parsed (see ParseCodeSet).
func (s *CodeSet) check() error {
	if strings.TrimSpace(s.Name) == "" {
		return codeSetError("name", "a code set needs a name")
	}
	if len(s.Rules) == 0 {
		return codeSetError("codes", "a code set needs at least one code")
	}
	for i, r := range s.Rules {
		field := fmt.Sprintf("codes[%d]", i)
		if strings.TrimSpace(r.Code.Code) == "" || strings.TrimSpace(r.Label) == "" {
			return codeSetError(field, "each code needs a code and a label")
		}
	}
	if last := s.Rules[len(s.Rules)-1]; !last.When.isEmpty() {
		return codeSetError(fmt.Sprintf("codes[%d].when", len(s.Rules)-1), "the last code must apply always (an empty when), so that every benchmark gets a code")
	}
	for _, r := range Reasons() {
		if c, ok := s.Reasons[r]; !ok || strings.TrimSpace(c.Code) == "" || strings.TrimSpace(c.Label) == "" {
			return codeSetError("reasons."+r.String(), "every reason needs a code and a label: want %s", reasons.List())
		}
	}
	return nil
}

// codeSetError returns the *Error of a code set for field.
func codeSetError(field, format string, args ...any) error {
	if field == "" {
		field = "code set"
	}
	return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: "+format, append([]any{ErrOption}, args...)...)}
}

// jsonField names the member a decoding error is about, when it says.
func jsonField(err error) string {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return typeErr.Field
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
	}
	return ""
}

//go:embed codesets/*.json
var shipped embed.FS

// ShippedCodeSets returns the names of the code sets that ship with the
// library: "default" (goal met, sufficient progress, insufficient
// progress, not met, progress not measurable at this time, not yet
// introduced), "selpa" (a California SELPA form's 1–4 with reasons A–E),
// "ny" (a New York district's A, PS, PG, PI, NA, SC), "md" (a Maryland
// district's three statements) and "fhir" (HL7 FHIR goal-achievement
// codes).
func ShippedCodeSets() []string { return []string{"default", "selpa", "ny", "md", "fhir"} }

// ShippedCodeSet returns the shipped code set of that name (see
// [ShippedCodeSets]). Partial and substantial progress, where a set has
// them, read [BenchmarkReport.Progress]: the share of the way from the
// baseline to the threshold (the library's choice of measure for "percent
// of the goal"). An unknown name is an *[Error] for field "codes".
func ShippedCodeSet(name string) (*CodeSet, error) {
	if !slices.Contains(ShippedCodeSets(), name) {
		return nil, codeSetError("codes", "no shipped code set %q: want one of %s", name, strings.Join(ShippedCodeSets(), ", "))
	}
	data, err := shipped.ReadFile("codesets/" + name + ".json")
	if err != nil {
		return nil, err
	}
	return ParseCodeSet(data)
}
