package goal_test

import (
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
)

// TestAdviseStepsCoverEveryGoal is the property behind Advice.Steps: on any
// plan and any met benchmarks, advice other than a stage change has one
// step per goal, each at the goal's first rung not met (its leading run of
// met rungs), and a reason that names every goal of a plan of several
// goals when it is about climbing the ladders.
func TestAdviseStepsCoverEveryGoal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		plan := gen.Plan().Draw(t, "plan")
		isMet := map[goal.BenchmarkRef]bool{}
		var refs []goal.BenchmarkRef
		for g := range plan.Len() {
			for b := range plan.Goal(g).Len() {
				if rapid.Bool().Draw(t, fmt.Sprintf("met %d %d", g, b)) {
					r := goal.BenchmarkRef{Goal: g, Benchmark: b}
					refs, isMet[r] = append(refs, r), true
				}
			}
		}
		a := goal.Advise(plan.Stage(), plan, goal.Evidence{Met: refs})
		if a.Action == goal.ActionNextStage {
			if len(a.Steps) != 0 {
				t.Fatalf("next-stage advice with steps %+v", a.Steps)
			}
			return
		}
		if len(a.Steps) != plan.Len() {
			t.Fatalf("%d steps for %d goals", len(a.Steps), plan.Len())
		}
		for g, s := range a.Steps {
			k := 0
			for k < plan.Goal(g).Len() && isMet[goal.BenchmarkRef{Goal: g, Benchmark: k}] {
				k++
			}
			want := goal.GoalStep{Goal: g, Met: k, Next: goal.BenchmarkRef{Goal: g, Benchmark: k}}
			if k == plan.Goal(g).Len() {
				want.Next = goal.BenchmarkRef{Goal: -1, Benchmark: -1}
			}
			if s != want {
				t.Fatalf("step %d = %+v, want %+v", g, s, want)
			}
		}
		if !a.Reason.IsValid() {
			t.Fatalf("advice without a reason: %+v", a)
		}
	})
}
