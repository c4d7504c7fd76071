package progress

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The fast path decides nothing of its own: measuring any input of the
// standard layout — good rows, bad fields, quotes, repeats, labels of
// every shape, CRLF, blank lines, a byte order mark — by every reading
// rule, on one goroutine or several, gives the same summary, the same
// errors and the same report with it as without it.
func TestFastPathAgrees(t *testing.T) {
	old := parallelMinBytes
	parallelMinBytes = 1
	t.Cleanup(func() { parallelMinBytes, fastPath = old, true })
	rapid.Check(t, func(t *rapid.T) {
		data := fastPathInput(t)
		b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportAtMost(rubric.Intensity(rapid.IntRange(1, 5).Draw(t, "limit"))), Threshold: 80})
		opts := MeasureOptions{Workers: rapid.IntRange(1, 2).Draw(t, "workers")}
		opts.SkipBadRows = rapid.Bool().Draw(t, "skip")
		opts.AllowUnrecordedIntensity = rapid.Bool().Draw(t, "allowUnrecorded")
		opts.Duplicates = rapid.SampledFrom([]Duplicates{DuplicatesRefuse, DuplicatesKeepFirst, DuplicatesKeepLast}).Draw(t, "duplicates")
		run := func(fast bool) (*Summary, string, Report) {
			fastPath = fast
			var rep Report
			o := opts
			o.Report = &rep
			s, err := MeasureCSV(bytes.NewReader([]byte(data)), b, o)
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
