package template_test

import (
	"errors"
	"fmt"
	"os"
	"testing/fstest"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// A vendor keeps its own wording in files "<name>.tmpl" and installs them
// with ReplaceFS; here an in-memory file system stands in for a directory
// (os.DirFS) or an embed.FS. The templates that are not replaced keep the
// default wording.
func ExampleNew() {
	wording := fstest.MapFS{
		"wording/benchmark.tmpl": {Data: []byte(
			`{{with .Benchmark}}Target for {{name $.Student}}: {{band .}}, {{.Threshold}}% of the day, by {{deadline .Deadline}}.{{end}}`)},
	}
	s, err := template.New(template.ReplaceFS(wording, "wording/*.tmpl"))
	if err != nil {
		fmt.Println(err)
		return
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportRange(4, 5), Threshold: 50, Deadline: goal.ByEndOf(goal.Trimester1)})
	if err := s.Benchmark(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	_, err = template.New(template.ReplaceFS(wording, "missing/*.tmpl")) // matches no file
	fmt.Println(errors.Is(err, template.ErrSource))
	// Output:
	// Target for Jordan: between a 3 and 5, 50% of the day, by the end of the 1st trimester.
	// true
}

// Default is the library's own wording, built once and shared; Names lists
// the templates a Set renders and Source returns the text of one.
func ExampleDefault() {
	s := template.Default()
	fmt.Println(s.Names())
	fmt.Println(s == template.Default(), s.MaxOutput()) // the same Set each time; no bound on output
	_, ok := s.Source(template.NamePlain)
	fmt.Println(ok)
	// Output:
	// [advice as-measured-by assessment benchmark card-part caseload caseload-page chart-description chart-label chart-subtitle chart-title consistency consistency-group decision evaluation-title goal label plain plain-support plan plan-progress progress rating-sheet rating-sheet-page report report-family report-family-benchmark report-line report-page scorereport sheet-column status support-card support-card-page]
	// true 0
	// true
}

// A goal as it appears in an IEP document: the annual goal statement from
// the last rung, then the present level, focus elements, numbered
// benchmarks, review date and who is responsible.
func ExampleSet_Goal() {
	focus := rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship)
	rung := func(level rubric.Intensity, by goal.Term) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportAtMost(level), Threshold: 90, Deadline: goal.ByEndOf(by), Focus: focus})
	}
	g, err := goal.NewGoal(goal.GoalSpec{
		Stage: goal.StageMaintaining, Target: goal.TargetIntensity, Focus: focus,
		Benchmarks:   []goal.Benchmark{rung(3, goal.Trimester2), rung(2, goal.Trimester3)},
		Review:       goal.MustDate(2027, time.January, 15),
		Responsible:  []goal.Role{goal.RoleCaseManager, goal.RoleParaprofessional},
		PresentLevel: "Rated 3–5 for 91% of the day with level 4 support.",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := template.Default().Goal(os.Stdout, template.Text, "Jordan", g); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Goal: Jordan will maintain between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day while support is lowered to a level 2 intensity of support or less by the end of the 3rd trimester.
	// Present level of performance: Rated 3–5 for 91% of the day with level 4 support.
	// Focus elements: De-escalation and Relationship.
	// Benchmarks:
	// 1. With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.
	// 2. With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.
	// Review date: January 15, 2027.
	// Responsible: case manager and paraprofessional.
}

// A whole plan: the stage, its overall aim, and each goal numbered. The
// plan holds an opaque student ID; the name is given only here, at
// rendering.
func ExampleSet_Plan() {
	plan, err := goal.StandardPlan(goal.StageNewToProgram, goal.LadderOptions{
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)},
		Calendar: goal.MustCalendar(map[goal.Term]goal.Date{
			goal.Trimester1: goal.MustDate(2026, time.November, 20),
			goal.Trimester2: goal.MustDate(2027, time.February, 12),
			goal.Trimester3: goal.MustDate(2027, time.May, 7),
		}),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := template.Default().Plan(os.Stdout, template.Text, "Jordan", plan); err != nil {
		fmt.Println(err)
	}
	// Output:
	// IEP goals for Jordan
	// Stage 1: New to the program
	// Overall aim: to have the student more engaged in school tasks and activities.
	//
	// Goal 1: Jordan will become more engaged in school tasks and activities, achieving between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day with a level 4 to 5 intensity of support by the end of the 3rd trimester.
	// Benchmarks:
	// 1. With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.
	// 2. With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 75% or more of the day by the end of the 2nd trimester.
	// 3. With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.
}

// Execute renders any template by name with data of its type; the typed
// methods (Set.Benchmark, Set.Goal …) call it. Data of the wrong type is
// rejected with ErrInvalid and nothing is written.
func ExampleSet_Execute() {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](4, 5),
		Support: goal.Independent(), Threshold: 80, Deadline: goal.ByEndOf(goal.SchoolYear)})
	s := template.Default()
	data := template.BenchmarkData{Student: "Jordan & Sam", Benchmark: b}
	if err := s.Execute(os.Stdout, template.HTML, template.NameBenchmark, data); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	err := s.Execute(os.Stdout, template.Text, template.NameGoal, data) // a goal template needs GoalData
	fmt.Println(errors.Is(err, template.ErrInvalid))
	// Output:
	// Jordan &amp; Sam will achieve between a 4 and 5 on the tolerance, engagement, and participation scale for 80% or more of the day by the end of the school year.
	// true
}
