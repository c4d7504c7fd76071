package goal

import (
	"slices"

	"github.com/iepgoal/iepgoal/rubric"
)

// maxPresentLevel is the longest present level of performance accepted, in bytes.
const maxPresentLevel = 2000

// GoalSpec holds the fields of a [Goal] for [NewGoal]. It is a plain struct
// to fill in; [GoalSpec.Validate] reports everything wrong with it at once.
type GoalSpec struct {
	// Stage is the stage the goal belongs to.
	Stage Stage
	// Target is what the goal aims at; it fixes the measure of every benchmark.
	Target Target
	// Skill is the soft-skill area of a soft-skill goal (every benchmark
	// names the same area); zero for other goals.
	Skill rubric.SkillArea
	// Benchmarks is the ladder, in the order the student climbs it.
	Benchmarks []Benchmark
	// Focus names the therapeutic elements the goal focuses on; each
	// benchmark's focus is a subset. Intensity goals in stages 2–3 name at
	// least two.
	Focus rubric.ElementSet
	// Review is the date the team reviews the goal; zero when none is set
	// (a SMART finding, not an error).
	Review Date
	// Responsible lists the roles responsible for helping the student meet
	// the goal, without repeats; empty is a SMART finding, not an error.
	Responsible []Role
	// PresentLevel is the present level of performance in free text (at
	// most 2000 bytes of UTF-8). It describes, never names, the student.
	PresentLevel string
}

// Goal is one goal of a student's plan: what it targets, its benchmark
// ladder, its focus elements, review date, responsible roles and present
// level of performance. It carries no student name: names enter only when
// the goal is rendered (package template).
//
// A Goal is immutable and always valid: build it with [NewGoal], read it
// with its accessors, and derive a changed copy from [Goal.Spec]. It is
// safe for concurrent use. The zero value is the unset goal, which is not
// valid (IsZero reports it). Goals hold slices, so compare them with
// [Goal.Equal], not ==.
type Goal struct {
	spec GoalSpec
}

// NewGoal validates spec with [GoalSpec.Validate] and returns the goal,
// holding its own copies of the slices.
func NewGoal(spec GoalSpec) (Goal, error) {
	if err := spec.Validate(); err != nil {
		return Goal{}, err
	}
	return Goal{spec.clone()}, nil
}

// MustGoal is like [NewGoal] but panics on error; for tests and
// package-level variables.
func MustGoal(spec GoalSpec) Goal {
	g, err := NewGoal(spec)
	if err != nil {
		panic(err)
	}
	return g
}

func (s GoalSpec) clone() GoalSpec {
	s.Benchmarks = slices.Clone(s.Benchmarks)
	s.Responsible = slices.Clone(s.Responsible)
	return s
}

// Spec returns a copy of the goal's fields, to build a changed goal with [NewGoal].
func (g Goal) Spec() GoalSpec { return g.spec.clone() }

// IsZero reports whether g is the unset goal.
func (g Goal) IsZero() bool { return g.spec.Stage == 0 }

// Stage returns the goal's stage.
func (g Goal) Stage() Stage { return g.spec.Stage }

// Target returns what the goal aims at.
func (g Goal) Target() Target { return g.spec.Target }

// Skill returns the soft-skill area of a soft-skill goal (zero otherwise).
func (g Goal) Skill() rubric.SkillArea { return g.spec.Skill }

// Benchmarks returns a copy of the ladder.
func (g Goal) Benchmarks() []Benchmark { return slices.Clone(g.spec.Benchmarks) }

// Len returns the number of benchmarks on the ladder.
func (g Goal) Len() int { return len(g.spec.Benchmarks) }

// Benchmark returns the i-th benchmark of the ladder (from 0) without
// copying the ladder; it panics when i is out of range, as indexing does.
func (g Goal) Benchmark(i int) Benchmark { return g.spec.Benchmarks[i] }

// Focus returns the therapeutic elements the goal focuses on.
func (g Goal) Focus() rubric.ElementSet { return g.spec.Focus }

// Review returns the review date (zero when none is set).
func (g Goal) Review() Date { return g.spec.Review }

// Responsible returns a copy of the responsible roles.
func (g Goal) Responsible() []Role { return slices.Clone(g.spec.Responsible) }

// PresentLevel returns the present level of performance.
func (g Goal) PresentLevel() string { return g.spec.PresentLevel }

// Equal reports whether g and h hold the same fields.
func (g Goal) Equal(h Goal) bool { return g.spec.equal(h.spec) }

func (s GoalSpec) equal(t GoalSpec) bool {
	return s.Stage == t.Stage && s.Target == t.Target && s.Skill == t.Skill &&
		slices.Equal(s.Benchmarks, t.Benchmarks) && s.Focus == t.Focus && s.Review == t.Review &&
		slices.Equal(s.Responsible, t.Responsible) && s.PresentLevel == t.PresentLevel
}
