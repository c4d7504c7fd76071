package progress_test

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The measurer pools a run of rows of one student and day in packed
// counters, which hold a day's fields (2,047 minutes): a longer run is
// counted again row by row, and the reader's pending run is written to its
// day before it would overflow. It asks the predicate again in the middle
// of a run when the support changes. These tests make runs long, full of
// the largest values and of changing support, and check the measurer
// against the naive model.

// measured returns the days the measurer counts for ivs.
func measured(t interface {
	Helper()
	Fatalf(string, ...any)
}, b goal.Benchmark, ivs []progress.Interval) map[goal.StudentID][]progress.DayTally {
	t.Helper()
	m := progress.NewMeasurer(b)
	if n, err := m.AddIntervals(ivs); err != nil {
		t.Fatalf("AddIntervals counted %d of %d intervals: %v", n, len(ivs), err)
	}
	got := map[goal.StudentID][]progress.DayTally{}
	for id, days := range m.Summary().All() {
		got[id] = days
	}
	return got
}

func TestMeasurerLongRunOfLargestValues(t *testing.T) {
	// 1,300 intervals of 600 minutes at intensity 5 in one day: every
	// packed counter gets its largest contribution, and the run's 780,000
	// minutes overflow its fields, so that it is counted again row by row.
	ivs := make([]progress.Interval, 1300)
	for i := range ivs {
		ivs[i] = progress.Interval{Student: "S1", Date: date("2027-03-01"), Minutes: progress.MaxMinutes, TEP: 5, Intensity: 5}
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(5), Threshold: 80})
	const minutes = 1300 * progress.MaxMinutes
	want := map[goal.StudentID][]progress.DayTally{"S1": {{
		Date:           date("2027-03-01"),
		Tally:          progress.Tally{Rated: minutes, Qualifying: minutes},
		InBand:         minutes,
		Units:          minutes,
		SupportUnits:   minutes,
		IntensityUnits: 5 * minutes,
		MaxIntensity:   5,
	}}}
	if diff := cmp.Diff(want, measured(t, b, ivs), dateEqual); diff != "" {
		t.Errorf("measurement of a long day (-want +got):\n%s", diff)
	}
}

// Days of ten 600-minute periods read from a file: after the first day
// has numbered the periods, the reader's fast path pools the rows of a
// day, and writes its pending run to the day before the run's minutes
// would leave a field.
func TestMeasureCSVLongDays(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(5), Threshold: 80})
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, progress.FormatCSV, 0)
	const days, periods, minutes = 3, 10, 10 * progress.MaxMinutes
	var want []progress.DayTally
	for d := range days {
		day := date("2027-03-01").AddDays(d)
		for p := range periods {
			iv := progress.Interval{Student: "S1", Date: day, Period: strconv.Itoa(p + 1), Minutes: progress.MaxMinutes, TEP: 5, Intensity: 5}
			if err := w.Write(iv); err != nil {
				t.Fatal(err)
			}
		}
		want = append(want, progress.DayTally{Date: day, Tally: progress.Tally{Rated: minutes, Qualifying: minutes}, InBand: minutes,
			Units: minutes, SupportUnits: minutes, IntensityUnits: 5 * minutes, MaxIntensity: 5})
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	s, err := progress.MeasureCSV(&buf, b, progress.MeasureOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, s.Days("S1"), dateEqual); diff != "" {
		t.Errorf("days of 6,000 minutes read from CSV (-want +got):\n%s", diff)
	}
}

func TestMeasurerRunsAgreeWithNaiveModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		// A few long days of one or two students; each row's ID is a
		// fresh copy or the shared string, so runs break and rejoin.
		n := rapid.IntRange(1, 1200).Draw(t, "rows")
		students := rapid.IntRange(1, 2).Draw(t, "students")
		days := rapid.IntRange(1, 3).Draw(t, "days")
		shared := []goal.StudentID{"S1", "S2"}
		support := rapid.IntRange(1, 5).Draw(t, "support changes") // fewer distinct supports, longer stretches
		ivs := make([]progress.Interval, n)
		for i := range ivs {
			k := i * students / n
			id := shared[k]
			if rapid.IntRange(0, 9).Draw(t, "copy") == 0 {
				id = goal.StudentID(strings.Clone(string(id)))
			}
			ivs[i] = progress.Interval{
				Student:   id,
				Date:      date("2027-03-01").AddDays(i * days / n),
				Minutes:   rapid.SampledFrom([]int{progress.MinMinutes, 45, progress.MaxMinutes}).Draw(t, "minutes"),
				TEP:       genTEP.Draw(t, "tep"),
				Intensity: rubric.Intensity(rapid.IntRange(0, support).Draw(t, "intensity")),
			}
			if rapid.IntRange(0, 3).Draw(t, "profile") == 0 {
				ivs[i].Profile = genProfile.Draw(t, "profile")
			}
		}
		if diff := cmp.Diff(naiveDays(b, ivs), measured(t, b, ivs), dateEqual); diff != "" {
			t.Fatalf("measurement differs from the naive model (-want +got):\n%s", diff)
		}
	})
}

func TestMeasurerStopsAtBadRowInRun(t *testing.T) {
	ivs := make([]progress.Interval, 700)
	for i := range ivs {
		ivs[i] = progress.Interval{Student: "S1", Date: date("2027-03-01"), Minutes: 50, TEP: 4, Intensity: 2}
	}
	tests := []struct {
		name   string
		at     int
		change func(*progress.Interval)
		column string
	}{
		{"TEP 6 within the day", 300, func(iv *progress.Interval) { iv.TEP = 6 }, "tep"},
		{"intensity 6 within the day", 600, func(iv *progress.Interval) { iv.Intensity = 6 }, "intensity"},
		{"601 minutes within the day", 512, func(iv *progress.Interval) { iv.Minutes = 601 }, "minutes"},
		{"no student", 1, func(iv *progress.Interval) { iv.Student = "" }, "student"},
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3), Threshold: 80})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := append([]progress.Interval(nil), ivs...)
			tt.change(&rows[tt.at])
			m := progress.NewMeasurer(b)
			n, err := m.AddIntervals(rows)
			var rerr *progress.RowError
			if n != tt.at || !errors.As(err, &rerr) || rerr.Column != tt.column {
				t.Fatalf("AddIntervals = %d, %v; want %d and a %q error", n, err, tt.at, tt.column)
			}
			want := naiveDays(b, rows[:tt.at])["S1"]
			if diff := cmp.Diff(want, m.Summary().Days("S1"), dateEqual); diff != "" {
				t.Errorf("days counted before the bad row (-want +got):\n%s", diff)
			}
		})
	}
}

// Student IDs that share their bytes — "S1" a prefix of "S10" in one
// string — are told apart by their lengths, in a run and between runs.
func TestMeasurerTellsApartSharedStrings(t *testing.T) {
	s := goal.StudentID("S10")
	short, long := s[:2], s
	var ivs []progress.Interval
	for i, id := range []goal.StudentID{short, short, long, short, long, long, short} {
		ivs = append(ivs, progress.Interval{Student: id, Date: date("2027-03-01").AddDays(i / 4), Minutes: 40 + i, TEP: rubric.TEP(1 + i%5), Intensity: 2})
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3), Threshold: 80})
	if diff := cmp.Diff(naiveDays(b, ivs), measured(t, b, ivs), dateEqual); diff != "" {
		t.Errorf("measurement of two students sharing bytes (-want +got):\n%s", diff)
	}
}

// A day of 150,000 one-minute rows, its support changing every 7,000
// rows, is counted in runs of at most 65,536 rows (and fewer than twice
// that after a change of support), and adds up to what the naive model
// says.
func TestMeasurerVeryLongDay(t *testing.T) {
	ivs := make([]progress.Interval, 150000)
	for i := range ivs {
		ivs[i] = progress.Interval{Student: "S1", Date: date("2027-03-01"), Minutes: 1, TEP: rubric.TEP(i % 6), Intensity: rubric.Intensity(1 + i/7000%5)}
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3), Threshold: 80})
	if diff := cmp.Diff(naiveDays(b, ivs), measured(t, b, ivs), dateEqual); diff != "" {
		t.Errorf("measurement of a very long day (-want +got):\n%s", diff)
	}
}
