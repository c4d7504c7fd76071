package progress_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// benchBenchmark is the benchmark the benchmarks measure: TEP 3–5 with a
// level 3 intensity of support or less on two focus elements, 80%.
var benchBenchmark = goal.MustBenchmark(goal.Spec{
	Measure:   goal.MeasureTEP,
	TEP:       rubric.MustBand[rubric.TEP](3, 5),
	Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
	Threshold: 80,
	Focus:     rubric.MustElementSet(rubric.DeEscalation, rubric.Visual),
})

func reportRows(b *testing.B, rows int) {
	b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(rows)/float64(b.N), "ns/row")
}

// BenchmarkMeasureIntervals measures decoded intervals in memory on one
// goroutine: the aggregation alone.
func BenchmarkMeasureIntervals(b *testing.B) {
	for _, students := range []int{10, 100, 1000} {
		ivs := slices.Collect(progress.Generate(progress.GenConfig{Seed: 7, Students: students, Days: 180}))
		b.Run(fmt.Sprintf("rows=%d", len(ivs)), func(b *testing.B) {
			b.ReportAllocs()
			m := progress.NewMeasurer(benchBenchmark)
			m.AddIntervals(ivs) // the days exist from here on: the loop measures the per-row work
			for b.Loop() {
				progress.ResetTallies(m) // counts stay those of one pass (timed too: one pass over the days, a seventh of the rows)
				if _, err := m.AddIntervals(ivs); err != nil {
					b.Fatal(err)
				}
			}
			reportRows(b, len(ivs))
		})
	}
}

// BenchmarkMeasureCSV measures a generated CSV held in memory, end to end
// (parse, check, aggregate), on GOMAXPROCS goroutines.
func BenchmarkMeasureCSV(b *testing.B) {
	for _, students := range []int{10, 100, 1000} {
		var buf bytes.Buffer
		rows, err := progress.WriteGeneratedCSV(&buf, progress.GenConfig{Seed: 7, Students: students, Days: 180})
		if err != nil {
			b.Fatal(err)
		}
		benchMeasureCSV(b, buf.Bytes(), benchBenchmark, int(rows))
	}
}

// benchMeasureCSV measures the CSV data of rows rows for bench, on one
// worker and on GOMAXPROCS.
func benchMeasureCSV(b *testing.B, data []byte, bench goal.Benchmark, rows int) {
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run(fmt.Sprintf("rows=%d/workers=%d", rows, workers), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := progress.MeasureCSV(bytes.NewReader(data), bench, progress.MeasureOptions{Workers: workers}); err != nil {
					b.Fatal(err)
				}
			}
			reportRows(b, rows)
		})
	}
}

// BenchmarkMeasureCSV_standard measures a CSV of the standard layout (the
// six columns, no element column: the file a district exports and the
// research example reads) held in memory, end to end, for a benchmark
// without focus elements: the fast path.
func BenchmarkMeasureCSV_standard(b *testing.B) {
	plain := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 90})
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, progress.FormatCSV, 0)
	rows := 0
	for iv := range progress.Generate(progress.GenConfig{Seed: 7, Students: 1000, Days: 180}) {
		iv.Profile = rubric.SupportProfile{}
		if err := w.Write(iv); err != nil {
			b.Fatal(err)
		}
		rows++
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	benchMeasureCSV(b, buf.Bytes(), plain, rows)
}

// BenchmarkMeasureCSV_footprint reports what a summary keeps: the heap
// it holds after measuring, per student-day ("B/student-day"), beside the
// time per row, for 1,000 students × 180 days read from memory on
// GOMAXPROCS goroutines.
func BenchmarkMeasureCSV_footprint(b *testing.B) {
	var buf bytes.Buffer
	rows, err := progress.WriteGeneratedCSV(&buf, progress.GenConfig{Seed: 7, Students: 1000, Days: 180})
	if err != nil {
		b.Fatal(err)
	}
	var held uint64
	var days int
	for b.Loop() {
		var before, after runtime.MemStats
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		var rep progress.Report
		s, err := progress.MeasureCSV(bytes.NewReader(buf.Bytes()), benchBenchmark, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Report: &rep}})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(s)
		held, days = max(after.HeapAlloc, before.HeapAlloc)-before.HeapAlloc, rep.Days
		b.StartTimer()
	}
	reportRows(b, int(rows))
	b.ReportMetric(float64(held)/float64(days), "B/student-day")
}

// BenchmarkLarge measures the full school year of 10,000 students × 180
// days × 7 periods (12.6 M rows, about 420 MB of CSV) from a file, end to
// end. It runs only when IEPGOAL_LARGE is set (to a directory where the CSV
// is written once and reused), e.g.
//
//	IEPGOAL_LARGE=/tmp go test -run '^$' -bench Large -benchtime 3x ./progress/
//
// IEPGOAL_LARGE_PERIODS=14 doubles the rows for the same students and days,
// to show that peak memory depends on students × days, not on rows.
func BenchmarkLarge(b *testing.B) {
	dir := os.Getenv("IEPGOAL_LARGE")
	if dir == "" {
		b.Skip("set IEPGOAL_LARGE to a directory to run the 12.6 M-row benchmark")
	}
	periods := 7
	if p, err := strconv.Atoi(os.Getenv("IEPGOAL_LARGE_PERIODS")); err == nil && p > 0 {
		periods = p
	}
	cfg := progress.GenConfig{Seed: 2026, Students: 10000, Days: 180, Periods: periods}
	path := filepath.Join(dir, fmt.Sprintf("iepgoal-large-%d.csv", periods))
	rows := 10000 * 180 * periods
	if _, err := os.Stat(path); err != nil {
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := progress.WriteGeneratedCSV(f, cfg); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s, err := progress.MeasureCSV(f, benchBenchmark, progress.MeasureOptions{})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		if s.Len() != cfg.Students {
			b.Fatalf("measured %d students, want %d", s.Len(), cfg.Students)
		}
	}
	reportRows(b, rows)
}
