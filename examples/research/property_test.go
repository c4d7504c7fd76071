package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// level draws a rating column: empty (unrated / not recorded) or 1–5.
func level(t *rapid.T, label string) string {
	if v := rapid.IntRange(0, 5).Draw(t, label); v > 0 {
		return fmt.Sprint(v)
	}
	return ""
}

// TestRunMatchesReferenceProperty checks the program against the reference
// on random small data sets: any students, dates (across ISO year
// boundaries), minutes, ratings and flags.
func TestRunMatchesReferenceProperty(t *testing.T) {
	dir := t.TempDir()
	rapid.Check(t, func(t *rapid.T) {
		var data strings.Builder
		data.WriteString("student,date,period,minutes,tep,intensity,intensity:visual,intensity:relationship\n")
		students := rapid.SliceOfNDistinct(rapid.StringMatching(`[A-Za-z0-9_-]{1,6}`), 1, 4, rapid.ID).Draw(t, "students")
		rows := rapid.IntRange(0, 60).Draw(t, "rows")
		for range rows {
			student := rapid.SampledFrom(students).Draw(t, "student")
			day := date(2026, 12, 20).AddDate(0, 0, rapid.IntRange(0, 40).Draw(t, "day"))
			fmt.Fprintf(&data, "%s,%s,%d,%d,%s,%s,%s,%s\n", student, day.Format("2006-01-02"),
				rapid.IntRange(1, 8).Draw(t, "period"), rapid.IntRange(1, 600).Draw(t, "minutes"),
				level(t, "tep"), level(t, "intensity"), level(t, "visual"), level(t, "relationship"))
		}
		low := rapid.IntRange(1, 5).Draw(t, "low")
		q := refQuery{
			low: low, high: rapid.IntRange(low, 5).Draw(t, "high"),
			maxIntensity: rapid.IntRange(1, 5).Draw(t, "maxIntensity"),
			threshold:    float64(rapid.IntRange(1, 100).Draw(t, "threshold")),
			asOf:         date(2026, 12, 20).AddDate(0, 0, rapid.IntRange(-2, 45).Draw(t, "asOf")),
		}
		args := []string{"-band", fmt.Sprintf("%d-%d", q.low, q.high), "-max-intensity", fmt.Sprint(q.maxIntensity),
			"-threshold", fmt.Sprint(q.threshold), "-asof", q.asOf.Format("2006-01-02")}
		if rapid.Bool().Draw(t, "focus") {
			q.focus = []string{"visual", "relationship"}
			args = append(args, "-focus", "visual,relationship")
		}
		in := filepath.Join(dir, "in.csv")
		weekly, summary := filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
		if err := os.WriteFile(in, []byte(data.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "-in", in, "-weekly", weekly, "-summary", summary)
		if err := run(args, io.Discard, io.Discard); err != nil {
			t.Fatalf("run(%q) = %v", args, err)
		}
		wantWeekly, wantSummary := reference(t, strings.NewReader(data.String()), q)
		got, err := os.ReadFile(weekly)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantWeekly, string(got)); diff != "" {
			t.Fatalf("weekly.csv (-want +got):\n%s", diff)
		}
		if got, err = os.ReadFile(summary); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantSummary, string(got)); diff != "" {
			t.Fatalf("summary.csv (-want +got):\n%s", diff)
		}
	})
}

// TestLineCounterProperty checks that however the input is read — at any
// offsets, overlapping, in any order — each newline is counted once.
func TestLineCounterProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		data := []byte(rapid.StringMatching(`[a\n]{0,200}`).Draw(t, "data"))
		c := newLineCounter(nopCloser{bytes.NewReader(data)})
		reads := rapid.SliceOfN(rapid.IntRange(0, len(data)), 0, 20).Draw(t, "reads")
		for _, off := range reads {
			n := rapid.IntRange(0, len(data)-off).Draw(t, "n")
			if _, err := c.ReadAt(make([]byte, n), int64(off)); err != nil && err != io.EOF {
				t.Fatal(err)
			}
		}
		if _, err := io.ReadAll(c); err != nil { // the whole input, sequentially
			t.Fatal(err)
		}
		if got, want := c.Lines(), int64(bytes.Count(data, []byte{'\n'})); got != want {
			t.Fatalf("Lines() = %d, want %d", got, want)
		}
		wantRows := int64(len(bytes.Split(data, []byte{'\n'}))) - 1 // lines, less the header
		if len(data) > 0 && data[len(data)-1] == '\n' {
			wantRows--
		}
		if got, err := c.Rows(); err != nil || got != max(wantRows, 0) {
			t.Fatalf("Rows() = %d, %v, want %d", got, err, max(wantRows, 0))
		}
	})
}
