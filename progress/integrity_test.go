package progress_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// plainTEP is a TEP benchmark without focus elements.
var plainTEP = goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
	Support: goal.MustSupportAtMost(rubric.IntensityModerate), Threshold: 80})

// stream hides every method of a reader but Read, as a pipe does.
type stream struct{ io.Reader }

const intervalHeader = "student,date,period,minutes,tep,intensity\n"

// repeatsCSV holds a slot (S1, 2027-03-01, period 1) three times, on lines
// 2, 4 and 5, with different ratings.
const repeatsCSV = intervalHeader +
	"S1,2027-03-01,1,50,4,2\n" +
	"S1,2027-03-01,2,50,4,2\n" +
	"S1,2027-03-01,1,50,1,2\n" +
	"S1,2027-03-01,1,40,5,3\n" +
	"S2,2027-03-01,1,50,4,2\n"

// repeatsJSONL is repeatsCSV as JSON Lines (lines 1, 3 and 4).
const repeatsJSONL = `{"student":"S1","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":2}
{"student":"S1","date":"2027-03-01","period":"2","minutes":50,"tep":4,"intensity":2}
{"student":"S1","date":"2027-03-01","period":"1","minutes":50,"tep":1,"intensity":2}
{"student":"S1","date":"2027-03-01","period":"1","minutes":40,"tep":5,"intensity":3}
{"student":"S2","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":2}
`

// TestDuplicates: a repeated slot is refused naming both lines (read or
// measured, on one worker or several, CSV or JSON Lines), or the first or
// the last row of it is counted and the others reported.
func TestDuplicates(t *testing.T) {
	progress.SplitSmall(t)
	type result struct {
		Qualifying, Rated int64 // S1's day
		Report            progress.Report
		Err               string
	}
	measure := func(in io.Reader, f progress.Format, d progress.Duplicates, workers int) result {
		var rep progress.Report
		s, err := progress.Measure(in, plainTEP, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: f, Duplicates: d, SkipBadRows: true, Report: &rep}, Workers: workers})
		var r result
		r.Report = rep
		if err != nil {
			r.Err = err.Error()
		}
		if s != nil {
			if days := s.Days("S1"); len(days) == 1 {
				r.Qualifying, r.Rated = days[0].Qualifying, days[0].Rated
			}
		}
		return r
	}
	rep := func(rated, rejected, dups int64) progress.Report {
		return progress.Report{Rows: 5, Rated: rated, Rejected: rejected, Duplicates: dups, Students: 2, Days: 2}
	}
	for _, tc := range []struct {
		name   string
		format progress.Format
		data   string
		first  [2]int // the lines of the first row and its repeats in data
		last   int
	}{
		{"csv", progress.FormatCSV, repeatsCSV, [2]int{2, 4}, 5},
		{"jsonl", progress.FormatJSONLines, repeatsJSONL, [2]int{1, 3}, 4},
	} {
		for _, workers := range []int{1, 2} {
			name := fmt.Sprintf("%s/workers=%d", tc.name, workers)
			refused := fmt.Sprintf("progress: line %d, column \"period\": row repeats an earlier row's student, date and period: repeats line %d (student \"S1\", 2027-03-01, period \"1\") (and 1 more bad rows)", tc.first[1], tc.first[0])
			for policy, want := range map[progress.Duplicates]result{
				0:                            {Qualifying: 100, Rated: 100, Report: rep(3, 2, 0), Err: refused},
				progress.DuplicatesKeepFirst: {Qualifying: 100, Rated: 100, Report: rep(3, 0, 2)},
				progress.DuplicatesKeepLast:  {Qualifying: 90, Rated: 90, Report: rep(3, 0, 2)},
			} {
				got := measure(strings.NewReader(tc.data), tc.format, policy, workers)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%s, %v (-want +got):\n%s", name, policy, diff)
				}
			}
		}
		// Read, the refused repeats are named as they come.
		var lines []string
		for _, err := range progress.ReadIntervals(strings.NewReader(tc.data), progress.ReadOptions{Format: tc.format, SkipBadRows: true}) {
			var de *progress.DuplicateError
			if errors.As(err, &de) {
				lines = append(lines, fmt.Sprint(de.First))
			}
		}
		if diff := cmp.Diff([]string{fmt.Sprint(tc.first[0]), fmt.Sprint(tc.first[0])}, lines); diff != "" {
			t.Errorf("%s: lines the refused repeats name (-want +got):\n%s", tc.name, diff)
		}
		// A stream cannot be read again: the repeat is refused without its first line, and keep-last is an error.
		got := measure(stream{strings.NewReader(tc.data)}, tc.format, 0, 1)
		if !strings.Contains(got.Err, "repeats an earlier row") {
			t.Errorf("%s: a stream's refused repeat says %q", tc.name, got.Err)
		}
		if got := measure(stream{strings.NewReader(tc.data)}, tc.format, progress.DuplicatesKeepLast, 1); !strings.Contains(got.Err, progress.ErrNotRereadable.Error()) {
			t.Errorf("%s: keep-last on a stream: %q, want ErrNotRereadable", tc.name, got.Err)
		}
	}
}

// countingFile is a rereadable input that counts the bytes read from it.
type countingFile struct {
	*bytes.Reader
	read int64
}

func (f *countingFile) Read(p []byte) (int, error) {
	n, err := f.Reader.Read(p)
	f.read += int64(n)
	return n, err
}

func (f *countingFile) ReadAt(p []byte, off int64) (int, error) {
	n, err := f.Reader.ReadAt(p, off)
	f.read += int64(n)
	return n, err
}

// TestManyRepeatsReadTwice: a file synced twice (every row repeated)
// read row by row names the first line of every refused repeat, reading
// the input at most twice, not once more per repeat.
func TestManyRepeatsReadTwice(t *testing.T) {
	const n = 2000
	var b strings.Builder
	b.WriteString(intervalHeader)
	for range 2 {
		for i := range n {
			fmt.Fprintf(&b, "S%d,2027-03-%02d,%d,50,4,2\n", i%50, 1+i/50%28, i/1400)
		}
	}
	in := &countingFile{Reader: bytes.NewReader([]byte(b.String()))}
	var named int
	for _, err := range progress.ReadIntervals(in, progress.ReadOptions{SkipBadRows: true}) {
		var de *progress.DuplicateError
		var rerr *progress.RowError
		if !errors.As(err, &de) {
			continue
		}
		if errors.As(err, &rerr); de.First != rerr.Line-n {
			t.Fatalf("line %d repeats line %d, want %d", rerr.Line, de.First, rerr.Line-n)
		}
		named++
	}
	if named != n {
		t.Errorf("%d repeats named, want %d", named, n)
	}
	if size := int64(b.Len()); in.read > 2*size+64<<10 {
		t.Errorf("read %d bytes of a %d-byte input", in.read, size)
	}
}

// TestDuplicatesAcrossChunks: a repeat far from its first row (data synced
// again at the end of a file) is found when the file is split across
// workers, and the lines are those of one pass.
func TestDuplicatesAcrossChunks(t *testing.T) {
	progress.SplitSmall(t)
	var b strings.Builder
	b.WriteString(intervalHeader)
	for i := range 400 {
		fmt.Fprintf(&b, "S%d,2027-03-%02d,%d,50,4,2\n", i%7, 1+i%28, i)
	}
	b.WriteString("S3,2027-03-04,3,50,1,2\n") // repeats line 5 (i = 3)
	for _, workers := range []int{1, 2} {
		_, err := progress.MeasureCSV(strings.NewReader(b.String()), plainTEP, progress.MeasureOptions{Workers: workers})
		var de *progress.DuplicateError
		var rerr *progress.RowError
		if !errors.As(err, &de) || !errors.As(err, &rerr) || de.First != 5 || rerr.Line != 402 {
			t.Errorf("workers=%d: %v, want the repeat on line 402 of line 5", workers, err)
		}
	}
}

// TestReportOnAnyWorkers: a reading stopped by a bad row reports the same
// rows, students and days, and the same error, on one goroutine or many.
func TestReportOnAnyWorkers(t *testing.T) {
	progress.SplitSmall(t)
	var b strings.Builder
	b.WriteString(intervalHeader)
	for i := range 400 {
		if i == 250 {
			b.WriteString("S-bad,2027-02-30,1,50,4,2\n")
		}
		fmt.Fprintf(&b, "S%03d,2027-03-01,1,50,4,2\n", i)
	}
	type result struct {
		Report progress.Report
		Err    string
	}
	var want result
	for _, workers := range []int{1, 2, 4} {
		var got result
		_, err := progress.MeasureCSV(strings.NewReader(b.String()), plainTEP, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Report: &got.Report}, Workers: workers})
		if err != nil {
			got.Err = err.Error()
		}
		if workers == 1 {
			want = got
			if want.Report.Students != 250 || want.Report.Rejected != 1 || got.Err == "" {
				t.Fatalf("one goroutine: %+v", want)
			}
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("workers=%d (-one goroutine +these):\n%s", workers, diff)
		}
	}
}

// TestWorkersBounded: asking for more goroutines than CPUs costs no more
// memory than asking for as many: the count is capped at GOMAXPROCS.
func TestWorkersBounded(t *testing.T) {
	progress.SplitSmall(t)
	var data bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&data, progress.GenConfig{Seed: 1, Students: 20, Days: 10}); err != nil {
		t.Fatal(err)
	}
	allocated := func(workers int) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := progress.MeasureCSV(bytes.NewReader(data.Bytes()), plainTEP, progress.MeasureOptions{Workers: workers}); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	procs := runtime.GOMAXPROCS(0)
	allocated(procs) // warm up
	if many, some := allocated(4000), allocated(procs); many > 2*some {
		t.Errorf("4000 workers allocated %d bytes, %d workers %d", many, procs, some)
	}
}

// TestIntensityRequired: a rated row needs its overall intensity, unless
// the caller reads such rows as support not recorded.
func TestIntensityRequired(t *testing.T) {
	data := intervalHeader + "S1,2027-03-01,1,50,4,\nS1,2027-03-01,2,50,,\n"
	_, err := progress.MeasureCSV(strings.NewReader(data), plainTEP, progress.MeasureOptions{})
	var rerr *progress.RowError
	if !errors.Is(err, progress.ErrNoIntensity) || !errors.As(err, &rerr) || rerr.Line != 2 || rerr.Column != "intensity" {
		t.Errorf("rated row without intensity: %v, want ErrNoIntensity at line 2, column intensity", err)
	}
	var rep progress.Report
	s, err := progress.MeasureCSV(strings.NewReader(data), plainTEP, progress.MeasureOptions{ReadOptions: progress.ReadOptions{AllowUnrecordedIntensity: true, Report: &rep}})
	if err != nil {
		t.Fatal(err)
	}
	want := []progress.DayTally{{Date: date("2027-03-01"), Tally: progress.Tally{Rated: 50}, InBand: 50, Units: 100}}
	if diff := cmp.Diff(want, s.Days("S1"), dateEqual); diff != "" {
		t.Errorf("allowed: days (-want +got):\n%s", diff)
	}
	if rep.Rated != 1 || rep.Unrated != 1 || !rep.Balanced() {
		t.Errorf("allowed: report %+v", rep)
	}
	opps := "student,date,skill,rating,intensity\nS1,2027-03-01,group-work,3,\n"
	for _, err := range progress.ReadOpportunities(strings.NewReader(opps), progress.ReadOptions{}) {
		if !errors.Is(err, progress.ErrNoIntensity) {
			t.Errorf("rated opportunity without intensity: %v, want ErrNoIntensity", err)
		}
	}
}

// TestRepeatNamesCountedRow: a refused repeat names the row that was
// counted for its slot, not an earlier row of the slot that was itself
// refused.
func TestRepeatNamesCountedRow(t *testing.T) {
	progress.SplitSmall(t)
	data := intervalHeader + "S1,2027-03-01,1,50,4,\nS1,2027-03-01,1,50,4,2\nS1,2027-03-01,1,50,3,2\n"
	firsts := func(err error) []int {
		var out []int
		for _, e := range flatten(err) {
			if de := (*progress.DuplicateError)(nil); errors.As(e, &de) {
				out = append(out, de.First)
			}
		}
		return out
	}
	var read []int
	for _, err := range progress.ReadIntervals(strings.NewReader(data), progress.ReadOptions{SkipBadRows: true}) {
		read = append(read, firsts(err)...)
	}
	if diff := cmp.Diff([]int{3}, read); diff != "" {
		t.Errorf("ReadIntervals (-want +got):\n%s", diff)
	}
	for _, workers := range []int{1, 4} {
		_, err := progress.MeasureCSV(strings.NewReader(data), plainTEP, progress.MeasureOptions{ReadOptions: progress.ReadOptions{SkipBadRows: true}, Workers: workers})
		if diff := cmp.Diff([]int{3}, firsts(err)); diff != "" {
			t.Errorf("MeasureCSV on %d workers (-want +got):\n%s", workers, diff)
		}
	}
}

// flatten returns the errors a RowErrors holds, or err alone.
func flatten(err error) []error {
	var re progress.RowErrors
	if errors.As(err, &re) {
		out := make([]error, len(re))
		for i, e := range re {
			out[i] = e
		}
		return out
	}
	return []error{err}
}

// TestHeaderChecks: what the header shows is wrong is said at line 1, with
// the file's likely shape, before any row is read.
func TestHeaderChecks(t *testing.T) {
	focus := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(3), Threshold: 80, Focus: rubric.MustElementSet(rubric.DeEscalation)})
	for _, tc := range []struct {
		name, data string
		b          goal.Benchmark
		want       error
		says       string
	}{
		{"a focus element without its column", intervalHeader + "S1,2027-03-01,1,50,4,2\n", focus, progress.ErrMissingColumn, `column "intensity:de-escalation"`},
		{"semicolons", "student;date;period;minutes;tep;intensity\nS1;2027-03-01;1;50;4;2\n", plainTEP, progress.ErrBadHeader, `no comma but 5 ';'`},
		{"tabs", "student\tdate\tperiod\tminutes\ttep\tintensity\n", plainTEP, progress.ErrBadHeader, `no comma but 5 '\t'`},
		{"JSON Lines given as CSV", `{"student":"S1","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":2}` + "\n", plainTEP, progress.ErrBadHeader, "looks like JSON"},
		{"CR line ends", strings.ReplaceAll(intervalHeader+"S1,2027-03-01,1,50,4,2\nS1,2027-03-01,2,50,4,2\n", "\n", "\r"), plainTEP, progress.ErrBadHeader, "end with CR alone"},
		{"CR line ends, a long file", strings.Repeat("a,b\r", progress.MaxRowBytes/3), plainTEP, progress.ErrBadHeader, "end with CR alone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := progress.MeasureCSV(strings.NewReader(tc.data), tc.b, progress.MeasureOptions{})
			var rerr *progress.RowError
			if !errors.Is(err, tc.want) || !errors.As(err, &rerr) || rerr.Line != 1 || !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %v, want %v at line 1 saying %q", err, tc.want, tc.says)
			}
		})
	}
}

// TestUnclosedQuote: a quote left open is reported as such, with its
// line, however much follows it.
func TestUnclosedQuote(t *testing.T) {
	data := intervalHeader + "S1,2027-03-01,\"1,50,4,2\n" + strings.Repeat("S1,2027-03-02,2,50,4,2\n", progress.MaxRowBytes/20)
	_, err := progress.MeasureCSV(strings.NewReader(data), plainTEP, progress.MeasureOptions{})
	var rerr *progress.RowError
	if !errors.Is(err, progress.ErrQuote) || !errors.As(err, &rerr) || rerr.Line != 2 || rerr.Column != "period" || !strings.Contains(err.Error(), "not closed") {
		t.Errorf("error %v, want ErrQuote on line 2, column period", err)
	}
}

// TestOtherSkillAreas: measuring one skill area counts the other areas'
// rows as such; a benchmark whose area the input lacks (a typo in the
// file) is an error naming the areas the input has.
func TestOtherSkillAreas(t *testing.T) {
	groupWork := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: rubric.MustSkillArea("group-work", "working in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](2, 5), Support: goal.MustSupportAtMost(2), Threshold: 75})
	data := "student,date,skill,rating,intensity\n" +
		"S1,2027-03-01,group-work,3,1\n" +
		"S1,2027-03-01,calming-down,3,1\n" +
		"S1,2027-03-02,group-work,,\n"
	for _, f := range []progress.Format{progress.FormatCSV, progress.FormatJSONLines} {
		in := data
		if f == progress.FormatJSONLines {
			in = opportunitiesJSONL(t, data)
		}
		var rep progress.Report
		if _, err := progress.Measure(strings.NewReader(in), groupWork, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: f, Report: &rep}}); err != nil {
			t.Fatal(err)
		}
		want := progress.Report{Rows: 3, Rated: 1, Unrated: 1, OtherSkill: 1, Students: 1, Days: 2}
		if diff := cmp.Diff(want, rep); diff != "" {
			t.Errorf("%v: report (-want +got):\n%s", f, diff)
		}
		typo := strings.ReplaceAll(in, "group-work", "groupwork")
		_, err := progress.Measure(strings.NewReader(typo), groupWork, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: f}})
		if !errors.Is(err, progress.ErrSkillAbsent) || !strings.Contains(err.Error(), "group-work (the input's skill areas: calming-down, groupwork)") {
			t.Errorf("%v: skill area absent: %v", f, err)
		}
	}
}

// opportunitiesJSONL converts an opportunity CSV to JSON Lines.
func opportunitiesJSONL(t *testing.T, csv string) string {
	var buf bytes.Buffer
	w := progress.NewOpportunityWriter(&buf, progress.FormatJSONLines)
	for o, err := range progress.ReadOpportunities(strings.NewReader(csv), progress.ReadOptions{}) {
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Write(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestJSONLinesStrict: a member written twice is a bad row naming it; an
// unknown member too, unless allowed.
func TestJSONLinesStrict(t *testing.T) {
	twice := `{"student":"S1","date":"2027-03-01","period":"1","minutes":50,"tep":"x","tep":4,"intensity":2}`
	unknown := `{"student":"S1","date":"2027-03-01","period":"1","minutes":50,"tep":4,"intensity":2,"note":"calm"}`
	for _, tc := range []struct {
		line   string
		allow  bool
		column string // "" for no error
	}{
		{twice, false, "tep"},
		{twice, true, "tep"},
		{unknown, false, "note"},
		{unknown, true, ""},
	} {
		var column string
		for _, err := range progress.ReadIntervals(strings.NewReader(tc.line), progress.ReadOptions{Format: progress.FormatJSONLines, AllowUnknownMembers: tc.allow}) {
			var rerr *progress.RowError
			if errors.As(err, &rerr) {
				column = rerr.Column
			} else if err != nil {
				t.Fatal(err)
			}
		}
		if column != tc.column {
			t.Errorf("%s (allow %v): bad column %q, want %q", tc.line, tc.allow, column, tc.column)
		}
	}
}

// TestReportProperty: over random files of good rows, repeats, rows
// without intensity, malformed rows, other skill areas and blank lines,
// in both formats, read or measured, every row is in exactly one count,
// and the counts are the rows' own.
func TestReportProperty(t *testing.T) {
	groupWork := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: rubric.MustSkillArea("group-work", "working in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](2, 5), Support: goal.MustSupportAtMost(2), Threshold: 75})
	rapid.Check(t, func(t *rapid.T) {
		format := rapid.SampledFrom([]progress.Format{progress.FormatCSV, progress.FormatJSONLines}).Draw(t, "format")
		soft := rapid.Bool().Draw(t, "opportunities")
		var want progress.Report
		var lines []string
		taken := map[string]bool{}
		for range rapid.IntRange(0, 40).Draw(t, "rows") {
			student := rapid.SampledFrom([]string{"S1", "S2", "a,b"}).Draw(t, "student")
			day := fmt.Sprintf("2027-03-%02d", rapid.IntRange(1, 5).Draw(t, "day"))
			rating := rapid.IntRange(0, 5).Draw(t, "rating")
			intensity := rapid.IntRange(0, 5).Draw(t, "intensity")
			kind := rapid.SampledFrom([]string{"row", "row", "row", "bad", "blank", "other"}).Draw(t, "kind")
			var fields []string
			switch {
			case kind == "blank":
				lines = append(lines, "")
				continue
			case kind == "bad":
				lines = append(lines, rowLine(format, soft, []string{student, "2027-02-30", "1", "50", "3", "2"}))
				want.Rejected++
				want.Rows++
				continue
			case soft:
				skill := "group-work"
				if kind == "other" {
					skill = "calming-down"
				}
				fields = []string{student, day, skill, level(rating), level(intensity)}
			default:
				fields = []string{student, day, fmt.Sprint(rapid.IntRange(1, 3).Draw(t, "period")), "50", level(rating), level(intensity)}
			}
			lines = append(lines, rowLine(format, soft, fields))
			want.Rows++
			slot := strings.Join(fields[:3], "|")
			switch {
			case rating != 0 && intensity == 0:
				want.Rejected++
			case soft && kind == "other":
				want.OtherSkill++
			case !soft && taken[slot]:
				want.Rejected++
			case rating == 0:
				want.Unrated++
			default:
				want.Rated++
			}
			if !(rating != 0 && intensity == 0) && !(soft && kind == "other") {
				taken[slot] = true
			}
		}
		header := ""
		if format == progress.FormatCSV {
			header = intervalHeader
			if soft {
				header = "student,date,skill,rating,intensity\n"
			}
		}
		data := header + strings.Join(lines, "\n")
		var read, measured progress.Report
		ro := progress.ReadOptions{Format: format, SkipBadRows: true, Report: &read}
		if soft {
			for range progress.ReadOpportunities(strings.NewReader(data), ro) {
			}
			ro.Report = &measured
			progress.Measure(strings.NewReader(data), groupWork, progress.MeasureOptions{ReadOptions: ro})
		} else {
			for range progress.ReadIntervals(strings.NewReader(data), ro) {
			}
			ro.Report = &measured
			progress.Measure(strings.NewReader(data), plainTEP, progress.MeasureOptions{ReadOptions: ro})
		}
		if !measured.Balanced() {
			t.Fatalf("measured report %+v is not balanced", measured)
		}
		measured.Students, measured.Days = 0, 0
		if diff := cmp.Diff(want, measured); diff != "" {
			t.Fatalf("measured report (-want +got):\n%s\n%s", diff, data)
		}
		// Reading passes no row over for its skill area: those are counted.
		if !read.Balanced() || read.Rows != want.Rows || read.Rejected != want.Rejected || read.OtherSkill != 0 {
			t.Fatalf("read report %+v, want %d rows, %d rejected", read, want.Rows, want.Rejected)
		}
	})
}

// level writes a rating column: empty for 0.
func level(v int) string {
	if v == 0 {
		return ""
	}
	return fmt.Sprint(v)
}

// rowLine writes one row in the format.
func rowLine(f progress.Format, soft bool, fields []string) string {
	if f == progress.FormatCSV {
		for i, s := range fields {
			fields[i] = string(progress.AppendCSVField(nil, s))
		}
		return strings.Join(fields, ",")
	}
	num := func(s string) string {
		if s == "" {
			return "null"
		}
		return s
	}
	if soft {
		return fmt.Sprintf(`{"student":%q,"date":%q,"skill":%q,"rating":%s,"intensity":%s}`, fields[0], fields[1], fields[2], num(fields[3]), num(fields[4]))
	}
	return fmt.Sprintf(`{"student":%q,"date":%q,"period":%q,"minutes":%s,"tep":%s,"intensity":%s}`, fields[0], fields[1], fields[2], fields[3], num(fields[4]), num(fields[5]))
}
