package assess

import (
	"fmt"
	"math"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Phase is a span of an assessment's weekly series under one condition
// of support — a single-case design's phase — with the level and trend of
// its weekly percents. It holds the dates From ≤ d < To; a week belongs to
// it when the week's Mid does. Its trends are fitted to its own weekly
// points alone, with x counted as in the assessment ([WeekPoint.X]), so
// that Trend.At draws them on the same axis; their slopes are the phase's
// rate of improvement, in points per week. The zero value is no phase.
type Phase struct {
	From, To goal.Date
	// Support is the level the weeks' mean overall intensity rounds to
	// ([WeekSupport]), for phases found by [SupportPhases]; zero for
	// phases from dates ([PhasesFrom]).
	Support rubric.Intensity
	Weeks   int // the weeks of the series in the phase
	Points  int // of them, the weeks with a percent
	// Mean and Median are those of the weekly percents; 0 without points.
	Mean, Median  float64
	OLS, TheilSen Trend
}

// Contains reports whether d falls in the phase.
func (p Phase) Contains(d goal.Date) bool { return !d.Before(p.From) && d.Before(p.To) }

// Last returns the phase's last date, the day before To.
func (p Phase) Last() goal.Date { return p.To.AddDays(-1) }

// WeekSupport returns the level of support of a week: its minutes-weighted
// mean overall intensity rounded to the nearest level, halves up to the
// more support (2.5 → 3), and zero when the week recorded none. It is the
// one rule of support phases, for [SupportPhases] and the chart's shading.
func WeekSupport(w WeekPoint) rubric.Intensity {
	m, ok := w.MeanIntensity()
	if !ok {
		return 0
	}
	return nearestIntensity(m)
}

// nearestIntensity rounds a mean intensity to the nearest level, halves up
// to the more support (2.5 → 3), held within 1–5: the one rounding of a
// mean level, for a week's support and the plan's current intensity.
func nearestIntensity(mean float64) rubric.Intensity {
	return rubric.Intensity(min(5, max(1, int(math.Floor(mean+0.5)))))
}

// SupportPhases splits the weekly series into phases of support: a new
// phase begins where [WeekSupport] changes. Each phase runs from the
// Monday of its first week to the Monday after its last. A week that
// recorded no support belongs to no phase and ends the one before it;
// weeks missing from the series (no school) do not.
//
// A run of fewer than minWeeks weeks (of the series) joins the phase
// before it, when no unrecorded week separates them, else the one after
// it on the same condition, taking that phase's level; a run with neither
// neighbour stays as it is. minWeeks ≤ 1 keeps every run. The weeks must
// be in order, as [Benchmark] gives them.
func SupportPhases(weeks []WeekPoint, minWeeks int) []Phase {
	runs := supportRuns(weeks)
	for joinShortRun(runs, minWeeks) {
		runs = slices.DeleteFunc(runs, func(r weekRun) bool { return r.end == r.start })
	}
	out := make([]Phase, len(runs))
	for i, r := range runs {
		out[i] = phaseOf(weeks[r.start:r.end], monday(weeks[r.start]), monday(weeks[r.end-1]).AddDays(7), r.level)
	}
	return out
}

// weekRun is a run of weeks at one level: weeks[start:end].
type weekRun struct {
	start, end int
	level      rubric.Intensity
}

// supportRuns returns the runs of consecutive weeks of the same support.
func supportRuns(weeks []WeekPoint) []weekRun {
	var out []weekRun
	for i, w := range weeks {
		level := WeekSupport(w)
		switch n := len(out); {
		case level == 0:
		case n > 0 && out[n-1].end == i && out[n-1].level == level:
			out[n-1].end = i + 1
		default:
			out = append(out, weekRun{start: i, end: i + 1, level: level})
		}
	}
	return out
}

// joinShortRun joins the first run shorter than minWeeks that has an
// adjacent neighbour into it (the one before first), leaving the joined
// run empty, and reports whether it joined one. Adjacent neighbours of
// the same level are joined with it.
func joinShortRun(runs []weekRun, minWeeks int) bool {
	for i := range runs {
		r := &runs[i]
		if r.end-r.start >= minWeeks {
			continue
		}
		switch {
		case i > 0 && runs[i-1].end == r.start:
			runs[i-1].end = r.end
			if i+1 < len(runs) && runs[i+1].start == r.end && runs[i+1].level == runs[i-1].level {
				runs[i-1].end, runs[i+1].end = runs[i+1].end, runs[i+1].start
			}
		case i+1 < len(runs) && runs[i+1].start == r.end:
			runs[i+1].start = r.start
		default:
			continue
		}
		r.end = r.start
		return true
	}
	return false
}

// PhasesFrom splits the weekly series at the dates a team recorded a
// change of intervention: the first phase runs from the Monday of the
// first week to starts[0], each start to the next, and the last to the
// Monday after the last week. Phases that hold no week are left out. The
// starts must be valid dates in strictly increasing order; the error is
// an *[Error] for field "starts" wrapping [ErrOption].
func PhasesFrom(weeks []WeekPoint, starts []goal.Date) ([]Phase, error) {
	for i, d := range starts {
		switch {
		case !d.IsValid():
			return nil, &Error{Field: "starts", Index: i, Err: fmt.Errorf("%w: the zero date: want the date a phase starts", ErrOption)}
		case i > 0 && !d.After(starts[i-1]):
			return nil, &Error{Field: "starts", Index: i, Err: fmt.Errorf("%w: %v is not after the start before it, %v", ErrOption, d, starts[i-1])}
		}
	}
	if len(weeks) == 0 {
		return nil, nil
	}
	bounds := append(append([]goal.Date{monday(weeks[0])}, starts...), monday(weeks[len(weeks)-1]).AddDays(7))
	var out []Phase
	for i := 0; i+1 < len(bounds); i++ {
		from, to := bounds[i], bounds[i+1]
		lo := slices.IndexFunc(weeks, func(w WeekPoint) bool { return !w.Mid.Before(from) })
		if lo < 0 || !weeks[lo].Mid.Before(to) {
			continue
		}
		hi := lo
		for hi < len(weeks) && weeks[hi].Mid.Before(to) {
			hi++
		}
		out = append(out, phaseOf(weeks[lo:hi], later(from, monday(weeks[0])), to, 0))
	}
	return out, nil
}

// phaseOf returns the phase of the weeks, with its level and trends.
func phaseOf(weeks []WeekPoint, from, to goal.Date, support rubric.Intensity) Phase {
	p := Phase{From: from, To: to, Support: support, Weeks: len(weeks)}
	xs, ys := weeklyXY(weeks)
	p.Points = len(ys)
	if p.Points == 0 {
		return p
	}
	var sum float64
	for _, y := range ys {
		sum += y
	}
	p.Mean = sum / float64(len(ys))
	anchor := weeks[0].Mid.AddDays(-int(math.Round(7 * weeks[0].X)))
	p.OLS = fitTrend(TrendOLS, anchor, xs, ys, 2)
	p.TheilSen = fitTrend(TrendTheilSen, anchor, xs, ys, 2) // before the median: TheilSen does not reorder ys
	p.Median = median(ys)
	return p
}

// monday returns the Monday of the week's ISO week.
func monday(w WeekPoint) goal.Date { return w.Mid.AddDays(-2) }

// later returns the later of two dates.
func later(a, b goal.Date) goal.Date {
	if a.After(b) {
		return a
	}
	return b
}
