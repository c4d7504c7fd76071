package instrument

import (
	"errors"
	"fmt"
	"time"

	"github.com/iepgoal/iepgoal/rubric"
)

// Answer is the level a team gave one item of an [Instrument]. Strategy is
// empty for the answer that counts; for an item of a per-strategy section
// (see [Section]) it may name another strategy, whose answers are recorded
// for planning but never scored.
type Answer struct {
	Item     int      `json:"item"`               // the item number
	Level    Response `json:"level"`              // the level given; must be valid
	Strategy string   `json:"strategy,omitempty"` // "" for the main strategy, else another strategy's name
}

// Administration is one team's answers to an [Instrument] on one date: the
// school, the date, who answered, the name of the main strategy that
// per-strategy sections are answered for, and the answers. It is a plain
// record for data entry and storage, not safe for concurrent mutation; it
// holds staff names as respondents but never student names. The zero value
// is an empty administration that does not validate.
//
// Date is a civil date written "YYYY-MM-DD" (for example "2027-05-14"); it
// is kept as text because package rubric sits below package goal and
// cannot use its Date type. Validation checks that it is a real calendar
// date, and since the form is fixed, comparing two dates as strings gives
// their calendar order.
type Administration struct {
	School       string   `json:"school"`
	Date         string   `json:"date"`                  // YYYY-MM-DD
	Respondents  []string `json:"respondents,omitempty"` // staff who answered, in any order
	MainStrategy string   `json:"main_strategy,omitempty"`
	Answers      []Answer `json:"answers"`
}

// Option changes how an administration is checked, scored or planned.
// Options that do not apply to a call are ignored.
type Option func(*options)

type options struct {
	partial  bool
	priority func(Item, Response) Priority
}

// AllowPartial lets [Instrument.Validate], [Instrument.Score],
// [Instrument.Diff] and [Instrument.ActionPlan] accept an administration
// that leaves items unanswered. Without it they fail with an
// [*IncompleteError]. With it, unanswered items are listed in the scores
// and left out of the points possible: they count neither as 0 nor as 2.
func AllowPartial() Option { return func(o *options) { o.partial = true } }

func collectOptions(opts []Option) options {
	o := options{priority: DefaultPriority}
	for _, f := range opts {
		f(&o)
	}
	return o
}

// Validate checks an administration against the instrument and returns
// every problem found, joined with [errors.Join]:
//   - School empty ([rubric.ErrEmpty]) or Date not a calendar date "YYYY-MM-DD"
//     ([rubric.ErrInvalid]), reported as an [*AdministrationError] naming the field;
//   - per answer, an [*AdministrationError] naming the item: a number the
//     instrument lacks ([ErrUnknownItem]), a level that is unanswered
//     ([rubric.ErrEmpty]) or off the scale ([rubric.ErrOutOfRange]), an item answered
//     twice for the same strategy ([ErrDuplicateItem]), another strategy's
//     answer on an item that is not per strategy ([ErrNotPerStrategy]) or
//     a Strategy equal to MainStrategy ([rubric.ErrInvalid]);
//   - MainStrategy empty while per-strategy items are answered ([rubric.ErrEmpty]);
//   - unless [AllowPartial] is given, the items with no counting answer, as
//     one [*IncompleteError] ([ErrUnanswered]).
func (in *Instrument) Validate(a Administration, opts ...Option) error {
	o := collectOptions(opts)
	_, err := in.answered(a, o)
	return err
}

// answered validates a and returns the counting answer of each item, by
// index in in.items (0 when unanswered).
func (in *Instrument) answered(a Administration, o options) ([]Response, error) {
	var errs []error
	fieldErr := func(field string, err error) {
		errs = append(errs, &AdministrationError{Field: field, Err: err})
	}
	if a.School == "" {
		fieldErr("school", rubric.ErrEmpty)
	}
	if !isCivilDate(a.Date) {
		fieldErr("date", fmt.Errorf("%w: %q is not a date YYYY-MM-DD", rubric.ErrInvalid, a.Date))
	}
	c := in.newChecker(a.MainStrategy)
	for _, ans := range a.Answers {
		if err := c.check(ans); err != nil {
			errs = append(errs, &AdministrationError{Field: "answers", Item: ans.Item, Strategy: ans.Strategy, Err: err})
		}
	}
	if c.perStrategyMain && a.MainStrategy == "" {
		fieldErr("main_strategy", fmt.Errorf("%w: per-strategy items are answered but the main strategy is not named", rubric.ErrEmpty))
	}
	if missing := c.missing(); len(missing) > 0 && !o.partial {
		errs = append(errs, &IncompleteError{Items: missing})
	}
	return c.levels, errors.Join(errs...)
}

// isCivilDate reports whether s is a calendar date written YYYY-MM-DD.
func isCivilDate(s string) bool {
	if len(s) != len(time.DateOnly) {
		return false
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// errNoLevel is the reason an answer without a level is not acceptable.
var errNoLevel = fmt.Errorf("%w: no level given", rubric.ErrEmpty)

// answerChecker checks answers one at a time; the CSV reader and Validate
// share it so that both report the same problems.
type answerChecker struct {
	in              *Instrument
	main            string
	levels          []Response         // counting answer per item index
	others          map[answerKey]bool // other strategies' answers seen
	perStrategyMain bool               // a counting answer to a per-strategy item was seen
}

type answerKey struct {
	item     int
	strategy string
}

func (in *Instrument) newChecker(main string) *answerChecker {
	return &answerChecker{in: in, main: main, levels: make([]Response, len(in.items))}
}

// check returns nil for an acceptable answer and records it, or returns the
// reason it is not acceptable, wrapping a sentinel.
func (c *answerChecker) check(ans Answer) error {
	i, ok := c.in.index[ans.Item]
	switch {
	case !ok:
		return fmt.Errorf("%w: no item %d", ErrUnknownItem, ans.Item)
	case !ans.Level.IsValid():
		return errNoLevel
	case ans.Strategy == "":
		return c.recordMain(i, ans)
	}
	return c.recordOther(i, ans)
}

func (c *answerChecker) recordMain(i int, ans Answer) error {
	if c.levels[i].IsValid() {
		return ErrDuplicateItem
	}
	c.levels[i] = ans.Level
	if c.in.sections[c.in.sectionOf[i]].PerStrategy {
		c.perStrategyMain = true
	}
	return nil
}

func (c *answerChecker) recordOther(i int, ans Answer) error {
	switch key := (answerKey{ans.Item, ans.Strategy}); {
	case !c.in.sections[c.in.sectionOf[i]].PerStrategy:
		return ErrNotPerStrategy
	case ans.Strategy == c.main:
		return fmt.Errorf("%w: strategy %q is the main strategy; leave the strategy empty for its answers", rubric.ErrInvalid, ans.Strategy)
	case c.others[key]:
		return ErrDuplicateItem
	default:
		if c.others == nil {
			c.others = map[answerKey]bool{}
		}
		c.others[key] = true
	}
	return nil
}

// missing returns the numbers of the items with no counting answer.
func (c *answerChecker) missing() []int {
	var out []int
	for i, r := range c.levels {
		if r.IsZero() {
			out = append(out, c.in.items[i].Number)
		}
	}
	return out
}
