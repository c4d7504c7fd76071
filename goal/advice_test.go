package goal_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

func standardPlan(t *testing.T, stage goal.Stage) goal.Plan {
	t.Helper()
	p, err := goal.StandardPlan(stage, goal.LadderOptions{Focus: twoFocus, Skills: map[goal.Stage][]rubric.SkillArea{
		goal.StageSkillDeficit: {groupWork}, goal.StageMainstream: {groupWork}}[stage]})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func met(refs ...[2]int) []goal.BenchmarkRef {
	var out []goal.BenchmarkRef
	for _, r := range refs {
		out = append(out, goal.BenchmarkRef{Goal: r[0], Benchmark: r[1]})
	}
	return out
}

// TestAdviseCoversEveryTransition walks the transitions of DOMAIN.md §2.
func TestAdviseCoversEveryTransition(t *testing.T) {
	none := goal.BenchmarkRef{Goal: -1, Benchmark: -1}
	tepHolds := tep35
	tepFalls := rubric.MustBand[rubric.TEP](2, 5)
	for _, tc := range []struct {
		name  string
		stage goal.Stage
		plan  goal.Plan
		ev    goal.Evidence
		want  goal.Advice // Reason is checked to be non-empty, not compared
	}{
		{"1: nothing met yet, stay", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{},
			goal.Advice{Action: goal.ActionStay, Stage: 1, Next: goal.BenchmarkRef{}}},
		{"1: 50% met, next benchmark", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{Met: met([2]int{0, 0})},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 1, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 1}}},
		{"1: 75% met, next benchmark", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1})},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 1, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 2}}},
		{"1 → 2: the 90% benchmark is met", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2})},
			goal.Advice{Action: goal.ActionNextStage, Stage: 2, Next: none}},
		{"1 → 2: only the 90% benchmark is listed as met", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{Met: met([2]int{0, 2})},
			goal.Advice{Action: goal.ActionNextStage, Stage: 2, Next: none}},
		{"1: TEP low is the work of stage 1, no step up", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{TEPHeld: tepFalls, Intensity: 5},
			goal.Advice{Action: goal.ActionStay, Stage: 1, Next: goal.BenchmarkRef{}}},
		{"2: level 4 rung met, next benchmark", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}), TEPHeld: tepHolds, Intensity: 3},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 2, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 1}}},
		{"2: TEP falls at level 3, step support up to 4", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}), TEPHeld: tepFalls, Intensity: 3},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 2, Next: none, Support: atMost(4)}},
		{"2: TEP falls, intensity unknown, current rung is level 2", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}), TEPHeld: tepFalls},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 2, Next: none, Support: atMost(3)}},
		{"2: TEP falls at level 5, nothing to step up to", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPHeld: tepFalls, Intensity: 5},
			goal.Advice{Action: goal.ActionStay, Stage: 2, Next: none}},
		{"2 → 3: the team names a skill deficit", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPHeld: tepHolds, Intensity: 3, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextStage, Stage: 3, Next: none}},
		{"2 → 4: level 1, TEP in band, mostly mainstream", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPHeld: tepHolds, Intensity: 1, Mainstream: 60},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"2 → 4 wins over 2 → 3", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPHeld: tepHolds, Intensity: 1, Mainstream: 50, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"2: ladder done but little mainstream time, stay", goal.StageMaintaining, standardPlan(t, 2),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}), TEPHeld: tepHolds, Intensity: 1, Mainstream: 30},
			goal.Advice{Action: goal.ActionStay, Stage: 2, Next: none}},
		{"3 → 4: level 1, TEP in band, mostly mainstream", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{TEPHeld: tepHolds, Intensity: 1, Mainstream: 80},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"3: soft-skill rung met, next benchmark", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{Met: met([2]int{1, 0}), TEPHeld: tepHolds, Intensity: 4, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 3, Next: goal.BenchmarkRef{Goal: 1, Benchmark: 1}}},
		{"3: TEP falls, step support up", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{TEPHeld: tepFalls, Intensity: 2},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(3)}},
		{"3: TEP falls, intensity unknown, the intensity ladder's rung counts, not the soft skill's", goal.StageSkillDeficit, standardPlan(t, 3),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}), TEPHeld: tepFalls},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(2)}},
		{"3: TEP falls after the intensity ladder is done, intensity unknown", goal.StageSkillDeficit, standardPlan(t, 3),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}), TEPHeld: tepFalls},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(2)}},
		{"4: TEP falls at level 1, step support up to 2", goal.StageMainstream, standardPlan(t, 4), goal.Evidence{TEPHeld: tepFalls, Intensity: 1},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 4, Next: none, Support: atMost(2)}},
		{"4: soft skill climbing", goal.StageMainstream, standardPlan(t, 4), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}), TEPHeld: tepHolds, Intensity: 1},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 4, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 2}}},
		{"4: ladder complete, stay and review", goal.StageMainstream, standardPlan(t, 4),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}, [2]int{0, 5}), TEPHeld: tepHolds, Intensity: 1, Mainstream: 90},
			goal.Advice{Action: goal.ActionStay, Stage: 4, Next: none}},
		{"plan for another stage", goal.StageSkillDeficit, standardPlan(t, 2), goal.Evidence{},
			goal.Advice{Action: goal.ActionStay, Stage: 3, Next: none}},
		{"no plan yet", goal.StageMaintaining, goal.Plan{}, goal.Evidence{},
			goal.Advice{Action: goal.ActionStay, Stage: 2, Next: none}},
		{"no stage", 0, goal.Plan{}, goal.Evidence{},
			goal.Advice{Action: goal.ActionStay, Stage: 0, Next: none}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := goal.Advise(tc.stage, tc.plan, tc.ev)
			if got.Reason == "" {
				t.Error("Advise gave no reason")
			}
			if diff := cmp.Diff(tc.want, got, allFields, cmpopts.IgnoreFields(goal.Advice{}, "Reason")); diff != "" {
				t.Errorf("Advise(%v, …) (-want +got):\n%s\nreason: %s", tc.stage, diff, got.Reason)
			}
		})
	}
}

func TestAdviceRulesMainstreamPercent(t *testing.T) {
	ev := goal.Evidence{TEPHeld: tep35, Intensity: 1, Mainstream: 40}
	p := standardPlan(t, goal.StageMaintaining)
	if a := goal.Advise(goal.StageMaintaining, p, ev); a.Action == goal.ActionNextStage {
		t.Errorf("with the default rules, 40%% mainstream advanced: %+v", a)
	}
	if a := (goal.AdviceRules{MainstreamPercent: 40}).Advise(goal.StageMaintaining, p, ev); a.Action != goal.ActionNextStage || a.Stage != goal.StageMainstream {
		t.Errorf("with MainstreamPercent 40, Advise = %+v, want next stage 4", a)
	}
}
