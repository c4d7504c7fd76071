package progress

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The fast path decides nothing of its own: measuring any input of the
// standard layout — good rows, bad fields, quotes, repeats, labels of
// every shape, CRLF, blank lines, a byte order mark — by every reading
// rule, on one goroutine or several, from a file or a stream read in
// pieces, gives the same summary, the same errors and the same report
// with it as without it.
func TestFastPathAgrees(t *testing.T) {
	old := parallelMinBytes
	parallelMinBytes = 1
	t.Cleanup(func() { parallelMinBytes = old })
	rapid.Check(t, func(t *rapid.T) {
		data := fastPathInput(t)
		b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportAtMost(rubric.Intensity(rapid.IntRange(1, 5).Draw(t, "limit"))), Threshold: 80})
		opts := MeasureOptions{Workers: rapid.IntRange(1, 2).Draw(t, "workers")}
		opts.SkipBadRows = rapid.Bool().Draw(t, "skip")
		opts.AllowUnrecordedIntensity = rapid.Bool().Draw(t, "allowUnrecorded")
		opts.Duplicates = rapid.SampledFrom([]Duplicates{DuplicatesRefuse, DuplicatesKeepFirst, DuplicatesKeepLast}).Draw(t, "duplicates")
		// A stream read in small pieces ends the scanner's buffer inside
		// lines, which the fast path leaves to the generic path.
		pieces := rapid.SampledFrom([]string{"whole", "halves", "bytes", "lines"}).Draw(t, "pieces")
		if pieces != "whole" && opts.Duplicates == DuplicatesKeepLast {
			opts.Duplicates = DuplicatesKeepFirst // keep-last reads the input twice: a stream cannot be
		}
		checkFastPathAgrees(t, data, pieces, b, opts)
	})
}

// checkFastPathAgrees measures data with and without the fast path, from
// the whole bytes or a stream read in pieces ("halves", "bytes", or
// "lines": reads that end at line ends), and
// fails unless the summaries, the errors and the reports are the same.
func checkFastPathAgrees(t interface{ Fatalf(string, ...any) }, data, pieces string, b goal.Benchmark, opts MeasureOptions) {
	defer func() { fastPath = true }()
	run := func(fast bool) (*Summary, string, Report) {
		fastPath = fast
		var rep Report
		o := opts
		o.Report = &rep
		var in io.Reader = bytes.NewReader([]byte(data))
		switch pieces {
		case "halves":
			in = iotest.HalfReader(in)
		case "bytes":
			in = iotest.OneByteReader(in)
		case "lines":
			in = &lineReads{chunks: linesInReads(data)}
		}
		s, err := MeasureCSV(in, b, o)
		return s, fmt.Sprint(err), rep
	}
	gotSum, gotErr, gotRep := run(true)
	wantSum, wantErr, wantRep := run(false)
	if gotErr != wantErr {
		t.Fatalf("error %s, without the fast path %s", gotErr, wantErr)
	}
	if diff := cmp.Diff(wantRep, gotRep); diff != "" {
		t.Fatalf("report (-generic +fast):\n%s", diff)
	}
	if (gotSum == nil) != (wantSum == nil) || gotSum != nil && !gotSum.Equal(wantSum) {
		t.Fatalf("summaries differ:\nfast    %v\ngeneric %v", summaryText(gotSum), summaryText(wantSum))
	}
}

// FuzzFastPathAgrees measures arbitrary lines under the standard header
// (columns in two orders) with and without the fast path, by the default
// rules and by skipping bad rows: the two must agree.
func FuzzFastPathAgrees(f *testing.F) {
	for _, seed := range []string{
		"S1,2027-03-01,P1,50,4,2\nS1,2027-03-01,P2,45,3,3\nS1,2027-03-01,P2,45,3,3\n",
		"S1,2027-03-01,P1,50,,\r\nS2,2027-03-01,P1,600,5,5\n\nS2,2027-03-02,math,1,1,1\n",
		"\"S1\",2027-03-01,P1,50,4,2\nS1,2027-03-01,P1,0050,4,\nS1,2027-3-1,P1,50,4,2\n",
	} {
		f.Add(seed, false, false)
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80})
	f.Fuzz(func(t *testing.T, lines string, skip, reversed bool) {
		header := "student,date,period,minutes,tep,intensity\n"
		if reversed {
			header = "intensity,tep,minutes,period,date,student\n"
		}
		opts := MeasureOptions{Workers: 1}
		opts.SkipBadRows = skip
		checkFastPathAgrees(t, header+lines, "whole", b, opts)
	})
}

// fastPathInput draws a CSV of the standard layout (its columns in some
// order) whose lines are mostly good rows, with every kind of line the
// fast path must leave to the generic path.
func fastPathInput(t *rapid.T) string {
	cols := rapid.Permutation([]string{colStudent, colDate, colPeriod, colMinutes, colTEP, colIntensity}).Draw(t, "columns")
	var b strings.Builder
	if rapid.Bool().Draw(t, "bom") {
		b.WriteString("\uFEFF")
	}
	b.WriteString(strings.Join(cols, ","))
	b.WriteString("\n")
	pick := func(label string, good []string, bad ...string) string {
		if rapid.IntRange(0, 9).Draw(t, label+"bad") == 0 {
			return rapid.SampledFrom(append(bad, good...)).Draw(t, label)
		}
		return rapid.SampledFrom(good).Draw(t, label)
	}
	for i := range rapid.IntRange(0, 60).Draw(t, "rows") {
		value := map[string]string{
			colStudent:   pick("student", []string{"S1", "S2", "S3", "Élodie"}, "", " S1", "\"S1\"", "S\x01"),
			colDate:      pick("date", []string{"2027-03-01", "2027-03-02", "2027-03-08", "2026-12-31"}, "2027-02-30", "03/01/2027", ""),
			colPeriod:    pick("period", []string{"1", "2", "P3", "P4", "math", "é"}, "", "\"1\"", "a\tb", strings.Repeat("x", 70)),
			colMinutes:   pick("minutes", []string{"50", "45", "600", "1", "0050"}, "0", "601", "5x", "", "12345"),
			colTEP:       pick("tep", []string{"", "1", "3", "4", "5"}, "6", "0", "high", "x"),
			colIntensity: pick("intensity", []string{"1", "2", "4", "5", ""}, "6", "extreme", "x"),
		}
		fields := make([]string, len(cols))
		for j, c := range cols {
			fields[j] = value[c]
		}
		line := strings.Join(fields, ",")
		switch rapid.IntRange(0, 19).Draw(t, fmt.Sprint("shape", i)) {
		case 0:
			line += ",extra"
		case 1:
			line = strings.Join(fields[:5], ",")
		case 2:
			line = ""
		case 3:
			line += "\r"
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	return b.String()
}

// summaryText prints a summary's days, for failures.
func summaryText(s *Summary) string {
	if s == nil {
		return "nil"
	}
	var b strings.Builder
	for id, days := range s.All() {
		fmt.Fprintf(&b, "%s: %+v; ", id, days)
	}
	return b.String()
}

// splitLine cuts the line at the start of a buffer as nextLine and split
// would, or leaves it (0) to them.
func TestSplitLine(t *testing.T) {
	long := "S" + strings.Repeat("1", maxFastLine) + ",2027-03-01,P1,50,4,2\n"
	tests := []struct {
		name, buf string
		want      []string // the fields; nil: left to the generic path
		took      int
	}{
		{"a row", "S1,2027-03-01,P1,50,4,2\nS2,", []string{"S1", "2027-03-01", "P1", "50", "4", "2"}, 24},
		{"CRLF", "S1,2027-03-01,P1,50,4,2\r\nS2,2027", []string{"S1", "2027-03-01", "P1", "50", "4", "2"}, 25},
		{"empty fields", "S1,2027-03-01,P1,50,,\nS2,2027", []string{"S1", "2027-03-01", "P1", "50", "", ""}, 22},
		{"no line end in the buffer", "S1,2027-03-01,P1,50,4,2", nil, 0},
		{"the line end in the buffer's last bytes, short of a word", "S1,2027-03-01,P1,50,4,2\r\n", nil, 0},
		{"a line end in the last partial word", "S1,2027-3,P1,5,4,2\nxx", nil, 0},
		{"seven fields", "S1,2027-03-01,P1,50,4,2,x\n", nil, 0},
		{"five fields", "S1,2027-03-01,P1,50,4\n", nil, 0},
		{"a quote", "\"S1\",2027-03-01,P1,50,4,2\n", nil, 0},
		{"a quote after the line end is not the line's", "S1,2027-03-01,P1,50,4,2\n\"", []string{"S1", "2027-03-01", "P1", "50", "4", "2"}, 24},
		{"a blank line", "\n" + strings.Repeat("x", 16), nil, 0},
		{"longer than the fast path reads", long, nil, 0},
	}
	for _, tt := range tests {
		var cut [8]int32
		n, took := splitLine([]byte(tt.buf), 6, &cut)
		var got []string
		if n > 0 {
			for k := range 6 {
				got = append(got, tt.buf[cut[k]:cut[k+1]-1])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || took != tt.took {
			t.Errorf("%s: took %d, want %d; fields (-want +got):\n%s", tt.name, took, tt.took, diff)
		}
	}
}

// Lines the fast path leaves to the generic path come between lines it
// reads, of the same student-day and of others: a line read after them
// is counted for its own student and day.
func TestFastPathBetweenGenericLines(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80})
	for _, data := range []string{
		// P3 is met for the first time on the S2 line, which the generic path reads.
		"S1,2027-03-01,P1,50,4,2\nS1,2027-03-01,P2,50,4,2\nS1,2027-03-02,P1,50,4,2\nS2,2027-03-02,P3,50,4,2\nS1,2027-03-02,P2,50,4,2\n",
		// A bad line of another student, then the first student's day again.
		"S1,2027-03-01,P1,50,4,2\nS1,2027-03-01,P2,50,4,2\nS1,2027-03-02,P1,50,4,2\nS2,2027-03-02,P1,0,4,2\nS1,2027-03-02,P2,50,4,2\n",
		// A quoted line of another student.
		"S1,2027-03-01,P1,50,4,2\nS1,2027-03-01,P2,50,4,2\nS1,2027-03-02,P1,50,4,2\n\"S2\",2027-03-02,P1,50,4,2\nS1,2027-03-02,P2,50,4,2\n",
	} {
		opts := MeasureOptions{Workers: 1}
		opts.SkipBadRows = true
		// a last line: the one before it must not end the buffer, where the fast path leaves lines
		data += "S3,2027-03-09,P1,50,4,2\n"
		checkFastPathAgrees(t, "student,date,period,minutes,tep,intensity\n"+data, "whole", b, opts)
	}
}

// A stream whose reads end at line ends (a pipe, a socket) ends the
// scanner's buffer just after a line the fast path took; the scanner reads
// on, and the next line, of another student-day, is the generic path's: a
// line after it that starts as the line the fast path took last is still
// counted for its own student and day.
func TestFastPathAcrossRefills(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80})
	for _, skip := range []bool{false, true} {
		chunks := []string{
			"student,date,period,minutes,tep,intensity\n" +
				"ZZZ,2027-03-01,P1,30,4,2\nZZZ,2027-03-01,P2,30,4,2\nYYY,2027-03-01,P1,30,4,2\n" + // P1 and P2 numbered
				"AA,2027-03-01,P1,30,4,2\n", // taken by the fast path, to the buffer's end
			"BBB,2027-03-02,P1,0,4,2\n" + // the generic path's (a bad row when skipping)
				"AA,2027-03-01,P2,30,4,2\n" + // starts as the last line the fast path took
				"CCC,2027-03-09,P1,50,4,2\n",
		}
		if !skip {
			chunks[1] = strings.Replace(chunks[1], "P1,0,", "P1,30,", 1)
		}
		opts := MeasureOptions{Workers: 1}
		opts.SkipBadRows = skip
		run := func(fast bool) (*Summary, string, Report) {
			defer func() { fastPath = true }()
			fastPath = fast
			var rep Report
			o := opts
			o.Report = &rep
			s, err := MeasureCSV(&lineReads{chunks: slices.Clone(chunks)}, b, o)
			return s, fmt.Sprint(err), rep
		}
		gotSum, gotErr, gotRep := run(true)
		wantSum, wantErr, wantRep := run(false)
		if gotErr != wantErr || gotRep != wantRep || !gotSum.Equal(wantSum) {
			t.Errorf("skip %v: fast path %s, %+v, %s; generic %s, %+v, %s", skip, gotErr, gotRep, summaryText(gotSum), wantErr, wantRep, summaryText(wantSum))
		}
	}
}

// linesInReads cuts data into reads of 1 to 40 lines, in a fixed
// irregular cycle.
func linesInReads(data string) []string {
	var chunks []string
	for k := 1; data != ""; k = (k*7+3)%40 + 1 {
		end := 0
		for range k {
			if i := strings.IndexByte(data[end:], '\n'); i >= 0 {
				end += i + 1
			} else {
				end = len(data)
			}
		}
		chunks, data = append(chunks, data[:end]), data[end:]
	}
	return chunks
}

// lineReads returns one chunk per Read, as a pipe may.
type lineReads struct{ chunks []string }

func (r *lineReads) Read(p []byte) (int, error) {
	if len(r.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.chunks[0])
	if r.chunks[0] = r.chunks[0][n:]; r.chunks[0] == "" {
		r.chunks = r.chunks[1:]
	}
	return n, nil
}

// On inputs of thousands of rows — past the scanner's 128 KiB buffer and
// split across goroutines, or read from a stream in reads that end at
// line ends — with students interleaved and bad lines among good ones,
// the fast path agrees with the generic path.
func TestFastPathAgreesOnLargeInputs(t *testing.T) {
	old := parallelMinBytes
	parallelMinBytes = 1
	t.Cleanup(func() { parallelMinBytes = old })
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80})
	for seed := range uint64(4) {
		data := largeInput(seed, 12000)
		if seed%2 == 1 {
			data = schoolYearInput(seed, 300) // no repeats: the split reading is kept
			src, err := newSource(bytes.NewReader([]byte(data)))
			if err != nil {
				t.Fatal(err)
			}
			opts := MeasureOptions{Workers: 2}
			opts.SkipBadRows = true
			if _, _, kept, err := measureParallel(src, []goal.Benchmark{b}, opts, 2); !kept || err != nil {
				t.Fatalf("seed %d: the split reading was not kept (%v)", seed, err)
			}
		}
		for _, pieces := range []string{"whole", "lines"} {
			opts := MeasureOptions{Workers: 2}
			opts.SkipBadRows = true
			opts.Duplicates = DuplicatesKeepFirst
			checkFastPathAgrees(t, data, pieces, b, opts)
		}
	}
}

// largeInput returns a CSV of the standard layout of rows rows: students
// interleaved, days changing now and then, one line in 50 bad or quoted,
// some blank or ending in CRLF.
func largeInput(seed uint64, rows int) string {
	rnd := rand.New(rand.NewPCG(seed, 1))
	pick := func(from ...string) string { return from[rnd.IntN(len(from))] }
	var b strings.Builder
	b.WriteString("student,date,period,minutes,tep,intensity\n")
	date := "2027-03-01"
	for range rows {
		if rnd.IntN(200) == 0 {
			date = pick("2027-03-01", "2027-03-02", "2027-03-08", "2026-12-31")
		}
		student, minutes := pick("S1", "S2", "S3", "Élodie", "AB", "S10"), pick("50", "45", "600", "1", "30")
		if rnd.IntN(50) == 0 {
			switch rnd.IntN(3) {
			case 0:
				minutes = "0"
			case 1:
				student = "\"" + student + "\""
			case 2:
				date = "2027-02-30"
			}
		}
		line := strings.Join([]string{student, date, pick("1", "2", "P3", "P4", "math", "é"), minutes, pick("", "1", "3", "4", "5"), pick("1", "2", "4", "5")}, ",")
		switch rnd.IntN(40) {
		case 0:
			line = ""
		case 1:
			line += "\r"
		}
		b.WriteString(line + "\n")
		if date == "2027-02-30" {
			date = "2027-03-01"
		}
	}
	return b.String()
}

// schoolYearInput returns a CSV of the standard layout of days school
// days in date order, six students a day and six periods each, none
// repeated; one line in 50 is bad.
func schoolYearInput(seed uint64, days int) string {
	rnd := rand.New(rand.NewPCG(seed, 2))
	var b strings.Builder
	b.WriteString("student,date,period,minutes,tep,intensity\n")
	day := goal.MustDate(2026, 9, 1)
	for range days {
		for _, student := range []string{"S1", "S2", "S3", "Élodie", "AB", "S10"} {
			for p := range 6 {
				minutes := fmt.Sprint(30 + rnd.IntN(30))
				if rnd.IntN(50) == 0 {
					minutes = "0"
				}
				tep := []string{"", "1", "2", "3", "4", "5"}[rnd.IntN(6)]
				fmt.Fprintf(&b, "%s,%s,P%d,%s,%s,%d\n", student, day, p+1, minutes, tep, 1+rnd.IntN(5))
			}
		}
		day = day.AddDays(1)
	}
	return b.String()
}
