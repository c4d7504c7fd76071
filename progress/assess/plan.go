package assess

import (
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// ErrUnknownStudent reports a student with no observation for any
// benchmark of the plan: most often a mistyped ID, so it is an error
// rather than a plan "not assessed for lack of data".
var ErrUnknownStudent = errors.New("student not in the measured data")

// PlanOptions configures [Plan]. The zero value uses the defaults of each
// part.
type PlanOptions struct {
	// Options configures the assessment of every benchmark ([Benchmark]).
	// Its Calendar and Deadline must be left zero: the plan's own calendar
	// places its deadlines.
	Options
	// Rules are the advancement rules of the advice; the zero value asks
	// for [goal.DefaultAdviceRules].
	Rules goal.AdviceRules
	// SkillDeficit and Mainstream are what the team knows beyond the data
	// (see [goal.Evidence]): an outlying soft-skill deficit named, and the
	// percent of the day in the mainstream classroom.
	SkillDeficit bool
	Mainstream   int
}

// PlanAssessment is where one student stands on a whole plan as of a
// date: every goal with every benchmark's assessment, the rung each goal
// works on now, the [goal.Evidence] the data give for the stage advice,
// and the advice itself. It is a plain value made by [Plan]. The zero value
// is "not assessed".
type PlanAssessment struct {
	Plan     goal.Plan
	Student  goal.StudentID
	AsOf     goal.Date
	Goals    []GoalAssessment // one per goal of the plan, in plan order
	Evidence goal.Evidence
	Advice   goal.Advice
}

// GoalAssessment is one goal of a [PlanAssessment]: the assessment of each
// rung of its ladder, in ladder order, and the rung worked on now.
type GoalAssessment struct {
	Goal       goal.Goal
	Benchmarks []Assessment
	// Current is the index of the rung the student works on now: the first
	// one after the leading run of met rungs (the rung [goal.Advise] names),
	// or -1 when every rung is met.
	Current int
}

// Plan assesses one student's whole plan as of asOf: every benchmark of
// every goal with [Benchmark], its deadline placed by the plan's calendar,
// from the student's days in measured (what [progress.MeasurePlan]
// returns); then the evidence and the stage advice.
//
// student is the student's ID; it may be empty when the plan names one,
// and must equal it when both do. The [goal.Evidence] is derived from the
// assessments by these rules (our choice), and completed with
// opts.SkillDeficit and opts.Mainstream:
//
//   - Met: every benchmark whose status is [StatusMet]; Missed: every one
//     whose status is [StatusNotMet] (its deadline passed unmet).
//   - TEPBand and TEPInBand: the band of the plan's first TEP goal's
//     current benchmark (its last when all are met) and the percent of the
//     rated minutes of that benchmark's window whose TEP rating was in the
//     band, whatever the support ([Window.InBand] ÷ rated × 100): what
//     [goal.AdviceRules] compares with its held percent (90% by default, the
//     program's own bar for the day) to tell whether TEP held while support
//     was lowered.
//   - Intensity: the student's current overall intensity of support, from
//     the same assessment (the first goal's, in a plan with no TEP goal):
//     the mean of the window's last days ([IntensityChange.Last]; the
//     window's mean when fewer than two of its days recorded support),
//     rounded to the nearest level, halves up to the more support.
//
// The error is an *[Error]: for the options, for a student that is
// missing, differs from the plan's or has no data at all
// ([ErrUnknownStudent]), for a benchmark measured does not hold
// ([progress.ErrNotMeasured]), or the error of a benchmark's assessment.
func Plan(plan goal.Plan, measured *progress.Summaries, student goal.StudentID, asOf goal.Date, opts PlanOptions) (PlanAssessment, error) {
	id, err := planStudent(plan, student)
	if err != nil {
		return PlanAssessment{}, err
	}
	if !opts.Calendar.IsZero() || opts.Deadline.IsValid() {
		return PlanAssessment{}, optionError("Calendar", "a plan places its deadlines with its own calendar; leave Calendar and Deadline unset")
	}
	if !measured.Has(id) {
		return PlanAssessment{}, &Error{Field: "student", Index: -1, Err: fmt.Errorf("%w: %q", ErrUnknownStudent, id)}
	}
	o := opts.Options
	o.Calendar = plan.Calendar()
	pa := PlanAssessment{Plan: plan, Student: id, AsOf: asOf, Goals: make([]GoalAssessment, plan.Len())}
	for gi, g := range plan.Goals() {
		ga := GoalAssessment{Goal: g, Benchmarks: make([]Assessment, g.Len()), Current: -1}
		for bi, b := range g.Benchmarks() {
			days, err := measured.Days(b, id)
			if err != nil {
				return PlanAssessment{}, &Error{Field: fmt.Sprintf("goals[%d].benchmarks", gi), Index: bi, Err: err}
			}
			if ga.Benchmarks[bi], err = Benchmark(b, days, asOf, o); err != nil {
				return PlanAssessment{}, err
			}
		}
		ga.Current = leadingMet(ga.Benchmarks)
		pa.Goals[gi] = ga
	}
	pa.Evidence = pa.evidence()
	pa.Evidence.SkillDeficit, pa.Evidence.Mainstream = opts.SkillDeficit, opts.Mainstream
	pa.Advice = opts.Rules.Advise(plan.Stage(), plan, pa.Evidence)
	return pa, nil
}

// planStudent returns the student a plan is assessed for.
func planStudent(plan goal.Plan, student goal.StudentID) (goal.StudentID, error) {
	switch {
	case plan.IsZero():
		return "", &Error{Field: "plan", Index: -1, Err: fmt.Errorf("%w: the zero Plan", ErrOption)}
	case student == "" && plan.Student() == "":
		return "", &Error{Field: "student", Index: -1, Err: fmt.Errorf("%w: neither the plan nor the call names the student", ErrOption)}
	case student != "" && plan.Student() != "" && student != plan.Student():
		return "", &Error{Field: "student", Index: -1, Err: fmt.Errorf("%w: the plan is %q's, not %q's", ErrOption, plan.Student(), student)}
	case student == "":
		return plan.Student(), nil
	}
	return student, student.Validate()
}

// leadingMet returns the index of the first rung after the leading run of
// met rungs, or -1 when every rung is met.
func leadingMet(ladder []Assessment) int {
	for i, a := range ladder {
		if a.Status != StatusMet {
			return i
		}
	}
	return -1
}

// CurrentAssessment returns the assessment of the rung worked on now (the last rung
// when every rung is met), and false for a goal with no rungs.
func (g GoalAssessment) CurrentAssessment() (Assessment, bool) {
	switch {
	case len(g.Benchmarks) == 0:
		return Assessment{}, false
	case g.Current < 0:
		return g.Benchmarks[len(g.Benchmarks)-1], true
	}
	return g.Benchmarks[g.Current], true
}

// evidence implements the rules documented on [Plan].
func (pa PlanAssessment) evidence() goal.Evidence {
	var ev goal.Evidence
	for gi, g := range pa.Goals {
		for bi, a := range g.Benchmarks {
			switch a.Status {
			case StatusMet:
				ev.Met = append(ev.Met, goal.BenchmarkRef{Goal: gi, Benchmark: bi})
			case StatusNotMet:
				ev.Missed = append(ev.Missed, goal.BenchmarkRef{Goal: gi, Benchmark: bi})
			}
		}
	}
	source := goal.FirstTEPGoal(pa.Plan)
	if source < 0 {
		source = 0
	}
	if source >= len(pa.Goals) {
		return ev
	}
	a, ok := pa.Goals[source].CurrentAssessment()
	if !ok {
		return ev
	}
	if a.Benchmark.Measure() == goal.MeasureTEP && a.Window.Rated > 0 {
		ev.TEPBand = a.Benchmark.TEPBand()
		ev.TEPInBand = float64(a.Window.InBand) * 100 / float64(a.Window.Rated)
	}
	ev.Intensity = currentIntensity(a)
	return ev
}

// currentIntensity implements the Intensity rule documented on [Plan].
func currentIntensity(a Assessment) rubric.Intensity {
	mean, ok := a.Intensity.Last, a.Intensity.Days > 0
	if !ok {
		mean, ok = a.Window.MeanIntensity()
	}
	if !ok {
		return 0
	}
	return nearestIntensity(mean)
}
