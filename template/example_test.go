package template_test

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// The formal sentence of a benchmark, for a named student and for a blank form.
func ExampleSet_Benchmark() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 90,
		Deadline:  goal.By(goal.MustDate(2027, time.March, 13)),
	})
	s := template.Default()
	if err := s.Benchmark(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	blank := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: b.TEPBand(), Support: goal.Independent(), Threshold: 90})
	if err := s.Benchmark(os.Stdout, template.Text, "", blank); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output:
	// With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.
	// ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.
}

// The plain-language version of a soft-skill benchmark, for a
// paraprofessional or a family.
func ExampleSet_Plain() {
	groupWork, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	b := goal.MustBenchmark(goal.Spec{
		Measure:     goal.MeasureSoftSkill,
		Skill:       groupWork,
		Proficiency: rubric.MustBand(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping),
		Support:     goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold:   75,
		Deadline:    goal.ByEndOf(goal.Trimester2),
	})
	if err := template.Default().Plain(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output:
	// Working successfully in a group is the skill to build.
	// By the end of the 2nd trimester, Jordan will be rated emerging or developing at it.
	// That should happen in at least 75% of the chances to use it.
	// Success looks like Jordan working successfully in a group whenever the chance comes up.
	// The adults give moderate support or less, and step it down as Jordan is ready.
}

// A vendor replaces the formal sentence; goals and plans use it. A
// replacement that misspells a field is rejected when it is installed, with
// an error naming the field.
func ExampleReplace() {
	s, err := template.New(template.Replace(template.NameBenchmark,
		`{{with .Benchmark}}{{name $.Student}} reaches {{band .}} for {{.Threshold}}% by {{deadline .Deadline}}.{{end}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	goals, err := goal.StandardGoals(goal.StageNewToProgram, goal.LadderOptions{
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := s.Goal(os.Stdout, template.Text, "Jordan", goal.MustGoal(goals[0])); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	_, err = template.New(template.Replace(template.NameBenchmark, `{{.Benchmark.Treshold}}%`))
	var e *template.Error
	if errors.Is(err, template.ErrMissingField) && errors.As(err, &e) {
		fmt.Printf("rejected: template %q refers to the undefined field %q\n", e.Template, e.Field)
	}
	// Output:
	// Goal: Jordan will become more engaged in school tasks and activities, achieving between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day with a level 4 to 5 intensity of support by the end of the 3rd trimester.
	// Benchmarks:
	// 1. Jordan reaches between a 3 and 5 for 50% by the end of the 1st trimester.
	// 2. Jordan reaches between a 3 and 5 for 75% by the end of the 2nd trimester.
	// 3. Jordan reaches between a 3 and 5 for 90% by the end of the 3rd trimester.
	// rejected: template "benchmark" refers to the undefined field "Treshold"
}

// The same template escapes a name in HTML and keeps it as written in text.
func ExampleFormat() {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support: goal.Independent(), Threshold: 90, Deadline: goal.ByEndOf(goal.SchoolYear)})
	for _, f := range []template.Format{template.Text, template.HTML} {
		if err := template.Default().Benchmark(os.Stdout, f, `<b>Al</b> & "Jo"`, b); err != nil {
			fmt.Println(err)
		}
		fmt.Println()
	}
	// Output:
	// <b>Al</b> & "Jo" will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the school year.
	// &lt;b&gt;Al&lt;/b&gt; &amp; &#34;Jo&#34; will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the school year.
}
