package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// handPhases writes one student's rated intervals: three school weeks at
// support level 4, each day 40% of the day in band (two 50-minute periods
// of five rated 3), then three weeks at level 2 at 80%.
func handPhases(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("student,date,period,minutes,tep,intensity\n")
	monday := goal.MustDate(2026, 8, 31)
	for w := range 6 {
		level, good := 4, 2
		if w >= 3 {
			level, good = 2, 4
		}
		for d := range 5 {
			date := monday.AddDays(7*w + d)
			for p := range 5 {
				tep := 1
				if p < good {
					tep = 3
				}
				fmt.Fprintf(&b, "S1,%s,%d,50,%d,%d\n", date, p+1, tep, level)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "intervals.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestEffectsByHand: one change of support, and every point of the
// second phase above every point of the first: NAP, Tau, Tau-U and PND
// are 1; Tau-BC too, the flat baseline having no trend to remove.
func TestEffectsByHand(t *testing.T) {
	dir := t.TempDir()
	effects := filepath.Join(dir, "effects.csv")
	if err := run([]string{"-in", handPhases(t), "-effects", effects}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	want := effectsHeader + "S1,1,2026-08-31,2026-09-20,4,15,2026-09-21,2026-10-11,2,15,1,1,1,1,1\n"
	if diff := cmp.Diff(want, readFile(t, effects)); diff != "" {
		t.Errorf("effects (-want +got):\n%s", diff)
	}
}

// TestEffectsAgainstLibrary runs -effects on generated data with the
// edge rows and checks every row against the library computed another
// way: the phases of each student's assessment (assess.Benchmark's weekly
// series), the daily percents of the measured days, and
// singlecase.Compare; rows sorted by student then phase, and the file
// read back through encoding/csv.
func TestEffectsAgainstLibrary(t *testing.T) {
	in := writeData(t, progress.GenConfig{Seed: 3, Students: 12, Days: 120}, edgeRows)
	dir := t.TempDir()
	effects := filepath.Join(dir, "effects.csv")
	asOf := goal.MustDate(2027, 2, 26)
	args := []string{"-in", in, "-effects", effects, "-asof", asOf.String(), "-min-phase-weeks", "2"}
	if err := run(args, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(readFile(t, effects))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	b, err := benchmark("3-5", 4, "", 90)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sum, err := progress.MeasureCSV(f, b, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{strings.Split(strings.TrimSuffix(effectsHeader, "\n"), ",")}
	for _, id := range sum.Students() {
		days := sum.Days(id)
		a, err := assess.Benchmark(b, days, asOf, assess.Options{})
		if err != nil {
			continue // no day on or before asOf
		}
		phases := assess.SupportPhases(a.Weeks, 2)
		for i := 1; i < len(phases); i++ {
			row := []string{string(id), strconv.Itoa(i)}
			var series [2][]float64
			for k, p := range phases[i-1 : i+1] {
				for _, d := range days {
					if pct, ok := d.Percent(); ok && p.Contains(d.Date) && !d.Date.After(asOf) {
						series[k] = append(series[k], pct)
					}
				}
				row = append(row, p.From.String(), p.Last().String(), strconv.Itoa(int(p.Support)), strconv.Itoa(len(series[k])))
			}
			e, err := singlecase.Compare(series[0], series[1], singlecase.Options{})
			if err != nil {
				row = append(row, "", "", "", "", "")
			} else {
				tauBC := ""
				if v, ok := e.TauBC.Get(); ok {
					tauBC = strconv.FormatFloat(v, 'g', -1, 64)
				}
				g := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
				row = append(row, g(e.NAP), g(e.Tau), g(e.TauU), tauBC, g(e.PND))
			}
			want = append(want, row)
		}
	}
	if len(want) < 10 {
		t.Fatalf("only %d rows expected: the data should have several phase changes", len(want))
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("effects (-want +got):\n%s", diff)
	}
	ids := make([]string, 0, len(rows))
	for _, r := range rows[1:] {
		ids = append(ids, r[0]+"\x00"+fmt.Sprintf("%04s", r[1]))
	}
	if !slices.IsSorted(ids) {
		t.Errorf("rows are not sorted by student then phase")
	}
}
