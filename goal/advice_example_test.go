package goal_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Advice on a stage-3 plan speaks of both goals: the intensity goal, two
// rungs up, and the soft-skill goal, not started.
func ExampleGoalStep() {
	plan, _ := goal.StandardPlan(goal.StageSkillDeficit, goal.LadderOptions{
		Focus:  rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship),
		Skills: []rubric.SkillArea{rubric.MustSkillArea(rubric.SkillGroupWork, "working in a group")},
	})
	advice := goal.Advise(goal.StageSkillDeficit, plan, goal.Evidence{
		Met:       []goal.BenchmarkRef{{Goal: 0, Benchmark: 0}, {Goal: 0, Benchmark: 1}},
		Intensity: 3,
		TEPHeld:   rubric.MustBand[rubric.TEP](3, 5),
	})
	fmt.Println(advice.Action, advice.Next)
	for _, s := range advice.Steps {
		fmt.Printf("goal %d: %d met, next %+v\n", s.Goal+1, s.Met, s.Next)
	}
	fmt.Println(advice.Reason)
	// Output:
	// next-benchmark {0 2}
	// goal 1: 2 met, next {Goal:0 Benchmark:2}
	// goal 2: 0 met, next {Goal:1 Benchmark:0}
	// goal 1 (intensity): benchmark 2 is met, work toward benchmark 3 (TEP 3-5 for 90% of the day, support 2-or-less); goal 2 (working in a group): benchmark 1 (2-3 in 75% of opportunities, support 4-or-less) is not met yet, keep working toward it
}
