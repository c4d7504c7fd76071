package template

import (
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/goal"
)

// NameAdvice is the stage advice of goal.Advise in words: what to do and
// why, with each goal of a plan of several goals. Data: [AdviceData].
const NameAdvice = "advice"

// AdviceData is what the advice template ([NameAdvice]) renders: the plan
// the advice is about, the advice, and the student's name.
type AdviceData struct {
	Student string
	Plan    goal.Plan
	Advice  goal.Advice
}

func (d AdviceData) validate() error {
	if !d.Advice.Reason.IsValid() {
		return fmt.Errorf("%w: Advice.Reason %v: not advice from goal.Advise", ErrInvalid, d.Advice.Reason)
	}
	for _, s := range d.Advice.Steps {
		if s.Goal < 0 || s.Goal >= d.Plan.Len() || s.Met < 0 || s.Met > d.Plan.Goal(s.Goal).Len() {
			return fmt.Errorf("%w: Advice.Steps: step %+v is not on the plan", ErrInvalid, s)
		}
	}
	return nil
}

// Advice writes advice a on the student's plan in format f.
func (s *Set) Advice(w io.Writer, f Format, student string, plan goal.Plan, a goal.Advice) error {
	return s.Execute(w, f, NameAdvice, AdviceData{Student: student, Plan: plan, Advice: a})
}

// adviceStep is the data of the advice template's per-goal clause.
type adviceStep struct {
	Plan    goal.Plan
	Step    goal.GoalStep
	Capital bool // the clause starts a sentence
}

// adviceGoals is the data of the advice template's list of goals: every
// step but Skip's goal (-1: none).
type adviceGoals struct {
	Plan    goal.Plan
	Advice  goal.Advice
	Skip    int
	Capital bool
}

func init() {
	addFuncs(map[string]any{
		"adviceStep": func(p goal.Plan, s goal.GoalStep, capital bool) adviceStep { return adviceStep{p, s, capital} },
		"adviceGoals": func(p goal.Plan, a goal.Advice, skip int, capital bool) adviceGoals {
			return adviceGoals{p, a, skip, capital}
		},
		"firstTEPGoal": goal.FirstTEPGoal,
	})
	define(NameAdvice, adviceSamples)
}
