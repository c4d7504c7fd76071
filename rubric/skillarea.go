package rubric

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// SkillArea is a soft-skill area a goal can target: a stable identifier
// ("group-work") and the phrase used in wording ("working successfully in a
// group"). The list of areas is open: the library ships a small catalog in
// its own words ([BuiltinSkillAreas]) and programs construct their own with
// [NewSkillArea]. The zero value is the unset area; its JSON form is null
// and it has no text form. A SkillArea is a
// comparable value, safe for concurrent use. Its JSON form is
// {"id":"group-work","phrase":"working successfully in a group"}.
type SkillArea struct {
	id, phrase string
}

// IDs of the built-in soft-skill areas, for [LookupSkillArea].
const (
	SkillGroupWork          = "group-work"
	SkillFollowingDirection = "following-directions"
	SkillAskingForHelp      = "asking-for-help"
	SkillCalmingDown        = "calming-down"
	SkillTaskPersistence    = "task-persistence"
	SkillResolvingConflict  = "resolving-conflict"
	SkillTransitions        = "transitions"
)

var builtinSkillAreas = []SkillArea{
	{SkillGroupWork, "working successfully in a group"},
	{SkillFollowingDirection, "following classroom directions"},
	{SkillAskingForHelp, "asking for help when it is needed"},
	{SkillCalmingDown, "calming down when upset or frustrated"},
	{SkillTaskPersistence, "staying with a task until it is finished"},
	{SkillResolvingConflict, "resolving disagreements with peers respectfully"},
	{SkillTransitions, "moving calmly from one activity or setting to the next"},
}

// NewSkillArea returns a soft-skill area. The id must be 1–64 characters of
// lowercase letters, digits and single hyphens, starting and ending with a
// letter or digit; the phrase must be 1–200 characters of printable UTF-8
// text with no leading or trailing space. Errors wrap [ErrInvalid] or
// [ErrEmpty].
func NewSkillArea(id, phrase string) (SkillArea, error) {
	if err := checkSkillID(id); err != nil {
		return SkillArea{}, parseError("SkillArea", id, err)
	}
	if err := checkSkillPhrase(phrase); err != nil {
		return SkillArea{}, parseError("SkillArea", id, err)
	}
	return SkillArea{id, phrase}, nil
}

func checkSkillPhrase(phrase string) error {
	switch {
	case phrase == "":
		return fmt.Errorf("phrase: %w", ErrEmpty)
	case !utf8.ValidString(phrase) || utf8.RuneCountInString(phrase) > 200 ||
		strings.TrimSpace(phrase) != phrase || strings.IndexFunc(phrase, notPrintable) >= 0:
		return fmt.Errorf("%w: phrase %q must be 1–200 printable characters without outer spaces", ErrInvalid, phrase)
	}
	return nil
}

func notPrintable(r rune) bool { return !unicode.IsPrint(r) }

func checkSkillID(id string) error {
	if id == "" {
		return fmt.Errorf("id: %w", ErrEmpty)
	}
	ok := len(id) <= 64 && id[0] != '-' && id[len(id)-1] != '-' && !strings.Contains(id, "--")
	for i := 0; ok && i < len(id); i++ {
		c := id[i]
		ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
	}
	if !ok {
		return fmt.Errorf("%w: id %q must be lowercase letters, digits and single hyphens", ErrInvalid, id)
	}
	return nil
}

// MustSkillArea is like [NewSkillArea] but panics on error; for tests and
// package-level variables.
func MustSkillArea(id, phrase string) SkillArea {
	a, err := NewSkillArea(id, phrase)
	if err != nil {
		panic(err)
	}
	return a
}

// ID returns the area's identifier, e.g. "group-work".
func (a SkillArea) ID() string { return a.id }

// Phrase returns the words used for the area in goal wording, e.g. "working
// successfully in a group".
func (a SkillArea) Phrase() string { return a.phrase }

// IsZero reports whether a is the unset area.
func (a SkillArea) IsZero() bool { return a == SkillArea{} }

// String returns the area's identifier ("group-work"), or "unset" for the
// zero area, as [Element.String] and [Band.String] show theirs.
func (a SkillArea) String() string {
	if a.IsZero() {
		return "unset"
	}
	return a.id
}

type skillAreaJSON struct {
	ID     string `json:"id"`
	Phrase string `json:"phrase"`
}

// MarshalJSON returns {"id":…,"phrase":…}, or null for the zero area.
func (a SkillArea) MarshalJSON() ([]byte, error) {
	if a.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(skillAreaJSON{a.id, a.phrase})
}

// UnmarshalJSON accepts null (the zero area) or {"id":…,"phrase":…}, and
// validates the area as [NewSkillArea] does; unknown fields and trailing
// data are rejected with [ErrSyntax].
func (a *SkillArea) UnmarshalJSON(data []byte) error {
	if jsonobj.IsNull(data) {
		*a = SkillArea{}
		return nil
	}
	obj, err := jsonobj.Decode(data)
	if err == nil {
		if unknown := obj.Unknown("id", "phrase"); len(unknown) > 0 {
			err = unknown[0]
		}
	}
	if err != nil {
		return parseError("SkillArea", string(data), jsonReason(err))
	}
	var fields [2][]byte
	for i, name := range []string{"id", "phrase"} {
		raw, _ := obj.Get(name)
		if raw == nil {
			continue // NewSkillArea reports the empty field
		}
		if fields[i], err = unmarshalJSONString(raw); err != nil {
			return parseError("SkillArea", string(data), fmt.Errorf("%s: %w", name, err))
		}
	}
	p, err := NewSkillArea(string(fields[0]), string(fields[1]))
	if err == nil {
		*a = p
	}
	return err
}

// BuiltinSkillAreas returns the library's small catalog of soft-skill areas,
// written in its own words, ordered by ID constant declaration.
func BuiltinSkillAreas() []SkillArea { return slices.Clone(builtinSkillAreas) }

// LookupSkillArea returns the built-in area with the given ID, or an error
// wrapping [ErrUnknownLabel].
func LookupSkillArea(id string) (SkillArea, error) { return builtinCatalog.Lookup(id) }

// SkillCatalog is an immutable set of soft-skill areas with distinct IDs,
// for programs that define their own areas. It is safe for concurrent use.
// A nil *SkillCatalog and the zero SkillCatalog are empty catalogs.
type SkillCatalog struct {
	areas []SkillArea
}

var builtinCatalog = &SkillCatalog{areas: builtinSkillAreas}

// DefaultSkillCatalog returns the catalog of the built-in areas.
func DefaultSkillCatalog() *SkillCatalog { return builtinCatalog }

// NewSkillCatalog returns a catalog of the given areas; a zero area or a
// repeated ID is rejected with [ErrInvalid].
func NewSkillCatalog(areas ...SkillArea) (*SkillCatalog, error) {
	return (&SkillCatalog{}).With(areas...)
}

// With returns a new catalog holding c's areas followed by the given ones;
// c is unchanged. A zero area or an ID already present is rejected.
func (c *SkillCatalog) With(areas ...SkillArea) (*SkillCatalog, error) {
	out := &SkillCatalog{areas: slices.Clone(c.Areas())}
	for _, a := range areas {
		if a.IsZero() {
			return nil, opError(opCheck, "SkillArea", "", fmt.Errorf("%w: zero area", ErrInvalid))
		}
		if _, err := out.Lookup(a.id); err == nil {
			return nil, opError(opCheck, "SkillArea", a.id, fmt.Errorf("%w: id %q already in the catalog", ErrInvalid, a.id))
		}
		out.areas = append(out.areas, a)
	}
	return out, nil
}

// Areas returns the catalog's areas in the order they were added.
func (c *SkillCatalog) Areas() []SkillArea {
	if c == nil {
		return nil
	}
	return slices.Clone(c.areas)
}

// Lookup returns the area with the given ID, or an error wrapping
// [ErrUnknownLabel] ([ErrEmpty] for the empty ID).
func (c *SkillCatalog) Lookup(id string) (SkillArea, error) {
	if id == "" {
		return SkillArea{}, parseError("SkillArea", id, fmt.Errorf("id: %w", ErrEmpty))
	}
	if c == nil {
		return SkillArea{}, parseError("SkillArea", id, ErrUnknownLabel)
	}
	for _, a := range c.areas {
		if a.id == id {
			return a, nil
		}
	}
	return SkillArea{}, parseError("SkillArea", id, ErrUnknownLabel)
}
