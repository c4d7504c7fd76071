package goal

import (
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// Thresholds selects the percents of the stage-1 engagement ladder.
type Thresholds uint8

// The two sets of stage-1 thresholds in the program's goal-development document.
const (
	// ChartThresholds: 50%, 75%, 90% of the day, as in the chart (the default).
	ChartThresholds Thresholds = iota
	// NarrativeThresholds: 50%, 70%, 90% of the day, as in the narrative's
	// sample benchmarks.
	NarrativeThresholds
)

// percents returns the three thresholds, or nil for an unknown value.
func (t Thresholds) percents() []int {
	switch t {
	case ChartThresholds:
		return []int{50, 75, 90}
	case NarrativeThresholds:
		return []int{50, 70, 90}
	}
	return nil
}

// The fixed percents of the chart's other ladders.
const (
	intensityThreshold = 90 // every rung of the intensity ladder: 90% of the day
	skillFirstPercent  = 75 // each soft-skill band: first 75% of opportunities …
	skillSecondPercent = 90 // … then 90%
)

// LadderOptions chooses among the chart's variants of the standard ladders.
// The zero value asks for the chart's defaults with unset deadlines (blank
// on the form) and no focus elements or skill areas, which stages 2–4 need.
type LadderOptions struct {
	// Thresholds selects 50/75/90 (default) or 50/70/90 for stage 1.
	Thresholds Thresholds
	// Deadlines are spread over each ladder in order: rung i of n gets
	// Deadlines[⌈(i+1)·k/n⌉−1], so with k = n each rung gets its own, and
	// the last rung always gets the last deadline. They must not go back.
	// Empty leaves every deadline unset.
	Deadlines []Deadline
	// Focus names the therapeutic elements of the intensity ladder
	// (stages 2–3: at least two).
	Focus rubric.ElementSet
	// Skills are the soft-skill areas: exactly one in stage 3, one or two in
	// stage 4 (one goal each).
	Skills []rubric.SkillArea
	// StartLevel is the first ceiling of the intensity ladder, "level n
	// intensity of support or less"; 0 means 4, as in the chart. In stage 3
	// it is also the soft-skill ladder's support (our choice: the support
	// the student starts the stage under, held for the whole skill ladder).
	StartLevel rubric.Intensity
	// EndLevel is the last ceiling of the intensity ladder; 0 (the default)
	// goes on past "level 1 or less" to independent, as the narrative does.
	// The chart's own sample stops at 2.
	EndLevel rubric.Intensity
	// Calendar is the school calendar that places term deadlines; it orders
	// Deadlines and becomes the calendar of the plan [StandardPlan] builds,
	// which must place every term deadline ([PlanSpec.Calendar]).
	Calendar Calendar
	// Period is the period of the plan [StandardPlan] builds; zero leaves
	// it unset.
	Period Period
}

// deadline returns the deadline of rung i of n.
func (o LadderOptions) deadline(i, n int) Deadline {
	k := len(o.Deadlines)
	if k == 0 {
		return Deadline{}
	}
	return o.Deadlines[((i+1)*k+n-1)/n-1]
}

func (o LadderOptions) startLevel() rubric.Intensity {
	if o.StartLevel == 0 {
		return rubric.IntensityHigh
	}
	return o.StartLevel
}

// check reports options that no ladder can use.
func (o LadderOptions) check() error {
	var errs []error
	if o.Thresholds.percents() == nil {
		errs = append(errs, &FieldError{Field: "thresholds", Value: fmt.Sprint(uint8(o.Thresholds)), Err: ErrUnknownValue})
	}
	if start := o.startLevel(); !start.IsValid() {
		errs = append(errs, &FieldError{Field: "start_level", Value: fmt.Sprint(uint8(o.StartLevel)), Err: fmt.Errorf("%w: want 1–5", rubric.ErrOutOfRange)})
	} else if o.EndLevel != 0 && (!o.EndLevel.IsValid() || o.EndLevel > start) {
		errs = append(errs, &FieldError{Field: "end_level", Value: fmt.Sprint(uint8(o.EndLevel)), Err: fmt.Errorf("%w: want 1–%d (the start level) or 0 for independent", rubric.ErrOutOfRange, start)})
	}
	for i, d := range o.Deadlines {
		if i > 0 {
			if c, ok := o.Calendar.Order(d, o.Deadlines[i-1]); ok && c < 0 {
				errs = append(errs, &FieldError{Field: "deadlines", Value: d.String(), Err: fmt.Errorf("%w: deadline %d is before deadline %d", ErrNotMonotone, i, i-1)})
			}
		}
	}
	return errors.Join(errs...)
}

// EngagementLadder returns the stage-1 ladder: "With a level 4 to 5
// intensity of support, ______ will achieve between a 3 and 5 on the
// tolerance, engagement, and participation scale for 50% (75%, 90%) or more
// of the day", with the options' thresholds and deadlines.
func EngagementLadder(o LadderOptions) ([]Benchmark, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	percents := o.Thresholds.percents()
	specs := make([]Spec, len(percents))
	for i, p := range percents {
		specs[i] = Spec{Measure: MeasureTEP, TEP: maintainedBand(),
			Support: MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), Threshold: p}
	}
	return build(specs, o)
}

// IntensityLadder returns the ladder of stages 2–3: TEP between a 3 and 5
// for 90% or more of the day with a level StartLevel (4) intensity of
// support or less, then one level less per rung down to EndLevel, then —
// when EndLevel is 0 — independent. Every rung focuses on o.Focus.
func IntensityLadder(o LadderOptions) ([]Benchmark, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	var specs []Spec
	for level := o.startLevel(); level >= max(o.EndLevel, rubric.IntensityMinimal); level-- {
		specs = append(specs, Spec{Measure: MeasureTEP, TEP: maintainedBand(), Support: MustSupportAtMost(level),
			Threshold: intensityThreshold, Focus: o.Focus})
	}
	if o.EndLevel == 0 {
		specs = append(specs, Spec{Measure: MeasureTEP, TEP: maintainedBand(), Support: Independent(),
			Threshold: intensityThreshold, Focus: o.Focus})
	}
	return build(specs, o)
}

// SoftSkillLadder returns the soft-skill ladder of stages 3–4 for one area:
// between a 2 and 3, a 3 and 4, a 4 and 5 on the soft skills proficiency
// criteria, each for 75% and then 90% or more of opportunities provided,
// all under the given support condition. o's deadlines are spread over the
// six rungs; its focus and skills are not used.
func SoftSkillLadder(skill rubric.SkillArea, support Support, o LadderOptions) ([]Benchmark, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	var specs []Spec
	for low := rubric.SoftSkill(2); low <= 4; low++ {
		band := rubric.MustBand(low, low+1)
		for _, p := range []int{skillFirstPercent, skillSecondPercent} {
			specs = append(specs, Spec{Measure: MeasureSoftSkill, Skill: skill, Proficiency: band, Support: support, Threshold: p})
		}
	}
	return build(specs, o)
}

func maintainedBand() rubric.Band[rubric.TEP] {
	return rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
}

// build gives each spec its deadline and makes the benchmarks; the error
// joins each rung's problems as *BenchmarkError values (goal 0).
func build(specs []Spec, o LadderOptions) ([]Benchmark, error) {
	out := make([]Benchmark, len(specs))
	var errs []error
	for i, s := range specs {
		s.Deadline = o.deadline(i, len(specs))
		b, err := NewBenchmark(s)
		errs = append(errs, locate(err, 0, i)...)
		out[i] = b
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// StandardGoals returns the goals of the chart's standard plan for a stage:
//
//   - stage 1: one engagement goal ([EngagementLadder]);
//   - stage 2: one intensity goal ([IntensityLadder]) focused on o.Focus;
//   - stage 3: that intensity goal, and a soft-skill goal for o.Skills[0]
//     under "level StartLevel (4) or less" support;
//   - stage 4: a soft-skill goal for each of o.Skills (one or two) under
//     "level 1 or less" support.
//
// The goals have no review date, responsible roles or present level; set
// them on the returned specs. The error reports options the stage cannot
// use (for example one skill area in stage 3 is required).
func StandardGoals(stage Stage, o LadderOptions) ([]GoalSpec, error) {
	if err := o.checkSkills(stage); err != nil {
		return nil, err
	}
	var goals []GoalSpec
	add := func(target Target, skill rubric.SkillArea, focus rubric.ElementSet, ladder []Benchmark, err error) error {
		if err != nil {
			return err
		}
		goals = append(goals, GoalSpec{Stage: stage, Target: target, Skill: skill, Benchmarks: ladder, Focus: focus})
		return nil
	}
	var err error
	switch stage {
	case StageNewToProgram:
		ladder, lerr := EngagementLadder(o)
		err = add(TargetEngagement, rubric.SkillArea{}, 0, ladder, lerr)
	case StageMaintaining, StageSkillDeficit:
		ladder, lerr := IntensityLadder(o)
		err = add(TargetIntensity, rubric.SkillArea{}, o.Focus, ladder, lerr)
		if err == nil && stage == StageSkillDeficit {
			skill := o.Skills[0]
			ladder, lerr := SoftSkillLadder(skill, MustSupportAtMost(o.startLevel()), o)
			err = add(TargetSoftSkill, skill, 0, ladder, lerr)
		}
	case StageMainstream:
		for _, skill := range o.Skills {
			ladder, lerr := SoftSkillLadder(skill, MustSupportAtMost(rubric.IntensityMinimal), o)
			if err = add(TargetSoftSkill, skill, 0, ladder, lerr); err != nil {
				break
			}
		}
	default:
		err = &FieldError{Field: "stage", Value: stage.String(), Err: ErrUnknownValue}
	}
	if err != nil {
		return nil, err
	}
	return goals, nil
}

// checkSkills reports a number of skill areas the stage cannot use.
func (o LadderOptions) checkSkills(stage Stage) error {
	want := map[Stage][2]int{StageSkillDeficit: {1, 1}, StageMainstream: {1, 2}}[stage]
	n := len(o.Skills)
	if n < want[0] || n > want[1] {
		return &FieldError{Field: "skills", Value: fmt.Sprint(n),
			Err: fmt.Errorf("%w: stage %d takes %d–%d soft-skill areas", ErrStageRule, stage.Number(), want[0], want[1])}
	}
	for i, a := range o.Skills {
		if a.IsZero() {
			return &FieldError{Field: "skills", Value: fmt.Sprint(i), Err: fmt.Errorf("%w: skill area %d is unset", ErrInvalid, i)}
		}
	}
	return nil
}

// StandardPlan returns the chart's standard plan for a stage
// ([StandardGoals]) with o's calendar and period, validated as [NewPlan]
// does: for example the intensity goal of stages 2–3 needs at least two
// focus elements, and o.Calendar must place every term deadline.
func StandardPlan(stage Stage, o LadderOptions) (Plan, error) {
	goals, err := StandardGoals(stage, o)
	if err != nil {
		return Plan{}, err
	}
	return NewPlan(PlanSpec{Stage: stage, Period: o.Period, Calendar: o.Calendar, Goals: goals})
}
