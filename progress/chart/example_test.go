package chart_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/rubric"
)

// ExampleRender assesses eight weeks of a student's days and renders the
// chart to a buffer; written to a file, it opens in a browser.
func ExampleRender() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand[rubric.TEP](3, 5),
		Support:   goal.MustSupportAtMost(3),
		Threshold: 90,
		Deadline:  goal.By(goal.MustDate(2026, 12, 18)),
	})
	var days []progress.DayTally
	monday := goal.MustDate(2026, 8, 31)
	for w := range 8 {
		for i := range 5 {
			q := int64(50 + 5*w)
			days = append(days, progress.DayTally{
				Date:  monday.AddDays(7*w + i),
				Tally: progress.Tally{Rated: 100, Qualifying: q}, InBand: q + 10, Units: 100,
				SupportUnits: 100, IntensityUnits: 300, MaxIntensity: 3,
			})
		}
	}
	a, err := assess.Benchmark(b, days, goal.MustDate(2026, 10, 23), assess.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := chart.Render(&buf, a, chart.Options{Student: "S-0042"}); err != nil {
		fmt.Println(err)
		return
	}
	svg := buf.String()
	fmt.Println(strings.SplitN(svg, "\n", 2)[0])
	fmt.Println("weekly points:", strings.Count(svg, "<circle")-2) // less the legend's two
	fmt.Println(strings.Contains(svg, `<title id="chart-title">TEP 3–5 with support 3 or less, 90% of the day — student S-0042</title>`))
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// weekly points: 8
	// true
}
