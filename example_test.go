package iepgoal_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// A benchmark is one value that is both worded and measured: build it,
// render its sentence, measure it over a week of rated periods, assess it
// as of a date and word the result. (This is the code sample of the
// README, which a test keeps identical to it.)
func Example() {
	b, err := goal.NewBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 80,
		Deadline:  goal.By(goal.MustDate(2027, 3, 12)),
	})
	if err != nil {
		fmt.Println(err) // every field is checked: errors.Is(err, rubric.ErrOutOfRange) …
		return
	}
	words := template.Default()
	if err := words.Benchmark(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println()

	week := strings.NewReader(`student,date,period,minutes,tep,intensity
S-0042,2026-09-07,1,50,4,3
S-0042,2026-09-07,2,50,2,3
S-0042,2026-09-08,1,50,5,2
S-0042,2026-09-09,1,50,3,4
S-0042,2026-09-10,1,50,4,3
S-0042,2026-09-11,1,50,4,2
S-0042,2026-09-11,2,50,,3`) // a week of rated periods; the last one unrated
	sum, err := progress.MeasureCSV(week, b, progress.MeasureOptions{})
	if err != nil {
		fmt.Println(err) // a bad row is a *progress.RowError with its line and column
		return
	}
	a, err := assess.Benchmark(b, sum.Days("S-0042"), goal.MustDate(2026, 9, 11), assess.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := words.Progress(os.Stdout, template.Text, "Jordan", a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 80% or more of the day by March 12, 2027.
	// From September 7 to September 11, 2026, over 5 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale with support at level 3 or less for 66.7% of the day; support was at level 2.9 on average, never above 4: the benchmark of 80% or more is not met yet, and progress is on track to meet it by March 12, 2027.
}
