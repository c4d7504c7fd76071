package goal

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// maxStudentID is the longest opaque student identifier accepted, in bytes.
const maxStudentID = 128

// PlanSpec holds the fields of a [Plan] for [NewPlan]. It is a plain struct
// to fill in; [PlanSpec.Validate] reports everything wrong with it at once.
type PlanSpec struct {
	// Student is an opaque identifier the caller chooses for the student
	// ("S-0042"), or "". It must never be a name: names enter only at
	// rendering. At most 128 bytes of printable text without outer spaces.
	Student string
	// Stage is the stage the plan is for; every goal has the same stage.
	Stage Stage
	// Goals are the plan's goals, as many as the stage allows.
	Goals []GoalSpec
}

// Plan is the goals of one student for one stage: one goal in stages 1 and
// 2, two in stage 3 (intensity and a soft skill), one or two in stage 4.
//
// A Plan is immutable and always valid: build it with [NewPlan] (or
// [StandardPlan]) and derive a changed copy from [Plan.Spec]. It is safe
// for concurrent use. The zero value is the unset plan, which is not valid.
// Compare plans with [Plan.Equal], not ==.
type Plan struct {
	student string
	stage   Stage
	goals   []Goal
}

// Validate reports every problem with the plan at once: an [errors.Join]
// of *[BenchmarkError] values, each naming the goal (its index; -1 for the
// plan itself), the benchmark and the field, or nil. Besides each goal's
// rules ([GoalSpec.Validate]) it checks that the stage is set, that every
// goal has the plan's stage, that the number of goals is what the stage
// allows ([StageProfile] MinGoals–MaxGoals), that no two soft-skill goals
// target the same area, and that Student is a well-formed opaque ID.
func (s PlanSpec) Validate() error { return s.ValidateWith(Calendar{}) }

// ValidateWith is [PlanSpec.Validate] with the calendar's term end dates,
// so that a date deadline and a term deadline can be compared.
func (s PlanSpec) ValidateWith(cal Calendar) error {
	v := validator{goal: -1, cal: cal}
	if !s.Stage.IsValid() {
		v.add(-1, "stage", ErrUnknownValue, "stage %s is not one of the four stages", s.Stage)
	}
	if err := checkStudentID(s.Student); err != nil {
		v.add(-1, "student", ErrInvalid, "%v", err)
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
	}
	return errors.Join(v.errs...)
}

func goalCount(p StageProfile) string {
	if p.MinGoals == p.MaxGoals {
		return fmt.Sprintf("%d goal(s)", p.MinGoals)
	}
	return fmt.Sprintf("%d to %d goals", p.MinGoals, p.MaxGoals)
}

func checkStudentID(id string) error {
	if len(id) > maxStudentID || strings.TrimSpace(id) != id ||
		strings.IndexFunc(id, func(r rune) bool { return !unicode.IsPrint(r) || r == unicode.ReplacementChar }) >= 0 {
		return fmt.Errorf("student ID %q must be at most %d bytes of printable text without outer spaces", truncate(id), maxStudentID)
	}
	return nil
}

// NewPlan validates spec with [PlanSpec.Validate] and returns the plan.
func NewPlan(spec PlanSpec) (Plan, error) {
	if err := spec.Validate(); err != nil {
		return Plan{}, err
	}
	p := Plan{student: spec.Student, stage: spec.Stage, goals: make([]Goal, len(spec.Goals))}
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
	s := PlanSpec{Student: p.student, Stage: p.stage, Goals: make([]GoalSpec, len(p.goals))}
	for i, g := range p.goals {
		s.Goals[i] = g.Spec()
	}
	return s
}

// IsZero reports whether p is the unset plan.
func (p Plan) IsZero() bool { return p.stage == 0 }

// Student returns the opaque student identifier ("" when none was given).
func (p Plan) Student() string { return p.student }

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
	return p.student == q.student && p.stage == q.stage && slices.EqualFunc(p.goals, q.goals, Goal.Equal)
}
