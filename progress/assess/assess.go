package assess

import (
	"fmt"
	"math"
	"sort"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// The program's window rule: a benchmark is judged on the last
// DefaultWindowDays rated days, and needs DefaultMinDays of them.
const (
	DefaultWindowDays = 10
	DefaultMinDays    = 5
)

// Options configures [Benchmark] and [Plan]. The zero value gives the
// defaults named on each field: the program's window rule (the last 10
// rated days, at least 5 of them) and the field's decision rules. Counts
// must not be negative.
type Options struct {
	// WindowDays is how many rated days (days with Rated > 0) on or before
	// the as-of date make up the trailing window; 0 means
	// [DefaultWindowDays].
	WindowDays int
	// MinDays is how many rated days the window needs before a status
	// other than [StatusNotEnoughData] is given; 0 means [DefaultMinDays].
	// It must not exceed WindowDays.
	MinDays int
	// BaselineDays is how many of the first rated days are pooled into the
	// baseline the aimline starts from; 0 means 5 (a school week).
	BaselineDays int
	// Deadline, when set, is used instead of the benchmark's own deadline.
	Deadline goal.Date
	// Calendar places the benchmark's deadline on a date when it names a
	// term ("by the end of the 2nd trimester"): pass the school year's
	// [goal.Calendar] ([Plan] passes the plan's own). A term deadline the
	// calendar does not place is an error wrapping
	// [goal.ErrUnresolvedDeadline], never a silent "no deadline".
	Calendar goal.Calendar
	// Method is the trend used for the trend-line rule, the projection and
	// the status; both trends are computed either way. The zero value is
	// [TrendTheilSen].
	Method TrendMethod
	// MinTrendWeeks is how many weekly points with a percent a trend
	// needs; 0 means 4. Fewer gives no trend and no projection.
	MinTrendWeeks int
	// FourPoint, TrendLine and Consecutive configure the decision rules.
	FourPoint   FourPointRule
	TrendLine   TrendLineRule
	Consecutive ConsecutiveDaysRule
	// IntensityDays is how many days with a recorded intensity at each
	// end of the window are compared to tell whether support rose; 0
	// means 3. See [IntensityChange].
	IntensityDays int
	// IntensityRise is the rise in mean intensity level, from the
	// window's first days to its last days, that counts as support rising;
	// 0 means 0.5 (half a level). Use a tiny positive value for "any rise".
	IntensityRise float64
}

// resolved returns o with defaults filled in, or an error naming the
// first option out of range.
func (o Options) resolved() (Options, error) {
	counts := []struct {
		name string
		v    *int
		def  int
	}{
		{"WindowDays", &o.WindowDays, DefaultWindowDays},
		{"MinDays", &o.MinDays, DefaultMinDays},
		{"BaselineDays", &o.BaselineDays, 5},
		{"MinTrendWeeks", &o.MinTrendWeeks, 4},
		{"FourPoint.MinWeeks", &o.FourPoint.MinWeeks, 6},
		{"FourPoint.Run", &o.FourPoint.Run, 4},
		{"Consecutive.Days", &o.Consecutive.Days, 3},
		{"IntensityDays", &o.IntensityDays, 3},
	}
	for _, c := range counts {
		if *c.v < 0 {
			return o, optionError(c.name, "%d: must not be negative", *c.v)
		}
		*c.v = orDefault(*c.v, c.def)
	}
	switch {
	case o.MinDays > o.WindowDays:
		return o, optionError("MinDays", "%d: must not exceed WindowDays (%d)", o.MinDays, o.WindowDays)
	case o.MinTrendWeeks < 2:
		return o, optionError("MinTrendWeeks", "%d: a line needs at least 2 points", o.MinTrendWeeks)
	case !o.Method.IsValid():
		return o, optionError("Method", "%d: unknown trend method", uint8(o.Method))
	case !(o.TrendLine.Tolerance >= 0) || math.IsInf(o.TrendLine.Tolerance, 0):
		return o, optionError("TrendLine.Tolerance", "%v: must be a finite number ≥ 0", o.TrendLine.Tolerance)
	case !(o.IntensityRise >= 0) || math.IsInf(o.IntensityRise, 0):
		return o, optionError("IntensityRise", "%v: must be a finite number ≥ 0", o.IntensityRise)
	}
	if o.IntensityRise == 0 {
		o.IntensityRise = 0.5
	}
	if o.Method == 0 {
		o.Method = TrendTheilSen
	}
	return o, nil
}

func optionError(field, format string, args ...any) error {
	return &Error{Field: field, Index: -1, Err: fmt.Errorf("%w: "+format, append([]any{ErrOption}, args...)...)}
}

// Window is the trailing window of an assessment: the last rated days on
// or before the as-of date, pooled — units summed, not daily percents
// averaged:
//
//	percent = Σ Qualifying ÷ Σ Rated × 100   over the window's days.
//
// It also pools the support observed in those days, so that a report can
// say what support the student had, not restate the plan. The zero value
// is an empty window (no percent).
type Window struct {
	First, Last    goal.Date // the window's first and last rated day
	Days           int       // rated days in the window
	progress.Tally           // pooled over the window; Percent() gives the window percent
	Setbacks       int       // setback days in the window ([progress.DayTally.IsSetback])
	// InBand pools the rated units whose rating was in the benchmark's
	// band, whatever the support ([progress.DayTally.InBand]).
	InBand int64
	// SupportUnits and IntensityUnits pool the overall intensity recorded
	// on the window's days ([progress.DayTally]); MaxIntensity is the
	// highest recorded (0 when none was).
	SupportUnits, IntensityUnits int64
	MaxIntensity                 rubric.Intensity
}

// MeanIntensity returns the unit-weighted mean overall intensity of
// support observed in the window, and false when none was recorded.
func (w Window) MeanIntensity() (float64, bool) { return ratio(w.IntensityUnits, w.SupportUnits) }

// ratio is part ÷ whole, and false when whole is 0: the rule of every
// unit-weighted mean and share of this package (nothing recorded, no
// figure).
func ratio(part, whole int64) (float64, bool) {
	if whole == 0 {
		return 0, false
	}
	return float64(part) / float64(whole), true
}

// Met is the library's one rule for "met": a window meets a threshold
// when it holds at least minDays rated days and its percent, unrounded,
// is at or above threshold. [Benchmark] judges a benchmark met with it
// (threshold the benchmark's, minDays [Options.MinDays]); a program that
// reports "met" for its own threshold calls it too, so the rule cannot
// drift.
func Met(w Window, threshold float64, minDays int) bool {
	p, ok := w.Percent()
	return ok && w.Days >= minDays && p >= threshold
}

// WeekPoint is one ISO week of the weekly series: the pooled
// [progress.WeekTally] (its tally, support and setback days) and where it
// sits on the chart. A week whose units were all unrated is kept with
// Rated 0 and no percent.
type WeekPoint struct {
	progress.WeekTally
	// Mid is the Wednesday of the ISO week, the middle of a Monday–Friday
	// school week: the date the week's percent is plotted and fitted at.
	Mid goal.Date
	// X is Mid in weeks from the assessment's [Baseline.Anchor]:
	// (Mid - Anchor) ÷ 7 days, a whole number.
	X float64
}

// Baseline is where the aimline starts: the pooled tally of the first
// BaselineDays rated days ([Options.BaselineDays]), placed at the
// Anchor — the Wednesday of the ISO week of the first rated day, which is
// x = 0 for the weekly series and the trends. The zero value is "no rated
// day yet" (Days 0, no percent).
type Baseline struct {
	Anchor         goal.Date
	progress.Tally // pooled over the baseline days; Percent() gives the baseline percent
	Days           int
}

// Aimline is the line of expected progress, from the baseline percent at
// the baseline's anchor date to the threshold at the deadline, and held at
// the threshold (the goal line) after the deadline:
//
//	aim(d) = FromPercent + (ToPercent - FromPercent) · (d - From) ÷ (To - From)   for d ≤ To
//	aim(d) = ToPercent                                                            for d > To
//
// (choice: once the deadline has passed the expectation is the benchmark
// itself, not ever more; an aimline rising on past the threshold, towards
// and over 100%, would make the decision rules advise changing the plan for
// a benchmark long met.) Before From the first formula extends backwards.
//
// The zero value is "no aimline": the deadline is unknown, or not after the
// anchor, or there is no baseline yet. See [Aimline.OK].
type Aimline struct {
	From        goal.Date // the baseline's anchor
	FromPercent float64   // the baseline percent
	To          goal.Date // the deadline
	ToPercent   float64   // the benchmark's threshold
}

// OK reports whether the aimline is defined (To after From).
func (a Aimline) OK() bool { return a.From.IsValid() && a.To.After(a.From) }

// Slope returns the slope of the aimline's rising part, from From to To,
// in percentage points per week, or 0 when it is not defined. (After To
// the held line is flat.)
func (a Aimline) Slope() float64 {
	if !a.OK() {
		return 0
	}
	return (a.ToPercent - a.FromPercent) / weeksBetween(a.From, a.To)
}

// At returns the aimline's percent on date d: on the line before the
// deadline (extended backwards before From), ToPercent after it; 0 when
// the aimline is not defined.
func (a Aimline) At(d goal.Date) float64 { return a.atX(weeksBetween(a.From, d)) }

// atX returns the aimline's percent x weeks after From, held at ToPercent
// past To.
func (a Aimline) atX(x float64) float64 {
	if !a.OK() {
		return 0
	}
	if x >= weeksBetween(a.From, a.To) {
		return a.ToPercent
	}
	return a.FromPercent + a.Slope()*x
}

// heldAt reports whether the aimline is held at the threshold on date d:
// defined, and d after the deadline.
func (a Aimline) heldAt(d goal.Date) bool { return a.OK() && d.After(a.To) }

// IntensityChange says whether support intensity rose inside the window
// (higher intensity = more support, so a rise is a warning even when the
// percent looks fine). Of the window's days with a recorded intensity
// (SupportUnits > 0), take the first k and the last k, where
// k = min(IntensityDays, ⌊n/2⌋) so they never overlap:
//
//	First = Σ IntensityUnits ÷ Σ SupportUnits   over the first k days
//	Last  = Σ IntensityUnits ÷ Σ SupportUnits   over the last k days
//	Rose  = Last - First ≥ IntensityRise
//
// Peak is the highest intensity recorded on any day of the window. The
// zero value (Days 0) means fewer than two window days recorded intensity.
type IntensityChange struct {
	First, Last float64          // mean intensity level of the first and last k days
	Days        int              // k
	Rose        bool             // support rose by at least IntensityRise
	Peak        rubric.Intensity // highest MaxIntensity in the window (0 if none)
}

// Assessment is where one student stands on one benchmark as of a date,
// with the numbers behind the verdict. It is a plain value made by
// [Benchmark]; its slices are its own (not shared with the input), and it is
// safe for concurrent reads. The zero value is "not assessed".
type Assessment struct {
	Benchmark goal.Benchmark
	AsOf      goal.Date
	// Deadline is the resolved deadline: [Options.Deadline], the
	// benchmark's date, or its term placed by [Options.Calendar]; the zero
	// Date when the benchmark has none.
	Deadline goal.Date
	Status   Status
	// MetOn is, when Status is [StatusMet], the day the benchmark was met
	// (a rated day on which the window as of that day met it): when the
	// deadline has passed and the benchmark was met on the deadline day,
	// the first day of the run of met days through the deadline day; when
	// it was not met on the deadline day, the first day after the deadline
	// it was met (met late: [Assessment.MetLate]); before the deadline,
	// the first day of the run of met days up to the window's last. It is
	// the zero Date when Status is not met.
	MetOn  goal.Date
	Window Window
	// Weeks is the weekly series: every ISO week with a day on or before
	// AsOf, in order (see [progress.Weeks]).
	Weeks    []WeekPoint
	Baseline Baseline
	Aimline  Aimline
	// OLS and TheilSen are both trends fitted to the weekly points that
	// have a percent (x = [WeekPoint.X], y = percent); Trend is the one
	// [Options.Method] picks, used for decisions and the projection.
	OLS, TheilSen, Trend Trend
	// Projected is the first date on or after the anchor from which Trend
	// stays at or above the threshold: for a rising trend
	// Anchor + max(0, ⌈7·(threshold - Intercept) ÷ Slope⌉) days; for a
	// flat trend the anchor when it is at or above the threshold. It is
	// the zero Date ("never") when there is no trend, when the trend falls
	// (slope < 0: it will drop below the threshold whatever its start),
	// when a flat trend is below the threshold, or when it gets there only
	// after ten years. (choice: a falling trend is never projected, so a
	// student sliding away from the threshold is at risk.)
	Projected goal.Date
	// Rules holds one outcome per enabled rule, in the order four-point,
	// trend-line, consecutive-days; Decision combines them (choice: the
	// safer reading wins): change if any rule says change, else raise if
	// any says raise, else continue if any says continue, else
	// insufficient-data.
	Rules    []RuleOutcome
	Decision Decision
	// Setbacks lists every setback day on or before AsOf
	// ([progress.DayTally.IsSetback]: under half of the rated units in
	// band, whatever the average: a goal can be met on paper while the
	// student falls apart), in date order.
	Setbacks  []goal.Date
	Intensity IntensityChange
}

// MetLate reports whether the benchmark is met but was not met on its
// deadline day — the day its verdict was "not met" — and only after it:
// Status is [StatusMet], the deadline is known and MetOn is after it.
// Wording says so ("met on March 3, 2027, after its deadline").
func (a Assessment) MetLate() bool {
	return a.Status == StatusMet && a.Deadline.IsValid() && a.MetOn.After(a.Deadline)
}

// FellBack reports whether the benchmark is met — by its deadline, or
// late, and the verdict is final — but the current window's percent is
// below the threshold (or the window has none): the student met the
// benchmark and has slipped since. Wording says so, so that a percent
// below the threshold is not read as a contradiction.
func (a Assessment) FellBack() bool {
	p, ok := a.Window.Percent()
	return a.Status == StatusMet && (!ok || p < float64(a.Benchmark.Threshold()))
}

// Benchmark assesses one student's progress on benchmark b as of the
// date asOf from the student's days (one progress.DayTally per school day
// for b, sorted by strictly increasing date; days after asOf are ignored).
// asOf is always a parameter; nothing reads the clock.
//
// The status is chosen by the first rule that holds:
//
//  1. [StatusMet]: before the deadline (or without one), the window
//     meets the benchmark by the one rule [Met] (at least MinDays rated
//     days, percent ≥ the threshold). From the deadline day on, the
//     window as of the deadline day met it — the verdict is final, and
//     stays met however the student does later ([Assessment.FellBack]
//     says when the current window is below) — or a window after the
//     deadline met it ([Assessment.MetLate]: met late, and met from then
//     on);
//  2. [StatusNotMet]: the deadline is known, asOf is on or after it and
//     rule 1 does not hold. From the deadline day on the verdict is
//     final: met or not met, as an end-of-term progress report written on
//     that day states it (our choice), even when too few days were rated
//     by then;
//  3. [StatusNotEnoughData]: before the deadline, the window has fewer
//     than MinDays rated days;
//  4. [StatusAtRisk]: the combined [Decision] is change, or there is a
//     trend and [Assessment.Projected] is never (zero) or after a known
//     deadline;
//  5. [StatusOnTrack] otherwise.
//
// The error is an *[Error]: [ErrOption] for a zero benchmark, an invalid
// asOf or an option out of range; [ErrDayOrder] for days out of order or
// without a date; [goal.ErrUnresolvedDeadline] for a term deadline that
// [Options.Calendar] does not place.
func Benchmark(b goal.Benchmark, days []progress.DayTally, asOf goal.Date, opts Options) (Assessment, error) {
	o, err := opts.resolved()
	if err != nil {
		return Assessment{}, err
	}
	if b.IsZero() {
		return Assessment{}, &Error{Field: "benchmark", Index: -1, Err: fmt.Errorf("%w: the zero Benchmark", ErrOption)}
	}
	if !asOf.IsValid() {
		return Assessment{}, &Error{Field: "asOf", Index: -1, Err: fmt.Errorf("%w: the zero Date", ErrOption)}
	}
	if err := checkOrder(days); err != nil {
		return Assessment{}, err
	}
	deadline, err := resolveDeadline(b, o)
	if err != nil {
		return Assessment{}, err
	}
	upTo := days[:sort.Search(len(days), func(i int) bool { return days[i].Date.After(asOf) })]
	rated := ratedDays(upTo)

	a := Assessment{Benchmark: b, AsOf: asOf, Deadline: deadline}
	a.Window = trailingWindow(rated, o.WindowDays)
	a.Baseline = baseline(upTo, rated, o.BaselineDays)
	a.Weeks = weekPoints(upTo, a.Baseline.Anchor)
	if p, ok := a.Baseline.Percent(); ok && a.Deadline.IsValid() {
		a.Aimline = Aimline{From: a.Baseline.Anchor, FromPercent: p, To: a.Deadline, ToPercent: float64(b.Threshold())}
	}
	xs, ys := weeklyXY(a.Weeks)
	a.OLS = fitTrend(TrendOLS, a.Baseline.Anchor, xs, ys, o.MinTrendWeeks)
	a.TheilSen = fitTrend(TrendTheilSen, a.Baseline.Anchor, xs, ys, o.MinTrendWeeks)
	a.Trend = a.TheilSen
	if o.Method == TrendOLS {
		a.Trend = a.OLS
	}
	a.Projected = projection(a.Trend, float64(b.Threshold()))
	a.Rules = applyRules(o, a.Aimline, a.Trend, asOf, xs, ys, rated)
	a.Decision = combineDecisions(a.Rules)
	a.Setbacks = setbackDates(upTo)
	a.Intensity = intensityChange(rated[len(rated)-a.Window.Days:], o.IntensityDays, o.IntensityRise)
	a.MetOn = metOn(rated, a.pastDeadline(), a.Deadline, float64(b.Threshold()), o)
	a.Status = a.status(o.MinDays)
	return a, nil
}

// pastDeadline reports whether the deadline is known and the as-of date
// is on or after it: the verdict is final.
func (a Assessment) pastDeadline() bool { return a.Deadline.IsValid() && !a.AsOf.Before(a.Deadline) }

func (a Assessment) status(minDays int) Status {
	switch {
	case !a.MetOn.IsZero():
		return StatusMet
	case a.pastDeadline():
		return StatusNotMet
	case a.Window.Days < minDays:
		return StatusNotEnoughData
	case a.Decision == DecisionChange:
		return StatusAtRisk
	case a.Trend.OK && (a.Projected.IsZero() || a.Deadline.IsValid() && a.Projected.After(a.Deadline)):
		return StatusAtRisk
	}
	return StatusOnTrack
}

// metOn implements [Assessment.MetOn]: the day the benchmark counts as
// met as of the last of the rated days (all on or before the as-of date),
// or the zero Date. Before the deadline only the current window counts;
// once the deadline has passed, the window as of the deadline day, else
// the first met window after it.
func metOn(rated []progress.DayTally, pastDeadline bool, deadline goal.Date, threshold float64, o Options) goal.Date {
	metThrough := func(i int) bool { return Met(trailingWindow(rated[:i+1], o.WindowDays), threshold, o.MinDays) }
	// runStart is the first day of the run of met days that ends on day i.
	runStart := func(i int) goal.Date {
		for i > 0 && metThrough(i-1) {
			i--
		}
		return rated[i].Date
	}
	last := len(rated) - 1
	if !pastDeadline {
		if last >= 0 && metThrough(last) {
			return runStart(last)
		}
		return goal.Date{}
	}
	// The last rated day on or before the deadline holds the verdict.
	k := sort.Search(len(rated), func(i int) bool { return rated[i].Date.After(deadline) }) - 1
	if k >= 0 && metThrough(k) {
		return runStart(k)
	}
	for i := k + 1; i <= last; i++ { // met late: the first day after the deadline it was met
		if metThrough(i) {
			return rated[i].Date
		}
	}
	return goal.Date{}
}

func checkOrder(days []progress.DayTally) error {
	for i, d := range days {
		switch {
		case !d.Date.IsValid():
			return &Error{Field: "days", Index: i, Err: fmt.Errorf("%w: a day without a date", ErrDayOrder)}
		case i > 0 && !d.Date.After(days[i-1].Date):
			return &Error{Field: "days", Index: i, Err: fmt.Errorf("%w: %v not after %v", ErrDayOrder, d.Date, days[i-1].Date)}
		}
	}
	return nil
}

// isRated reports whether a day counts as rated for the window: some of
// its units were rated.
func isRated(d progress.DayTally) bool { return d.Rated > 0 }

// ratedDays returns the rated days of days.
func ratedDays(days []progress.DayTally) []progress.DayTally {
	var out []progress.DayTally
	for _, d := range days {
		if isRated(d) {
			out = append(out, d)
		}
	}
	return out
}

// resolveDeadline implements [Assessment.Deadline]: the zero Date for a
// benchmark without a deadline, an error for a term the calendar does not
// place.
func resolveDeadline(b goal.Benchmark, o Options) (goal.Date, error) {
	if o.Deadline.IsValid() {
		return o.Deadline, nil
	}
	d, ok := o.Calendar.Resolve(b.Deadline())
	if term, isTerm := b.Deadline().Term(); isTerm && !ok {
		return goal.Date{}, &Error{Field: "deadline", Index: -1,
			Err: fmt.Errorf("%w: the calendar has no end date for %s; pass the school year's calendar in Options.Calendar", goal.ErrUnresolvedDeadline, term)}
	}
	return d, nil
}

// trailingWindow pools the last size of the rated days.
func trailingWindow(rated []progress.DayTally, size int) Window {
	return poolRated(rated[max(0, len(rated)-size):])
}

// poolRated pools the rated days among days into a window; unrated days
// are passed over.
func poolRated(days []progress.DayTally) Window {
	var w Window
	for _, d := range days {
		if !isRated(d) {
			continue
		}
		if w.Days == 0 {
			w.First = d.Date
		}
		w.Last = d.Date
		w.Days++
		w.Tally = w.Tally.Add(d.Tally)
		w.InBand += d.InBand
		w.SupportUnits += d.SupportUnits
		w.IntensityUnits += d.IntensityUnits
		w.MaxIntensity = max(w.MaxIntensity, d.MaxIntensity)
		if d.IsSetback() {
			w.Setbacks++
		}
	}
	return w
}

// wednesday returns the Wednesday of d's ISO week.
func wednesday(d goal.Date) goal.Date {
	return d.AddDays(2 - (int(d.Weekday())+6)%7)
}

// baseline pools the first n rated days; the anchor is the Wednesday of the
// first rated day's week (of the first day's week when none is rated, so
// the weekly series still has an origin).
func baseline(upTo, rated []progress.DayTally, n int) Baseline {
	bl := Baseline{Anchor: seriesAnchor(upTo)}
	for _, d := range rated[:min(n, len(rated))] {
		bl.Tally = bl.Tally.Add(d.Tally)
		bl.Days++
	}
	return bl
}

// seriesAnchor returns where x = 0 on the weekly series of days: the
// Wednesday of the week of the first rated day, or of the first day when
// none is rated (the zero Date without days).
func seriesAnchor(days []progress.DayTally) goal.Date {
	for _, d := range days {
		if d.Rated > 0 {
			return wednesday(d.Date)
		}
	}
	if len(days) > 0 {
		return wednesday(days[0].Date)
	}
	return goal.Date{}
}

// WeekPoints returns the weekly series of days (in increasing date
// order) as [Benchmark] builds it for an [Assessment] of the same days:
// every ISO week with a day, x counted in weeks from the Wednesday of the
// first rated day's week. It is the input of [SupportPhases] for callers
// that need the phases without the rest of an assessment.
func WeekPoints(days []progress.DayTally) []WeekPoint {
	return weekPoints(days, seriesAnchor(days))
}

// weekPoints builds the weekly series with [progress.Weeks] and places
// each week on the chart.
func weekPoints(days []progress.DayTally, anchor goal.Date) []WeekPoint {
	weeks := progress.Weeks(days)
	out := make([]WeekPoint, 0, len(weeks))
	for _, d := range days { // the first day of each week, in the same grouping
		if y, w := d.Date.ISOWeek(); len(out) == 0 || out[len(out)-1].ISOYear != y || out[len(out)-1].ISOWeek != w {
			mid := wednesday(d.Date)
			out = append(out, WeekPoint{WeekTally: weeks[len(out)], Mid: mid, X: weeksBetween(anchor, mid)})
		}
	}
	return out
}

// weeklyXY returns the (x, percent) points of the weeks that have a percent.
func weeklyXY(weeks []WeekPoint) (xs, ys []float64) {
	for _, w := range weeks {
		if p, ok := w.Percent(); ok {
			xs = append(xs, w.X)
			ys = append(ys, p)
		}
	}
	return xs, ys
}

// maxProjectionDays bounds the projection: a trend reaching the threshold
// more than ten years out is reported as never.
const maxProjectionDays = 3653

// projection implements [Assessment.Projected].
func projection(t Trend, threshold float64) goal.Date {
	switch {
	case !t.OK || t.Slope < 0:
		return goal.Date{}
	case t.Intercept >= threshold:
		return t.Anchor
	case t.Slope == 0:
		return goal.Date{}
	}
	days := math.Ceil(7 * (threshold - t.Intercept) / t.Slope)
	if days > maxProjectionDays {
		return goal.Date{}
	}
	d := t.Anchor.AddDays(int(days))
	// The quotient can round up past a whole number (63.00000000000001):
	// agree with [Trend.At] on the day before.
	if prev := d.AddDays(-1); days > 0 && t.At(prev) >= threshold {
		return prev
	}
	return d
}

func applyRules(o Options, aim Aimline, t Trend, asOf goal.Date, xs, ys []float64, rated []progress.DayTally) []RuleOutcome {
	var out []RuleOutcome
	if !o.FourPoint.Disabled {
		out = append(out, RuleOutcome{RuleFourPoint, o.FourPoint.apply(aim, xs, ys)})
	}
	if !o.TrendLine.Disabled {
		out = append(out, RuleOutcome{RuleTrendLine, o.TrendLine.apply(aim, t, asOf)})
	}
	if !o.Consecutive.Disabled {
		out = append(out, RuleOutcome{RuleConsecutiveDays, o.Consecutive.apply(aim, rated)})
	}
	return out
}

func setbackDates(days []progress.DayTally) []goal.Date {
	var out []goal.Date
	for _, d := range days {
		if d.IsSetback() {
			out = append(out, d.Date)
		}
	}
	return out
}

// intensityChange implements [IntensityChange] over the window's days.
func intensityChange(window []progress.DayTally, k int, rise float64) IntensityChange {
	var ic IntensityChange
	var withSupport []progress.DayTally
	for _, d := range window {
		ic.Peak = max(ic.Peak, d.MaxIntensity)
		if d.SupportUnits > 0 {
			withSupport = append(withSupport, d)
		}
	}
	ic.Days = min(k, len(withSupport)/2)
	if ic.Days == 0 {
		return ic
	}
	ic.First = meanIntensity(withSupport[:ic.Days])
	ic.Last = meanIntensity(withSupport[len(withSupport)-ic.Days:])
	ic.Rose = ic.Last-ic.First >= rise
	return ic
}

func meanIntensity(days []progress.DayTally) float64 {
	var sum progress.DayTally
	for _, d := range days {
		sum = sum.Add(d)
	}
	m, _ := sum.MeanIntensity()
	return m
}
