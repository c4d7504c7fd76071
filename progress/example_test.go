package progress_test

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// Measure a benchmark from a CSV export: each student's weekly percent of
// the day.
func ExampleMeasureCSV() {
	const export = `student,date,period,minutes,tep,intensity,intensity:de-escalation
S042,2026-12-28,1,60,4,3,3
S042,2026-12-28,2,60,5,4,4
S042,2026-12-31,1,60,2,3,2
S042,2027-01-01,1,60,,,
S042,2027-01-04,1,50,3,2,2
S042,2027-01-04,2,50,4,2,1
`
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand[rubric.TEP](3, 5),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 90,
		Focus:     rubric.MustElementSet(rubric.DeEscalation),
	})
	s, err := progress.MeasureCSV(strings.NewReader(export), b, progress.MeasureOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, w := range s.Weeks("S042") {
		fmt.Printf("%d-W%02d: %d of %d rated minutes qualify (%s)\n", w.ISOYear, w.ISOWeek, w.Qualifying, w.Rated, template.PercentOf(w.Tally))
	}
	// Output:
	// 2026-W53: 60 of 180 rated minutes qualify (33.3%)
	// 2027-W01: 100 of 100 rated minutes qualify (100%)
}

// Collect bad rows and go on: every skipped row is reported with its line
// and column.
func ExampleMeasureCSV_skipBadRows() {
	const export = "student,date,period,minutes,tep,intensity\n" +
		"S042,2027-03-01,1,50,4,2\n" +
		"S042,2027-03-01,2,500000,4,2\n" +
		"S042,2027-03-01,3,50,,2\n"
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 80})
	s, err := progress.MeasureCSV(strings.NewReader(export), b, progress.MeasureOptions{ReadOptions: progress.ReadOptions{SkipBadRows: true}})
	if bad, ok := err.(progress.RowErrors); ok {
		for _, e := range bad {
			fmt.Printf("skipped line %d (%s)\n", e.Line, e.Column)
		}
	}
	d := s.Days("S042")[0]
	fmt.Printf("%s: %d units, %d rated, %d qualifying\n", d.Date, d.Units, d.Rated, d.Qualifying)
	// Output:
	// skipped line 3 (minutes)
	// 2027-03-01: 100 units, 50 rated, 50 qualifying
}

// Generate a deterministic sample year and write it as CSV.
func ExampleGenerate() {
	cfg := progress.GenConfig{Seed: 1, Students: 2, Days: 180}
	ivs := slices.Collect(progress.Generate(cfg))
	fmt.Println(len(ivs), "intervals from", ivs[0].Date, "to", ivs[len(ivs)-1].Date)
	w := progress.NewIntervalWriter(os.Stdout, progress.FormatCSV, progress.GeneratedElements())
	for _, iv := range ivs[:2] {
		if err := w.Write(iv); err != nil {
			fmt.Println(err)
		}
	}
	w.Flush()
	// Output:
	// 2520 intervals from 2026-08-31 to 2027-05-07
	// student,date,period,minutes,tep,intensity,intensity:de-escalation,intensity:management-of-demand,intensity:relationship,intensity:visual
	// S00001,2026-08-31,1,58,1,5,4,,5,5
	// S00001,2026-08-31,2,55,5,5,4,,5,5
}

// Measure decoded intervals in memory, then read one student's days.
func ExampleMeasurer() {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3), Threshold: 80})
	m := progress.NewMeasurer(b)
	day := goal.MustDate(2027, 3, 1)
	for _, iv := range []progress.Interval{
		{Student: "S7", Date: day, Period: "1", Minutes: 45, TEP: 4, Intensity: 2},
		{Student: "S7", Date: day, Period: "2", Minutes: 45, TEP: 4, Intensity: 4}, // in band, too much support
		{Student: "S7", Date: day, Period: "3", Minutes: 30, TEP: 1, Intensity: 2},
	} {
		if err := m.AddInterval(&iv); err != nil {
			fmt.Println(err)
		}
	}
	d := m.Summary().Days("S7")[0]
	fmt.Printf("%s: %s of the day qualifies; %d of %d minutes in band; setback: %v\n", d.Date, template.PercentOf(d.Tally), d.InBand, d.Rated, d.IsSetback())
	// Output:
	// 2027-03-01: 37.5% of the day qualifies; 90 of 120 minutes in band; setback: false
}
