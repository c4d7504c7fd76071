package main

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"

	"github.com/iepgoal/iepgoal/progress"
)

// BenchmarkRun runs the program end to end on generated files (read,
// measure, both outputs written to files). The 12.6 M-row figure in the
// README comes from a built binary on a file of 10,000 students:
//
//	go build -o /tmp/research ./examples/research
//	/usr/bin/time -v /tmp/research -in big.csv -weekly w.csv -summary s.csv
func BenchmarkRun(b *testing.B) {
	benchRun(b, func(dir string) []string {
		return []string{"-weekly", filepath.Join(dir, "w.csv"), "-summary", filepath.Join(dir, "s.csv")}
	})
}

// BenchmarkEffects runs the program with -effects alone: reading,
// measuring, then the support phases and effect sizes of every student.
func BenchmarkEffects(b *testing.B) {
	benchRun(b, func(dir string) []string { return []string{"-effects", filepath.Join(dir, "e.csv")} })
}

// benchRun runs the program on generated files of 100 and 1,000 students
// with the output flags outputs gives for a temporary folder, and reports
// rows and students a second.
func benchRun(b *testing.B, outputs func(dir string) []string) {
	for _, students := range []int{100, 1000} {
		cfg := progress.GenConfig{Seed: 7, Students: students, Days: 180}
		rows := int64(students * 180 * 7)
		b.Run(fmt.Sprintf("rows=%d", rows), func(b *testing.B) {
			in := writeData(b, cfg, "")
			args := append([]string{"-in", in, "-asof", "2027-05-17", "-progress", "1h"}, outputs(b.TempDir())...)
			b.ReportAllocs()
			for b.Loop() {
				if err := run(args, nil, io.Discard, io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(students)*float64(b.N)/b.Elapsed().Seconds(), "students/s")
		})
	}
}
