package instrument

import (
	"errors"
	"fmt"
	"github.com/iepgoal/iepgoal/rubric"
)

// Change is how one part of an instrument (a section, a grouping or the
// whole) moved between two administrations.
type Change struct {
	ID     string // the section or grouping ID; "" for the total
	Title  string // its title; "" for the total
	Before Score  // the score in the earlier administration
	After  Score  // the score in the later administration
}

// Delta returns the change in percent of points possible, in percentage
// points: After.Percent() − Before.Percent(). Positive means improvement.
func (c Change) Delta() float64 { return c.After.Percent() - c.Before.Percent() }

// ItemMove is an item whose counting answer differs between two
// administrations that both answered it.
type ItemMove struct {
	Item    int      // the item number
	Section string   // the ID of its section
	Label   string   // its short label
	Before  Response // the earlier level
	After   Response // the later level
}

// Comparison is the year-to-year change between two administrations of
// the same instrument: per section, per grouping and in total, and the
// items that moved up or down, each list in instrument order.
type Comparison struct {
	BeforeDate string   // the earlier administration's date
	AfterDate  string   // the later administration's date
	Sections   []Change // one per section, in instrument order
	Groupings  []Change // one per grouping
	Total      Change   // the whole instrument
	Up         []ItemMove
	Down       []ItemMove
}

// Compare scores two administrations, the earlier first, and reports the
// change. Both are validated and scored with the same options (see
// [Instrument.Score]), and their errors are prefixed with which
// administration has them; an item unanswered in either is not listed as
// moved. It fails with an [*AdministrationError] for field "date" wrapping
// [rubric.ErrInvalid] when before is dated after after.
func (in *Instrument) Diff(before, after Administration, opts ...Option) (Comparison, error) {
	o := collectOptions(opts)
	lb, errB := in.answered(before, o)
	la, errA := in.answered(after, o)
	if errB != nil {
		errB = fmt.Errorf("instrument: diff: earlier administration: %w", errB)
	}
	if errA != nil {
		errA = fmt.Errorf("instrument: diff: later administration: %w", errA)
	}
	if err := errors.Join(errB, errA); err != nil {
		return Comparison{}, err
	}
	if before.Date > after.Date {
		return Comparison{}, &AdministrationError{Field: "date", Err: fmt.Errorf("%w: earlier administration dated %s is after %s", rubric.ErrInvalid, before.Date, after.Date)}
	}
	sb, sa := in.scoreLevels(before, lb), in.scoreLevels(after, la)
	c := Comparison{
		BeforeDate: before.Date,
		AfterDate:  after.Date,
		Sections:   changes(sb.Sections, sa.Sections),
		Groupings:  changes(sb.Groupings, sa.Groupings),
		Total:      Change{Before: sb.Total, After: sa.Total},
	}
	for i, it := range in.items {
		b, a := lb[i], la[i]
		if b.IsZero() || a.IsZero() || b == a {
			continue
		}
		m := ItemMove{Item: it.Number, Section: in.sections[in.sectionOf[i]].ID, Label: it.Label, Before: b, After: a}
		if a.Compare(b) > 0 {
			c.Up = append(c.Up, m)
		} else {
			c.Down = append(c.Down, m)
		}
	}
	return c, nil
}

func changes(before, after []PartScore) []Change {
	out := make([]Change, len(before))
	for i := range before {
		out[i] = Change{ID: before[i].ID, Title: before[i].Title, Before: before[i].Score, After: after[i].Score}
	}
	return out
}
