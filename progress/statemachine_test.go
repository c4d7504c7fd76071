package progress_test

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// naiveDays is the model's measurement: the obvious loops over every
// interval, with no caching, no ordering assumptions and no merging.
func naiveDays(b goal.Benchmark, ivs []progress.Interval) map[goal.StudentID][]progress.DayTally {
	byDay := map[goal.StudentID]map[goal.Date]*progress.DayTally{}
	for _, iv := range ivs {
		if byDay[iv.Student] == nil {
			byDay[iv.Student] = map[goal.Date]*progress.DayTally{}
		}
		d := byDay[iv.Student][iv.Date]
		if d == nil {
			d = &progress.DayTally{Date: iv.Date}
			byDay[iv.Student][iv.Date] = d
		}
		m := int64(iv.Minutes)
		d.Units += m
		if iv.Intensity != 0 {
			d.SupportUnits += m
			d.IntensityUnits += m * int64(iv.Intensity)
			d.MaxIntensity = max(d.MaxIntensity, iv.Intensity)
		}
		if iv.TEP != 0 {
			d.Rated += m
		}
		if b.TEPBand().Contains(iv.TEP) {
			d.InBand += m
		}
		if iv.TEP != 0 && b.QualifiesInterval(iv.TEP, iv.Intensity, &iv.Profile) {
			d.Qualifying += m
		}
	}
	out := map[goal.StudentID][]progress.DayTally{}
	for id, days := range byDay {
		for _, d := range days {
			out[id] = append(out[id], *d)
		}
		slices.SortFunc(out[id], func(a, b progress.DayTally) int { return a.Date.Compare(b.Date) })
	}
	return out
}

// badRows are malformed interval rows, each with the column it is bad in.
var badRows = []struct{ row, column string }{
	{"A,2027-01-04,1,0,3,2,,,", "minutes"},
	{"A,2027-01-04,1,50,6,2,,,", "tep"},
	{"A,2027-13-04,1,50,3,2,,,", "date"},
	{"A,2027-01-04,1,50,3,2,,", ""},
	{"A,2027-01-04,1\"x,50,3,2,,,", "period"},
	{"A,2027-01-04,1,50,3,2,,,x", "intensity:visual"},
	{",2027-01-04,1,50,3,2,,,", "student"},
}

// TestIngestStateMachine grows a CSV file row by row — good rows in any
// order, malformed rows, repeats of a good row's slot, rated rows without
// their intensity, blank lines — and checks after each step that reading
// it yields exactly the good rows and an error for each bad row at its
// line and column, that the report accounts for every row once, and that
// measuring it equals the naive model.
func TestIngestStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		var file bytes.Buffer
		w := progress.NewIntervalWriter(&file, progress.FormatCSV, profileElements)
		if err := w.Flush(); err != nil { // the header
			t.Fatal(err)
		}
		line := 1
		var good []progress.Interval
		type bad struct {
			line   int
			column string
		}
		var bads []bad
		taken := map[slot]bool{}
		write := func(t *rapid.T, iv progress.Interval) int {
			before := file.Len()
			if err := w.Write(iv); err != nil {
				t.Fatal(err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			at := line + 1
			line += bytes.Count(file.Bytes()[before:], []byte("\n"))
			return at
		}
		t.Repeat(map[string]func(*rapid.T){
			"good row": func(t *rapid.T) {
				iv := genInterval.Draw(t, "interval")
				if taken[slotOf(iv)] {
					t.Skip("slot taken")
				}
				write(t, iv)
				taken[slotOf(iv)] = true
				good = append(good, iv)
			},
			"repeat of a good row": func(t *rapid.T) {
				if len(good) == 0 {
					t.Skip("no good row yet")
				}
				iv := rapid.SampledFrom(good).Draw(t, "repeated")
				iv.Minutes = rapid.IntRange(progress.MinMinutes, progress.MaxMinutes).Draw(t, "minutes")
				bads = append(bads, bad{write(t, iv), "period"})
			},
			"rated row without intensity": func(t *rapid.T) {
				iv := genInterval.Draw(t, "interval")
				iv.TEP, iv.Intensity = gen.TEP().Draw(t, "tep"), 0
				bads = append(bads, bad{write(t, iv), "intensity"})
			},
			"bad row": func(t *rapid.T) {
				r := rapid.SampledFrom(badRows).Draw(t, "bad")
				file.WriteString(r.row + "\n")
				line++
				bads = append(bads, bad{line, r.column})
			},
			"blank line": func(t *rapid.T) {
				file.WriteString("\n")
				line++
			},
			"": func(t *rapid.T) {
				var gotGood []progress.Interval
				var gotBad []bad
				var report progress.Report
				for iv, err := range progress.ReadIntervals(bytes.NewReader(file.Bytes()), progress.ReadOptions{SkipBadRows: true, Report: &report}) {
					var rerr *progress.RowError
					switch {
					case errors.As(err, &rerr):
						gotBad = append(gotBad, bad{rerr.Line, rerr.Column})
					case err != nil:
						t.Fatalf("unexpected error %v", err)
					default:
						gotGood = append(gotGood, iv)
					}
				}
				if len(gotGood) != len(good) || !slices.Equal(gotBad, bads) {
					t.Fatalf("read %d good rows and bad rows %v; want %d and %v", len(gotGood), gotBad, len(good), bads)
				}
				if !report.Balanced() || report.Rows != int64(len(good)+len(bads)) || report.Rejected != int64(len(bads)) {
					t.Fatalf("report %+v for %d good and %d bad rows", report, len(good), len(bads))
				}
				var measured progress.Report
				s, err := progress.MeasureCSV(bytes.NewReader(file.Bytes()), b, progress.MeasureOptions{ReadOptions: progress.ReadOptions{SkipBadRows: true, Report: &measured}})
				if (err != nil) != (len(bads) > 0) {
					t.Fatalf("MeasureCSV error %v with %d bad rows", err, len(bads))
				}
				if measured != report {
					t.Fatalf("measuring reports %+v, reading %+v", measured, report)
				}
				got := map[goal.StudentID][]progress.DayTally{}
				for id, days := range s.All() {
					got[id] = days
				}
				if diff := cmp.Diff(naiveDays(b, good), got, dateEqual); diff != "" {
					t.Fatalf("measurement differs from the naive model (-want +got):\n%s", diff)
				}
			},
		})
	})
}

func ExampleRowError() {
	const in = "student,date,period,minutes,tep,intensity\n" +
		"S1,2027-03-01,1,50,4,2\n" +
		"S1,2027-03-01,2,50,7,2\n"
	for _, err := range progress.ReadIntervals(strings.NewReader(in), progress.ReadOptions{}) {
		var rerr *progress.RowError
		if errors.As(err, &rerr) {
			fmt.Println(rerr.Line, rerr.Column, errors.Is(err, progress.ErrBadRow), errors.Is(err, rubric.ErrOutOfRange))
		}
	}
	// Output:
	// 3 tep true true
}
