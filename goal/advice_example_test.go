package goal_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Advice on a stage-3 plan covers both goals: the intensity goal, two
// rungs up, and the soft-skill goal, not started. (Package template words
// the advice: Set.Advice.)
func ExampleGoalStep() {
	plan, _ := goal.StandardPlan(goal.StageSkillDeficit, goal.LadderOptions{
		Focus:  rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship),
		Skills: []rubric.SkillArea{rubric.MustSkillArea(rubric.SkillGroupWork, "working in a group")},
	})
	advice := goal.Advise(goal.StageSkillDeficit, plan, goal.Evidence{
		Met:       []goal.BenchmarkRef{{Goal: 0, Benchmark: 0}, {Goal: 0, Benchmark: 1}},
		Intensity: 3,
		TEPBand:   rubric.MustBand[rubric.TEP](3, 5),
		TEPInBand: 96,
	})
	fmt.Println(advice.Action, advice.Next, advice.Reason)
	for _, s := range advice.Steps {
		fmt.Printf("goal %d: %d met, next %+v\n", s.Goal+1, s.Met, s.Next)
	}
	// Output:
	// next-benchmark {0 2} next-benchmark
	// goal 1: 2 met, next {Goal:0 Benchmark:2}
	// goal 2: 0 met, next {Goal:1 Benchmark:0}
}
