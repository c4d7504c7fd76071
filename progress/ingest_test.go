package progress_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"fmt"
	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// tb is what readAll and writeIntervals need of *testing.T and *rapid.T.
type tb interface {
	Helper()
	Fatalf(format string, args ...any)
}

// readAll collects what ReadIntervals yields.
func readAll(t tb, in string, opts progress.ReadOptions) ([]progress.Interval, []error) {
	t.Helper()
	var ivs []progress.Interval
	var errs []error
	for iv, err := range progress.ReadIntervals(strings.NewReader(in), opts) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ivs = append(ivs, iv)
	}
	return ivs, errs
}

func TestReadIntervalsBadRows(t *testing.T) {
	const header = "student,date,period,minutes,tep,intensity,intensity:visual\n"
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		kind   error
	}{
		{"unknown TEP label", header + "A,2027-03-01,1,50,great,2,\n", 2, "tep", rubric.ErrUnknownLabel},
		{"TEP out of range", header + "A,2027-03-01,1,50,7,2,\n", 2, "tep", rubric.ErrOutOfRange},
		{"intensity 0", header + "A,2027-03-01,1,50,3,0,\n", 2, "intensity", rubric.ErrOutOfRange},
		{"element level", header + "A,2027-03-01,1,50,3,2,6\n", 2, "intensity:visual", rubric.ErrOutOfRange},
		{"minutes 0", header + "A,2027-03-01,1,0,3,2,\n", 2, "minutes", progress.ErrMinutes},
		{"minutes 601", header + "A,2027-03-01,1,601,3,2,\n", 2, "minutes", progress.ErrMinutes},
		{"minutes empty", header + "A,2027-03-01,1,,3,2,\n", 2, "minutes", progress.ErrMinutes},
		{"minutes not a number", header + "A,2027-03-01,1,4x,3,2,\n", 2, "minutes", progress.ErrMinutes},
		{"bad date", header + "A,2027-02-30,1,50,3,2,\n", 2, "date", goal.ErrBadDate},
		{"date in another form", header + "A,03/01/2027,1,50,3,2,\n", 2, "date", goal.ErrBadDate},
		{"empty student", header + ",2027-03-01,1,50,3,2,\n", 2, "student", goal.ErrBadStudentID},
		{"too few fields", header + "A,2027-03-01,1,50,3\n", 2, "", progress.ErrFieldCount},
		{"too many fields", header + "A,2027-03-01,1,50,3,2,,x\n", 2, "", progress.ErrFieldCount},
		{"bare quote", header + "A,2027-03-01,1\"x,50,3,2,\n", 2, "period", progress.ErrQuote},
		{"text after a closing quote", header + "A,2027-03-01,\"1\"x,50,3,2,\n", 2, "period", progress.ErrQuote},
		{"quote never closed", header + "A,2027-03-01,\"1,50,3,2,\n", 2, "period", progress.ErrQuote},
		{"after a blank line", header + "\nA,2027-03-01,1,50,3,2,\nA,2027-03-01,1,50,3,2,x\n", 4, "intensity:visual", rubric.ErrUnknownLabel},
		{"after a multi-line field", "student,date,period,minutes,tep,intensity,notes,intensity:visual\nA,2027-03-01,1,50,3,2,\"a\nb\",\nA,2027-03-01,1,50,3,2,,x\n", 4, "intensity:visual", rubric.ErrUnknownLabel},
		{"missing column", "student,date,period,minutes,tep\n", 1, "intensity", progress.ErrMissingColumn},
		{"repeated column", "student,date,period,minutes,tep,intensity,TEP\n", 1, "tep", progress.ErrBadHeader},
		{"unknown element column", "student,date,period,minutes,tep,intensity,intensity:hugs\n", 1, "intensity:hugs", progress.ErrBadHeader},
		{"empty input", "", 1, "", progress.ErrMissingColumn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := readAll(t, tt.in, progress.ReadOptions{})
			if len(errs) == 0 {
				t.Fatalf("ReadIntervals(%q) gave no error, want one on line %d", tt.in, tt.line)
			}
			err := errs[len(errs)-1]
			var rerr *progress.RowError
			if !errors.As(err, &rerr) {
				t.Fatalf("error %v is not a *RowError", err)
			}
			if rerr.Line != tt.line || rerr.Column != tt.column || !errors.Is(err, tt.kind) || !errors.Is(err, progress.ErrBadRow) {
				t.Errorf("error = %v (line %d, column %q), want line %d, column %q, wrapping %v", err, rerr.Line, rerr.Column, tt.line, tt.column, tt.kind)
			}
			if !strings.HasPrefix(err.Error(), "progress: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestReadIntervalsModes(t *testing.T) {
	const in = "student,date,period,minutes,tep,intensity\n" +
		"A,2027-03-01,1,50,4,2\n" +
		"A,2027-03-01,2,50,x,2\n" +
		"A,2027-03-01,3,50,4,2\n" +
		"A,2027-03-01,4,50,4,9\n" +
		"A,2027-03-01,5,50,4,2\n"
	ivs, errs := readAll(t, in, progress.ReadOptions{})
	if len(ivs) != 1 || len(errs) != 1 {
		t.Errorf("stop mode: %d intervals and %d errors, want 1 and 1", len(ivs), len(errs))
	}
	ivs, errs = readAll(t, in, progress.ReadOptions{SkipBadRows: true})
	var lines []int
	for _, err := range errs {
		var rerr *progress.RowError
		if errors.As(err, &rerr) {
			lines = append(lines, rerr.Line)
		}
	}
	if len(ivs) != 3 || !cmp.Equal(lines, []int{3, 5}) {
		t.Errorf("skip mode: %d intervals, error lines %v; want 3 and [3 5]", len(ivs), lines)
	}
}

func TestReadIntervalsAccepts(t *testing.T) {
	const in = "\uFEFF Student ,DATE,period,minutes,tep,intensity,notes,intensity:De-escalation\r\n" +
		"\"S,1\",2027-03-01,\"say \"\"hi\"\"\",50,fair,moderate,\"free\ntext, two lines\",2\r\n" +
		"\r\n" +
		"S2,2027-03-02,,600,,,,\n" +
		"S2,2027-03-02,x,1,5,1,,1"
	ivs, errs := readAll(t, in, progress.ReadOptions{})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	want := []progress.Interval{
		{Student: "S,1", Date: date("2027-03-01"), Period: `say "hi"`, Minutes: 50, TEP: 3, Intensity: 3,
			Profile: rubric.SupportProfile{}.With(rubric.DeEscalation, 2)},
		{Student: "S2", Date: date("2027-03-02"), Minutes: 600},
		{Student: "S2", Date: date("2027-03-02"), Period: "x", Minutes: 1, TEP: 5, Intensity: 1, Profile: rubric.SupportProfile{}.With(rubric.DeEscalation, 1)},
	}
	if diff := cmp.Diff(want, ivs, dateEqual, cmp.Comparer(func(a, b rubric.SupportProfile) bool { return a == b })); diff != "" {
		t.Errorf("ReadIntervals (-want +got):\n%s", diff)
	}
}

func TestReadJSONLinesBadRows(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		line   int
		column string
		kind   error
	}{
		{"not an object", "[1]\n", 1, "", progress.ErrBadField},
		{"missing minutes", `{"student":"A","date":"2027-03-01","period":"1","tep":3,"intensity":2}`, 1, "minutes", progress.ErrMissingColumn},
		{"minutes as text", `{"student":"A","date":"2027-03-01","period":"1","minutes":"50","tep":3,"intensity":2}`, 1, "minutes", progress.ErrMinutes},
		{"TEP 8", "\n" + `{"student":"A","date":"2027-03-01","period":"1","minutes":50,"tep":8,"intensity":2}`, 2, "tep", rubric.ErrOutOfRange},
		{"student a number", `{"student":7,"date":"2027-03-01","period":"1","minutes":50,"tep":3,"intensity":2}`, 1, "student", progress.ErrBadField},
		{"bad element", `{"student":"A","date":"2027-03-01","period":"1","minutes":50,"tep":3,"intensity":2,"elements":{"hugs":2}}`, 1, "elements", rubric.ErrUnknownLabel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := readAll(t, tt.in, progress.ReadOptions{Format: progress.FormatJSONLines})
			if len(errs) != 1 {
				t.Fatalf("got %d errors %v, want 1", len(errs), errs)
			}
			var rerr *progress.RowError
			if !errors.As(errs[0], &rerr) || rerr.Line != tt.line || rerr.Column != tt.column || !errors.Is(errs[0], tt.kind) {
				t.Errorf("error = %v, want line %d column %q wrapping %v", errs[0], tt.line, tt.column, tt.kind)
			}
		})
	}
}

func TestReadIOError(t *testing.T) {
	boom := errors.New("disk gone")
	r := io.MultiReader(strings.NewReader("student,date,period,minutes,tep,intensity\nA,2027-03-01,1,50,4,2\n"), iotest.ErrReader(boom))
	var got []error
	for _, err := range progress.ReadIntervals(r, progress.ReadOptions{SkipBadRows: true}) {
		if err != nil {
			got = append(got, err)
		}
	}
	if len(got) != 1 || !errors.Is(got[0], boom) || errors.Is(got[0], progress.ErrBadRow) {
		t.Errorf("errors = %v, want the I/O error alone", got)
	}
}

// writeIntervals writes ivs in format f.
func writeIntervals(t tb, ivs []progress.Interval, f progress.Format) []byte {
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, f, profileElements)
	for _, iv := range ivs {
		if err := w.Write(iv); err != nil {
			t.Fatalf("Write(%+v): %v", iv, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	return buf.Bytes()
}

func TestIntervalRoundTrip(t *testing.T) {
	for _, f := range []progress.Format{progress.FormatCSV, progress.FormatJSONLines} {
		t.Run(f.String(), func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				ivs := genIntervals(-1, -1).Draw(t, "intervals")
				got, errs := readAll(t, string(writeIntervals(t, ivs, f)), progress.ReadOptions{Format: f})
				if len(errs) > 0 {
					t.Fatalf("reading back: %v", errs)
				}
				if len(ivs) == 0 {
					ivs = nil
				}
				if !cmp.Equal(ivs, got, dateEqual, cmp.Comparer(func(a, b rubric.SupportProfile) bool { return a == b })) {
					t.Fatalf("read(write(x)) != x:\n%v", cmp.Diff(ivs, got, dateEqual, cmp.Comparer(func(a, b rubric.SupportProfile) bool { return a == b })))
				}
			})
		})
	}
}

func TestOpportunityRoundTrip(t *testing.T) {
	for _, f := range []progress.Format{progress.FormatCSV, progress.FormatJSONLines} {
		t.Run(f.String(), func(t *testing.T) {
			rapid.Check(t, func(t *rapid.T) {
				ops := rapid.SliceOf(genOpportunity).Draw(t, "opportunities")
				var buf bytes.Buffer
				w := progress.NewOpportunityWriter(&buf, f)
				for _, o := range ops {
					if err := w.Write(o); err != nil {
						t.Fatalf("Write(%+v): %v", o, err)
					}
				}
				if err := w.Flush(); err != nil {
					t.Fatal(err)
				}
				var got []progress.Opportunity
				for o, err := range progress.ReadOpportunities(&buf, progress.ReadOptions{Format: f}) {
					if err != nil {
						t.Fatalf("reading back: %v", err)
					}
					got = append(got, o)
				}
				if len(ops) == 0 {
					ops = nil
				}
				if diff := cmp.Diff(ops, got, dateEqual); diff != "" {
					t.Fatalf("read(write(x)) != x (-want +got):\n%s", diff)
				}
			})
		})
	}
}

func TestWriterRejects(t *testing.T) {
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, progress.FormatCSV, rubric.MustElementSet(rubric.Visual))
	iv := progress.Interval{Student: "A", Date: date("2027-03-01"), Minutes: 50, Profile: rubric.SupportProfile{}.With(rubric.Mood, 2)}
	if err := w.Write(iv); !errors.Is(err, progress.ErrMissingColumn) {
		t.Errorf("Write with an element outside the columns = %v, want ErrMissingColumn", err)
	}
	iv.Profile, iv.Minutes = rubric.SupportProfile{}, 0
	if err := w.Write(iv); !errors.Is(err, progress.ErrMinutes) {
		t.Errorf("Write with 0 minutes = %v, want ErrMinutes", err)
	}
	iv.Minutes, iv.Period = 50, "a\nb"
	if err := w.Write(iv); !errors.Is(err, progress.ErrBadField) {
		t.Errorf("Write with a line break in the period = %v, want ErrBadField", err)
	}
}

func TestReadLineTooLong(t *testing.T) {
	in := "student,date,period,minutes,tep,intensity\n" +
		"A,2027-03-01,1,50,4,2\n" +
		"A,2027-03-01," + strings.Repeat("x", progress.MaxRowBytes+10) + ",50,4,2\n" +
		"A,2027-03-02,1,50,4,2\n" +
		"A,2027-03-01," + strings.Repeat("y", 3*progress.MaxRowBytes) + ",50,4,2\n" +
		"A,2027-03-03,1,50,4,2\n"
	ivs, errs := readAll(t, in, progress.ReadOptions{SkipBadRows: true})
	var lines []int
	for _, err := range errs {
		var rerr *progress.RowError
		if errors.As(err, &rerr) && errors.Is(err, progress.ErrLineTooLong) {
			lines = append(lines, rerr.Line)
		}
	}
	if len(ivs) != 3 || !cmp.Equal(lines, []int{3, 5}) {
		t.Errorf("got %d intervals and errors %v; want 3 and ErrLineTooLong on lines 3 and 5", len(ivs), errs)
	}
}

func TestReadOpportunitiesBadRows(t *testing.T) {
	const header = "student,date,skill,rating,intensity\n"
	tests := []struct {
		name   string
		in     string
		column string
		kind   error
	}{
		{"unknown rating", header + "A,2027-03-01,group-work,superb,1\n", "rating", rubric.ErrUnknownLabel},
		{"rating 6", header + "A,2027-03-01,group-work,6,1\n", "rating", rubric.ErrOutOfRange},
		{"bad skill ID", header + "A,2027-03-01,Group Work,3,1\n", "skill", progress.ErrBadField},
		{"bad intensity", header + "A,2027-03-01,group-work,3,x\n", "intensity", rubric.ErrUnknownLabel},
		{"bad date", header + "A,2027-3-1,group-work,3,1\n", "date", goal.ErrBadDate},
		{"missing column", "student,date,rating,intensity\n", "skill", progress.ErrMissingColumn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got error
			for _, err := range progress.ReadOpportunities(strings.NewReader(tt.in), progress.ReadOptions{}) {
				if err != nil {
					got = err
				}
			}
			var rerr *progress.RowError
			if !errors.As(got, &rerr) || rerr.Column != tt.column || !errors.Is(got, tt.kind) {
				t.Errorf("error = %v, want column %q wrapping %v", got, tt.column, tt.kind)
			}
		})
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range []progress.Format{progress.FormatCSV, progress.FormatJSONLines} {
		if got, err := progress.ParseFormat(f.String()); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v, want %v", f.String(), got, err, f)
		}
	}
	if _, err := progress.ParseFormat("xlsx"); !errors.Is(err, progress.ErrBadField) {
		t.Errorf("ParseFormat(xlsx) error = %v, want ErrBadField", err)
	}
	if got := progress.Format(9).String(); got != "%!Format(9)" {
		t.Errorf("Format(9).String() = %q", got)
	}
}

func TestMeasureJSONLines(t *testing.T) {
	var buf bytes.Buffer
	ivs := []progress.Interval{}
	for iv := range progress.Generate(progress.GenConfig{Seed: 4, Students: 3, Days: 15}) {
		ivs = append(ivs, iv)
	}
	buf.Write(writeIntervals(t, ivs, progress.FormatJSONLines))
	buf.WriteString(`{"student":"S00001","date":"2026-09-01","period":"9","minutes":0,"tep":3,"intensity":1}` + "\n")
	s, err := progress.Measure(&buf, handBenchmark, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: progress.FormatJSONLines, SkipBadRows: true}})
	var errs progress.RowErrors
	if !errors.As(err, &errs) || len(errs) != 1 || errs[0].Line != len(ivs)+1 || errs[0].Column != "minutes" {
		t.Errorf("error = %v, want one bad row on line %d", err, len(ivs)+1)
	}
	if s == nil || !s.Equal(measure(t, handBenchmark, ivs)) {
		t.Errorf("JSON Lines measurement differs from measuring the intervals")
	}
}

// TestReadJSONLinesEveryLineOneOutcome: blank lines are passed over, every
// other line ends as one interval or one error naming its line, and
// without SkipBadRows the first bad line is the last outcome.
func TestReadJSONLinesEveryLineOneOutcome(t *testing.T) {
	good := func(period int) string {
		return fmt.Sprintf(`{"student":"A","date":"2027-03-01","period":"%d","minutes":50,"tep":4,"intensity":2}`, period)
	}
	in := good(1) + "\n\n   \n" +
		`{"student":"A","date":"2027-03-01","minutes":50,"tep":9}` + "\n" +
		`{"student":"A","period":"` + strings.Repeat("x", progress.MaxRowBytes) + `"}` + "\n" +
		good(2) + "\r\n" +
		"not json\n" +
		good(3)
	type outcome struct {
		Line int
		Good bool
	}
	run := func(skip bool) []outcome {
		var got []outcome
		for _, err := range progress.ReadIntervals(strings.NewReader(in), progress.ReadOptions{Format: progress.FormatJSONLines, SkipBadRows: skip}) {
			var rerr *progress.RowError
			switch {
			case err == nil:
				got = append(got, outcome{Good: true})
			case errors.As(err, &rerr):
				got = append(got, outcome{Line: rerr.Line})
			default:
				t.Fatalf("not a *RowError: %v", err)
			}
		}
		return got
	}
	want := []outcome{{Good: true}, {Line: 4}, {Line: 5}, {Good: true}, {Line: 7}, {Good: true}}
	if diff := cmp.Diff(want, run(true)); diff != "" {
		t.Errorf("skipping bad rows (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[:2], run(false)); diff != "" {
		t.Errorf("stopping at the first bad row (-want +got):\n%s", diff)
	}
}
