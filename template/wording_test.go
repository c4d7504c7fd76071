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
	tep35     = rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	groupWork = rubric.MustSkillArea(rubric.SkillGroupWork, "working successfully in a group")
	march13   = goal.By(goal.MustDate(2027, time.March, 13))
	june11    = goal.By(goal.MustDate(2027, time.June, 11))
)

func tepBenchmark(s goal.Support, threshold int, d goal.Deadline) goal.Benchmark {
	return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep35, Support: s, Threshold: threshold, Deadline: d})
}

func softBenchmark(low, high rubric.SoftSkill, s goal.Support, threshold int, d goal.Deadline) goal.Benchmark {
	return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork,
		Proficiency: rubric.MustBand(low, high), Support: s, Threshold: threshold, Deadline: d})
}

// render runs one of the Set's typed methods into a string.
func render(t testing.TB, fn func(w *strings.Builder) error) string {
	t.Helper()
	var b strings.Builder
	if err := fn(&b); err != nil {
		t.Fatalf("rendering: %v", err)
	}
	return b.String()
}

func formal(t testing.TB, s *template.Set, f template.Format, student string, b goal.Benchmark) string {
	t.Helper()
	return render(t, func(w *strings.Builder) error { return s.Benchmark(w, f, student, b) })
}

// TestFormalSentence checks the library's sample sentences word for word.
func TestFormalSentence(t *testing.T) {
	tests := []struct {
		name    string
		student string
		b       goal.Benchmark
		want    string
	}{
		{
			name:    "range of support, term deadline",
			student: "Jordan",
			b:       tepBenchmark(goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), 50, goal.ByEndOf(goal.Trimester1)),
			want:    "With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
		},
		{
			name:    "ceiling of support, date deadline",
			student: "Jordan",
			b:       tepBenchmark(goal.MustSupportAtMost(rubric.IntensityModerate), 90, march13),
			want:    "With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
		},
		{
			name:    "independent: no support clause",
			student: "Jordan",
			b:       tepBenchmark(goal.Independent(), 90, goal.ByEndOf(goal.SchoolYear)),
			want:    "Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the school year.",
		},
		{
			name:    "soft skill",
			student: "Jordan",
			b:       softBenchmark(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping, goal.MustSupportAtMost(rubric.IntensityMinimal), 75, june11),
			want:    "With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by June 11, 2027.",
		},
		{
			name:    "blank form: no name, no deadline",
			student: "",
			b:       tepBenchmark(goal.MustSupportAtMost(rubric.IntensityMild), 90, goal.Deadline{}),
			want:    "With a level 2 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
		},
		{
			name:    "blank form, independent",
			student: "",
			b:       tepBenchmark(goal.Independent(), 90, goal.Deadline{}),
			want:    "______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
		},
		{
			name:    "name that HTML would escape is verbatim in text",
			student: `<b>Al</b> & "Jo"`,
			b:       tepBenchmark(goal.Independent(), 90, goal.ByEndOf(goal.Trimester2)),
			want:    `<b>Al</b> & "Jo" will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.`,
		},
	}
	s := template.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, formal(t, s, template.Text, tt.student, tt.b)); diff != "" {
				t.Errorf("formal sentence mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLEscaping checks that the same template escapes a name in HTML and
// keeps it verbatim in text.
func TestHTMLEscaping(t *testing.T) {
	s := template.Default()
	b := tepBenchmark(goal.MustSupportAtMost(rubric.IntensityModerate), 90, march13)
	name := `<b>Al</b> & "Jo"`
	got := formal(t, s, template.HTML, name, b)
	want := "With a level 3 intensity of support or less, &lt;b&gt;Al&lt;/b&gt; &amp; &#34;Jo&#34; will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027."
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("HTML sentence mismatch (-want +got):\n%s", diff)
	}
	text := formal(t, s, template.Text, name, b)
	if !strings.Contains(text, name) {
		t.Errorf("text sentence %q does not hold the name verbatim", text)
	}
	plain := render(t, func(w *strings.Builder) error { return s.Plain(w, template.HTML, name, b) })
	if strings.Contains(plain, "<b>") || !strings.Contains(plain, "&lt;b&gt;Al&lt;/b&gt; &amp; &#34;Jo&#34;") {
		t.Errorf("plain HTML %q does not escape the name", plain)
	}
}

func TestPlainLanguage(t *testing.T) {
	tests := []struct {
		name    string
		student string
		b       goal.Benchmark
		want    string
	}{
		{
			name:    "new to the program",
			student: "Jordan",
			b:       tepBenchmark(goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), 50, goal.ByEndOf(goal.Trimester1)),
			want: "By the end of the 1st trimester, Jordan will be rated fair or better for at least 50% of the school day.\n" +
				"Success looks like Jordan coping with class tasks, staying engaged and taking part.\n" +
				"The adults keep giving high to extreme support, as much as Jordan needs.",
		},
		{
			name:    "support being lowered, with focus elements",
			student: "Jordan",
			b: goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep35, Support: goal.MustSupportAtMost(rubric.IntensityModerate),
				Threshold: 90, Deadline: march13, Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)}),
			want: "By March 13, 2027, Jordan will be rated fair or better for at least 90% of the school day.\n" +
				"Success looks like Jordan coping with class tasks, staying engaged and taking part.\n" +
				"The adults give moderate support or less, and step it down as Jordan is ready.\n" +
				"They pay special attention to De-escalation and Visual.",
		},
		{
			name:    "independent",
			student: "Jordan",
			b:       tepBenchmark(goal.Independent(), 90, goal.ByEndOf(goal.SchoolYear)),
			want: "By the end of the school year, Jordan will be rated fair or better for at least 90% of the school day.\n" +
				"Success looks like Jordan coping with class tasks, staying engaged and taking part.\n" +
				"Jordan does this on their own, with only the minimal support every student gets.",
		},
		{
			name:    "soft skill at level 1 or less",
			student: "Jordan",
			b:       softBenchmark(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping, goal.MustSupportAtMost(rubric.IntensityMinimal), 75, june11),
			want: "Working successfully in a group is the skill to build.\n" +
				"By June 11, 2027, Jordan will be rated emerging or developing at it.\n" +
				"That should happen in at least 75% of the chances to use it.\n" +
				"Success looks like Jordan working successfully in a group whenever the chance comes up.\n" +
				"The adults give only minimal support, the kind every student gets.",
		},
		{
			name:    "blank form",
			student: "",
			b:       tepBenchmark(goal.MustSupportAtMost(rubric.IntensityMild), 90, goal.Deadline{}),
			want: "By ______, ______ will be rated fair or better for at least 90% of the school day.\n" +
				"Success looks like ______ coping with class tasks, staying engaged and taking part.\n" +
				"The adults give mild support or less, and step it down as ______ is ready.",
		},
	}
	s := template.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, func(w *strings.Builder) error { return s.Plain(w, template.Text, tt.student, tt.b) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("plain version mismatch (-want +got):\n%s", diff)
			}
			for _, jargon := range []string{"intensity", "scale", "level", "between a"} {
				if strings.Contains(got, jargon) {
					t.Errorf("plain version uses the jargon %q:\n%s", jargon, got)
				}
			}
		})
	}
}
