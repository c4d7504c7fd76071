package goal

import (
	"errors"
	"fmt"
	"slices"
)

// PlanSpec holds the fields of a [Plan] for [NewPlan]. It is a plain struct
// to fill in; [PlanSpec.Validate] reports everything wrong with it at once.
type PlanSpec struct {
	// Student is the opaque identifier of the student ([StudentID]), or
	// empty for a plan written for no particular student. It must never be
	// a name: names enter only at rendering.
	Student StudentID
	// Stage is the stage the plan is for; every goal has the same stage.
	Stage Stage
	// Period is when the plan is in effect; every deadline of the plan
	// falls within it. The zero Period leaves it unset, which the SMART
	// review reports.
	Period Period
	// Calendar is the school calendar of the plan's year: it places each
	// term deadline ("by the end of the 2nd trimester") on a date. A term
	// deadline the calendar does not place makes the plan invalid.
	Calendar Calendar
	// Goals are the plan's goals, as many as the stage allows.
	Goals []GoalSpec
}

// Plan is the goals of one student for one stage: one goal in stages 1 and
// 2, two in stage 3 (intensity and a soft skill), one or two in stage 4. It
// carries its period and its school calendar, so that every deadline of
// the plan resolves to a date ([Plan.Deadline]).
//
// A Plan is immutable and always valid: build it with [NewPlan] (or
// [StandardPlan]) and derive a changed copy from [Plan.Spec]. It is safe
// for concurrent use. The zero value is the unset plan, which is not valid.
// Compare plans with [Plan.Equal], not ==.
type Plan struct {
	student  StudentID
	stage    Stage
	period   Period
	calendar Calendar
	goals    []Goal
}

// ErrUnresolvedDeadline reports a term deadline that the calendar at hand
// does not place on a date: a plan's calendar without that term, or an
// assessment without a calendar. It is an error, never a silent "no
// deadline".
var ErrUnresolvedDeadline = errors.New("term deadline not on the calendar")

// Validate reports every problem with the plan at once: an [errors.Join]
// of *[BenchmarkError] values, each naming the goal (its index; -1 for the
// plan itself), the benchmark and the field, or nil. Besides each goal's
// rules ([GoalSpec.Validate], with the plan's calendar ordering date and
// term deadlines) it checks that the stage is set, that every goal has the
// plan's stage, that the number of goals is what the stage allows
// ([StageProfile] MinGoals–MaxGoals), that no two soft-skill goals target
// the same area, that Student is empty or a valid [StudentID], that the
// calendar places every term deadline ([ErrUnresolvedDeadline]) and that
// every deadline falls within the period when one is set ([ErrInvalid]).
func (s PlanSpec) Validate() error {
	v := validator{goal: -1, cal: s.Calendar}
	if !s.Stage.IsValid() {
		v.add(-1, "stage", ErrUnknownValue, "stage %s is not one of the four stages", s.Stage)
	}
	if !s.Student.IsZero() {
		if err := s.Student.Validate(); err != nil {
			v.errs = append(v.errs, locate(err, -1, -1)...)
		}
	}
	if p := s.Stage.Profile(); s.Stage.IsValid() && (len(s.Goals) < p.MinGoals || len(s.Goals) > p.MaxGoals) {
		v.add(-1, "goals", ErrStageRule, "stage %d has %s, not %d", s.Stage.Number(), goalCount(p), len(s.Goals))
	}
	skills := map[string]bool{}
	for i, g := range s.Goals {
		v.goal = i
		if g.Stage != s.Stage && g.Stage.IsValid() && s.Stage.IsValid() {
			v.add(-1, "stage", ErrStageRule, "goal is for stage %d but the plan is for stage %d", g.Stage.Number(), s.Stage.Number())
		}
		if g.Target == TargetSoftSkill && !g.Skill.IsZero() {
			if skills[g.Skill.ID()] {
				v.add(-1, "skill", ErrInvalid, "another goal already targets skill area %q", g.Skill.ID())
			}
			skills[g.Skill.ID()] = true
		}
		v.goalSpec(g)
		v.placed(g.Benchmarks, s.Period)
	}
	return errors.Join(v.errs...)
}

func goalCount(p StageProfile) string {
	if p.MinGoals == p.MaxGoals {
		return fmt.Sprintf("%d goal(s)", p.MinGoals)
	}
	return fmt.Sprintf("%d to %d goals", p.MinGoals, p.MaxGoals)
}

// NewPlan validates spec with [PlanSpec.Validate] and returns the plan.
func NewPlan(spec PlanSpec) (Plan, error) {
	if err := spec.Validate(); err != nil {
		return Plan{}, err
	}
	p := Plan{student: spec.Student, stage: spec.Stage, period: spec.Period, calendar: spec.Calendar, goals: make([]Goal, len(spec.Goals))}
	for i, g := range spec.Goals {
		p.goals[i] = Goal{g.clone()}
	}
	return p, nil
}

// MustPlan is like [NewPlan] but panics on error; for tests and
// package-level variables.
func MustPlan(spec PlanSpec) Plan {
	p, err := NewPlan(spec)
	if err != nil {
		panic(err)
	}
	return p
}

// Spec returns a copy of the plan's fields, to build a changed plan with [NewPlan].
func (p Plan) Spec() PlanSpec {
	s := PlanSpec{Student: p.student, Stage: p.stage, Period: p.period, Calendar: p.calendar, Goals: make([]GoalSpec, len(p.goals))}
	for i, g := range p.goals {
		s.Goals[i] = g.Spec()
	}
	return s
}

// IsZero reports whether p is the unset plan.
func (p Plan) IsZero() bool { return p.stage == 0 }

// Student returns the opaque student identifier (empty when none was given).
func (p Plan) Student() StudentID { return p.student }

// Period returns when the plan is in effect (the zero Period when unset).
func (p Plan) Period() Period { return p.period }

// Calendar returns the plan's school calendar.
func (p Plan) Calendar() Calendar { return p.calendar }

// Deadline returns the date a benchmark's deadline falls on under the
// plan's calendar, and false for an unset deadline. For a benchmark of the
// plan it never fails on a term: [NewPlan] has checked that the calendar
// places every term deadline.
func (p Plan) Deadline(b Benchmark) (Date, bool) { return p.calendar.Resolve(b.Deadline()) }

// Stage returns the plan's stage.
func (p Plan) Stage() Stage { return p.stage }

// Goals returns a copy of the plan's goals.
func (p Plan) Goals() []Goal { return slices.Clone(p.goals) }

// Len returns the number of goals.
func (p Plan) Len() int { return len(p.goals) }

// Goal returns the i-th goal (from 0); it panics when i is out of range.
func (p Plan) Goal(i int) Goal { return p.goals[i] }

// Equal reports whether p and q hold the same fields.
func (p Plan) Equal(q Plan) bool {
	return p.student == q.student && p.stage == q.stage && p.period == q.period && p.calendar == q.calendar &&
		slices.EqualFunc(p.goals, q.goals, Goal.Equal)
}
