package instrument

import (
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/rubric"
)

// Priority is how urgently an action-plan entry should be worked on. The
// zero value means "no priority set" and is not valid; its text form is
// the empty string. A Priority is a plain comparable value, safe for
// concurrent use; a smaller valid value is more urgent.
type Priority uint8

// The priorities of an action-plan entry, most urgent first.
const (
	PriorityHigh   Priority = iota + 1 // work on it first
	PriorityMedium                     // work on it next
	PriorityLow                        // work on it when time allows
)

var priorities = enum.New[Priority]("Priority", "unset", "high", "medium", "low")

// ParsePriority parses "high", "medium" or "low", ignoring case. Empty
// text is rejected with [rubric.ErrEmpty], anything else with [rubric.ErrUnknownLabel].
func ParsePriority(s string) (Priority, error) {
	if s == "" {
		return 0, parseError("Priority", s, rubric.ErrEmpty)
	}
	if p, ok := priorities.Parse(s); ok {
		return p, nil
	}
	return 0, parseError("Priority", s, rubric.ErrUnknownLabel)
}

// IsValid reports whether p is high, medium or low.
func (p Priority) IsValid() bool { return priorities.Valid(p) }

// String returns "high", "medium" or "low", "unset" for the zero value and
// "%!Priority(9)" for anything else. It never panics.
func (p Priority) String() string { return priorities.String(p) }

// MarshalText returns "high", "medium" or "low", or empty text for the
// zero value; it fails for any other value.
func (p Priority) MarshalText() ([]byte, error) {
	if p == 0 {
		return nil, nil
	}
	name, ok := priorities.Name(p)
	if !ok {
		return nil, &rubric.ParseError{Type: "Priority", Input: p.String(), Err: rubric.ErrOutOfRange}
	}
	return []byte(name), nil
}

// UnmarshalText parses text with [ParsePriority]; empty text is the zero value.
func (p *Priority) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = 0
		return nil
	}
	v, err := ParsePriority(string(text))
	if err == nil {
		*p = v
	}
	return err
}

// DefaultPriority is the library's rule for an action-plan entry: an item
// not yet started (level 0) is high priority, an item partially in place
// (level 1) is medium, and anything else is low. Teams that rank items
// differently pass their own rule with [WithPriority].
func DefaultPriority(_ Item, r Response) Priority {
	switch r {
	case NotStarted:
		return PriorityHigh
	case Partial:
		return PriorityMedium
	}
	return PriorityLow
}

// WithPriority replaces [DefaultPriority] in [Instrument.ActionPlan] with
// rule, which is called for each item at level 0 or 1 and must return a
// valid Priority.
func WithPriority(rule func(Item, Response) Priority) Option {
	return func(o *options) { o.priority = rule }
}

// ActionItem is one entry of an action plan: an item not fully in place,
// its current level and priority, and the fields the team fills in — the
// goal, the tasks, who does them and by when — which start empty.
type ActionItem struct {
	Item     int      `json:"item"`     // the item number
	Section  string   `json:"section"`  // the ID of its section
	Label    string   `json:"label"`    // its short label
	Level    Response `json:"level"`    // the current level, 0 or 1
	Priority Priority `json:"priority"` // how urgent; see DefaultPriority
	Goal     string   `json:"goal"`     // what "fully in place" will look like; filled in by the team
	Tasks    string   `json:"tasks"`    // the steps to get there; filled in by the team
	Who      string   `json:"who"`      // who is responsible; filled in by the team
	ByWhen   string   `json:"by_when"`  // the target date; filled in by the team
}

// ActionPlan returns one entry for every item whose counting answer is
// level 0 (not yet started) or 1 (partially in place), in instrument order
// (section by section, then by item), with the priority given by
// [DefaultPriority] or the rule passed with [WithPriority]. The
// administration is validated as by [Instrument.Validate]; with
// [AllowPartial], unanswered items get no entry. A priority rule that
// returns an invalid Priority makes it fail with an [*AdministrationError]
// wrapping [rubric.ErrInvalid].
func (in *Instrument) ActionPlan(a Administration, opts ...Option) ([]ActionItem, error) {
	o := collectOptions(opts)
	levels, err := in.answered(a, o)
	if err != nil {
		return nil, err
	}
	var plan []ActionItem
	for i, it := range in.items {
		r := levels[i]
		if r != NotStarted && r != Partial {
			continue
		}
		p := o.priority(it, r)
		if !p.IsValid() {
			return nil, &AdministrationError{Field: "answers", Item: it.Number, Err: fmt.Errorf("%w: priority rule returned %v", rubric.ErrInvalid, p)}
		}
		plan = append(plan, ActionItem{Item: it.Number, Section: in.sections[in.sectionOf[i]].ID, Label: it.Label, Level: r, Priority: p})
	}
	return plan, nil
}
