package assess_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// exampleDays returns six weeks of school days from Monday 2026-08-31 for
// a student rated 100 minutes a day, at the given percent each week (15
// more minutes in band than qualify), with
// one bad Thursday (20 of 100 minutes in band) in the last week.
func exampleDays(weekly ...int64) []progress.DayTally {
	var days []progress.DayTally
	monday := goal.MustDate(2026, 8, 31)
	for w, pct := range weekly {
		for i := range 5 {
			d := progress.DayTally{
				Date:   monday.AddDays(7*w + i),
				Tally:  progress.Tally{Rated: 100, Qualifying: pct},
				InBand: pct + 15, Units: 100,
				SupportUnits: 100, IntensityUnits: 300, MaxIntensity: 3,
			}
			days = append(days, d)
		}
	}
	bad := &days[len(days)-2]
	bad.Qualifying, bad.InBand = 20, 20
	return days
}

// ExampleBenchmark assesses a TEP benchmark as of a date: the status, the
// numbers behind it, the decision rules and the setback days.
func ExampleBenchmark() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand[rubric.TEP](3, 5),
		Support:   goal.MustSupportAtMost(4),
		Threshold: 80,
		Deadline:  goal.By(goal.MustDate(2026, 12, 16)),
	})
	days := exampleDays(40, 44, 52, 55, 61, 66)
	a, err := assess.Benchmark(b, days, goal.MustDate(2026, 10, 9), assess.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("status: %v\n", a.Status)
	fmt.Printf("window: %s over %d rated days, %v to %v\n", template.PercentOf(a.Window.Tally), a.Window.Days, a.Window.First, a.Window.Last)
	fmt.Printf("aimline: %s on %v to %.0f%% on %v (%.2f points/week)\n", template.PercentOf(a.Baseline.Tally), a.Aimline.From, a.Aimline.ToPercent, a.Aimline.To, a.Aimline.Slope())
	fmt.Printf("trend (%v): %.2f points/week; OLS %.2f\n", a.Trend.Method, a.Trend.Slope, a.OLS.Slope)
	fmt.Printf("projected to reach 80%%: %v\n", a.Projected)
	for _, r := range a.Rules {
		fmt.Printf("rule %v: %v\n", r.Rule, r.Decision)
	}
	fmt.Printf("decision: %v\n", a.Decision)
	fmt.Printf("setback days: %v\n", a.Setbacks)
	// Output:
	// status: on-track
	// window: 58.9% over 10 rated days, 2026-09-28 to 2026-10-09
	// aimline: 40% on 2026-09-02 to 80% on 2026-12-16 (2.67 points/week)
	// trend (theil-sen): 4.50 points/week; OLS 3.94
	// projected to reach 80%: 2026-11-03
	// rule four-point: raise
	// rule trend-line: raise
	// rule consecutive-days: continue
	// decision: raise
	// setback days: [2026-10-08]
}

// Fitting a trend to weekly percents (x in weeks): one bad week pulls the
// least-squares line down, the Theil–Sen line hardly moves.
func ExampleOLS() {
	xs := []float64{0, 1, 2, 3, 4, 5}
	ys := []float64{50, 55, 60, 10, 70, 75} // week 3 held a setback
	slope, intercept, ok := assess.OLS(xs, ys)
	fmt.Printf("OLS:       %.1f + %.2f·x (%v)\n", intercept, slope, ok)
	slope, intercept, ok = assess.TheilSen(xs, ys)
	fmt.Printf("Theil–Sen: %.1f + %.2f·x (%v)\n", intercept, slope, ok)
	// Output:
	// OLS:       44.8 + 3.43·x (true)
	// Theil–Sen: 50.0 + 5.00·x (true)
}

// TheilSen needs two distinct xs; with fewer it reports no line.
func ExampleTheilSen() {
	_, _, ok := assess.TheilSen([]float64{3, 3}, []float64{40, 60})
	fmt.Println(ok)
	slope, intercept, ok := assess.TheilSen([]float64{0, 1, 2}, []float64{40, 45, 50})
	fmt.Println(slope, intercept, ok)
	// Output:
	// false
	// 5 40 true
}
