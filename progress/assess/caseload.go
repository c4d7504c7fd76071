package assess

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// Caseload rolls up the progress reports of many students for one
// period, as a caseload or school-wide view: per rung of a ladder, how many
// students have each code; the students unlikely to meet a benchmark;
// per school day, how many students have data and the high, low and mean
// daily percent; and each student's percent over the period. The daily
// and period percents are of each student's first benchmark (the one the
// report's completeness is of). It is a plain value made by
// [CaseloadOf].
type Caseload struct {
	Period   goal.Period
	AsOf     goal.Date
	Codes    *CodeSet
	Rungs    []RungCount      // in order of goal, rung and first appearance
	Unlikely []StudentRung    // in order of student, goal and rung
	Days     []CaseloadDay    // every school day of the period up to AsOf, in order
	Students []StudentPercent // in the reports' order
	Rows     []CaseloadRow    // one per student and benchmark, in the reports' order
}

// RungCount is one rung of a ladder across a caseload: the goal and rung
// (from 0), the benchmark, and how many students have each code of the
// code set (in the set's order; codes no student has are left out).
type RungCount struct {
	Goal, Rung int
	Benchmark  goal.Benchmark
	Codes      []CodeCount
}

// CodeCount is how many students have one code.
type CodeCount struct {
	Code
	Students int
}

// StudentRung names a benchmark of a student's plan: the student, the
// goal and rung (from 0), and the likelihood reported for it.
type StudentRung struct {
	Student    goal.StudentID
	Goal, Rung int
	Likelihood Likelihood
}

// CaseloadDay is one school day across a caseload: the students with a
// rated unit that day, and the highest, lowest and mean of their daily
// percents (0 when none).
type CaseloadDay struct {
	Date            goal.Date
	Students        int
	High, Low, Mean float64
}

// StudentPercent is a student's percent over the period (of the first
// benchmark); HasPercent is false when nothing was rated.
type StudentPercent struct {
	Student    goal.StudentID
	Percent    float64
	HasPercent bool
	RatedDays  int
}

// CaseloadRow is one benchmark of one student's report, as the CSV writes
// it.
type CaseloadRow struct {
	Student    goal.StudentID
	Goal, Rung int
	Report     BenchmarkReport
}

// CaseloadOf rolls up reports made by [Report] for the same period, as
// of the same date, with the same code set (by name), from the data measured holds
// (the daily percents of each report's first benchmark). The school days
// are the period's weekdays up to the as-of date, less noSchool. The error
// is an *[Error] for field "reports" when the reports disagree or
// measured lacks a report's benchmark.
func CaseloadOf(reports []ProgressReport, measured *progress.Summaries, noSchool []goal.Date) (Caseload, error) {
	if len(reports) == 0 {
		return Caseload{}, optionError("reports", "no report to roll up")
	}
	first := reports[0]
	if err := checkReportHead(first); err != nil {
		return Caseload{}, err
	}
	c := Caseload{Period: first.Period, AsOf: first.AsOf, Codes: first.Codes}
	school := schoolDays(c.Period.Start(), c.AsOf, noSchool)
	daily := make([][]float64, len(school))
	at := make(map[goal.Date]int, len(school))
	for i, d := range school {
		at[d] = i
	}
	for ri, r := range reports {
		if err := c.checkSameHead(r); err != nil {
			return Caseload{}, &Error{Field: "reports", Index: ri, Err: err}
		}
		c.addReport(r)
		if len(r.Goals) == 0 || len(r.Goals[0].Benchmarks) == 0 {
			continue
		}
		days, err := measured.Days(r.Goals[0].Benchmarks[0].Assessment.Benchmark, r.Plan.Student)
		if err != nil {
			return Caseload{}, &Error{Field: "reports", Index: ri, Err: err}
		}
		for _, d := range days {
			if i, ok := at[d.Date]; ok {
				if p, ok := d.Percent(); ok {
					daily[i] = append(daily[i], p)
				}
			}
		}
	}
	for i, d := range school {
		c.Days = append(c.Days, caseloadDay(d, daily[i]))
	}
	slices.SortStableFunc(c.Unlikely, compareStudentRung)
	slices.SortStableFunc(c.Rungs, func(a, b RungCount) int { return cmp.Or(cmp.Compare(a.Goal, b.Goal), cmp.Compare(a.Rung, b.Rung)) })
	return c, nil
}

// checkReportHead checks the first report's period, date and code set,
// which every other report must share: a report made by [Report] has them.
func checkReportHead(r ProgressReport) error {
	switch {
	case r.Period.IsZero():
		return &Error{Field: "reports", Index: 0, Err: fmt.Errorf("%w: the zero Period: roll up reports made by Report", ErrOption)}
	case !r.Period.Contains(r.AsOf):
		return &Error{Field: "reports", Index: 0, Err: fmt.Errorf("%w: AsOf %v is not in the period %v", ErrOption, r.AsOf, r.Period)}
	case r.Codes == nil:
		return &Error{Field: "reports", Index: 0, Err: fmt.Errorf("%w: no code set (Codes is nil)", ErrOption)}
	}
	return nil
}

// checkSameHead checks that r has the caseload's period, date and code set.
func (c Caseload) checkSameHead(r ProgressReport) error {
	switch {
	case r.Period != c.Period:
		return fmt.Errorf("%w: period %v, not the first report's %v", ErrOption, r.Period, c.Period)
	case r.AsOf != c.AsOf:
		return fmt.Errorf("%w: as of %v, not the first report's %v", ErrOption, r.AsOf, c.AsOf)
	case r.Codes == nil || r.Codes.Name != c.Codes.Name:
		return fmt.Errorf("%w: another code set than the first report's %q", ErrOption, c.Codes.Name)
	}
	return nil
}

// addReport counts one student's report.
func (c *Caseload) addReport(r ProgressReport) {
	id := r.Plan.Student
	for gi, g := range r.Goals {
		for bi, b := range g.Benchmarks {
			c.Rows = append(c.Rows, CaseloadRow{Student: id, Goal: gi, Rung: bi, Report: b})
			c.rung(gi, bi, b.Assessment.Benchmark).count(b.Code)
			if b.Likelihood.Level == LikelihoodUnlikely {
				c.Unlikely = append(c.Unlikely, StudentRung{Student: id, Goal: gi, Rung: bi, Likelihood: b.Likelihood})
			}
		}
	}
	sp := StudentPercent{Student: id}
	if len(r.Goals) > 0 && len(r.Goals[0].Benchmarks) > 0 {
		t := r.Goals[0].Benchmarks[0].InPeriod
		sp.Percent, sp.HasPercent = t.Percent()
		sp.RatedDays = t.Days
	}
	c.Students = append(c.Students, sp)
}

// rung returns the count of the rung, adding it with every code of the
// set at zero when it is new.
func (c *Caseload) rung(gi, bi int, b goal.Benchmark) *RungCount {
	for i := range c.Rungs {
		if r := &c.Rungs[i]; r.Goal == gi && r.Rung == bi && r.Benchmark == b {
			return r
		}
	}
	r := RungCount{Goal: gi, Rung: bi, Benchmark: b}
	for _, rule := range c.Codes.Rules {
		if !slices.ContainsFunc(r.Codes, func(cc CodeCount) bool { return cc.Code == rule.Code }) {
			r.Codes = append(r.Codes, CodeCount{Code: rule.Code})
		}
	}
	c.Rungs = append(c.Rungs, r)
	return &c.Rungs[len(c.Rungs)-1]
}

// count adds a student with the code.
func (r *RungCount) count(code Code) {
	for i := range r.Codes {
		if r.Codes[i].Code == code {
			r.Codes[i].Students++
			return
		}
	}
	r.Codes = append(r.Codes, CodeCount{Code: code, Students: 1})
}

// Used returns the codes at least one student has, in the set's order.
func (r RungCount) Used() []CodeCount {
	var out []CodeCount
	for _, c := range r.Codes {
		if c.Students > 0 {
			out = append(out, c)
		}
	}
	return out
}

// compareStudentRung orders by student, goal and rung.
func compareStudentRung(a, b StudentRung) int {
	return cmp.Or(strings.Compare(string(a.Student), string(b.Student)), cmp.Compare(a.Goal, b.Goal), cmp.Compare(a.Rung, b.Rung))
}

// caseloadDay returns the day with the students' daily percents.
func caseloadDay(d goal.Date, percents []float64) CaseloadDay {
	day := CaseloadDay{Date: d, Students: len(percents)}
	if len(percents) == 0 {
		return day
	}
	day.High, day.Low = math.Inf(-1), math.Inf(1)
	var sum float64
	for _, p := range percents {
		day.High, day.Low = max(day.High, p), min(day.Low, p)
		sum += p
	}
	day.Mean = sum / float64(len(percents))
	return day
}

// caseloadHeader is the header of [Caseload.WriteCSV].
var caseloadHeader = []string{"student", "goal", "benchmark", "standing", "code", "label", "sufficient", "reason",
	"window_percent", "period_percent", "rated_days", "likelihood", "probability"}

// WriteCSV writes one row per student and benchmark — student, goal and
// benchmark (from 1), standing, code and label, sufficient (true, false
// or empty when not judged), the reason's code, the window's percent and
// the period's (four decimals, empty when none), rated days, the
// likelihood level and probability (empty when not computed) — under a
// header, through encoding/csv, so that it reads back unchanged. It is
// written whole to w or, on the first error, not further.
func (c Caseload) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(caseloadHeader); err != nil {
		return err
	}
	for _, row := range c.Rows {
		b := row.Report
		suff, _ := b.Sufficient.MarshalJSON()
		sufficient := string(suff)
		if sufficient == "null" {
			sufficient = ""
		}
		prob := ""
		if b.Likelihood.Level.IsValid() && b.Likelihood.Level != LikelihoodNeedsMoreData {
			prob = strconv.FormatFloat(b.Likelihood.Probability, 'f', 4, 64)
		}
		rec := []string{string(row.Student), strconv.Itoa(row.Goal + 1), strconv.Itoa(row.Rung + 1), b.Standing.String(),
			b.Code.Code, b.Code.Label, sufficient, b.ReasonCode.Code,
			percentField(b.Assessment.Window.Percent()), percentField(b.InPeriod.Percent()), strconv.Itoa(b.InPeriod.Days),
			b.Likelihood.Level.String(), prob}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteDaysCSV writes one row per school day — date, students with data,
// high, low and mean percent (four decimals, empty without students) —
// under a header, through encoding/csv.
func (c Caseload) WriteDaysCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"date", "students", "high", "low", "mean"}); err != nil {
		return err
	}
	for _, d := range c.Days {
		rec := []string{d.Date.String(), strconv.Itoa(d.Students), "", "", ""}
		if d.Students > 0 {
			rec[2], rec[3], rec[4] = percentField(d.High, true), percentField(d.Low, true), percentField(d.Mean, true)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// percentField formats a percent with four decimals, or "" without one.
func percentField(p float64, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.FormatFloat(p, 'f', 4, 64)
}
