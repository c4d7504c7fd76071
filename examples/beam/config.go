package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Config is what the pipeline measures and where it writes. Its fields
// travel to the workers inside the DoFns, so they are plain values.
type Config struct {
	In           string  // a glob of CSV files of rated intervals
	Band         string  // the TEP band, "3-5"
	MaxIntensity int     // the highest overall intensity that qualifies
	Focus        string  // comma-separated elements held to MaxIntensity too
	Threshold    float64 // the percent the window must reach for met
	AsOf         string  // the window's end, YYYY-MM-DD; "" = the last date in the data
	Weekly       string  // the weekly CSV; "" = not written
	Summary      string  // the window CSV; "" = not written
	Bad          string  // the bad rows, CSV file,line,column,error
	Report       string  // the ingest report, the lines examples/research prints
}

// benchmark builds the TEP benchmark the configuration describes, as
// examples/research does: the benchmark states the threshold's ceiling,
// met compares the unrounded percent with the threshold as given.
func (c Config) benchmark() (goal.Benchmark, error) {
	tep, err := rubric.ParseBand[rubric.TEP](c.Band)
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band: %w", err)
	}
	limit, err := rubric.ParseIntensity(fmt.Sprint(c.MaxIntensity))
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-max-intensity: %w", err)
	}
	if !(c.Threshold > 0 && c.Threshold <= 100) {
		return goal.Benchmark{}, fmt.Errorf("-threshold %v: want a percent above 0 and at most 100: %w", c.Threshold, rubric.ErrOutOfRange)
	}
	var focus rubric.ElementSet
	if c.Focus != "" {
		if focus, err = rubric.ParseElementSet(c.Focus); err != nil {
			return goal.Benchmark{}, fmt.Errorf("-focus: %w", err)
		}
	}
	return goal.NewBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep, Support: goal.MustSupportAtMost(limit),
		Threshold: int(math.Ceil(c.Threshold)), Focus: focus})
}

// mustBenchmark is the benchmark of a configuration check has passed.
func (c Config) mustBenchmark() goal.Benchmark {
	b, err := c.benchmark()
	if err != nil {
		panic(fmt.Sprintf("a configuration the driver checked: %v", err)) // the runner fails the pipeline
	}
	return b
}

// outputs returns the configuration's output paths, by flag.
func (c Config) outputs() map[string]string {
	out := map[string]string{"-bad": c.Bad, "-report": c.Report}
	if c.Weekly != "" {
		out["-weekly"] = c.Weekly
	}
	if c.Summary != "" {
		out["-summary"] = c.Summary
	}
	return out
}

// check refuses, before any work, a configuration the workers could not
// run or whose outputs could not all be written: no input, a benchmark
// or date that is none, two outputs naming one file, a local output in
// no folder.
func (c Config) check() error {
	if _, err := c.benchmark(); err != nil {
		return err
	}
	if c.AsOf != "" {
		if _, err := goal.ParseDate(c.AsOf); err != nil {
			return fmt.Errorf("-asof: %w", err)
		}
	}
	switch {
	case c.In == "":
		return errors.New("-in: give a glob of CSV files")
	case c.Bad == "" || c.Report == "":
		return errors.New("-bad and -report: give both files")
	}
	named := map[string]string{}
	for flag, path := range c.outputs() {
		if other, ok := named[path]; ok {
			return fmt.Errorf("%s and %s name the same file %s: give two files", min(flag, other), max(flag, other), path)
		}
		named[path] = flag
		if isURL(path) {
			continue
		}
		if dir, err := os.Stat(filepath.Dir(path)); err != nil || !dir.IsDir() {
			return fmt.Errorf("%s %s: no folder %s", flag, path, filepath.Dir(path))
		}
	}
	return nil
}
