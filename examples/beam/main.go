// Command beam runs the research measure of examples/research on Apache
// Beam: the same TEP benchmark over one or many CSV files of rated
// intervals, the same weekly and window CSV files, byte for byte, on any
// Beam runner — Prism, the Go SDK's local runner, by default; Dataflow or
// Flink to go beyond one machine.
//
//	go run . -in 'data/*.csv' -band 3-5 -max-intensity 4 -threshold 90 \
//		[-asof 2027-05-17] -weekly weekly.csv -summary summary.csv \
//		[-bad bad.csv] [-report report.txt] [-runner prism]
//
// Without -weekly and -summary the summary goes to standard output, as
// examples/research writes it. Each file is read whole by one worker with
// the library's reader: its header as the library measures it (a header
// that is not the intervals', a -focus element without its column or an
// empty file fails the run, naming the file), then its rows, so that a
// bad row is reported with its file, line and column: it goes to -bad
// (CSV file,line,column,error, in order of file and line) and is counted
// in the ingest report, never dropped in silence. A repeat of a student,
// date and period is refused as the library's reader refuses it: within a
// file it is a bad row; across files the combine finds it where the
// student's intervals meet, and the run fails naming the repeats and
// writes nothing (the reader's keep-first and keep-last need an order of
// the rows, which a distributed engine does not keep). The intervals are
// keyed by student and combined per student by a CombineFn whose
// accumulator is the library's per-student state (progress.Measurer,
// progress.Summary in its binary encoding between workers); the rows are
// those of the library's research tables (assess.AppendWeeklyCSV,
// assess.AppendWindowCSV), put in student order by a last step. Two
// outputs naming one file, or a local output in no folder, are refused
// before any work; the local outputs are written to temporary files and
// renamed into place once all are written. The ingest report (-report,
// and printed at the end) says what examples/research says of the
// concatenated input: rows read, rated, unrated, rejected, students and
// student-days. Of the research program's flags, -duplicates (only
// refuse here), -effects, -workers (the runner's) and -progress (the
// runner's) have no counterpart; -in - (a pipe) neither, as the workers
// read the files themselves.
//
// On Dataflow: -runner dataflow -project P -region R -staging_location
// gs://B/staging -temp_location gs://B/tmp, with -in, -weekly, -summary,
// -bad and -report on gs:// (each output is one object, which appears
// only when it is written whole). On Flink: -runner flink -endpoint
// localhost:8099 against a Flink job server, with -environment_type
// LOOPBACK for a job server on this machine (else the workers run the
// SDK's container image) and paths every worker can reach. The flags of
// the runners are Beam's (go run . -help). On a runner other than Prism
// every path must be a URL of a file system the workers share, and the
// summary does not come back to standard output.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	c := flags()
	flag.Parse() // an empty -runner is prism (beamx)
	beam.Init()
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))) // the runner's progress is noise here
	if err := run(context.Background(), c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}

// flags declares the program's flags, as examples/research names them.
func flags() *Config {
	c := &Config{}
	flag.StringVar(&c.In, "in", "", "a glob of CSV files of rated intervals (required)")
	flag.StringVar(&c.Band, "band", "3-5", "TEP band an interval's rating must be in, e.g. 3-5")
	flag.IntVar(&c.MaxIntensity, "max-intensity", 4, "highest intensity of support (1–5) under which an interval qualifies")
	flag.StringVar(&c.Focus, "focus", "", "comma-separated therapeutic elements whose recorded intensity must also be at most -max-intensity")
	flag.Float64Var(&c.Threshold, "threshold", 90, "percent (above 0, at most 100; decimals allowed) the window's unrounded percent must reach for met")
	flag.StringVar(&c.AsOf, "asof", "", "window end date YYYY-MM-DD (default: the last date in the data)")
	flag.StringVar(&c.Weekly, "weekly", "", "write the weekly CSV to this file")
	flag.StringVar(&c.Summary, "summary", "", "write the summary CSV to this file (default: standard output when -weekly is not given either)")
	flag.StringVar(&c.Bad, "bad", "bad-rows.csv", "write the bad rows to this CSV file")
	flag.StringVar(&c.Report, "report", "ingest-report.txt", "write the account of every row to this file")
	return c
}

// run builds the pipeline, runs it on the runner of the -runner flag and
// prints the ingest report (and the summary, when no output is named).
// On a runner other than Prism the workers write the outputs on their own
// machines, so every output must be a URL of a shared file system
// (gs://…), and the summary cannot come back to standard output.
func run(ctx context.Context, c *Config, stdout io.Writer) error {
	local := true
	if f := flag.Lookup("runner"); f != nil && !slices.Contains([]string{"", "prism", "PrismRunner", "direct"}, f.Value.String()) {
		local = false
	}
	toStdout := c.Weekly == "" && c.Summary == ""
	if toStdout && local { // as examples/research: the summary on standard output
		dir, err := os.MkdirTemp("", "iepgoal-beam-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		c.Summary = filepath.Join(dir, "summary.csv")
	}
	for _, path := range []*string{&c.In, &c.Weekly, &c.Summary, &c.Bad, &c.Report} {
		if *path == "" || isURL(*path) {
			continue
		}
		if !local {
			return fmt.Errorf("%s: on a runner other than prism the workers write the outputs and read the input: give gs:// paths (or another file system the workers share), and -weekly or -summary", *path)
		}
		abs, err := filepath.Abs(*path) // the workers' working folder need not be ours
		if err != nil {
			return err
		}
		*path = abs
	}
	if err := c.check(); err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, *c)
	if _, err := beamx.RunWithMetrics(ctx, p); err != nil {
		return err
	}
	report, err := readFile(ctx, c.Report)
	if err != nil {
		return err
	}
	if _, err := os.Stderr.Write(report); err != nil {
		return err
	}
	if toStdout {
		summary, err := os.ReadFile(c.Summary)
		if err != nil {
			return err
		}
		_, err = stdout.Write(summary)
		return err
	}
	return nil
}
