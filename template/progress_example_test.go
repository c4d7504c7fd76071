package template_test

import (
	"fmt"
	"os"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// The progress summary of an assessment says what was observed — the
// percent over the last rated days and the support the student actually
// had — and the verdict; here on the deadline day, when the verdict is
// final.
func ExampleSet_Progress() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityHigh),
		Threshold: 90,
		Deadline:  goal.ByEndOf(goal.Trimester1),
	})
	cal := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: goal.MustDate(2026, time.November, 20)})
	var days []progress.DayTally // ten school days, 84 of 100 minutes qualifying, support at level 2 (3 on Fridays)
	for d := goal.MustDate(2026, time.November, 9); !d.After(goal.MustDate(2026, time.November, 20)); d = d.AddDays(1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		level := rubric.Intensity(2)
		if d.Weekday() == time.Friday {
			level = 3
		}
		days = append(days, progress.DayTally{Date: d, Tally: progress.Tally{Rated: 100, Qualifying: 84}, InBand: 90,
			Units: 100, SupportUnits: 100, IntensityUnits: 100 * int64(level), MaxIntensity: level})
	}
	a, err := assess.Benchmark(b, days, goal.MustDate(2026, time.November, 20), assess.Options{Calendar: cal})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := template.Default().Progress(os.Stdout, template.Text, "Jordan", a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// From November 9 to November 20, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale with support at level 4 or less for 84% of the day; support was at level 2.2 on average, never above 3: the benchmark of 90% or more was not met by the end of the 1st trimester (November 20, 2026).
}
