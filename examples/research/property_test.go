package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/progress"
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
// on random small data sets: any students (some needing CSV quoting),
// dates (across ISO year boundaries), minutes, ratings and flags. Each
// student, date and period appears once, and a rated row records its
// intensity, as the research format has it.
func TestRunMatchesReferenceProperty(t *testing.T) {
	dir := t.TempDir()
	rapid.Check(t, func(t *rapid.T) {
		var data strings.Builder
		data.WriteString("student,date,period,minutes,tep,intensity,intensity:visual,intensity:relationship\n")
		students := rapid.SliceOfNDistinct(rapid.StringMatching(`[A-Za-z0-9_-]{1,6}|a,b|q"1`), 1, 4, rapid.ID).Draw(t, "students")
		rows := rapid.IntRange(0, 60).Draw(t, "rows")
		taken := map[string]bool{}
		for range rows {
			student := rapid.SampledFrom(students).Draw(t, "student")
			day := date(2026, 12, 20).AddDate(0, 0, rapid.IntRange(0, 40).Draw(t, "day"))
			period := rapid.IntRange(1, 8).Draw(t, "period")
			slot := fmt.Sprint(student, day, period)
			if taken[slot] {
				continue
			}
			taken[slot] = true
			tep, intensity := level(t, "tep"), level(t, "intensity")
			if tep != "" && intensity == "" {
				intensity = fmt.Sprint(rapid.IntRange(1, 5).Draw(t, "recorded intensity"))
			}
			fmt.Fprintf(&data, "%s,%s,%d,%d,%s,%s,%s,%s\n", progress.AppendCSVField(nil, student), day.Format("2006-01-02"),
				period, rapid.IntRange(1, 600).Draw(t, "minutes"), tep, intensity, level(t, "visual"), level(t, "relationship"))
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
		if err := run(args, nil, io.Discard, io.Discard); err != nil {
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
