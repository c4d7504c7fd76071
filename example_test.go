package iepgoal_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// A benchmark is one value that is both worded and measured: build it,
// render its sentence, and evaluate it against a week of rated periods.
// (This is the code sample of the README.)
func Example() {
	b, err := goal.NewBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 80,
		Deadline:  goal.By(goal.MustDate(2027, 3, 12)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	template.Default().Benchmark(os.Stdout, template.Text, "Jordan", b)
	fmt.Println()

	week := `student,date,period,minutes,tep,intensity
S-0042,2026-09-07,1,50,4,3
S-0042,2026-09-07,2,50,2,3
S-0042,2026-09-08,1,50,5,2
S-0042,2026-09-09,1,50,3,4
S-0042,2026-09-10,1,50,4,3
S-0042,2026-09-11,1,50,4,
S-0042,2026-09-11,2,50,,3`
	csv := strings.NewReader(week) // student,date,period,minutes,tep,intensity; 7 periods, 1 unrated
	sum, err := progress.MeasureCSV(csv, b, progress.MeasureOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := progress.Assess(b, sum.Days("S-0042"), goal.MustDate(2026, 9, 11), progress.AssessOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v: %s of %d rated minutes over %d days\n", a.Status, a.Window.PercentText(), a.Window.Rated, a.Window.Days)
	// Output:
	// With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 80% or more of the day by March 12, 2027.
	// on-track: 50.0% of 300 rated minutes over 5 days
}
