package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// sample is the built-in data used without -in.
var sample = progress.GenConfig{Seed: 1, Students: 20, Days: 180}

// maxWorkers bounds -workers: more goroutines than CPUs gain nothing and
// each holds a read buffer and a part of the summary.
const maxWorkers = 1024

// config is what the flags choose.
type config struct {
	in            string // "" = the built-in sample, "-" = standard input
	benchmark     goal.Benchmark
	threshold     float64             // the percent met compares the unrounded window percent with
	asOf          goal.Date           // zero = the last date in the data
	minPhaseWeeks int                 // the shortest support phase of -effects
	outs          [numOutputs]*output // output files by kind, planned; nil = not written
	read          progress.ReadOptions
	workers       int
	progressEvery time.Duration
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("research", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "CSV of rated intervals; - for standard input (default: the built-in sample)")
	band := fs.String("band", "3-5", "TEP band an interval's rating must be in, e.g. 3-5")
	maxIntensity := fs.Int("max-intensity", 4, "highest intensity of support (1–5) under which an interval qualifies")
	focus := fs.String("focus", "", "comma-separated therapeutic elements whose recorded intensity must also be at most -max-intensity")
	threshold := fs.Float64("threshold", 90, "percent (above 0, at most 100; decimals allowed) the window's unrounded percent must reach for met")
	asOf := fs.String("asof", "", "window end date YYYY-MM-DD (default: the last date in the data)")
	weekly := fs.String("weekly", "", "write the weekly CSV to this file")
	summary := fs.String("summary", "", "write the summary CSV to this file (default: standard output when no other output is named)")
	effects := fs.String("effects", "", "write the effect sizes between each student's consecutive support phases to this CSV file")
	minPhaseWeeks := fs.Int("min-phase-weeks", 3, "the shortest support phase -effects compares, in weeks; a shorter run joins a neighbouring phase")
	duplicates := fs.String("duplicates", "refuse", "a row repeating a student, date and period: refuse, keep-first or keep-last")
	workers := fs.Int("workers", 0, fmt.Sprintf("goroutines reading the input, 0–%d (0 = every CPU)", maxWorkers))
	every := fs.Duration("progress", time.Second, "interval between progress lines on standard error")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	b, err := benchmark(*band, *maxIntensity, *focus, *threshold)
	if err != nil {
		return config{}, err
	}
	c := config{in: *in, benchmark: b, threshold: *threshold, minPhaseWeeks: *minPhaseWeeks, workers: *workers, progressEvery: *every}
	if c.read.Duplicates, err = progress.ParseDuplicates(*duplicates); err != nil {
		return config{}, fmt.Errorf("-duplicates: %w", err)
	}
	if *asOf != "" {
		if c.asOf, err = goal.ParseDate(*asOf); err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
	}
	switch {
	case *every <= 0:
		return config{}, fmt.Errorf("-progress %v: must be positive", *every)
	case *workers < 0 || *workers > maxWorkers:
		return config{}, fmt.Errorf("-workers %d: want 0 to %d: %w", *workers, maxWorkers, rubric.ErrOutOfRange)
	case *minPhaseWeeks < 1:
		return config{}, fmt.Errorf("-min-phase-weeks %d: want 1 or more: %w", *minPhaseWeeks, rubric.ErrOutOfRange)
	}
	if c.outs, err = planOutputs([numOutputs]string{outWeekly: *weekly, outSummary: *summary, outEffects: *effects}); err != nil {
		return config{}, err
	}
	return c, nil
}

// benchmark builds the TEP benchmark the flags describe. A benchmark
// states a whole percent; it is the threshold's ceiling, while met
// compares the window with the threshold as given.
func benchmark(band string, maxIntensity int, focus string, threshold float64) (goal.Benchmark, error) {
	tep, err := rubric.ParseBand[rubric.TEP](band)
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band: %w", err)
	}
	limit, err := rubric.ParseIntensity(fmt.Sprint(maxIntensity))
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-max-intensity: %w", err)
	}
	if !(threshold > 0 && threshold <= 100) {
		return goal.Benchmark{}, fmt.Errorf("-threshold %v: want a percent above 0 and at most 100: %w", threshold, rubric.ErrOutOfRange)
	}
	var elements rubric.ElementSet
	if focus != "" {
		if elements, err = rubric.ParseElementSet(focus); err != nil {
			return goal.Benchmark{}, fmt.Errorf("-focus: %w", err)
		}
	}
	b, err := goal.NewBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep, Support: goal.MustSupportAtMost(limit),
		Threshold: int(math.Ceil(threshold)), Focus: elements})
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band, -max-intensity, -focus, -threshold: %w", err)
	}
	return b, nil
}

// outputFlags are the flags that name the outputs, by kind.
var outputFlags = [numOutputs]string{outWeekly: "-weekly", outSummary: "-summary", outEffects: "-effects"}

// planOutputs plans the outputs named ("" for none), refusing before any
// work outputs that could not all be written (planOutput), and one file
// named for two: they would be written over each other.
func planOutputs(paths [numOutputs]string) (outs [numOutputs]*output, err error) {
	for k, path := range paths {
		if path == "" {
			continue
		}
		if outs[k], err = planOutput(path); err != nil {
			return outs, err
		}
		for j := range k {
			if outs[j] != nil && sameTarget(outs[j], outs[k]) {
				return outs, fmt.Errorf("%s and %s name the same file %s: give two files", outputFlags[j], outputFlags[k], path)
			}
		}
	}
	return outs, nil
}

// run is the program: flags in args, the summary on stdout when no output
// file is named, progress and the ingest report on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	in, name, err := open(c.in, stdin)
	if err != nil {
		return err
	}
	defer in.Close()
	sum, err := measure(in, name, c, stderr)
	if err != nil {
		return err
	}
	if c.asOf.IsZero() {
		c.asOf = sum.LastDate()
	}
	return writeOutputs(c, sum, stdout)
}

// open opens the named file, stdin for "-", or the built-in sample when
// path is "".
func open(path string, stdin io.Reader) (io.ReadCloser, string, error) {
	switch path {
	case "":
		var buf bytes.Buffer
		if _, err := progress.WriteGeneratedCSV(&buf, sample); err != nil {
			return nil, "", err
		}
		return nopCloser{bytes.NewReader(buf.Bytes())}, "the built-in sample", nil
	case "-":
		return io.NopCloser(stdin), "standard input", nil
	}
	f, err := os.Open(path)
	return f, path, err
}

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

// measure measures the input, reporting progress and then the account of
// every row on stderr.
func measure(in io.Reader, name string, c config, stderr io.Writer) (*progress.Summary, error) {
	counted := newByteCounter(in)
	start := time.Now()
	stop := tick(c.progressEvery, func(now time.Time) {
		fmt.Fprintf(stderr, "research: reading, %.1f MB in %.2fs\n", float64(counted.Bytes())/1e6, now.Sub(start).Seconds())
	})
	var report progress.Report
	opts := progress.MeasureOptions{ReadOptions: c.read, Workers: c.workers}
	opts.Report = &report
	sum, err := progress.MeasureCSV(counted.reader(), c.benchmark, opts)
	stop()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	elapsed := time.Since(start)
	fmt.Fprintf(stderr, "research: read %d rows in %.2fs (%.2f M rows/s)\n", report.Rows, elapsed.Seconds(), float64(report.Rows)/max(elapsed.Seconds(), 1e-9)/1e6)
	fmt.Fprintf(stderr, "research: %d rated, %d unrated, %d rejected, %s passed over; %s, %s\n",
		report.Rated, report.Unrated, report.Rejected, template.Plural(int(report.Duplicates), "duplicate", "duplicates"),
		template.Plural(report.Students, "student", "students"), template.Plural(report.Days, "student-day", "student-days"))
	return sum, nil
}

// tick calls f every interval until the returned stop is called.
func tick(every time.Duration, f func(time.Time)) (stop func()) {
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-t.C:
				f(now)
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
	}
}

// writeOutputs writes the weekly and summary outputs, in one pass over
// the students, whole or not at all: each to a temporary file beside its
// destination, renamed into place only once both are written; on any
// error the temporary files are removed and no destination is touched.
// Without an output file the summary goes to stdout.
func writeOutputs(c config, sum *progress.Summary, stdout io.Writer) error {
	opts := rowOptions{threshold: c.threshold, asOf: c.asOf, minPhaseWeeks: c.minPhaseWeeks}
	if c.outs == [numOutputs]*output{} {
		w := bufio.NewWriterSize(stdout, 1<<16)
		if err := writeRows([numOutputs]io.Writer{outSummary: w}, sum, opts); err != nil {
			return err // the writer's error, which Flush would repeat
		}
		return w.Flush()
	}
	var outs []*output
	defer func() {
		for _, o := range outs {
			release(o)
		}
	}()
	var writers [numOutputs]*bufio.Writer
	for k, o := range c.outs {
		if o == nil {
			continue
		}
		track(o)
		outs = append(outs, o)
		if err := o.create(); err != nil {
			return err
		}
		writers[k] = o.writer()
	}
	var ws [numOutputs]io.Writer
	for k, w := range writers {
		ws[k] = orNil(w)
	}
	if err := writeRows(ws, sum, opts); err != nil {
		return err
	}
	for k, o := range c.outs {
		if o != nil {
			if err := o.finish(writers[k]); err != nil {
				return err
			}
		}
	}
	return commitAll(outs)
}

// orNil returns w as an io.Writer, nil (not a nil *bufio.Writer) when w is nil.
func orNil(w *bufio.Writer) io.Writer {
	if w == nil {
		return nil
	}
	return w
}
