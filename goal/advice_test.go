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

// TestAdviseCoversEveryTransition walks every stage transition of the advancement rules.
func TestAdviseCoversEveryTransition(t *testing.T) {
	none := goal.BenchmarkRef{Goal: -1, Benchmark: -1}

	for _, tc := range []struct {
		name  string
		stage goal.Stage
		plan  goal.Plan
		ev    goal.Evidence
		want  goal.Advice // Steps in TestAdviseEveryGoal; the facts for wording are checked apart
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
		{"1: TEP low is the work of stage 1, no step up", goal.StageNewToProgram, standardPlan(t, 1), goal.Evidence{TEPBand: tep35, TEPInBand: 60, Intensity: 5},
			goal.Advice{Action: goal.ActionStay, Stage: 1, Next: goal.BenchmarkRef{}}},
		{"2: level 4 rung met, next benchmark", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}), TEPBand: tep35, TEPInBand: 95, Intensity: 3},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 2, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 1}}},
		{"2: TEP falls at level 3, step support up to 4", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}), TEPBand: tep35, TEPInBand: 60, Intensity: 3},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 2, Next: none, Support: atMost(4)}},
		{"2: TEP falls, intensity unknown, current rung is level 2", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}), TEPBand: tep35, TEPInBand: 60},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 2, Next: none, Support: atMost(3)}},
		{"2: TEP falls at level 5, nothing to step up to", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPBand: tep35, TEPInBand: 60, Intensity: 5},
			goal.Advice{Action: goal.ActionStay, Stage: 2, Next: none}},
		{"2 → 3: the team names a skill deficit", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 3, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextStage, Stage: 3, Next: none}},
		{"2 → 4: level 1, TEP in band, mostly mainstream", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 60},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"2 → 4 wins over 2 → 3", goal.StageMaintaining, standardPlan(t, 2), goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 50, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"2: ladder done but little mainstream time, stay", goal.StageMaintaining, standardPlan(t, 2),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}), TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 30},
			goal.Advice{Action: goal.ActionStay, Stage: 2, Next: none}},
		{"3 → 4: level 1, TEP in band, mostly mainstream", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 80},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}},
		{"3: soft-skill rung met, next benchmark", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{Met: met([2]int{1, 0}), TEPBand: tep35, TEPInBand: 95, Intensity: 4, SkillDeficit: true},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 3, Next: goal.BenchmarkRef{Goal: 1, Benchmark: 1}}},
		{"3: TEP falls, step support up", goal.StageSkillDeficit, standardPlan(t, 3), goal.Evidence{TEPBand: tep35, TEPInBand: 60, Intensity: 2},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(3)}},
		{"3: TEP falls, intensity unknown, the intensity ladder's rung counts, not the soft skill's", goal.StageSkillDeficit, standardPlan(t, 3),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}), TEPBand: tep35, TEPInBand: 60},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(2)}},
		{"3: TEP falls after the intensity ladder is done, intensity unknown", goal.StageSkillDeficit, standardPlan(t, 3),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}), TEPBand: tep35, TEPInBand: 60},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(2)}},
		{"4: TEP falls at level 1, step support up to 2", goal.StageMainstream, standardPlan(t, 4), goal.Evidence{TEPBand: tep35, TEPInBand: 60, Intensity: 1},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 4, Next: none, Support: atMost(2)}},
		{"4: soft skill climbing", goal.StageMainstream, standardPlan(t, 4), goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}), TEPBand: tep35, TEPInBand: 95, Intensity: 1},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 4, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 2}}},
		{"4: ladder complete, stay and review", goal.StageMainstream, standardPlan(t, 4),
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}, [2]int{0, 5}), TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 90},
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
			if !got.Reason.IsValid() {
				t.Errorf("Advise gave no reason: %v", got.Reason)
			}
			if diff := cmp.Diff(tc.want, got, allFields, cmpopts.IgnoreFields(goal.Advice{}, append(adviceFacts, "Steps")...)); diff != "" {
				t.Errorf("Advise(%v, …) (-want +got):\n%s", tc.stage, diff)
			}
		})
	}
}

// adviceFacts are the fields of an Advice that carry the facts its reason
// rests on, for wording; TestAdviceFacts checks them.
var adviceFacts = []string{"Reason", "From", "PlanStage", "Intensity", "Maintained", "TEPBand", "TEPInBand", "Mainstream", "HeldPercent"}

// TestAdviceFacts checks the facts an Advice carries for its wording.
func TestAdviceFacts(t *testing.T) {
	p := standardPlan(t, goal.StageMaintaining)
	got := goal.Advise(goal.StageMaintaining, p, goal.Evidence{Met: met([2]int{0, 0}), TEPBand: tep35, TEPInBand: 62.5, Intensity: 3, Mainstream: 20})
	want := goal.Advice{Action: goal.ActionStepSupportUp, Stage: 2, Next: goal.BenchmarkRef{Goal: -1, Benchmark: -1}, Support: atMost(4),
		Steps:  []goal.GoalStep{{Goal: 0, Met: 1, Next: goal.BenchmarkRef{Goal: 0, Benchmark: 1}}},
		Reason: goal.ReasonTEPFell, From: 2, PlanStage: 2, Intensity: 3, Maintained: tep35, TEPBand: tep35, TEPInBand: 62.5, Mainstream: 20, HeldPercent: 90}
	if diff := cmp.Diff(want, got, allFields); diff != "" {
		t.Errorf("Advise (-want +got):\n%s", diff)
	}
	other := goal.Advise(goal.StageSkillDeficit, p, goal.Evidence{})
	if other.Reason != goal.ReasonOtherStage || other.PlanStage != goal.StageMaintaining || other.From != goal.StageSkillDeficit {
		t.Errorf("plan for another stage: %+v", other)
	}
	if held := (goal.AdviceRules{HeldPercent: 60}).Advise(goal.StageMaintaining, p, goal.Evidence{TEPBand: tep35, TEPInBand: 62.5, Intensity: 3}); held.Action == goal.ActionStepSupportUp {
		t.Errorf("with HeldPercent 60, 62.5%% in band stepped support up: %+v", held)
	}
}

func TestAdviceRulesMainstreamPercent(t *testing.T) {
	ev := goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 40}
	p := standardPlan(t, goal.StageMaintaining)
	if a := goal.Advise(goal.StageMaintaining, p, ev); a.Action == goal.ActionNextStage {
		t.Errorf("with the default rules, 40%% mainstream advanced: %+v", a)
	}
	if a := (goal.AdviceRules{MainstreamPercent: 40}).Advise(goal.StageMaintaining, p, ev); a.Action != goal.ActionNextStage || a.Stage != goal.StageMainstream {
		t.Errorf("with MainstreamPercent 40, Advise = %+v, want next stage 4", a)
	}
}

// TestAdviseEveryGoal checks that advice on a plan of two goals speaks of
// both: Steps holds each goal's place on its ladder and the reason names
// each goal, its current rung and what to do next for it.
func TestAdviseEveryGoal(t *testing.T) {
	none := goal.BenchmarkRef{Goal: -1, Benchmark: -1}
	ref := func(g, b int) goal.BenchmarkRef { return goal.BenchmarkRef{Goal: g, Benchmark: b} }
	calmingDown := rubric.MustSkillArea(rubric.SkillCalmingDown, "calming down when upset")
	twoSkills, err := goal.StandardPlan(goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork, calmingDown}})
	if err != nil {
		t.Fatal(err)
	}
	if twoSkills.Len() != 2 {
		t.Fatalf("stage-4 plan with two skills has %d goals", twoSkills.Len())
	}
	stage3 := standardPlan(t, goal.StageSkillDeficit)
	for _, tc := range []struct {
		name   string
		stage  goal.Stage
		plan   goal.Plan
		ev     goal.Evidence
		want   goal.Advice
		reason goal.Reason
	}{
		{"3: nothing met on either goal", goal.StageSkillDeficit, stage3, goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 4},
			goal.Advice{Action: goal.ActionStay, Stage: 3, Next: ref(0, 0),
				Steps: []goal.GoalStep{{Goal: 0, Met: 0, Next: ref(0, 0)}, {Goal: 1, Met: 0, Next: ref(1, 0)}}},
			goal.ReasonNotMetYet},
		{"3: both goals climbing", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{1, 0}), TEPBand: tep35, TEPInBand: 95, Intensity: 3},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 3, Next: ref(0, 2),
				Steps: []goal.GoalStep{{Goal: 0, Met: 2, Next: ref(0, 2)}, {Goal: 1, Met: 1, Next: ref(1, 1)}}},
			goal.ReasonNextBenchmark},
		{"3: intensity ladder done, soft skill not started", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}), TEPBand: tep35, TEPInBand: 95, Intensity: 1},
			goal.Advice{Action: goal.ActionStay, Stage: 3, Next: ref(1, 0),
				Steps: []goal.GoalStep{{Goal: 0, Met: 5, Next: none}, {Goal: 1, Met: 0, Next: ref(1, 0)}}}, goal.ReasonNotMetYet},
		{"3: the current intensity rung missed its deadline; the soft skill goes on", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{1, 0}), Missed: met([2]int{0, 1}), TEPBand: tep35, TEPInBand: 95, Intensity: 3},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 3, Next: ref(0, 1),
				Steps: []goal.GoalStep{{Goal: 0, Met: 1, Next: ref(0, 1), Missed: true}, {Goal: 1, Met: 1, Next: ref(1, 1)}}},
			goal.ReasonDeadlineMissed},
		{"1: the first rung missed its deadline", goal.StageNewToProgram, standardPlan(t, 1),
			goal.Evidence{Missed: met([2]int{0, 0})},
			goal.Advice{Action: goal.ActionStay, Stage: 1, Next: ref(0, 0),
				Steps: []goal.GoalStep{{Goal: 0, Met: 0, Next: ref(0, 0), Missed: true}}},
			goal.ReasonDeadlineMissed},
		{"3: TEP falls, step up, and the soft skill goes on", goal.StageSkillDeficit, stage3,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{1, 0}), TEPBand: tep35, TEPInBand: 60, Intensity: 3},
			goal.Advice{Action: goal.ActionStepSupportUp, Stage: 3, Next: none, Support: atMost(4),
				Steps: []goal.GoalStep{{Goal: 0, Met: 1, Next: ref(0, 1)}, {Goal: 1, Met: 1, Next: ref(1, 1)}}}, goal.ReasonTEPFell},
		{"4: two soft skills, the first ahead", goal.StageMainstream, twoSkills,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}), TEPBand: tep35, TEPInBand: 95, Intensity: 1},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 4, Next: ref(0, 2),
				Steps: []goal.GoalStep{{Goal: 0, Met: 2, Next: ref(0, 2)}, {Goal: 1, Met: 0, Next: ref(1, 0)}}},
			goal.ReasonNextBenchmark},
		{"4: two soft skills, the first done", goal.StageMainstream, twoSkills,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}, [2]int{0, 5}, [2]int{1, 0}), TEPBand: tep35, TEPInBand: 95, Intensity: 1},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 4, Next: ref(1, 1),
				Steps: []goal.GoalStep{{Goal: 0, Met: 6, Next: none}, {Goal: 1, Met: 1, Next: ref(1, 1)}}},
			goal.ReasonNextBenchmark},
		{"4: two soft skills, both done", goal.StageMainstream, twoSkills,
			goal.Evidence{Met: met([2]int{0, 0}, [2]int{0, 1}, [2]int{0, 2}, [2]int{0, 3}, [2]int{0, 4}, [2]int{0, 5},
				[2]int{1, 0}, [2]int{1, 1}, [2]int{1, 2}, [2]int{1, 3}, [2]int{1, 4}, [2]int{1, 5}), TEPBand: tep35, TEPInBand: 95, Intensity: 1},
			goal.Advice{Action: goal.ActionStay, Stage: 4, Next: none,
				Steps: []goal.GoalStep{{Goal: 0, Met: 6, Next: none}, {Goal: 1, Met: 6, Next: none}}}, goal.ReasonPlanComplete},
		{"2: one goal keeps the one-goal wording", goal.StageMaintaining, standardPlan(t, 2),
			goal.Evidence{Met: met([2]int{0, 0}), TEPBand: tep35, TEPInBand: 95, Intensity: 3},
			goal.Advice{Action: goal.ActionNextBenchmark, Stage: 2, Next: ref(0, 1),
				Steps: []goal.GoalStep{{Goal: 0, Met: 1, Next: ref(0, 1)}}}, goal.ReasonNextBenchmark},
		{"3 → 4: a new plan, no steps", goal.StageSkillDeficit, stage3, goal.Evidence{TEPBand: tep35, TEPInBand: 95, Intensity: 1, Mainstream: 80},
			goal.Advice{Action: goal.ActionNextStage, Stage: 4, Next: none}, goal.ReasonMainstreamReady},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := goal.Advise(tc.stage, tc.plan, tc.ev)
			tc.want.Reason = tc.reason
			if diff := cmp.Diff(tc.want, got, allFields, cmpopts.IgnoreFields(goal.Advice{}, adviceFacts[1:]...)); diff != "" {
				t.Errorf("Advise (-want +got):\n%s", diff)
			}
			for _, s := range got.Steps {
				if s.Complete() != (s.Next == none) {
					t.Errorf("step %+v: Complete() = %v", s, s.Complete())
				}
			}
		})
	}
}
