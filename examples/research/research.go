package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// sample is the built-in data used without -in.
var sample = progress.GenConfig{Seed: 1, Students: 20, Days: 180}

// config is what the flags choose.
type config struct {
	in              string // "" = the built-in sample
	benchmark       goal.Benchmark
	asOf            goal.Date // zero = the last date in the data
	weekly, summary string    // output files; "" = not written
	workers         int
	progressEvery   time.Duration
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("research", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "CSV of rated intervals (default: the built-in sample)")
	band := fs.String("band", "3-5", "TEP band an interval's rating must be in, e.g. 3-5")
	maxIntensity := fs.Int("max-intensity", 4, "highest intensity of support (1–5) under which an interval qualifies")
	focus := fs.String("focus", "", "comma-separated therapeutic elements whose recorded intensity must also be at most -max-intensity")
	threshold := fs.Int("threshold", 90, "percent (1–100) the window must reach for met")
	asOf := fs.String("asof", "", "window end date YYYY-MM-DD (default: the last date in the data)")
	weekly := fs.String("weekly", "", "write the weekly CSV to this file")
	summary := fs.String("summary", "", "write the summary CSV to this file (default: standard output when -weekly is not given either)")
	workers := fs.Int("workers", 0, "goroutines reading the input (0 = every CPU)")
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
	c := config{in: *in, benchmark: b, weekly: *weekly, summary: *summary, workers: *workers, progressEvery: *every}
	if *asOf != "" {
		if c.asOf, err = goal.ParseDate(*asOf); err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
	}
	if *every <= 0 {
		return config{}, fmt.Errorf("-progress %v: must be positive", *every)
	}
	return c, nil
}

// benchmark builds the TEP benchmark the flags describe.
func benchmark(band string, maxIntensity int, focus string, threshold int) (goal.Benchmark, error) {
	tep, err := rubric.ParseBand[rubric.TEP](band)
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band: %w", err)
	}
	limit, err := rubric.ParseIntensity(strconv.Itoa(maxIntensity))
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-max-intensity: %w", err)
	}
	var elements rubric.ElementSet
	if focus != "" {
		if elements, err = rubric.ParseElementSet(focus); err != nil {
			return goal.Benchmark{}, fmt.Errorf("-focus: %w", err)
		}
	}
	b, err := goal.NewBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep, Support: goal.MustSupportAtMost(limit), Threshold: threshold, Focus: elements})
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band, -max-intensity, -focus, -threshold: %w", err)
	}
	return b, nil
}

// run is the program: flags in args, the summary on stdout when no output
// file is named, progress on stderr.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	in, name, err := open(c.in)
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

// writeOutputs writes the weekly and summary outputs, concurrently (both
// only read the summary).
func writeOutputs(c config, sum *progress.Summary, stdout io.Writer) error {
	var jobs []func() error
	if c.weekly != "" {
		jobs = append(jobs, func() error {
			return writeFile(c.weekly, func(w io.Writer) error { return writeWeekly(w, sum) })
		})
	}
	writeSum := func(w io.Writer) error { return writeSummary(w, sum, c.benchmark, c.asOf) }
	switch {
	case c.summary != "":
		jobs = append(jobs, func() error { return writeFile(c.summary, writeSum) })
	case c.weekly == "":
		jobs = append(jobs, func() error { return writeSum(stdout) })
	}
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = job()
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// input is what measure reads: a file or the built-in sample.
type input interface {
	io.ReaderAt
	io.Seeker
	io.Closer
}

// open opens the named file, or the built-in sample when path is "".
func open(path string) (input, string, error) {
	if path != "" {
		f, err := os.Open(path)
		return f, path, err
	}
	var buf bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&buf, sample); err != nil {
		return nil, "", err
	}
	return nopCloser{bytes.NewReader(buf.Bytes())}, "the built-in sample", nil
}

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

// measure measures the input, reporting progress on stderr.
func measure(in input, name string, c config, stderr io.Writer) (*progress.Summary, error) {
	lines := newLineCounter(in)
	start := time.Now()
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(c.progressEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case now := <-tick.C:
				reportProgress(stderr, "reading", max(lines.Lines()-1, 0), now.Sub(start)) // less the header
			}
		}
	}()
	sum, err := progress.MeasureCSV(lines, c.benchmark, progress.MeasureOptions{Workers: c.workers})
	close(done)
	<-stopped
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rows, err := lines.Rows()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	reportProgress(stderr, "read", rows, time.Since(start))
	return sum, nil
}

func reportProgress(w io.Writer, verb string, rows int64, elapsed time.Duration) {
	rate := float64(rows) / max(elapsed.Seconds(), 1e-9)
	fmt.Fprintf(w, "research: %s %d rows in %.2fs (%.2f M rows/s)\n", verb, rows, elapsed.Seconds(), rate/1e6)
}

// writeFile creates path and writes it through a buffer.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = write(w)
	err = errors.Join(err, w.Flush(), f.Close())
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
