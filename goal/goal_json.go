package goal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// goalJSON is the JSON form of a [Goal]; see [Goal.MarshalJSON].
type goalJSON struct {
	Stage        Stage             `json:"stage"`
	Target       Target            `json:"target"`
	Skill        rubric.SkillArea  `json:"skill,omitzero"`
	Benchmarks   []Benchmark       `json:"benchmarks"`
	Focus        rubric.ElementSet `json:"focus,omitzero"`
	Review       Date              `json:"review,omitzero"`
	Responsible  []Role            `json:"responsible,omitempty"`
	PresentLevel string            `json:"present_level,omitempty"`
}

var goalFields = []string{"stage", "target", "skill", "benchmarks", "focus", "review", "responsible", "present_level"}

// MarshalJSON returns the goal as a JSON object with these members (empty
// optional members are left out):
//
//	stage          "new-to-program", "maintaining", "skill-deficit" or "mainstream"
//	target         "engagement", "intensity" or "soft-skill"
//	skill          {"id":…,"phrase":…} (soft-skill goals)
//	benchmarks     array of benchmarks ([Benchmark.MarshalJSON]), in ladder order
//	focus          array of element keys
//	review         review date "2027-01-15"
//	responsible    array of role keys ["case-manager","paraprofessional"]
//	present_level  free text
//
// It fails for the zero Goal.
func (g Goal) MarshalJSON() ([]byte, error) {
	if g.IsZero() {
		return nil, &FieldError{Field: "goal", Err: fmt.Errorf("%w: the zero Goal has no JSON form", ErrInvalid)}
	}
	s := g.spec
	return json.Marshal(goalJSON{s.Stage, s.Target, s.Skill, s.Benchmarks, s.Focus, s.Review, s.Responsible, s.PresentLevel})
}

// UnmarshalJSON parses the form written by [Goal.MarshalJSON] and validates
// it as [NewGoal] does. Unknown members, null and invalid values are
// rejected; the error joins one *[BenchmarkError] per problem (Goal index 0),
// each naming the benchmark and the member.
func (g *Goal) UnmarshalJSON(data []byte) error {
	s, err := decodeGoalSpec(data)
	if err != nil {
		return err
	}
	ng, err := NewGoal(s)
	if err != nil {
		return err
	}
	*g = ng
	return nil
}

// decodeGoalSpec decodes a goal's JSON form without validating the goal's
// rules; errors are *BenchmarkError values at goal 0.
func decodeGoalSpec(data []byte) (GoalSpec, error) {
	obj, err := decodeObject(data, "goal", goalFields...)
	if err != nil {
		return GoalSpec{}, errors.Join(locate(err, 0, -1)...)
	}
	var s GoalSpec
	var ladder []json.RawMessage
	errs := locate(errors.Join(
		obj.field("stage", &s.Stage),
		obj.field("target", &s.Target),
		obj.field("skill", &s.Skill),
		obj.field("benchmarks", &ladder),
		obj.field("focus", &s.Focus),
		obj.field("review", &s.Review),
		obj.field("responsible", &s.Responsible),
		obj.field("present_level", &s.PresentLevel),
	), 0, -1)
	s.Benchmarks = make([]Benchmark, len(ladder))
	for i, raw := range ladder {
		errs = append(errs, locate(s.Benchmarks[i].UnmarshalJSON(raw), 0, i)...)
	}
	return s, errors.Join(errs...)
}

// planJSON is the JSON form of a [Plan]; see [Plan.MarshalJSON].
type planJSON struct {
	Student  StudentID `json:"student,omitempty"`
	Stage    Stage     `json:"stage"`
	Period   Period    `json:"period,omitzero"`
	Calendar Calendar  `json:"calendar,omitzero"`
	Goals    []Goal    `json:"goals"`
}

// MarshalJSON returns the plan as a JSON object:
//
//	student   the opaque student ID (left out when empty)
//	stage     the stage key
//	period    {"start":"2026-08-31","end":"2027-06-25"} (left out when unset)
//	calendar  term key → end date, as [Calendar.MarshalJSON] writes it (left out when empty)
//	goals     array of goals ([Goal.MarshalJSON])
//
// It fails for the zero Plan.
func (p Plan) MarshalJSON() ([]byte, error) {
	if p.IsZero() {
		return nil, &FieldError{Field: "plan", Err: fmt.Errorf("%w: the zero Plan has no JSON form", ErrInvalid)}
	}
	return json.Marshal(planJSON{p.student, p.stage, p.period, p.calendar, p.goals})
}

// UnmarshalJSON parses the form written by [Plan.MarshalJSON] and
// validates it as [NewPlan] does. Unknown members, members written twice,
// null and invalid values are rejected; the error joins one
// *[BenchmarkError] per problem, each naming the goal, the benchmark and
// the member.
func (p *Plan) UnmarshalJSON(data []byte) error {
	obj, err := decodeObject(data, "plan", "student", "stage", "period", "calendar", "goals")
	if err != nil {
		return errors.Join(locate(err, -1, -1)...)
	}
	var s PlanSpec
	var goals []json.RawMessage
	errs := locate(errors.Join(
		obj.field("student", &s.Student),
		obj.field("stage", &s.Stage),
		obj.field("period", &s.Period),
		obj.field("calendar", &s.Calendar),
		obj.field("goals", &goals),
	), -1, -1)
	s.Goals = make([]GoalSpec, len(goals))
	for i, raw := range goals {
		var err error
		s.Goals[i], err = decodeGoalSpec(raw)
		errs = append(errs, locate(err, i, -1)...)
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	np, err := NewPlan(s)
	if err != nil {
		return err
	}
	*p = np
	return nil
}
