package goal

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/rubric"
)

// Validate reports every problem with the goal at once: an [errors.Join] of
// *[BenchmarkError] values (Goal index 0), or nil. Deadlines are compared
// only where their order is known from the values alone; use
// [GoalSpec.ValidateWith] to compare dates with terms. The rules:
//
//   - the stage and target are set; a soft-skill goal names its skill area
//     and other goals do not; the ladder has at least one benchmark;
//   - every benchmark is valid ([NewBenchmark]'s rules), uses the target's
//     measure and the goal's skill area, and focuses on a subset of the
//     goal's focus elements;
//   - the ladder is monotone: support may only stay or fall
//     ([Support.Compare]); the rating band may only stay or rise
//     ([rubric.Band.Compare]) (our choice: a ladder never asks for less);
//     for the same support and band the threshold may only stay or rise;
//     a deadline is never before an earlier rung's (unset deadlines are
//     skipped);
//   - stage rules: an intensity goal in stages 2–3 and each of its
//     benchmarks name at least two focus elements, and its TEP band lies in
//     the band the stage maintains (3–5); a stage-4 soft-skill benchmark
//     allows level 1 support or less;
//   - responsible roles are valid and not repeated; the present level is
//     valid UTF-8 of at most 2000 bytes.
func (s GoalSpec) Validate() error { return s.ValidateWith(Calendar{}) }

// ValidateWith is [GoalSpec.Validate] with the calendar's term end dates,
// so that a date deadline and a term deadline can be compared.
func (s GoalSpec) ValidateWith(cal Calendar) error {
	v := validator{goal: 0, cal: cal}
	v.goalSpec(s)
	return errors.Join(v.errs...)
}

// validator collects the problems of one goal at a time.
type validator struct {
	goal int
	cal  Calendar
	errs []error
}

func (v *validator) add(bench int, field string, kind error, format string, args ...any) {
	v.errs = append(v.errs, &BenchmarkError{Goal: v.goal, Benchmark: bench, Field: field,
		Err: fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))})
}

func (v *validator) goalSpec(s GoalSpec) {
	v.goalFields(s)
	for i, b := range s.Benchmarks {
		v.benchmark(s, i, b)
		if i > 0 {
			v.step(i, s.Benchmarks[i-1], b)
		}
	}
	v.deadlines(s.Benchmarks)
}

func (v *validator) goalFields(s GoalSpec) {
	if !s.Stage.IsValid() {
		v.add(-1, "stage", ErrUnknownValue, "stage %s is not one of the four stages", s.Stage)
	}
	switch {
	case !s.Target.IsValid():
		v.add(-1, "target", ErrUnknownValue, "target %s is not engagement, intensity or soft-skill", s.Target)
	case s.Target == TargetSoftSkill && s.Skill.IsZero():
		v.add(-1, "skill", ErrInvalid, "a soft-skill goal names its skill area")
	case s.Target != TargetSoftSkill && !s.Skill.IsZero():
		v.add(-1, "skill", ErrInvalid, "a %s goal has no soft-skill area", s.Target)
	}
	if len(s.Benchmarks) == 0 {
		v.add(-1, "benchmarks", ErrInvalid, "a goal has at least one benchmark")
	}
	if !s.Focus.IsValid() {
		v.add(-1, "focus", ErrInvalid, "unknown element bits %#x", uint32(s.Focus))
	}
	if min := s.Stage.Profile().MinFocusElements; s.Target == TargetIntensity && s.Focus.Len() < min {
		v.add(-1, "focus", ErrStageRule, "an intensity goal in stage %d names at least %d focus elements, not %d", s.Stage.Number(), min, s.Focus.Len())
	}
	seen := map[Role]bool{}
	for _, r := range s.Responsible {
		switch {
		case !r.IsValid():
			v.add(-1, "responsible", ErrUnknownValue, "role %s", r)
		case seen[r]:
			v.add(-1, "responsible", ErrInvalid, "role %s repeated", r)
		}
		seen[r] = true
	}
	if len(s.PresentLevel) > maxPresentLevel || !utf8.ValidString(s.PresentLevel) {
		v.add(-1, "present_level", ErrInvalid, "must be valid UTF-8 of at most %d bytes", maxPresentLevel)
	}
}

// benchmark checks one rung on its own and against its goal.
func (v *validator) benchmark(s GoalSpec, i int, b Benchmark) {
	if err := b.spec.validate(); err != nil {
		v.errs = append(v.errs, locate(err, v.goal, i)...)
		return
	}
	if want := s.Target.Measure(); want != 0 && b.Measure() != want {
		v.add(i, "measure", ErrInvalid, "a %s goal's benchmarks use the %s measure, not %s", s.Target, want, b.Measure())
		return
	}
	if b.Measure() == MeasureSoftSkill && b.Skill() != s.Skill {
		v.add(i, "skill", ErrInvalid, "skill area %q differs from the goal's %q", b.Skill().ID(), s.Skill.ID())
	}
	if extra := b.Focus() &^ s.Focus; extra != 0 {
		v.add(i, "focus", ErrInvalid, "focuses on %s, which the goal does not name", extra)
	}
	profile := s.Stage.Profile()
	if s.Target == TargetIntensity {
		if n := b.Focus().Len(); n < profile.MinFocusElements {
			v.add(i, "focus", ErrStageRule, "a stage-%d intensity benchmark names at least %d focus elements, not %d", s.Stage.Number(), profile.MinFocusElements, n)
		}
		if m := profile.MaintainedTEP; m.IsValid() && (b.TEPBand().Low() < m.Low() || b.TEPBand().High() > m.High()) {
			v.add(i, "tep", ErrStageRule, "band %s is not within the band %s stage %d maintains", b.TEPBand(), m, s.Stage.Number())
		}
	}
	if s.Stage == StageMainstream && b.Measure() == MeasureSoftSkill && b.Support().Limit() > rubric.IntensityMinimal {
		v.add(i, "support", ErrStageRule, "a stage-4 soft-skill benchmark allows level 1 support or less, not %s", b.Support())
	}
}

// step checks the climb from rung i-1 (prev) to rung i (cur).
func (v *validator) step(i int, prev, cur Benchmark) {
	if !prev.spec.Measure.IsValid() || prev.Measure() != cur.Measure() {
		return
	}
	if cur.Support().Compare(prev.Support()) < 0 {
		v.add(i, "support", ErrNotMonotone, "support rises from %s to %s", prev.Support(), cur.Support())
	}
	field, bandCmp := "tep", cur.TEPBand().Compare(prev.TEPBand())
	if cur.Measure() == MeasureSoftSkill {
		field, bandCmp = "proficiency", cur.ProficiencyBand().Compare(prev.ProficiencyBand())
	}
	if bandCmp < 0 {
		v.add(i, field, ErrNotMonotone, "band falls from %d-%d to %d-%d", prev.BandLow(), prev.BandHigh(), cur.BandLow(), cur.BandHigh())
	}
	if cur.Support() == prev.Support() && bandCmp == 0 && cur.Threshold() < prev.Threshold() {
		v.add(i, "threshold", ErrNotMonotone, "threshold falls from %d to %d for the same support and band", prev.Threshold(), cur.Threshold())
	}
}

// deadlines checks that no deadline is before the last set deadline above it.
func (v *validator) deadlines(ladder []Benchmark) {
	var last Deadline
	for i, b := range ladder {
		d := b.Deadline()
		if d.IsZero() {
			continue
		}
		if c, ok := v.cal.Order(d, last); ok && c < 0 && !last.IsZero() {
			v.add(i, "deadline", ErrNotMonotone, "deadline %s is before the earlier rung's %s", d, last)
			continue // keep the latest deadline so far
		}
		last = d
	}
}

// placed checks, for a goal of a plan, that the plan's calendar places
// every term deadline and that every deadline falls within the period.
func (v *validator) placed(ladder []Benchmark, period Period) {
	for i, b := range ladder {
		d := b.Deadline()
		if d.IsZero() {
			continue
		}
		date, ok := v.cal.Resolve(d)
		switch {
		case !ok:
			v.add(i, "deadline", ErrUnresolvedDeadline, "the plan's calendar has no end date for %s", d)
		case !period.IsZero() && !period.Contains(date):
			v.add(i, "deadline", ErrInvalid, "deadline %s (%v) is outside the plan's period %v", d, date, period)
		}
	}
}
