package goal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The sample benchmarks of the program's goal-development document, written out as literal values.
var (
	// "With a level 4 to 5 intensity of support, ______ will achieve between
	// a 3 and 5 … for 50% (70%, 90%) or more of the day by the end of the
	// 1st (2nd, 3rd) trimester." (the narrative's sample)
	seedStage1Narrative = []goal.Spec{
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 50, Deadline: goal.ByEndOf(goal.Trimester1)},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 70, Deadline: goal.ByEndOf(goal.Trimester2)},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 90, Deadline: goal.ByEndOf(goal.Trimester3)},
	}
	// The chart's stage-1 sample: 50, 75, 90% "by ______".
	seedStage1Chart = []goal.Spec{
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 50},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 75},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: support45, Threshold: 90},
	}
	// The narrative's intensity sample: level 4, 3, 2, 1 or less, then
	// "(Independent)", each 90% of the day "by the end of ____"; the
	// elements are the team's (here De-escalation and Visual).
	seedIntensity = []goal.Spec{
		{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(4), Threshold: 90, Focus: twoFocus},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(3), Threshold: 90, Focus: twoFocus},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(2), Threshold: 90, Focus: twoFocus},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(1), Threshold: 90, Focus: twoFocus},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: goal.Independent(), Threshold: 90, Focus: twoFocus},
	}
	// The narrative's soft-skill sample: "With a level 1 intensity of
	// support or less ______ will achieve between a 2 and 3 on the soft
	// skills proficiency criteria for working successfully in a group 75%
	// or more of opportunities provided by ______." and so on.
	seedSoftSkillStage4 = softSkillSample(atMost(1))
)

func softSkillSample(support goal.Support) []goal.Spec {
	var out []goal.Spec
	for _, band := range []rubric.Band[rubric.SoftSkill]{skill23, skill34, skill45} {
		for _, p := range []int{75, 90} {
			out = append(out, goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: band, Support: support, Threshold: p})
		}
	}
	return out
}

func TestStandardPlanEqualsSeed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stage goal.Stage
		opts  goal.LadderOptions
		want  [][]goal.Spec // per goal
	}{
		{"stage 1, narrative thresholds and trimesters", goal.StageNewToProgram,
			goal.LadderOptions{Thresholds: goal.NarrativeThresholds, Calendar: schoolYear,
				Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)}},
			[][]goal.Spec{seedStage1Narrative}},
		{"stage 1, chart defaults", goal.StageNewToProgram, goal.LadderOptions{}, [][]goal.Spec{seedStage1Chart}},
		{"stage 2, whole way to independent", goal.StageMaintaining, goal.LadderOptions{Focus: twoFocus}, [][]goal.Spec{seedIntensity}},
		{"stage 2, chart's sample stops at level 2", goal.StageMaintaining, goal.LadderOptions{Focus: twoFocus, EndLevel: 2}, [][]goal.Spec{seedIntensity[:3]}},
		// Stage 3: the chart's soft-skill sample has no support clause; our
		// choice is the intensity ladder's starting ceiling, level 4 or less.
		{"stage 3, intensity and soft skill", goal.StageSkillDeficit, goal.LadderOptions{Focus: twoFocus, Skills: []rubric.SkillArea{groupWork}},
			[][]goal.Spec{seedIntensity, softSkillSample(atMost(4))}},
		{"stage 3, starting at level 3", goal.StageSkillDeficit, goal.LadderOptions{Focus: twoFocus, StartLevel: 3, Skills: []rubric.SkillArea{groupWork}},
			[][]goal.Spec{seedIntensity[1:], softSkillSample(atMost(3))}},
		{"stage 4, one soft skill", goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}}, [][]goal.Spec{seedSoftSkillStage4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plan, err := goal.StandardPlan(tc.stage, tc.opts)
			if err != nil {
				t.Fatalf("StandardPlan(%v) error: %v", tc.stage, err)
			}
			var got [][]goal.Spec
			for _, g := range plan.Goals() {
				got = append(got, specs(g.Benchmarks()))
			}
			if diff := cmp.Diff(tc.want, got, allFields); diff != "" {
				t.Errorf("StandardPlan(%v) ladders (-want +got):\n%s", tc.stage, diff)
			}
		})
	}
}

func TestLadderDeadlinesSpread(t *testing.T) {
	t1, t2, t3 := goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)
	for _, tc := range []struct {
		name      string
		deadlines []goal.Deadline
		want      []goal.Deadline // for the five-rung intensity ladder
	}{
		{"none", nil, []goal.Deadline{{}, {}, {}, {}, {}}},
		{"one for all", []goal.Deadline{goal.By(june11)}, []goal.Deadline{goal.By(june11), goal.By(june11), goal.By(june11), goal.By(june11), goal.By(june11)}},
		{"three over five", []goal.Deadline{t1, t2, t3}, []goal.Deadline{t1, t2, t2, t3, t3}},
		{"one each", []goal.Deadline{t1, t1, t2, t2, t3}, []goal.Deadline{t1, t1, t2, t2, t3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ladder, err := goal.IntensityLadder(goal.LadderOptions{Focus: twoFocus, Deadlines: tc.deadlines})
			if err != nil {
				t.Fatal(err)
			}
			var got []goal.Deadline
			for _, b := range ladder {
				got = append(got, b.Deadline())
			}
			if diff := cmp.Diff(tc.want, got, allFields); diff != "" {
				t.Errorf("deadlines (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStandardPlanRejectsBadOptions(t *testing.T) {
	for _, tc := range []struct {
		name  string
		stage goal.Stage
		opts  goal.LadderOptions
		want  error
	}{
		{"stage 2 without focus elements", goal.StageMaintaining, goal.LadderOptions{}, goal.ErrStageRule},
		{"stage 2 with one focus element", goal.StageMaintaining, goal.LadderOptions{Focus: rubric.MustElementSet(rubric.Mood)}, goal.ErrStageRule},
		{"stage 3 without a skill", goal.StageSkillDeficit, goal.LadderOptions{Focus: twoFocus}, goal.ErrStageRule},
		{"stage 4 with three skills", goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork, groupWork, groupWork}}, goal.ErrStageRule},
		{"stage 4 with the same skill twice", goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork, groupWork}}, goal.ErrInvalid},
		{"stage 1 with a skill", goal.StageNewToProgram, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}}, goal.ErrStageRule},
		{"deadlines going back", goal.StageNewToProgram, goal.LadderOptions{Deadlines: []goal.Deadline{goal.By(june11), goal.By(march13)}}, goal.ErrNotMonotone},
		{"end level above start", goal.StageMaintaining, goal.LadderOptions{Focus: twoFocus, StartLevel: 2, EndLevel: 3}, rubric.ErrOutOfRange},
		{"unknown thresholds", goal.StageNewToProgram, goal.LadderOptions{Thresholds: 7}, goal.ErrUnknownValue},
		{"unset stage", 0, goal.LadderOptions{}, goal.ErrUnknownValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := goal.StandardPlan(tc.stage, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Errorf("StandardPlan(%v, …) error = %v, want %v", tc.stage, err, tc.want)
			}
		})
	}
}

// ladderOptions generates every kind of option the standard ladders take.
func ladderOptions(stage goal.Stage) *rapid.Generator[goal.LadderOptions] {
	return rapid.Custom(func(t *rapid.T) goal.LadderOptions {
		o := goal.LadderOptions{
			Thresholds: rapid.SampledFrom([]goal.Thresholds{goal.ChartThresholds, goal.NarrativeThresholds}).Draw(t, "thresholds"),
			Focus:      rubric.MustElementSet(rapid.SliceOfNDistinct(gen.Element(), 2, 4, func(e rubric.Element) rubric.Element { return e }).Draw(t, "focus")...),
			StartLevel: rapid.SampledFrom([]rubric.Intensity{0, 1, 2, 3, 4, 5}).Draw(t, "start"),
			Calendar:   schoolYear,
		}
		start := o.StartLevel
		if start == 0 {
			start = rubric.IntensityHigh
		}
		o.EndLevel = rubric.Intensity(rapid.IntRange(0, int(start)).Draw(t, "end"))
		switch rapid.IntRange(0, 2).Draw(t, "deadlineKind") {
		case 1:
			o.Deadlines = rapid.SliceOfN(rapid.SampledFrom([]goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)}), 1, 6).Draw(t, "terms")
		case 2:
			start := gen.Date().Draw(t, "first")
			for i := range rapid.IntRange(1, 8).Draw(t, "dates") {
				o.Deadlines = append(o.Deadlines, goal.By(start.AddDays(30*i)))
			}
		}
		slicesSortDeadlines(o.Deadlines)
		switch stage {
		case goal.StageSkillDeficit:
			o.Skills = []rubric.SkillArea{gen.SkillArea().Draw(t, "skill")}
		case goal.StageMainstream:
			o.Skills = []rubric.SkillArea{rubric.MustSkillArea("first", "a first skill")}
			if rapid.Bool().Draw(t, "second") {
				o.Skills = append(o.Skills, rubric.MustSkillArea("second", "a second skill"))
			}
		}
		return o
	})
}

func slicesSortDeadlines(ds []goal.Deadline) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0; j-- {
			if c, _ := ds[j].Order(ds[j-1]); c >= 0 {
				break
			}
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

func TestStandardPlansValidateForEveryOption(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		stage := gen.Stage().Draw(t, "stage")
		o := ladderOptions(stage).Draw(t, "options")
		plan, err := goal.StandardPlan(stage, o)
		if err != nil {
			t.Fatalf("StandardPlan(%v, %+v) error: %v", stage, o, err)
		}
		if err := plan.Spec().Validate(); err != nil {
			t.Fatalf("standard plan does not validate: %v", err)
		}
		if got, want := plan.Len(), stage.Profile().MinGoals; got < want {
			t.Fatalf("plan has %d goals, want at least %d", got, want)
		}
	})
}
