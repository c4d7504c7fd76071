package template_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// schoolDays returns n school days from Monday 2026-08-31, 100 rated
// minutes each at the percent pct(i) and the support level level(i).
func schoolDays(n int, pct func(i int) int64, level func(i int) rubric.Intensity) []progress.DayTally {
	var out []progress.DayTally
	for d := goal.MustDate(2026, time.August, 31); len(out) < n; d = d.AddDays(1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		i, p, l := len(out), pct(len(out)), level(len(out))
		day := progress.DayTally{Date: d, Tally: progress.Tally{Rated: 100, Qualifying: p}, InBand: min(100, p+10), Units: 100}
		if l != 0 {
			day.SupportUnits, day.IntensityUnits, day.MaxIntensity = 100, 100*int64(l), l
		}
		_ = i
		out = append(out, day)
	}
	return out
}

func constant[T any](v T) func(int) T { return func(int) T { return v } }

// TestProgressSummary checks the progress summary sentence by sentence.
// Each case is an assessment made from hand-made days; the sentence states
// the support observed in the window, never the planned range as achieved.
func TestProgressSummary(t *testing.T) {
	t1 := goal.MustDate(2026, time.November, 20)
	cal := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: t1})
	planned45 := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportRange(4, 5), Threshold: 50, Deadline: goal.ByEndOf(goal.Trimester1)})
	ceiling := func(dl goal.Deadline) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportAtMost(3), Threshold: 80, Deadline: dl})
	}
	soft := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: rubric.MustSkillArea("group-work", "working successfully in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](2, 3), Support: goal.MustSupportAtMost(1), Threshold: 75, Deadline: goal.By(goal.MustDate(2026, time.December, 18))})
	late := func(i int) int64 { // 30 days at 50%, then 95%
		if i < 30 {
			return 50
		}
		return 95
	}
	tests := []struct {
		name string
		b    goal.Benchmark
		days []progress.DayTally
		asOf goal.Date
		want string
	}{
		{
			name: "planned 4 to 5, observed level 2: the sentence says level 2, not 4 to 5",
			b:    planned45, days: schoolDays(60, constant[int64](62), constant[rubric.Intensity](2)), asOf: goal.MustDate(2026, time.October, 30),
			want: "From October 19 to October 30, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 62% of the day; support was at level 2 throughout: the benchmark of 50% or more is met.",
		},
		{
			name: "the deadline day: not met, and the mean and the most support observed",
			b:    planned45, days: schoolDays(60, constant[int64](40), func(i int) rubric.Intensity { return rubric.Intensity(2 + i%2) }), asOf: t1,
			want: "From November 9 to November 20, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 40% of the day; support was at level 2.5 on average, never above 3: the benchmark of 50% or more was not met by the end of the 1st trimester (November 20, 2026).",
		},
		{
			name: "met after the deadline says so",
			b:    ceiling(goal.By(goal.MustDate(2026, time.October, 2))), days: schoolDays(50, late, constant[rubric.Intensity](3)), asOf: goal.MustDate(2026, time.November, 6),
			want: "From October 26 to November 6, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale with support at level 3 or less for 95% of the day; support was at level 3 throughout: the benchmark of 80% or more is met; it was met on October 20, 2026, after its deadline, October 2, 2026.",
		},
		{
			name: "met by the deadline, fallen back since: still met, and it says so",
			b:    planned45, days: schoolDays(90, func(i int) int64 { return map[bool]int64{true: 62, false: 30}[i < 60] }, constant[rubric.Intensity](2)), asOf: goal.MustDate(2027, time.January, 1),
			want: "From December 21, 2026 to January 1, 2027, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 30% of the day; support was at level 2 throughout: the benchmark of 50% or more is met; it was met on September 4, 2026, by its deadline, the end of the 1st trimester (November 20, 2026), and the last rated days have fallen below it since. 10 of those days went badly.",
		},
		{
			name: "at risk, soft skill, no support recorded",
			b:    soft, days: schoolDays(30, constant[int64](40), constant[rubric.Intensity](0)), asOf: goal.MustDate(2026, time.October, 9),
			want: "From September 28 to October 9, 2026, over 10 rated days, Jordan achieved between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group with support at level 1 or less for 40% of opportunities provided: the benchmark of 75% or more is not met yet, and is at risk of not being met by December 18, 2026.",
		},
		{
			name: "not enough data yet",
			b:    ceiling(goal.Deadline{}), days: schoolDays(3, constant[int64](90), constant[rubric.Intensity](1)), asOf: goal.MustDate(2026, time.September, 2),
			want: "From August 31 to September 2, 2026, over 3 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale with support at level 3 or less for 90% of the day; support was at level 1 throughout: there are too few rated days yet to judge the benchmark of 80% or more.",
		},
		{
			name: "no rated day: no blanks, the as-of date instead",
			b:    ceiling(goal.Deadline{}), asOf: goal.MustDate(2026, time.September, 2),
			want: "As of September 2, 2026, Jordan had no rated days for this benchmark, so it cannot be judged yet.",
		},
	}
	s := template.Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := assess.Benchmark(tt.b, tt.days, tt.asOf, assess.Options{Calendar: cal})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			if err := s.Progress(&got, template.Text, "Jordan", a); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("progress summary (-want +got):\n%s", diff)
			}
			if strings.Contains(got.String(), "level 4 to 5") || strings.Contains(got.String(), template.Blank) {
				t.Errorf("the summary restates the plan or holds a blank: %s", got.String())
			}
		})
	}
}

// TestTrendProjectionTense: the trend line's crossing of the threshold is
// told in the future while it is ahead of the assessment's date, and as a
// fact once it is behind it.
func TestTrendProjectionTense(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 60, Deadline: goal.By(goal.MustDate(2027, time.June, 11))})
	rising := func(i int) int64 { return min(100, 20+int64(i)) } // one point a school day
	days := schoolDays(90, rising, constant[rubric.Intensity](3))
	s := template.Default()
	for _, tc := range []struct {
		asOf goal.Date
		want string
	}{
		{goal.MustDate(2026, time.September, 25), "; at this rate it reaches 60% on "},
		{goal.MustDate(2026, time.December, 18), "; the trend line has been at 60% or more since "},
	} {
		a, err := assess.Benchmark(b, days, tc.asOf, assess.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Projected.IsValid() || a.Projected.After(tc.asOf) != strings.Contains(tc.want, "reaches") {
			t.Fatalf("as of %v: projected %v, which does not fit the case", tc.asOf, a.Projected)
		}
		var report strings.Builder
		if err := s.Assessment(&report, template.Text, "Jordan", "1", a); err != nil {
			t.Fatal(err)
		}
		want := tc.want + template.DatePhrase(a.Projected)
		if !strings.Contains(report.String(), want) {
			t.Errorf("as of %v (projected %v): the report does not say %q:\n%s", tc.asOf, a.Projected, want, report.String())
		}
	}
}
