package progress

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// ErrDuplicate reports a row that repeats an earlier row's student, date
// and period under [DuplicatesRefuse]; the *[DuplicateError] says which.
var ErrDuplicate = errors.New("row repeats an earlier row's student, date and period")

// ErrNoIntensity reports a rated row without its overall intensity of
// support: what a benchmark's support condition is judged on. Set
// [ReadOptions.AllowUnrecordedIntensity] to read such rows as "support not
// recorded" (counted as rated, never qualifying) instead.
var ErrNoIntensity = errors.New("rated row without its overall intensity of support")

// DuplicateError is the reason of a refused repeat: the student, date and
// period the row repeats, and the line of the first row with them.
type DuplicateError struct {
	Student goal.StudentID
	Date    goal.Date
	Period  string
	// First is the line of the first row with the same student, date and
	// period; 0 when it could not be named (the input could be read only
	// once).
	First int
}

// Error returns `repeats line 12 (student "S1", 2026-09-01, period "3")`.
func (e *DuplicateError) Error() string {
	where := "an earlier row"
	if e.First > 0 {
		where = "line " + strconv.Itoa(e.First)
	}
	return fmt.Sprintf("%v: repeats %s (student %q, %v, period %q)", ErrDuplicate, where, string(e.Student), e.Date, e.Period)
}

// Unwrap returns [ErrDuplicate].
func (e *DuplicateError) Unwrap() error { return ErrDuplicate }

// gate applies the reading rules to each decoded row — a rated row needs
// its overall intensity, a repeated interval follows the duplicate policy,
// an opportunity of a skill area not measured is passed over — and says
// what became of the row, for the [Report]. It records the student-days
// with a counted row. A gate is used by one goroutine.
type gate struct {
	policy          Duplicates
	allowUnrecorded bool
	skills          map[string]bool // measuring opportunities: the skill areas measured; nil counts every skill
	skillsSeen      map[string]bool // every skill area of the rows read
	// seen records the slots and the student-days of the rows counted
	// (see slotRecorder).
	seen *Measurer

	// keep, in the second pass of DuplicatesKeepLast, is the line to count
	// of each repeated slot; repeats, in the first, collects those lines.
	keep    map[slot]int
	repeats map[slot]int
	// refused holds the reasons of the repeats refused, to name the lines
	// they repeat once the input has been read.
	refused []*DuplicateError
}

// newGate returns the gate of a reading, which records slots in a
// measurer of its own.
func newGate(opts ReadOptions) *gate {
	return &gate{policy: opts.Duplicates.orDefault(), allowUnrecorded: opts.AllowUnrecordedIntensity, seen: slotRecorder(nil)}
}

// slotRecorder returns the measurer a gate of a measurement by ms records
// slots and days in: the first measurer when it measures intervals, so
// that marking a row finds the day counting it will use; a measurer of
// the gate's own otherwise.
func slotRecorder(ms measurers) *Measurer {
	if len(ms) > 0 && ms[0].isTEP {
		return ms[0]
	}
	return NewMeasurer(trackingBenchmark)
}

// trackingBenchmark is the benchmark of a gate's own measurer, which only
// records slots and days: any valid TEP benchmark does.
var trackingBenchmark = goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](1, 5),
	Support: goal.MustSupportAtMost(rubric.IntensityExtreme), Threshold: 100})

// newMeasureGate returns the gate of a measurement of bs by ms:
// opportunities of a skill area no benchmark targets are passed over.
func newMeasureGate(opts ReadOptions, bs []goal.Benchmark, ms measurers) *gate {
	g := &gate{policy: opts.Duplicates.orDefault(), allowUnrecorded: opts.AllowUnrecordedIntensity, seen: slotRecorder(ms)}
	if len(bs) > 0 && bs[0].Measure() == goal.MeasureSoftSkill {
		g.skills = make(map[string]bool, len(bs))
		for _, b := range bs {
			g.skills[b.Skill().ID()] = true
		}
	}
	return g
}

// fork returns a fresh gate with the same rules, for another goroutine
// measuring with ms.
func (g *gate) fork(ms measurers) *gate {
	return &gate{policy: g.policy, allowUnrecorded: g.allowUnrecorded, skills: g.skills, keep: g.keep, seen: slotRecorder(ms)}
}

// interval judges a decoded interval read on line; period is its label
// as written. It records the interval's slot in g.seen.
func (g *gate) interval(iv *Interval, period []byte, line int) (outcome, *RowError) {
	if o, rerr := g.admit(iv, period, line); o != 0 {
		return o, rerr
	}
	repeat, err := g.seen.markSlot(iv.Student, iv.Date, period)
	switch {
	case err != nil:
		return outRejected, asRowError(err)
	case repeat:
		return g.repeated(iv, period, line)
	}
	return counted(iv), nil
}

// admit applies the rules that come before an interval's slot is looked
// at: a rated row needs its intensity, and in the second pass of
// DuplicatesKeepLast only the last row of a repeated slot counts. It
// returns the zero outcome for a row that goes on to its slot.
func (g *gate) admit(iv *Interval, period []byte, line int) (outcome, *RowError) {
	if lacksIntensity(iv, g.allowUnrecorded) {
		return outRejected, &RowError{Column: colIntensity, Err: ErrNoIntensity}
	}
	if g.keep != nil {
		if last, repeated := g.keep[slot{iv.Student, iv.Date, string(period)}]; repeated && last != line {
			return outDuplicate, nil
		}
	}
	return 0, nil
}

// lacksIntensity is the intensity rule: a rated interval without its
// overall intensity is refused, unless allowed (read as support not
// recorded).
func lacksIntensity(iv *Interval, allowed bool) bool {
	return iv.TEP != 0 && iv.Intensity == 0 && !allowed
}

// repeated applies the duplicate policy to an interval whose slot was
// counted already.
func (g *gate) repeated(iv *Interval, period []byte, line int) (outcome, *RowError) {
	switch g.policy {
	case DuplicatesRefuse:
		e := &DuplicateError{Student: iv.Student, Date: iv.Date, Period: string(period)}
		g.refused = append(g.refused, e)
		return outRejected, &RowError{Column: colPeriod, Err: e}
	case DuplicatesKeepLast:
		if g.repeats == nil {
			g.repeats = make(map[slot]int)
		}
		g.repeats[slot{iv.Student, iv.Date, string(period)}] = line
	}
	return outDuplicate, nil
}

// counted is the outcome of an interval counted: rated or not.
func counted(iv *Interval) outcome {
	if iv.TEP == 0 {
		return outUnrated
	}
	return outRated
}

// opportunity judges a decoded opportunity.
func (g *gate) opportunity(o *Opportunity) (outcome, *RowError) {
	if o.Rating != 0 && o.Intensity == 0 && !g.allowUnrecorded {
		return outRejected, &RowError{Column: colIntensity, Err: ErrNoIntensity}
	}
	if !g.skillsSeen[o.Skill] {
		if g.skillsSeen == nil {
			g.skillsSeen = make(map[string]bool)
		}
		g.skillsSeen[o.Skill] = true
	}
	if g.skills != nil && !g.skills[o.Skill] {
		return outOtherSkill, nil
	}
	if err := g.seen.touchDay(o.Student, o.Date); err != nil {
		return outRejected, asRowError(err)
	}
	if o.Rating == 0 {
		return outUnrated, nil
	}
	return outRated, nil
}

// sawSkills adds the skill areas another gate saw.
func (g *gate) sawSkills(o *gate) {
	for skill := range o.skillsSeen {
		if g.skillsSeen == nil {
			g.skillsSeen = make(map[string]bool)
		}
		g.skillsSeen[skill] = true
	}
}

// finish completes a report with the students and days the gate saw.
func (g *gate) finish(r *Report) { r.Students, r.Days = g.seen.sum.counts() }

// ErrSkillAbsent reports a soft-skill benchmark measured over opportunities
// none of which is for its skill area: most often a skill area's ID
// written another way in the file.
var ErrSkillAbsent = errors.New("no opportunity in the input is for the benchmark's skill area")

// check reports a skill area measured that no row of the input had,
// naming the areas the input has.
func (g *gate) check(sums *Summaries) error {
	if g.skills == nil {
		return nil
	}
	var missing, found []string
	for skill := range g.skills {
		if !g.skillsSeen[skill] {
			missing = append(missing, skill)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	for skill := range g.skillsSeen {
		found = append(found, skill)
	}
	slices.Sort(missing)
	slices.Sort(found)
	return fmt.Errorf("progress: %w: %s (the input's skill areas: %s)", ErrSkillAbsent, strings.Join(missing, ", "), orNone(found))
}

func orNone(items []string) string {
	if len(items) == 0 {
		return "none"
	}
	return strings.Join(items, ", ")
}

// nameRefused sets the first line of every repeat refused, reading the
// input again, when it can be.
func (g *gate) nameRefused(src *source, opts ReadOptions) {
	if len(g.refused) > 0 && src.rereadable() {
		firstLines(src.section(), opts, g.refused)
	}
}
