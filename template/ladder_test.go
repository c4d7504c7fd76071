package template_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

var (
	focusDeVisual = rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)
	trimesters    = []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)}
	dates         = []goal.Deadline{goal.By(goal.MustDate(2026, time.November, 20)), march13, june11}
	// schoolYear is the calendar of the plans the tests build: it places
	// their term deadlines.
	schoolYear = goal.MustCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, time.November, 20), goal.Trimester2: goal.MustDate(2027, time.February, 12),
		goal.Trimester3: goal.MustDate(2027, time.May, 7), goal.SchoolYear: goal.MustDate(2027, time.June, 18)})
)

// planSentences renders the formal sentence of every benchmark of a
// standard plan, goal by goal.
func planSentences(t *testing.T, stage goal.Stage, opts goal.LadderOptions, student string) [][]string {
	t.Helper()
	opts.Calendar = schoolYear
	p, err := goal.StandardPlan(stage, opts)
	if err != nil {
		t.Fatalf("StandardPlan(%v): %v", stage, err)
	}
	s := template.Default()
	var out [][]string
	for _, g := range p.Goals() {
		var sentences []string
		for _, b := range g.Benchmarks() {
			sentences = append(sentences, formal(t, s, template.Text, student, b))
		}
		out = append(out, sentences)
	}
	return out
}

// TestStandardLadders checks, word for word, the formal sentences of each
// stage's standard ladder (goal.StandardPlan) against the wording of
// the program's goal-development document and its chart.
func TestStandardLadders(t *testing.T) {
	tests := []struct {
		name    string
		stage   goal.Stage
		opts    goal.LadderOptions
		student string
		want    [][]string
	}{
		{
			name:    "stage 1, chart thresholds, trimesters",
			stage:   goal.StageNewToProgram,
			opts:    goal.LadderOptions{Deadlines: trimesters},
			student: "Jordan",
			want: [][]string{{
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 75% or more of the day by the end of the 2nd trimester.",
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
			}},
		},
		{
			name:    "stage 1, narrative thresholds (the document's text), trimesters",
			stage:   goal.StageNewToProgram,
			opts:    goal.LadderOptions{Thresholds: goal.NarrativeThresholds, Deadlines: trimesters},
			student: "Jordan",
			want: [][]string{{
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 70% or more of the day by the end of the 2nd trimester.",
				"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
			}},
		},
		{
			name:    "stage 2, dates",
			stage:   goal.StageMaintaining,
			opts:    goal.LadderOptions{Focus: focusDeVisual, Deadlines: dates},
			student: "Jordan",
			want: [][]string{{
				"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by November 20, 2026.",
				"With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
				"With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by June 11, 2027.",
				"Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by June 11, 2027.",
			}},
		},
		{
			name:    "stage 3, trimesters: intensity ladder and soft-skill ladder under level 4 or less",
			stage:   goal.StageSkillDeficit,
			opts:    goal.LadderOptions{Focus: focusDeVisual, Skills: []rubric.SkillArea{groupWork}, Deadlines: trimesters},
			student: "Jordan",
			want: [][]string{{
				"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 1st trimester.",
				"With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.",
				"With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
				"Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
			}, {
				"With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 1st trimester.",
				"With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 1st trimester.",
				"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 2nd trimester.",
				"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 2nd trimester.",
				"With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 3rd trimester.",
				"With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 3rd trimester.",
			}},
		},
		{
			name:    "stage 4, dates",
			stage:   goal.StageMainstream,
			opts:    goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}, Deadlines: dates},
			student: "Jordan",
			want: [][]string{{
				"With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by November 20, 2026.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by November 20, 2026.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by March 13, 2027.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by March 13, 2027.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by June 11, 2027.",
				"With a level 1 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by June 11, 2027.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planSentences(t, tt.stage, tt.opts, tt.student)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ladder sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBlankForms checks the blank-form ladders of the program's document (no name, no
// deadline), with the document's typos and double spaces corrected.
func TestBlankForms(t *testing.T) {
	tests := []struct {
		name  string
		stage goal.Stage
		opts  goal.LadderOptions
		want  [][]string
	}{
		{
			name:  "stage 1",
			stage: goal.StageNewToProgram,
			want: [][]string{{
				"With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by ______.",
				"With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 75% or more of the day by ______.",
				"With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
			}},
		},
		{
			name:  "stage 2, the document's sample intensity benchmarks",
			stage: goal.StageMaintaining,
			opts:  goal.LadderOptions{Focus: focusDeVisual},
			want: [][]string{{
				"With a level 4 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"With a level 3 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"With a level 2 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
			}},
		},
		{
			name:  "stage 2, the chart's ladder stopping at level 2",
			stage: goal.StageMaintaining,
			opts:  goal.LadderOptions{Focus: focusDeVisual, EndLevel: rubric.IntensityMild},
			want: [][]string{{
				"With a level 4 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"With a level 3 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
				"With a level 2 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
			}},
		},
		{
			name:  "stage 4, the document's sample soft-skill benchmarks",
			stage: goal.StageMainstream,
			opts:  goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}},
			want: [][]string{{
				"With a level 1 intensity of support or less, ______ will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by ______.",
				"With a level 1 intensity of support or less, ______ will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by ______.",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planSentences(t, tt.stage, tt.opts, "")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("blank-form sentences mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPlanDocument checks a whole stage-3 plan: the stage, its overall aim,
// each goal's statement and numbered benchmarks, review and responsible.
func TestPlanDocument(t *testing.T) {
	p, err := goal.StandardPlan(goal.StageSkillDeficit, goal.LadderOptions{Focus: focusDeVisual,
		Skills: []rubric.SkillArea{groupWork}, Deadlines: trimesters, EndLevel: rubric.IntensityMild, Calendar: schoolYear})
	if err != nil {
		t.Fatal(err)
	}
	spec := p.Spec()
	spec.Goals[0].Review = goal.MustDate(2027, time.January, 15)
	spec.Goals[0].Responsible = []goal.Role{goal.RoleCaseManager, goal.RoleParaprofessional}
	spec.Goals[0].PresentLevel = "Rated fair or better for about 90% of the day with level 4 support."
	p = goal.MustPlan(spec)
	want := `IEP goals for Jordan
Stage 3: Maintaining, with an outlying skill deficit
Overall aim: to decrease the level of intensity of support and build specific soft-skill proficiency.

Goal 1: Jordan will maintain between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day while support is lowered to a level 2 intensity of support or less by the end of the 3rd trimester.
Present level of performance: Rated fair or better for about 90% of the day with level 4 support.
Focus elements: De-escalation and Visual.
Benchmarks:
1. With a level 4 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 1st trimester.
2. With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.
3. With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.
Review date: January 15, 2027.
Responsible: case manager and paraprofessional.

Goal 2: Jordan will build proficiency in working successfully in a group, achieving between a 4 and 5 on the soft skills proficiency criteria 90% or more of opportunities provided with a level 4 intensity of support or less by the end of the 3rd trimester.
Benchmarks:
1. With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 1st trimester.
2. With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 1st trimester.
3. With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 2nd trimester.
4. With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 2nd trimester.
5. With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 3rd trimester.
6. With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 3rd trimester.`
	s := template.Default()
	got := render(t, func(w *strings.Builder) error { return s.Plan(w, template.Text, "Jordan", p) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plan mismatch (-want +got):\n%s", diff)
	}
}

func TestGoalDocument(t *testing.T) {
	goals, err := goal.StandardGoals(goal.StageNewToProgram, goal.LadderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	g := goal.MustGoal(goals[0])
	want := `Goal: ______ will become more engaged in school tasks and activities, achieving between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day with a level 4 to 5 intensity of support by ______.
Benchmarks:
1. With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by ______.
2. With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 75% or more of the day by ______.
3. With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.`
	s := template.Default()
	got := render(t, func(w *strings.Builder) error { return s.Goal(w, template.Text, "", g) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("goal mismatch (-want +got):\n%s", diff)
	}
}
