package assess_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// TestTrailingWindowIsAssessWindow checks that TrailingWindow gives the
// window Assess reports, for any days (negative counts included), as-of
// date and window size.
func TestTrailingWindowIsAssessWindow(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 80})
	rapid.Check(t, func(t *rapid.T) {
		var days []progress.DayTally
		d := goal.MustDate(2026, 8, 31)
		for range rapid.IntRange(0, 40).Draw(t, "days") {
			d = d.AddDays(rapid.IntRange(1, 4).Draw(t, "gap"))
			// Negative counts too: Summary.AddDay and a decoded summary can hold them.
			rated := rapid.Int64Range(-20, 300).Draw(t, "rated")
			q := rapid.Int64Range(min(0, rated), max(0, rated)).Draw(t, "qualifying")
			days = append(days, progress.DayTally{Date: d, Tally: progress.Tally{Rated: rated, Qualifying: q},
				InBand: rapid.Int64Range(min(q, rated), max(q, rated)).Draw(t, "inBand"), Units: rated})
		}
		asOf := goal.MustDate(2026, 8, 31).AddDays(rapid.IntRange(-5, 120).Draw(t, "asOf"))
		size := rapid.IntRange(0, 15).Draw(t, "size")
		a, err := assess.Benchmark(b, days, asOf, assess.Options{WindowDays: size, MinDays: 1})
		if err != nil {
			t.Fatal(err)
		}
		if got := assess.TrailingWindow(days, asOf, size); got != a.Window {
			t.Fatalf("TrailingWindow(days, %v, %d) = %+v, want Assess's window %+v", asOf, size, got, a.Window)
		}
	})
}
