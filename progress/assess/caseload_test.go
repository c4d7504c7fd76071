package assess_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// TestCaseload: three students on the stage-1 ladder, reported for the
// first trimester as of October 23: S1 at 60% every day (met), S2 at 25%
// (flat, far below), S3 at 40% with every third school day missing.
func TestCaseload(t *testing.T) {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(strings.Replace(planJSON, `"student": "S00001", `, "", 1)), &plan); err != nil {
		t.Fatal(err)
	}
	mid := goal.MustDate(2026, 10, 23)
	students := map[goal.StudentID][]progress.DayTally{
		"S1": schoolYear(mid, func(int, goal.Date) int { return 60 }),
		"S2": schoolYear(mid, func(int, goal.Date) int { return 25 }),
		"S3": schoolYear(mid, func(i int, _ goal.Date) int {
			if i%3 == 2 {
				return -1
			}
			return 40
		}),
	}
	var measured progress.Summaries
	for _, g := range plan.Goals() {
		for _, b := range g.Benchmarks() {
			var sum progress.Summary
			for id, days := range students {
				for _, d := range days {
					sum.AddDay(id, d)
				}
			}
			measured.Add(b, &sum)
		}
	}
	period, _ := assess.TermPeriod(plan, goal.Trimester1)
	var reports []assess.ProgressReport
	for _, id := range []goal.StudentID{"S1", "S2", "S3"} {
		r, err := assess.Report(plan, &measured, id, period, assess.ReportOptions{AsOf: mid})
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	c, err := assess.CaseloadOf(reports, &measured, nil)
	if err != nil {
		t.Fatal(err)
	}
	var rung1 []string
	for _, cc := range c.Rungs[0].Used() {
		rung1 = append(rung1, cc.Code.Code+"="+string(rune('0'+cc.Students)))
	}
	if diff := cmp.Diff([]string{"met=1", "insufficient=2"}, rung1); diff != "" {
		t.Errorf("rung 1 by code (-want +got):\n%s", diff)
	}
	if len(c.Rungs) != 3 {
		t.Errorf("%d rungs, want the ladder's 3", len(c.Rungs))
	}
	// S1 has met rung 1 and works on rung 2 (75%) at 60%, flat.
	var unlikely []string
	for _, u := range c.Unlikely {
		unlikely = append(unlikely, string(u.Student)+" rung "+string(rune('1'+u.Rung)))
	}
	if diff := cmp.Diff([]string{"S1 rung 2", "S2 rung 1", "S3 rung 1"}, unlikely); diff != "" {
		t.Errorf("students unlikely to meet a benchmark (-want +got):\n%s", diff)
	}
	// 40 school days from August 31 to October 23; on the third of each
	// three S3 has no data.
	if len(c.Days) != 40 {
		t.Fatalf("%d school days, want 40", len(c.Days))
	}
	d0, d2 := c.Days[0], c.Days[2]
	if d0.Students != 3 || d0.High != 60 || d0.Low != 25 || math.Abs(d0.Mean-125.0/3) > 1e-9 || d2.Students != 2 || d2.Low != 25 || d2.Mean != 42.5 {
		t.Errorf("days 1 and 3: %+v, %+v", d0, d2)
	}
	for i, want := range []float64{60, 25, 40} {
		if s := c.Students[i]; !s.HasPercent || s.Percent != want {
			t.Errorf("student %d: %+v, want %v%%", i+1, s, want)
		}
	}
	var out bytes.Buffer
	if err := c.WriteCSV(&out); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(rows) != 1+9 || rows[1][0] != "S1" || rows[1][4] != "met" || rows[3][3] != "not-introduced" || rows[3][6] != "" {
		t.Errorf("CSV: %v, %q", err, rows)
	}
	out.Reset()
	if err := c.WriteDaysCSV(&out); err != nil {
		t.Fatal(err)
	}
	if rows, err := csv.NewReader(&out).ReadAll(); err != nil || len(rows) != 41 || rows[1][1] != "3" || rows[1][2] != "60.0000" {
		t.Errorf("days CSV: %v, %q", err, rows[:2])
	}
}

// TestCaseloadErrors: reports that are not one period's, date's and code
// set's are refused with the field and index of the one that differs,
// and so is a first report not made by Report (zero period, a date
// outside it, no code set) — never a panic or an endless walk of days.
func TestCaseloadErrors(t *testing.T) {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(strings.Replace(planJSON, `"student": "S00001", `, "", 1)), &plan); err != nil {
		t.Fatal(err)
	}
	mid := goal.MustDate(2026, 10, 23)
	var sum progress.Summary
	for _, d := range schoolYear(mid, func(int, goal.Date) int { return 50 }) {
		sum.AddDay("S1", d)
	}
	var measured progress.Summaries
	for _, g := range plan.Goals() {
		for _, b := range g.Benchmarks() {
			measured.Add(b, &sum)
		}
	}
	period, _ := assess.TermPeriod(plan, goal.Trimester1)
	report := func(asOf goal.Date) assess.ProgressReport {
		r, err := assess.Report(plan, &measured, "S1", period, assess.ReportOptions{AsOf: asOf})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	good := report(mid)
	otherCodes := good
	otherCodes.Codes = &assess.CodeSet{Name: "other"}
	noCodes := good
	noCodes.Codes = nil
	zeroPeriod := good
	zeroPeriod.Period = goal.Period{}
	outside := good
	outside.AsOf = goal.MustDate(2027, 6, 1)
	for _, tt := range []struct {
		name    string
		reports []assess.ProgressReport
		index   int
		want    string
	}{
		{"none", nil, -1, "no report"},
		{"another date", []assess.ProgressReport{good, report(mid.AddDays(-1))}, 1, "as of 2026-10-22"},
		{"another code set", []assess.ProgressReport{good, otherCodes}, 1, "code set"},
		{"no code set in the second", []assess.ProgressReport{good, noCodes}, 1, "code set"},
		{"no code set in the first", []assess.ProgressReport{noCodes}, 0, "Codes is nil"},
		{"the zero period", []assess.ProgressReport{zeroPeriod}, 0, "zero Period"},
		{"as of outside the period", []assess.ProgressReport{outside}, 0, "not in the period"},
	} {
		_, err := assess.CaseloadOf(tt.reports, &measured, nil)
		var e *assess.Error
		if !errors.As(err, &e) || e.Index != tt.index || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want an *Error at index %d saying %q", tt.name, err, tt.index, tt.want)
		}
	}
}
