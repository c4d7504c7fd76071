package assess_test

import (
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// TestResearchCSV: the two tables' rows for a student whose ID needs
// quoting, read back through encoding/csv: a week with nothing rated has
// an empty percent, the window pools the last ten rated days, and met
// compares the unrounded percent.
func TestResearchCSV(t *testing.T) {
	day := func(d goal.Date, rated, qualifying int64) progress.DayTally {
		return progress.DayTally{Date: d, Tally: progress.Tally{Rated: rated, Qualifying: qualifying}, Units: max(rated, 50)}
	}
	start := goal.MustDate(2026, 8, 31) // a Monday, ISO week 36
	var days []progress.DayTally
	for i := range 12 {
		d := start.AddDays(i/5*7 + i%5)
		days = append(days, day(d, 300, 270))
	}
	days = append(days, day(start.AddDays(21), 0, 0)) // a week with nothing rated
	id := goal.StudentID(`S,"7"`)
	b := []byte(assess.WeeklyCSVHeader)
	b = assess.AppendWeeklyCSV(b, id, progress.Weeks(days))
	rows, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"student", "iso_year", "iso_week", "rated_minutes", "qualifying_minutes", "percent"},
		{`S,"7"`, "2026", "36", "1500", "1350", "90.0000"},
		{`S,"7"`, "2026", "37", "1500", "1350", "90.0000"},
		{`S,"7"`, "2026", "38", "600", "540", "90.0000"},
		{`S,"7"`, "2026", "39", "0", "0", ""},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("weekly rows (-want +got):\n%s", diff)
	}
	for _, tt := range []struct {
		threshold float64
		met       string
	}{{90, "true"}, {90.0001, "false"}} {
		b := assess.AppendWindowCSV([]byte(assess.WindowCSVHeader), id, days, tt.threshold, start.AddDays(30))
		rows, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{`S,"7"`, "10", "3000", "2700", "90.0000", tt.met}, rows[1]); diff != "" {
			t.Errorf("window row at %v (-want +got):\n%s", tt.threshold, diff)
		}
	}
}

// The weekly and window rows of one student, as the research measure's
// files hold them.
func ExampleAppendWindowCSV() {
	var days []progress.DayTally
	for i := range 10 {
		days = append(days, progress.DayTally{Date: goal.MustDate(2026, 9, 1).AddDays(i), Tally: progress.Tally{Rated: 300, Qualifying: 280}})
	}
	out := []byte(assess.WindowCSVHeader)
	out = assess.AppendWindowCSV(out, "S-0042", days, 90, goal.MustDate(2026, 9, 30))
	fmt.Print(string(out))
	// Output:
	// student,window_days,window_rated_minutes,window_qualifying_minutes,window_percent,met
	// S-0042,10,3000,2800,93.3333,true
}
