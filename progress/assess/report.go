package assess

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// Sufficiency is a report's answer to "is progress sufficient to meet the
// goal by its deadline?". The zero value is "not judged" (a benchmark not
// yet introduced); its JSON form is true, false or null.
type Sufficiency uint8

// The answers.
const (
	Sufficient   Sufficiency = iota + 1 // progress is sufficient
	Insufficient                        // progress is not sufficient: a Reason says why
)

// String returns "yes", "no", or "" for the zero value (and for an
// undeclared value).
func (s Sufficiency) String() string {
	switch s {
	case Sufficient:
		return "yes"
	case Insufficient:
		return "no"
	}
	return ""
}

// MarshalJSON returns true, false, or null for the zero value.
func (s Sufficiency) MarshalJSON() ([]byte, error) {
	switch s {
	case Sufficient:
		return []byte("true"), nil
	case Insufficient:
		return []byte("false"), nil
	case 0:
		return []byte("null"), nil
	}
	return nil, optionError("sufficient", "undeclared sufficiency %d", uint8(s))
}

// UnmarshalJSON reads true, false or null.
func (s *Sufficiency) UnmarshalJSON(data []byte) error {
	switch string(data) {
	case "true":
		*s = Sufficient
	case "false":
		*s = Insufficient
	case "null":
		*s = 0
	default:
		return optionError("sufficient", "%s: want true, false or null", data)
	}
	return nil
}

// ReportOptions configures [Report]. The zero value gives the defaults
// named on each field.
type ReportOptions struct {
	// PlanOptions configures the assessment of every benchmark, as [Plan]
	// does.
	PlanOptions
	// Codes is the code set; nil means [ShippedCodeSet]("default").
	Codes *CodeSet
	// Likelihood sets the gates and cut-offs of [LikelihoodOf].
	Likelihood LikelihoodOptions
	// AsOf is the report date, within the period; zero means the
	// period's last day.
	AsOf goal.Date
	// NoSchool lists the weekdays of the period without school
	// (holidays); the period's school days are its other weekdays.
	NoSchool []goal.Date
	// FlatSlope is the trend, in points per week either way, within which
	// it reads as flat; 0 means 0.5.
	FlatSlope float64
	// MinRatedShare is the share of a benchmark's recorded units in the
	// period that must be rated; below it the reason is incomplete data.
	// 0 means 0.5.
	MinRatedShare float64
	// AbsentShare is the share of the period's school days without a
	// rating from which the reason is absences; 0 means 0.2.
	AbsentShare float64
}

func (o ReportOptions) resolved(period goal.Period) (ReportOptions, error) {
	if o.Codes == nil {
		codes, err := ShippedCodeSet("default")
		if err != nil {
			return o, err
		}
		o.Codes = codes
	}
	if o.AsOf.IsZero() {
		o.AsOf = period.End()
	}
	if o.FlatSlope == 0 {
		o.FlatSlope = 0.5
	}
	if o.MinRatedShare == 0 {
		o.MinRatedShare = 0.5
	}
	if o.AbsentShare == 0 {
		o.AbsentShare = 0.2
	}
	switch {
	case period.IsZero():
		return o, optionError("period", "the zero Period: give the reporting period")
	case !period.Contains(o.AsOf):
		return o, optionError("AsOf", "%v is not in the period %v", o.AsOf, period)
	case o.FlatSlope < 0:
		return o, optionError("FlatSlope", "%v: want 0 or more", o.FlatSlope)
	case o.MinRatedShare < 0 || o.MinRatedShare > 1:
		return o, optionError("MinRatedShare", "%v: want a share in 0–1", o.MinRatedShare)
	case o.AbsentShare < 0 || o.AbsentShare > 1:
		return o, optionError("AbsentShare", "%v: want a share in 0–1", o.AbsentShare)
	}
	_, err := o.Likelihood.resolved()
	return o, err
}

// ProgressReport is the periodic report of one student's progress on a
// plan for a reporting period, the third step of the IEP process: for
// every benchmark of every goal, a code of the district's code set, the
// answer to "is progress sufficient to meet the goal by its deadline?"
// with the reason when it is not, the numbers behind them and the
// likelihood of meeting the benchmark; and how complete the period's data
// are. It is a plain value made by [Report]; its [ProgressReport.Document]
// is its exchange form.
type ProgressReport struct {
	Plan     PlanAssessment // the plan assessed as of AsOf
	Period   goal.Period
	AsOf     goal.Date
	Codes    *CodeSet
	Goals    []GoalReport // one per goal of the plan, in plan order
	Complete Completeness // the data of the plan's first benchmark in the period
	// Elements is the support recorded per therapeutic element over the
	// period, in catalog order, once [ProgressReport.AddIntervals] has
	// read the intervals; elements never recorded are left out.
	Elements []ElementSupport
}

// ElementSupport is the support one therapeutic element had over a
// period: the minutes it was recorded for and their intensity-weighted
// sum, whose quotient is the mean level.
type ElementSupport struct {
	Element               rubric.Element
	Units, IntensityUnits int64
}

// Mean returns the minutes-weighted mean level of the element's support,
// and false when it was never recorded.
func (e ElementSupport) Mean() (float64, bool) { return ratio(e.IntensityUnits, e.Units) }

// GoalReport is one goal of a report: each rung's report, in ladder order.
type GoalReport struct {
	Goal       goal.Goal
	Benchmarks []BenchmarkReport
}

// BenchmarkReport is one benchmark of a report.
type BenchmarkReport struct {
	Assessment Assessment // as of the report date
	Standing   Standing
	Code       Code
	Sufficient Sufficiency
	Reason     Reason // zero when sufficient or not judged
	ReasonCode Code   // the code set's code for Reason
	// Progress is the share of the way from the baseline to the threshold
	// that the window has come, in percent:
	//
	//	100 · (window − baseline) ÷ (threshold − baseline),
	//
	// 100 or more when the window reaches the threshold, negative when it
	// fell below the baseline, and 100 or 0 when the baseline is already
	// at the threshold (our choice of "percent of the goal"). HasProgress
	// is false without a baseline or window percent.
	Progress    float64
	HasProgress bool
	// Expected is the percent the aimline expected at the report date;
	// HasExpected is false without an aimline.
	Expected    float64
	HasExpected bool
	Trend       Direction // the direction of the assessment's trend
	Likelihood  Likelihood
	InPeriod    PeriodTally // the benchmark's days within the period
	// ClassPeriods is the breakdown by class period (the data's period
	// label) over the reporting period, for a TEP benchmark, in the order
	// of [ProgressReport.AddIntervals]; nil until it is added.
	ClassPeriods []ClassPeriod
}

// ClassPeriod is one class period of a benchmark's breakdown: its label,
// the units recorded in it over the reporting period, the rated and
// qualifying ones, and whether its percent is at or above the threshold.
type ClassPeriod struct {
	Label string
	progress.Tally
	Units       int64
	AtThreshold bool
}

// MetLate reports whether the benchmark was met after its deadline.
func (b BenchmarkReport) MetLate() bool { return b.Assessment.MetLate() }

// Reading returns what a code set reads of the benchmark to choose its
// code ([CodeSet.Code]).
func (b BenchmarkReport) Reading() Reading {
	return Reading{Standing: b.Standing, MetLate: b.MetLate(), Sufficient: b.Sufficient == Sufficient,
		Progress: b.Progress, HasProgress: b.HasProgress, Trend: b.Trend}
}

// PeriodTally pools a benchmark's days within the reporting period (up to
// the report date).
type PeriodTally struct {
	progress.Tally                     // rated and qualifying units
	Units                        int64 // units recorded, rated or not
	Days                         int   // days with a rated unit
	Setbacks                     int   // setback days ([progress.DayTally.IsSetback])
	SupportUnits, IntensityUnits int64 // the recorded overall intensity
}

// RatedShare returns the share of the recorded units that were rated, and
// false when none was recorded.
func (t PeriodTally) RatedShare() (float64, bool) { return ratio(t.Rated, t.Units) }

// MeanIntensity returns the unit-weighted mean overall intensity
// recorded, and false when none was.
func (t PeriodTally) MeanIntensity() (float64, bool) { return ratio(t.IntensityUnits, t.SupportUnits) }

// Completeness is how complete a period's data are: its school days (the
// weekdays not listed as without school), those with any unit recorded
// and those with a rated unit, and the school days with no data at all.
type Completeness struct {
	SchoolDays, DaysWithData, DaysRated int
	NoData                              []goal.Date
	PeriodTally                         // the units over the period
}

// Report reports one student's progress on a plan for a reporting period
// (see [ProgressReport]; [TermPeriod] gives a term's period), as of the
// period's last day or opts.AsOf, from what measured holds (as for
// [Plan]). Its rules, each the library's choice:
//
//   - A rung after the one the goal works on now ([GoalAssessment.Current])
//     whose previous rung is due after the report date is not yet
//     introduced: its time has not come. It has a code and nothing else.
//   - Progress is sufficient when the benchmark is met (late or not) or
//     on track ([StatusOnTrack]: nothing says it will not be met by its
//     deadline); otherwise it is not, and the reason is the first that
//     holds of: incomplete data (too few rated days to judge, or less than
//     MinRatedShare of the period's recorded units rated), absences (at
//     least AbsentShare of the school days without a rated unit), more
//     time needed (the trend rises), the goal may need revision (the
//     trend is flat or falls), other.
//   - The trend's direction is that of the assessment's trend, flat within
//     ±FlatSlope points a week.
//
// The error is an *[Error]: for the options, or as [Plan] returns them.
func Report(plan goal.Plan, measured *progress.Summaries, student goal.StudentID, period goal.Period, opts ReportOptions) (ProgressReport, error) {
	o, err := opts.resolved(period)
	if err != nil {
		return ProgressReport{}, err
	}
	pa, err := Plan(plan, measured, student, o.AsOf, o.PlanOptions)
	if err != nil {
		return ProgressReport{}, err
	}
	r := ProgressReport{Plan: pa, Period: period, AsOf: o.AsOf, Codes: o.Codes, Goals: make([]GoalReport, len(pa.Goals))}
	school := schoolDays(period.Start(), o.AsOf, o.NoSchool)
	for gi, ga := range pa.Goals {
		gr := GoalReport{Goal: ga.Goal, Benchmarks: make([]BenchmarkReport, len(ga.Benchmarks))}
		for bi, a := range ga.Benchmarks {
			days, err := measured.Days(a.Benchmark, pa.Student)
			if err != nil {
				return ProgressReport{}, &Error{Field: fmt.Sprintf("goals[%d].benchmarks", gi), Index: bi, Err: err}
			}
			inPeriod := tallyPeriod(days, period.Start(), o.AsOf)
			if gi == 0 && bi == 0 {
				r.Complete = completeness(days, school, inPeriod)
			}
			if gr.Benchmarks[bi], err = benchmarkReport(ga, bi, inPeriod, completeness(days, school, inPeriod), o); err != nil {
				return ProgressReport{}, err
			}
		}
		r.Goals[gi] = gr
	}
	return r, nil
}

// benchmarkReport reports rung bi of the goal.
func benchmarkReport(ga GoalAssessment, bi int, inPeriod PeriodTally, c Completeness, o ReportOptions) (BenchmarkReport, error) {
	a := ga.Benchmarks[bi]
	br := BenchmarkReport{Assessment: a, InPeriod: inPeriod}
	if notIntroduced(ga, bi, o.AsOf) {
		br.Standing = StandingNotIntroduced
		br.Code = o.Codes.Code(Reading{Standing: br.Standing})
		return br, nil
	}
	br.Standing = standingOf(a.Status)
	br.Trend = direction(a.Trend, o.FlatSlope)
	br.Progress, br.HasProgress = progressShare(a)
	if a.Aimline.OK() {
		br.Expected, br.HasExpected = a.Aimline.At(o.AsOf), true
	}
	var err error
	if br.Likelihood, err = LikelihoodOf(a, o.Likelihood); err != nil {
		return br, err
	}
	br.Sufficient, br.Reason = Sufficient, 0
	if a.Status != StatusMet && a.Status != StatusOnTrack {
		br.Sufficient, br.Reason = Insufficient, reasonOf(a, br.Trend, inPeriod, c, o)
	}
	br.Code = o.Codes.Code(br.Reading())
	br.ReasonCode = o.Codes.ReasonCode(br.Reason)
	return br, nil
}

// AddIntervals adds to the report what only the intervals hold: to every
// TEP benchmark its breakdown by class period
// ([BenchmarkReport.ClassPeriods]), and to the report the support
// recorded per therapeutic element ([ProgressReport.Elements]), counted
// from the student's intervals in ivs dated within the period up to the
// report date — the same intervals the report was measured from, read
// again (progress.ReadIntervals). An interval counts as the measurement
// counts it: its minutes are recorded; rated when it has a TEP rating;
// qualifying when [goal.Benchmark.QualifiesInterval] says so. Class
// periods are in natural order (labels that are numbers by value, before
// the others in byte order); an empty label is the class period "". A
// period is at the threshold when its unrounded percent reaches it. The
// breakdowns are recomputed on each call; the first error of ivs stops it
// and is returned as it is, the report left as it was.
func (r *ProgressReport) AddIntervals(ivs iter.Seq2[progress.Interval, error]) error {
	type counted struct {
		b       goal.Benchmark
		report  *BenchmarkReport
		periods map[string]*ClassPeriod
	}
	var tep []counted
	for gi := range r.Goals {
		for bi := range r.Goals[gi].Benchmarks {
			br := &r.Goals[gi].Benchmarks[bi]
			if b := br.Assessment.Benchmark; b.Measure() == goal.MeasureTEP {
				tep = append(tep, counted{b, br, map[string]*ClassPeriod{}})
			}
		}
	}
	var elements [rubric.NumElements + 1]ElementSupport
	for iv, err := range ivs {
		if err != nil {
			return err
		}
		if iv.Student != r.Plan.Student || iv.Date.Before(r.Period.Start()) || iv.Date.After(r.AsOf) {
			continue
		}
		for e, level := range iv.Profile.All() {
			es := &elements[e]
			es.Element, es.Units, es.IntensityUnits = e, es.Units+int64(iv.Minutes), es.IntensityUnits+int64(level)*int64(iv.Minutes)
		}
		for _, c := range tep {
			p := c.periods[iv.Period]
			if p == nil {
				p = &ClassPeriod{Label: iv.Period}
				c.periods[iv.Period] = p
			}
			p.Units += int64(iv.Minutes)
			if iv.TEP != 0 {
				p.Rated += int64(iv.Minutes)
				if c.b.QualifiesInterval(iv.TEP, iv.Intensity, &iv.Profile) {
					p.Qualifying += int64(iv.Minutes)
				}
			}
		}
	}
	for _, c := range tep {
		out := make([]ClassPeriod, 0, len(c.periods))
		for _, p := range c.periods {
			pct, ok := p.Percent()
			p.AtThreshold = ok && pct >= float64(c.b.Threshold())
			out = append(out, *p)
		}
		slices.SortFunc(out, func(a, b ClassPeriod) int { return naturalCompare(a.Label, b.Label) })
		c.report.ClassPeriods = out
	}
	r.Elements = nil
	for _, es := range elements {
		if es.Units > 0 {
			r.Elements = append(r.Elements, es)
		}
	}
	return nil
}

// naturalCompare orders labels that are whole numbers by value, before
// the others, which are in byte order.
func naturalCompare(a, b string) int {
	na, errA := strconv.ParseUint(a, 10, 64)
	nb, errB := strconv.ParseUint(b, 10, 64)
	switch {
	case errA == nil && errB == nil:
		return cmp.Or(cmp.Compare(na, nb), strings.Compare(a, b))
	case errA == nil:
		return -1
	case errB == nil:
		return 1
	}
	return strings.Compare(a, b)
}

// notIntroduced implements the first rule of [Report].
func notIntroduced(ga GoalAssessment, bi int, asOf goal.Date) bool {
	if ga.Current < 0 || bi <= ga.Current {
		return false
	}
	prev := ga.Benchmarks[bi-1].Deadline
	return prev.IsValid() && prev.After(asOf)
}

// reasonOf implements the reasons of [Report].
func reasonOf(a Assessment, trend Direction, inPeriod PeriodTally, c Completeness, o ReportOptions) Reason {
	share, ok := inPeriod.RatedShare()
	switch {
	case a.Status == StatusNotEnoughData, !ok || share < o.MinRatedShare:
		return ReasonIncompleteData
	case c.SchoolDays > 0 && float64(c.SchoolDays-c.DaysRated) >= o.AbsentShare*float64(c.SchoolDays):
		return ReasonAbsences
	case trend == DirectionRising:
		return ReasonMoreTime
	case trend == DirectionFlat || trend == DirectionFalling:
		return ReasonReviseGoal
	}
	return ReasonOther
}

// direction reads a trend's direction.
func direction(t Trend, flat float64) Direction {
	switch {
	case !t.OK:
		return DirectionNone
	case t.Slope > flat:
		return DirectionRising
	case t.Slope < -flat:
		return DirectionFalling
	}
	return DirectionFlat
}

// progressShare implements [BenchmarkReport.Progress].
func progressShare(a Assessment) (float64, bool) {
	window, okW := a.Window.Percent()
	base, okB := a.Baseline.Percent()
	if !okW || !okB {
		return 0, false
	}
	threshold := float64(a.Benchmark.Threshold())
	if threshold <= base {
		if window >= threshold {
			return 100, true
		}
		return 0, true
	}
	return 100 * (window - base) / (threshold - base), true
}

// tallyPeriod pools the days from from to to, both included.
func tallyPeriod(days []progress.DayTally, from, to goal.Date) PeriodTally {
	var t PeriodTally
	for _, d := range days {
		if d.Date.Before(from) || d.Date.After(to) {
			continue
		}
		t.Tally = t.Tally.Add(d.Tally)
		t.Units += d.Units
		t.SupportUnits += d.SupportUnits
		t.IntensityUnits += d.IntensityUnits
		if d.Rated > 0 {
			t.Days++
		}
		if d.IsSetback() {
			t.Setbacks++
		}
	}
	return t
}

// schoolDays returns the weekdays from from to to, both included, less
// those listed without school.
func schoolDays(from, to goal.Date, noSchool []goal.Date) []goal.Date {
	var out []goal.Date
	for d := from; d.IsValid() && !d.After(to); d = d.AddDays(1) {
		if wd := d.Weekday(); wd >= 1 && wd <= 5 && !containsDate(noSchool, d) {
			out = append(out, d)
		}
	}
	return out
}

func containsDate(ds []goal.Date, d goal.Date) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// completeness returns how complete the days (in date order) are over
// the school days (in date order), walking both together.
func completeness(days []progress.DayTally, school []goal.Date, inPeriod PeriodTally) Completeness {
	c := Completeness{SchoolDays: len(school), PeriodTally: inPeriod}
	i := 0
	for _, s := range school {
		for i < len(days) && days[i].Date.Before(s) {
			i++
		}
		switch {
		case i == len(days) || days[i].Date != s || days[i].Units == 0:
			c.NoData = append(c.NoData, s)
		case days[i].Rated > 0:
			c.DaysWithData++
			c.DaysRated++
		default:
			c.DaysWithData++
		}
	}
	return c
}

// TermPeriod returns the reporting period of a term of the plan's
// calendar: from the day after the end of the term before it (the same
// kind of term, one earlier: trimester 1 before trimester 2), or from the
// start of the plan's period for the first, to the term's end. The error
// is an *[Error] for field "term" when the calendar does not place the
// term or the plan has no period to start the first from.
func TermPeriod(plan goal.Plan, t goal.Term) (goal.Period, error) {
	cal := plan.Calendar()
	end, ok := cal.End(t)
	if !ok {
		return goal.Period{}, optionError("term", "the plan's calendar does not place %v", t)
	}
	start := plan.Period().Start()
	for _, prev := range goal.Terms() {
		if prev.Unit() == t.Unit() && prev.Ordinal() == t.Ordinal()-1 {
			if prevEnd, ok := cal.End(prev); ok {
				start = prevEnd.AddDays(1)
			}
		}
	}
	if !start.IsValid() {
		return goal.Period{}, optionError("term", "the plan has no period to start %v from", t)
	}
	p, err := goal.NewPeriod(start, end)
	if err != nil {
		return goal.Period{}, optionError("term", "%v", err)
	}
	return p, nil
}
