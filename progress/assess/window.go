package assess

import (
	"sort"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// TrailingWindow returns the trailing window [Benchmark] would report for
// days as of asOf with [Options.WindowDays] = size (0 means 10): the
// last size days on or before asOf with rated units, pooled. It does none
// of Assess's other work (weeks, trends, rules), for callers that need
// only the window of many students. days must be sorted by date, as for
// Assess; size must not be negative (a negative size is taken as 0).
func TrailingWindow(days []progress.DayTally, asOf goal.Date, size int) Window {
	if size <= 0 {
		size = 10
	}
	upTo := days[:sort.Search(len(days), func(i int) bool { return days[i].Date.After(asOf) })]
	// Only the days from the size-th last rated one on can be in the window.
	start := len(upTo)
	for n := 0; start > 0 && n < size; {
		start--
		if isRated(upTo[start]) {
			n++
		}
	}
	return poolRated(upTo[start:]) // at most size rated days
}
