package progress_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// TestBlankSheet: the blank CSV of a rating sheet reads as unrated
// intervals; filled in as a person types the paper sheet, it ingests with
// no error and measures to the values worked by hand.
func TestBlankSheet(t *testing.T) {
	dates := []goal.Date{goal.MustDate(2026, 9, 14), goal.MustDate(2026, 9, 15)}
	periods := []progress.SheetPeriod{{"1", 50}, {"math", 45}, {"3", 60}}
	elements := rubric.MustElementSet(rubric.DeEscalation)
	var blank bytes.Buffer
	if err := progress.WriteBlankSheet(&blank, "S-0042", dates, periods, elements); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(blank.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(progress.IntervalColumns(elements), rows[0]); diff != "" {
		t.Errorf("header (-the columns +the sheet's):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"S-0042", "2026-09-14", "math", "45", "", "", ""}, rows[2]); diff != "" {
		t.Errorf("a blank row (-want +got):\n%s", diff)
	}
	bench := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 80, Focus: elements})
	var report progress.Report
	sum, err := progress.MeasureCSV(bytes.NewReader(blank.Bytes()), bench, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Report: &report}})
	if err != nil || report.Rated != 0 || report.Unrated != 6 || report.Rejected != 0 {
		t.Fatalf("the blank sheet: %v, %+v; want 6 unrated rows", err, report)
	}
	if d := sum.Days("S-0042"); len(d) != 2 || d[0].Rated != 0 || d[0].Units != 155 {
		t.Errorf("the blank sheet's days: %+v, want 155 unrated minutes a day", d)
	}
	// Filled in: on the 14th, period 1 rated 4 at support 3 (de-escalation
	// 3), math 2 at support 4, period 3 left blank (absent); on the 15th,
	// every period 3 at support 5 (de-escalation 5, above the limit).
	filled := [][]string{
		{"4", "3", "3"}, {"2", "4", ""}, {"", "", ""},
		{"3", "5", "5"}, {"3", "5", "5"}, {"3", "5", "5"},
	}
	var typed strings.Builder
	w := csv.NewWriter(&typed)
	_ = w.Write(rows[0])
	for i, r := range rows[1:] {
		copy(r[4:], filled[i])
		_ = w.Write(r)
	}
	w.Flush()
	report = progress.Report{}
	sum, err = progress.MeasureCSV(strings.NewReader(typed.String()), bench, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Report: &report}})
	if err != nil || report.Rejected != 0 || report.Rated != 5 || report.Unrated != 1 {
		t.Fatalf("the filled sheet: %v, %+v", err, report)
	}
	days := sum.Days("S-0042")
	// The 14th: 95 minutes rated, 50 in band (period 1) and qualifying
	// (support 3 ≤ 4); 60 unrated. The 15th: 155 rated and in band, none
	// qualifying (support 5).
	want := []progress.Tally{{Rated: 95, Qualifying: 50}, {Rated: 155, Qualifying: 0}}
	got := []progress.Tally{days[0].Tally, days[1].Tally}
	if diff := cmp.Diff(want, got); diff != "" || days[0].InBand != 50 || days[1].InBand != 155 || days[0].Units != 155 {
		t.Errorf("the filled sheet (-want +got):\n%s\ndays %+v", diff, days)
	}
	if err := progress.WriteBlankSheet(&blank, "S-0042", nil, periods, elements); err == nil {
		t.Error("a sheet without a date: no error")
	}
}

// TestRatedIntervals: the optional rater column, in CSV and JSON Lines;
// a bad rater is refused naming the column; measuring a file with the
// column gives what the file without it gives.
func TestRatedIntervals(t *testing.T) {
	csvData := "student,date,period,minutes,tep,intensity,rater\nS1,2026-09-14,1,50,4,3,T-07\nS1,2026-09-14,2,45,2,4,\n"
	var got []string
	for iv, err := range progress.ReadRatedIntervals(strings.NewReader(csvData), progress.ReadOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, iv.Period+":"+iv.Rater)
	}
	jsonl := `{"student":"S1","date":"2026-09-14","period":"1","minutes":50,"tep":4,"intensity":3,"rater":"T-07"}` + "\n" +
		`{"student":"S1","date":"2026-09-14","period":"2","minutes":45,"tep":2,"intensity":4}` + "\n"
	for iv, err := range progress.ReadRatedIntervals(strings.NewReader(jsonl), progress.ReadOptions{Format: progress.FormatJSONLines}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, iv.Period+":"+iv.Rater)
	}
	if diff := cmp.Diff([]string{"1:T-07", "2:", "1:T-07", "2:"}, got); diff != "" {
		t.Errorf("raters (-want +got):\n%s", diff)
	}
	for iv, err := range progress.ReadIntervals(strings.NewReader("student,date,period,minutes,tep,intensity,rater\nS1,2026-09-14,1,50,4,3,T\x01\n"), progress.ReadOptions{}) {
		var rerr *progress.RowError
		if !errors.As(err, &rerr) || rerr.Column != "rater" || rerr.Line != 2 {
			t.Errorf("a bad rater: %v, %v; want a *RowError at line 2, column rater", iv, err)
		}
	}
	bench := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 80})
	with, err := progress.MeasureCSV(strings.NewReader(csvData), bench, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	without, err := progress.MeasureCSV(strings.NewReader("student,date,period,minutes,tep,intensity\nS1,2026-09-14,1,50,4,3\nS1,2026-09-14,2,45,2,4\n"), bench, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !with.Equal(without) {
		t.Errorf("the rater column changes the measurement")
	}
}
