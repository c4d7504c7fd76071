package progress_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// Reading a CSV export row by row. Columns may come in any order, levels
// may be digits or labels, an empty field means unrated, and a bad row is
// reported with its line and column; SkipBadRows reads on past it.
func ExampleReadIntervals() {
	const export = `date,student,period,minutes,tep,intensity,intensity:visual
2027-03-01,S042,"math, block 1",50,good,3,2
2027-03-01,S042,2,45,,,
2027-03-01,S042,3,45,7,2,
2027-03-02,S042,1,50,3,moderate,
`
	for iv, err := range progress.ReadIntervals(strings.NewReader(export), progress.ReadOptions{SkipBadRows: true}) {
		var re *progress.RowError
		if errors.As(err, &re) {
			fmt.Printf("line %d, column %s: out of range: %v\n", re.Line, re.Column, errors.Is(err, rubric.ErrOutOfRange))
			continue
		}
		fmt.Printf("%s %s %q %d min: TEP %v, intensity %v, visual %v\n", iv.Student, iv.Date, iv.Period, iv.Minutes, iv.TEP, iv.Intensity, iv.Profile.Get(rubric.Visual))
	}
	// Output:
	// S042 2027-03-01 "math, block 1" 50 min: TEP 4, intensity 3, visual 2
	// S042 2027-03-01 "2" 45 min: TEP unrated, intensity unrated, visual unrated
	// line 4, column tep: out of range: true
	// S042 2027-03-02 "1" 50 min: TEP 3, intensity 3, visual unrated
}

// The same intervals as JSON Lines: null (or a missing key) for unrated,
// and per-element intensities in an "elements" object.
func ExampleReadIntervals_jsonLines() {
	const export = `{"student":"S042","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":3,"elements":{"visual":2}}
{"student":"S042","date":"2027-03-01","period":"2","minutes":45,"tep":null,"intensity":null}
`
	for iv, err := range progress.ReadIntervals(strings.NewReader(export), progress.ReadOptions{Format: progress.FormatJSONLines}) {
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s period %s: TEP %v, intensity %v, visual %v\n", iv.Student, iv.Date, iv.Period, iv.TEP, iv.Intensity, iv.Profile.Get(rubric.Visual))
	}
	// Output:
	// S042 2027-03-01 period 1: TEP 4, intensity 3, visual 2
	// S042 2027-03-01 period 2: TEP unrated, intensity unrated, visual unrated
}

// Writing intervals as JSON Lines and reading them back gives the same
// intervals. An invalid interval is rejected and nothing of it is written.
func ExampleNewIntervalWriter() {
	day := goal.MustDate(2027, 3, 1)
	ivs := []progress.Interval{
		{Student: "S042", Date: day, Period: "1", Minutes: 50, TEP: 4, Intensity: 3,
			Profile: rubric.SupportProfile{}.With(rubric.DeEscalation, 3)},
		{Student: "S042", Date: day, Period: "2", Minutes: 45}, // not rated
	}
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, progress.FormatJSONLines, 0) // JSON Lines writes every element
	for _, iv := range ivs {
		if err := w.Write(iv); err != nil {
			fmt.Println(err)
		}
	}
	err := w.Write(progress.Interval{Student: "S042", Date: day, Minutes: 0})
	fmt.Println("0 minutes rejected:", errors.Is(err, progress.ErrMinutes))
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(buf.String())

	var back []progress.Interval
	for iv, err := range progress.ReadIntervals(&buf, progress.ReadOptions{Format: progress.FormatJSONLines}) {
		if err != nil {
			fmt.Println(err)
			return
		}
		back = append(back, iv)
	}
	fmt.Println("read back the same:", slices.Equal(back, ivs))
	// Output:
	// 0 minutes rejected: true
	// {"student":"S042","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":3,"elements":{"de-escalation":3}}
	// {"student":"S042","date":"2027-03-01","period":"2","minutes":45,"tep":null,"intensity":null}
	// read back the same: true
}

// Measuring a benchmark straight from a JSON Lines export: the summary
// holds each student's days, ready for Assess.
func ExampleMeasure() {
	const export = `{"student":"S7","date":"2027-03-01","period":"1","minutes":60,"tep":4,"intensity":2}
{"student":"S7","date":"2027-03-01","period":"2","minutes":60,"tep":2,"intensity":2}
{"student":"S7","date":"2027-03-02","period":"1","minutes":60,"tep":5,"intensity":4}
{"student":"S7","date":"2027-03-02","period":"2","minutes":60,"tep":3,"intensity":3}
{"student":"S9","date":"2027-03-01","period":"1","minutes":45,"tep":3,"intensity":1}
`
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityModerate), Threshold: 80})
	s, err := progress.Measure(strings.NewReader(export), b, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: progress.FormatJSONLines}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for id, days := range s.All() {
		for _, d := range days {
			fmt.Printf("%s %s: %d of %d minutes qualify (%s), %d in band\n", id, d.Date, d.Qualifying, d.Rated, template.PercentOf(d.Tally), d.InBand)
		}
	}
	// Output:
	// S7 2027-03-01: 60 of 120 minutes qualify (50%), 60 in band
	// S7 2027-03-02: 60 of 120 minutes qualify (50%), 120 in band
	// S9 2027-03-01: 45 of 45 minutes qualify (100%), 45 in band
}

// Summaries measured on different machines travel as bytes: each part's
// binary encoding decodes into a summary that merges into the whole, as
// the combine step of a distributed job (Beam, Spark) does. Here two
// exports, one per school week, are measured apart.
func ExampleSummary_MarshalBinary() {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityModerate), Threshold: 80})
	const header = "student,date,period,minutes,tep,intensity\n"
	parts := []string{
		header + "S7,2027-03-01,1,60,4,2\nS7,2027-03-01,2,60,2,2\n",
		header + "S7,2027-03-08,1,60,5,3\nS9,2027-03-08,1,45,3,1\n",
	}
	var whole progress.Summary
	for _, part := range parts {
		s, err := progress.MeasureCSV(strings.NewReader(part), b, progress.MeasureOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		data, err := s.MarshalBinary() // sent to the machine that combines
		if err != nil {
			fmt.Println(err)
			return
		}
		var received progress.Summary
		if err := received.UnmarshalBinary(data); err != nil {
			fmt.Println(err)
			return
		}
		if err := whole.MergeDisjoint(&received); err != nil {
			fmt.Println(err)
			return
		}
	}
	for id, days := range whole.All() {
		for _, d := range days {
			fmt.Printf("%s %s: %d of %d minutes qualify (%s)\n", id, d.Date, d.Qualifying, d.Rated, template.PercentOf(d.Tally))
		}
	}
	// Output:
	// S7 2027-03-01: 60 of 120 minutes qualify (50%)
	// S7 2027-03-08: 60 of 60 minutes qualify (100%)
	// S9 2027-03-08: 45 of 45 minutes qualify (100%)
}

// A student's ISO weeks pool the days' minutes: a week's percent is its
// qualifying minutes over its rated minutes, not an average of daily
// percents.
func ExampleSummary_Weeks() {
	var s progress.Summary
	s.AddDay("S7", progress.DayTally{Date: goal.MustDate(2027, 3, 1), Tally: progress.Tally{Rated: 300, Qualifying: 300}})
	s.AddDay("S7", progress.DayTally{Date: goal.MustDate(2027, 3, 2), Tally: progress.Tally{Rated: 60, Qualifying: 0}})
	s.AddDay("S7", progress.DayTally{Date: goal.MustDate(2027, 3, 8)}) // absent: nothing rated
	for _, w := range s.Weeks("S7") {
		if _, ok := w.Percent(); !ok {
			fmt.Printf("%d-W%02d: days %d, nothing rated, no percent\n", w.ISOYear, w.ISOWeek, w.Days)
			continue
		}
		fmt.Printf("%d-W%02d: days %d, %d of %d minutes, %s\n", w.ISOYear, w.ISOWeek, w.Days, w.Qualifying, w.Rated, template.PercentOf(w.Tally))
	}
	// Output:
	// 2027-W09: days 2, 300 of 360 minutes, 83.3%
	// 2027-W10: days 1, nothing rated, no percent
}

// Reading every student of a large summary, a program reuses one buffer
// of days and one of weeks: AppendDays and AppendWeeks append to them and
// allocate nothing once they have grown.
func ExampleSummary_AppendDays() {
	var s progress.Summary
	s.AddDay("S9", progress.DayTally{Date: goal.MustDate(2027, 3, 8), Tally: progress.Tally{Rated: 45, Qualifying: 45}})
	s.AddDay("S7", progress.DayTally{Date: goal.MustDate(2027, 3, 1), Tally: progress.Tally{Rated: 120, Qualifying: 60}})
	s.AddDay("S7", progress.DayTally{Date: goal.MustDate(2027, 3, 8), Tally: progress.Tally{Rated: 60, Qualifying: 60}})
	var days []progress.DayTally
	var weeks []progress.WeekTally
	for _, id := range s.Students() {
		days = s.AppendDays(days[:0], id)
		weeks = progress.AppendWeeks(weeks[:0], days)
		fmt.Printf("%s: %s in %s\n", id, template.Plural(len(days), "day", "days"), template.Plural(len(weeks), "week", "weeks"))
	}
	// Output:
	// S7: 2 days in 2 weeks
	// S9: 1 day in 1 week
}

// Weeks pools days across a year end: the last days of 2026 and the first
// of 2027 are one ISO week, 2026-W53.
func ExampleWeeks() {
	days := []progress.DayTally{
		{Date: goal.MustDate(2026, 12, 31), Tally: progress.Tally{Rated: 100, Qualifying: 50}},
		{Date: goal.MustDate(2027, 1, 1), Tally: progress.Tally{Rated: 100, Qualifying: 100}},
		{Date: goal.MustDate(2027, 1, 4), Tally: progress.Tally{Rated: 100, Qualifying: 90}},
	}
	for _, w := range progress.Weeks(days) {
		fmt.Printf("%d-W%02d: days %d, %d of %d minutes, %s\n", w.ISOYear, w.ISOWeek, w.Days, w.Qualifying, w.Rated, template.PercentOf(w.Tally))
	}
	// Output:
	// 2026-W53: days 2, 150 of 200 minutes, 75%
	// 2027-W01: days 1, 90 of 100 minutes, 90%
}

// A deterministic sample year as a CSV file, for trying the library or
// benchmarking a reader: the same config always writes the same bytes.
func ExampleWriteGeneratedCSV() {
	var buf bytes.Buffer
	n, err := progress.WriteGeneratedCSV(&buf, progress.GenConfig{Seed: 7, Students: 2, Days: 180})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n, "rows, 2 students × 180 days × 7 periods; the first three lines:")
	for _, line := range strings.SplitN(buf.String(), "\n", 4)[:3] {
		fmt.Println(line)
	}
	// Output:
	// 2520 rows, 2 students × 180 days × 7 periods; the first three lines:
	// student,date,period,minutes,tep,intensity,intensity:de-escalation,intensity:management-of-demand,intensity:relationship,intensity:visual
	// S00001,2026-08-31,1,60,5,5,,,4,4
	// S00001,2026-08-31,2,53,2,5,,,4,4
}

// Soft-skill opportunities for the same generated students, written as CSV.
func ExampleGenerateOpportunities() {
	cfg := progress.GenConfig{Seed: 7, Students: 2, Days: 180} // 3 opportunities a day by default
	w := progress.NewOpportunityWriter(os.Stdout, progress.FormatCSV)
	n := 0
	for o := range progress.GenerateOpportunities(cfg) {
		if n == 4 { // the first day and a bit of the year
			break
		}
		if err := w.Write(o); err != nil {
			fmt.Println(err)
		}
		n++
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// student,date,skill,rating,intensity
	// S00001,2026-08-31,following-directions,3,5
	// S00001,2026-08-31,following-directions,3,5
	// S00001,2026-08-31,following-directions,2,5
	// S00001,2026-09-01,following-directions,2,5
}
