package progress_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

var fuzzSeeds = []string{
	handCSV,
	"student,date,period,minutes,tep,intensity\nA,2027-03-01,1,50,4,2\n",
	"student,date,period,minutes,tep,intensity,intensity:visual\n\"A,1\",2027-03-01,\"x\"\"y\",50,,,3\r\nB,2027-03-02,2,600,good,high,\n",
	"student,date,period,minutes,tep,intensity,notes\nA,2027-03-01,1,50,4,2,\"multi\nline\"\nA,2027-03-01,1,50,4,2,\"open\n",
	"minutes,intensity,tep,period,date,student\n50,2,4,1,2027-03-01,A\n0,2,4,1,2027-03-01,A\n",
	`{"student":"A","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":2,"elements":{"visual":2}}` + "\n" +
		`{"student":"A","date":"2027-03-01","period":"1","minutes":50,"tep":null,"intensity":"high"}` + "\n[]\n",
}

// checkRead reads data in format f in skip mode and checks that every
// step is either a valid interval or a *RowError on a line of the input,
// that the good intervals survive a write and a read, and that measuring
// the input equals measuring the good intervals.
func checkRead(t *testing.T, data string, f progress.Format) {
	lines := strings.Count(data, "\n") + 1
	var good []progress.Interval
	for iv, err := range progress.ReadIntervals(strings.NewReader(data), progress.ReadOptions{Format: f, SkipBadRows: true}) {
		if err != nil {
			var rerr *progress.RowError
			if !errors.As(err, &rerr) || !errors.Is(err, progress.ErrBadRow) {
				t.Fatalf("error %v is not a *RowError", err)
			}
			if rerr.Line < 1 || rerr.Line > lines {
				t.Fatalf("error %v: line %d outside 1–%d", err, rerr.Line, lines)
			}
			continue
		}
		if err := iv.Validate(); err != nil {
			t.Fatalf("ReadIntervals yielded an invalid interval %+v: %v", iv, err)
		}
		good = append(good, iv)
	}
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, f, rubric.MustElementSet(rubric.Elements()...))
	for _, iv := range good {
		if err := w.Write(iv); err != nil {
			t.Fatalf("Write(%+v): %v", iv, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	var again []progress.Interval
	for iv, err := range progress.ReadIntervals(&buf, progress.ReadOptions{Format: f}) {
		if err != nil {
			t.Fatalf("reading back: %v", err)
		}
		again = append(again, iv)
	}
	if !slices.Equal(good, again) {
		t.Fatalf("read(write(x)) != x: %d vs %d intervals", len(good), len(again))
	}
	s, err := progress.Measure(strings.NewReader(data), handBenchmark, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: f, SkipBadRows: true}})
	if s == nil {
		return // a bad header: nothing measured, as nothing was read
	}
	if err != nil && !errors.Is(err, progress.ErrBadRow) {
		t.Fatalf("Measure: %v", err)
	}
	want := map[goal.StudentID][]progress.DayTally{}
	for id, days := range measure(t, handBenchmark, good).All() {
		want[id] = days
	}
	got := map[goal.StudentID][]progress.DayTally{}
	for id, days := range s.All() {
		got[id] = days
	}
	if diff := cmp.Diff(want, got, dateEqual); diff != "" {
		t.Fatalf("Measure differs from measuring the good rows (-want +got):\n%s", diff)
	}
}

func FuzzReadIntervalsCSV(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { checkRead(t, data, progress.FormatCSV) })
}

func FuzzReadIntervalsJSONLines(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { checkRead(t, data, progress.FormatJSONLines) })
}

func FuzzReadOpportunitiesCSV(f *testing.F) {
	f.Add("student,date,skill,rating,intensity\nA,2027-03-01,group-work,3,1\nA,2027-03-01,Group Work,3,1\n")
	f.Add(`{"student":"A","date":"2027-03-01","skill":"group-work","rating":null,"intensity":1}`)
	f.Fuzz(func(t *testing.T, data string) {
		for _, format := range []progress.Format{progress.FormatCSV, progress.FormatJSONLines} {
			var good []progress.Opportunity
			for o, err := range progress.ReadOpportunities(strings.NewReader(data), progress.ReadOptions{Format: format, SkipBadRows: true}) {
				var rerr *progress.RowError
				switch {
				case errors.As(err, &rerr):
					if rerr.Line < 1 || rerr.Line > strings.Count(data, "\n")+1 {
						t.Fatalf("error %v: line outside the input", err)
					}
				case err != nil:
					t.Fatalf("error %v is not a *RowError", err)
				default:
					if err := o.Validate(); err != nil {
						t.Fatalf("invalid opportunity %+v: %v", o, err)
					}
					good = append(good, o)
				}
			}
			var buf bytes.Buffer
			w := progress.NewOpportunityWriter(&buf, format)
			for _, o := range good {
				if err := w.Write(o); err != nil {
					t.Fatal(err)
				}
			}
			w.Flush()
			var again []progress.Opportunity
			for o, err := range progress.ReadOpportunities(&buf, progress.ReadOptions{Format: format}) {
				if err != nil {
					t.Fatalf("reading back: %v", err)
				}
				again = append(again, o)
			}
			if !slices.Equal(good, again) {
				t.Fatalf("read(write(x)) != x")
			}
		}
	})
}
