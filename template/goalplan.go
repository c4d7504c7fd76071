package template

import (
	"fmt"
	"io"
	"reflect"
	ttemplate "text/template"

	"github.com/iepgoal/iepgoal/goal"
)

// Names of the templates for a goal and a plan.
const (
	// NameGoal is a goal: its annual goal statement, present level, focus
	// elements, numbered benchmarks (each rendered by [NameBenchmark]),
	// review date and responsible roles. Data: [GoalData].
	NameGoal = "goal"
	// NamePlan is a plan: the stage, its overall aim and every goal of the
	// plan (each rendered by [NameGoal]). Data: [PlanData].
	NamePlan = "plan"
)

// GoalData is what the goal template ([NameGoal]) renders: a goal, the
// name of its student, and its number in the plan.
type GoalData struct {
	Student string
	Goal    goal.Goal
	// Number is the goal's position in its plan, from 1 ("Goal 2:"); 0
	// renders an unnumbered goal ("Goal:").
	Number int
}

func (d GoalData) validate() error {
	switch {
	case d.Goal.IsZero():
		return fmt.Errorf("%w: zero goal.Goal", ErrInvalid)
	case d.Number < 0:
		return fmt.Errorf("%w: goal number %d: want 0 (unnumbered) or more", ErrInvalid, d.Number)
	}
	return nil
}

// PlanData is what the plan template ([NamePlan]) renders: a plan and the
// name of its student. The plan's own Student field is an opaque ID and is
// not rendered by the default template.
type PlanData struct {
	Student string
	Plan    goal.Plan
}

func (d PlanData) validate() error {
	if d.Plan.IsZero() {
		return fmt.Errorf("%w: zero goal.Plan", ErrInvalid)
	}
	return nil
}

// Goal writes goal g for the student, unnumbered, in format f.
func (s *Set) Goal(w io.Writer, f Format, student string, g goal.Goal) error {
	return s.Execute(w, f, NameGoal, GoalData{Student: student, Goal: g})
}

// Plan writes plan p for the student in format f: the stage, its overall
// aim, and each goal with its numbered benchmarks.
func (s *Set) Plan(w io.Writer, f Format, student string, p goal.Plan) error {
	return s.Execute(w, f, NamePlan, PlanData{Student: student, Plan: p})
}

// RoleTitles returns the roles in words, in order: ["case manager", "parent"].
func RoleTitles(roles []goal.Role) []string {
	titles := make([]string, len(roles))
	for i, r := range roles {
		titles[i] = r.Title()
	}
	return titles
}

// lastOf is the template helper "last": the last element of a non-empty list.
func lastOf(list any) (any, error) {
	v := reflect.ValueOf(list)
	if (v.Kind() != reflect.Slice && v.Kind() != reflect.Array) || v.Len() == 0 {
		return nil, fmt.Errorf("last: want a non-empty list, got %T of length %d", list, lenOf(v))
	}
	return v.Index(v.Len() - 1).Interface(), nil
}

func lenOf(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map, reflect.String, reflect.Chan:
		return v.Len()
	}
	return 0
}

func init() {
	addFuncs(ttemplate.FuncMap{
		"roles": RoleTitles,
		"last":  lastOf,
		"goalData": func(student string, g goal.Goal, number int) GoalData {
			return GoalData{Student: student, Goal: g, Number: number}
		},
	})
	define(NameGoal, goalSamples)
	define(NamePlan, planSamples)
}
