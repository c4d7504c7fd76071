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

// The progress summary of a benchmark from its measured result, as package
// progress fills it: the window, the percent, the rated and setback days
// and the verdict. A result that breaks its own rules is refused.
func ExampleSet_Progress() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 90,
		Deadline:  goal.ByEndOf(goal.Trimester2),
	})
	r := template.Result{
		Status: goal.StatusOnTrack, Percent: 84, HasPercent: true,
		From: goal.MustDate(2026, time.October, 5), To: goal.MustDate(2026, time.October, 30),
		RatedDays: 18, SetbackDays: 2,
	}
	s := template.Default()
	if err := s.Progress(os.Stdout, template.Text, "Jordan", b, r); err != nil {
		fmt.Println(err)
	}
	fmt.Println()

	r.SetbackDays = 19 // more setback days than rated days
	err := s.Progress(os.Stdout, template.Text, "Jordan", b, r)
	fmt.Println(errors.Is(err, template.ErrInvalid), err)
	// Output:
	// From October 5, 2026 to October 30, 2026, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale with a level 3 intensity of support or less for 84% of the day over 18 rated days: the benchmark of 90% or more is not met yet, and progress is on track. 2 of those days went badly.
	// true template: "progress": invalid argument: template: Result.SetbackDays 19: want 0–RatedDays (18)
}
