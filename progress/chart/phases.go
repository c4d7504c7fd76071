package chart

import (
	"math"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// phase is a run of weeks whose mean support intensity rounds to the same
// level: the shading behind the weekly series.
type phase struct {
	level    int       // 1–5
	from, to goal.Date // Monday of the first week, Monday after the last week
}

// weekLevel rounds a week's mean intensity to the nearest level, halves
// up (2.5 → 3), and returns 0 when the week recorded none.
func weekLevel(w assess.WeekPoint) int {
	m, ok := w.MeanIntensity()
	if !ok {
		return 0
	}
	return min(5, max(1, int(math.Floor(m+0.5))))
}

// phases groups the weekly series into support phases. A week without a
// recorded intensity ends the running phase; weeks missing from the series
// (no school) do not, when the next week has the same level.
func phases(weeks []assess.WeekPoint) []phase {
	var out []phase
	prev := 0
	for _, w := range weeks {
		level := weekLevel(w)
		monday := w.Mid.AddDays(-2)
		switch {
		case level == 0:
		case level == prev && len(out) > 0:
			out[len(out)-1].to = monday.AddDays(7)
		default:
			out = append(out, phase{level: level, from: monday, to: monday.AddDays(7)})
		}
		prev = level
	}
	return out
}
