package singlecase

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// ComparePhases returns the effect sizes of phase b against baseline
// phase a of one student's benchmark, on the daily percents of each
// phase's rated days (days with rated units, in date order, as
// progress measured them for the benchmark): the points of a phase are
// the percents of the days it contains ([assess.Phase.Contains]). The
// goal of PoGO is the benchmark's threshold unless opts.Goal gives one;
// the percent of the day improves upward, so opts.Improvement is
// normally left zero. A phase without a rated day is an *[Error] for
// "a" or "b".
func ComparePhases(days []progress.DayTally, a, b assess.Phase, bench goal.Benchmark, opts Options) (Effects, error) {
	if _, ok := opts.Goal.Get(); !ok && !bench.IsZero() {
		opts.Goal = Some(float64(bench.Threshold()))
	}
	return Compare(DailyPercents(days, a), DailyPercents(days, b), opts)
}

// DailyPercents returns the percents of the rated days of days (in date
// order) that fall in the phase, in date order: the points a phase
// contributes to [ComparePhases].
func DailyPercents(days []progress.DayTally, p assess.Phase) []float64 {
	var out []float64
	for _, d := range days {
		if pct, ok := d.Percent(); ok && p.Contains(d.Date) {
			out = append(out, pct)
		}
	}
	return out
}
