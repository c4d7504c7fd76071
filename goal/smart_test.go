package goal_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// finding is a Finding without its message, for comparison.
type finding struct {
	Goal, Benchmark int
	Criterion       goal.Criterion
	Severity        goal.Severity
}

func findingsOf(fs []goal.Finding) []finding {
	var out []finding
	for _, f := range fs {
		if f.Message == "" {
			panic("finding without a message")
		}
		out = append(out, finding{f.Goal, f.Benchmark, f.Criterion, f.Severity})
	}
	return out
}

func TestReviewGoal(t *testing.T) {
	complete := intensityGoal(t)
	complete.PresentLevel = "Rated 3–5 for 92% of the day with level 4 support."
	for _, tc := range []struct {
		name   string
		change func(goal.GoalSpec) goal.GoalSpec
		want   []finding
	}{
		{"complete", func(g goal.GoalSpec) goal.GoalSpec { return g }, nil},
		{"blank form: no deadlines, review, roles or present level", func(g goal.GoalSpec) goal.GoalSpec {
			g.Review, g.Responsible, g.PresentLevel = goal.Date{}, nil, ""
			g.Benchmarks = g.Benchmarks[:2]
			for i := range g.Benchmarks {
				g = withRung(g, i, func(s *goal.Spec) { s.Deadline = goal.Deadline{} })
			}
			return g
		}, []finding{
			{0, -1, goal.CriterionTimeLimited, goal.SeverityWarning},
			{0, -1, goal.CriterionActive, goal.SeverityWarning},
			{0, -1, goal.CriterionMeasurable, goal.SeverityNote},
			{0, 0, goal.CriterionTimeLimited, goal.SeverityWarning},
			{0, 1, goal.CriterionTimeLimited, goal.SeverityWarning},
		}},
		{"support drops two levels at once", func(g goal.GoalSpec) goal.GoalSpec {
			return withRung(g, 1, func(s *goal.Spec) { s.Support = atMost(2) })
		}, []finding{{0, 1, goal.CriterionRelevant, goal.SeverityNote}}},
		{"intensity goal in stage 1, threshold jumps 40 points", func(g goal.GoalSpec) goal.GoalSpec {
			g.Stage = goal.StageNewToProgram
			return withRung(g, 0, func(s *goal.Spec) { s.Threshold = 50 })
		}, []finding{{0, -1, goal.CriterionRelevant, goal.SeverityWarning}, {0, 1, goal.CriterionRelevant, goal.SeverityNote}}},
		{"band jumps two levels", func(g goal.GoalSpec) goal.GoalSpec {
			return goal.GoalSpec{Stage: goal.StageMainstream, Target: goal.TargetSoftSkill, Skill: groupWork,
				Review: march13, Responsible: []goal.Role{goal.RoleClassroomTeacher}, PresentLevel: "Works in a group rarely.",
				Benchmarks: []goal.Benchmark{
					goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: skill23, Support: atMost(1), Threshold: 90, Deadline: goal.By(march13)}),
					goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: skill45, Support: atMost(1), Threshold: 75, Deadline: goal.By(june11)}),
				}}
		}, []finding{{0, 1, goal.CriterionRelevant, goal.SeverityNote}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := goal.NewGoal(tc.change(complete))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, findingsOf(goal.ReviewGoal(g))); diff != "" {
				t.Errorf("ReviewGoal findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReviewPlanTimeLimits: a plan without a period is reported, and so is
// every benchmark due before its goal's review date, term deadlines placed
// by the plan's calendar (trimester 1 ends November 27, trimester 2 March
// 5; the goal is reviewed on March 13).
func TestReviewPlanTimeLimits(t *testing.T) {
	g := intensityGoal(t)
	g.PresentLevel = "Holds 3–5 with level 4 support."
	p := goal.MustPlan(goal.PlanSpec{Stage: goal.StageMaintaining, Calendar: schoolYear, Goals: []goal.GoalSpec{g}})
	want := []finding{
		{-1, -1, goal.CriterionTimeLimited, goal.SeverityWarning}, // no period
		{0, 0, goal.CriterionTimeLimited, goal.SeverityNote},      // trimester 1, before the review
		{0, 1, goal.CriterionTimeLimited, goal.SeverityNote},      // trimester 2, before the review
		{0, 2, goal.CriterionTimeLimited, goal.SeverityNote},      // trimester 2, before the review
	}
	if diff := cmp.Diff(want, findingsOf(goal.ReviewPlan(p))); diff != "" {
		t.Errorf("ReviewPlan findings (-want +got):\n%s", diff)
	}
	// Without a calendar the goal alone cannot place its term deadlines.
	if diff := cmp.Diff([]finding(nil), findingsOf(goal.ReviewGoal(p.Goal(0)))); diff != "" {
		t.Errorf("ReviewGoal findings (-want +got):\n%s", diff)
	}
}

func TestReviewPlanStage3WithoutSoftSkillGoal(t *testing.T) {
	g := intensityGoal(t)
	g.Stage = goal.StageSkillDeficit
	g.PresentLevel = "Holds 3–5 with level 4 support."
	other := g
	other.Focus = rubric.MustElementSet(rubric.Mood, rubric.Memory)
	other.Benchmarks = nil
	for _, b := range g.Benchmarks {
		s := b.Spec()
		s.Focus = other.Focus
		other.Benchmarks = append(other.Benchmarks, goal.MustBenchmark(s))
	}
	g.Review, other.Review = goal.MustDate(2026, time.September, 30), goal.MustDate(2026, time.September, 30)
	p := goal.MustPlan(goal.PlanSpec{Stage: goal.StageSkillDeficit, Calendar: schoolYear, Period: schoolYearPeriod, Goals: []goal.GoalSpec{g, other}})
	want := []finding{{-1, -1, goal.CriterionRelevant, goal.SeverityWarning}}
	if diff := cmp.Diff(want, findingsOf(goal.ReviewPlan(p))); diff != "" {
		t.Errorf("ReviewPlan findings (-want +got):\n%s", diff)
	}
}
