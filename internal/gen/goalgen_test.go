package gen_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"pgregory.net/rapid"
)

func TestGoalGeneratorsDrawValidValues(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if d := gen.Date().Draw(t, "date"); !d.IsValid() || d.Year() < 2000 || d.Year() > 2099 {
			t.Fatalf("Date drew %v", d)
		}
		if d := gen.Deadline().Draw(t, "deadline"); !d.IsValid() {
			t.Fatalf("Deadline drew invalid %v", d)
		}
		if s := gen.Support().Draw(t, "support"); !s.IsValid() {
			t.Fatalf("Support drew invalid %v", s)
		}
		b := gen.Benchmark().Draw(t, "benchmark")
		if again, err := goal.NewBenchmark(b.Spec()); err != nil || again != b {
			t.Fatalf("Benchmark drew %v, which NewBenchmark rejects: %v", b, err)
		}
		c := gen.Calendar().Draw(t, "calendar")
		ends := map[goal.Term]goal.Date{}
		for _, term := range goal.Terms() {
			if d, ok := c.End(term); ok {
				ends[term] = d
			}
		}
		if again, err := goal.NewCalendar(ends); err != nil || again != c {
			t.Fatalf("Calendar drew %v, which NewCalendar rejects: %v", c, err)
		}
	})
}

func TestGoalForAndPlanForKeepTheStage(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		stage := gen.Stage().Draw(t, "stage")
		g := gen.GoalFor(stage).Draw(t, "goal")
		if g.Stage() != stage || !stage.Profile().Allows(g.Target()) {
			t.Fatalf("GoalFor(%v) drew a %v goal of stage %v", stage, g.Target(), g.Stage())
		}
		p := gen.PlanFor(stage).Draw(t, "plan")
		if p.Stage() != stage {
			t.Fatalf("PlanFor(%v) drew a plan for %v", stage, p.Stage())
		}
		if err := p.Spec().Validate(); err != nil {
			t.Fatalf("PlanFor(%v) drew an invalid plan: %v", stage, err)
		}
	})
}
