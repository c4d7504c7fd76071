package template_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// TestAdviceWording checks the words of stage advice: every reason of
// goal.Advise, and a plan of two goals speaking of each.
func TestAdviceWording(t *testing.T) {
	tep := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	stage2, err := goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{Focus: focusDeVisual})
	if err != nil {
		t.Fatal(err)
	}
	stage3 := stage3Plan(t)
	ref := func(g, b int) goal.BenchmarkRef { return goal.BenchmarkRef{Goal: g, Benchmark: b} }
	tests := []struct {
		name  string
		stage goal.Stage
		plan  goal.Plan
		ev    goal.Evidence
		want  string
	}{
		{"TEP fell: step support up", goal.StageMaintaining, stage2,
			goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}, TEPBand: tep, TEPInBand: 62.5, Intensity: 3},
			"TEP was in the 3–5 band for only 62.5% of the rated minutes, under the 90% the stage maintains, while support was at level 3; step support back up to level 4 and lower it again once TEP holds (we push for performance only once there is safety)."},
		{"TEP fell on a two-goal plan: meanwhile the soft skill", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0), ref(1, 0)}, TEPBand: tep, TEPInBand: 80, Intensity: 3},
			"TEP was in the 3–5 band for only 80% of the rated minutes, under the 90% the stage maintains, while support was at level 3; step support back up to level 4 and lower it again once TEP holds (we push for performance only once there is safety); meanwhile goal 2 (working successfully in a group): benchmark 1 is met, work toward benchmark 2 (Working successfully in a group 2–3 with support 4 or less, 90% of opportunities)."},
		{"one goal, next benchmark", goal.StageMaintaining, stage2,
			goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}, TEPBand: tep, TEPInBand: 95, Intensity: 3},
			"Benchmark 1 is met; work toward benchmark 2 (TEP 3–5 with support 3 or less, 90% of the day)."},
		{"two goals, both climbing", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0), ref(0, 1), ref(1, 0)}, TEPBand: tep, TEPInBand: 95, Intensity: 3},
			"Goal 1 (intensity): benchmark 2 is met, work toward benchmark 3 (TEP 3–5 with support 2 or less, 90% of the day); goal 2 (working successfully in a group): benchmark 1 is met, work toward benchmark 2 (Working successfully in a group 2–3 with support 4 or less, 90% of opportunities)."},
		{"two goals, nothing met", goal.StageSkillDeficit, stage3, goal.Evidence{TEPBand: tep, TEPInBand: 95, Intensity: 4},
			"Goal 1 (intensity): benchmark 1 (TEP 3–5 with support 4 or less, 90% of the day) is not met yet, keep working toward it; goal 2 (working successfully in a group): benchmark 1 (Working successfully in a group 2–3 with support 4 or less, 75% of opportunities) is not met yet, keep working toward it."},
		{"move to stage 4", goal.StageMaintaining, stage2, goal.Evidence{TEPBand: tep, TEPInBand: 96, Intensity: 1, Mainstream: 60},
			"TEP holds in the 3–5 band (96% of the rated minutes) with support at level 1 and 60% of the day in the mainstream classroom; move to stage 4 and build soft skills across settings."},
		{"a plan for another stage", goal.StageSkillDeficit, stage2, goal.Evidence{},
			"The plan is for stage 2 (Maintaining good functioning), not stage 3; write a plan for the current stage."},
	}
	s := template.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got strings.Builder
			if err := s.Advice(&got, template.Text, "Jordan", tt.plan, goal.Advise(tt.stage, tt.plan, tt.ev)); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("advice (-want +got):\n%s", diff)
			}
		})
	}
}
