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
// order, bad rows, blank lines — and checks after each step that reading
// it yields exactly the good rows and an error for each bad row at its
// line, and that measuring it equals the naive model.
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
		t.Repeat(map[string]func(*rapid.T){
			"good row": func(t *rapid.T) {
				iv := genInterval.Draw(t, "interval")
				before := file.Len()
				if err := w.Write(iv); err != nil {
					t.Fatal(err)
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				line += bytes.Count(file.Bytes()[before:], []byte("\n"))
				good = append(good, iv)
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
				for iv, err := range progress.ReadIntervals(bytes.NewReader(file.Bytes()), progress.ReadOptions{SkipBadRows: true}) {
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
				s, err := progress.MeasureCSV(bytes.NewReader(file.Bytes()), b, progress.MeasureOptions{SkipBadRows: true})
				if (err != nil) != (len(bads) > 0) {
					t.Fatalf("MeasureCSV error %v with %d bad rows", err, len(bads))
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
