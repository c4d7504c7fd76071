package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/iepgoal/iepgoal/examples/internal/walk"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/template"
)

// sample is the built-in data: a generated school year of rated intervals
// (7 periods a day, 180 school days from Monday 2026-08-31).
var sample = progress.GenConfig{Seed: 1, Students: 8, Days: 180}

// calendar is the sample school's: three trimesters of twelve weeks.
var calendar = goal.MustCalendar(map[goal.Term]goal.Date{
	goal.Trimester1: goal.MustDate(2026, 11, 20),
	goal.Trimester2: goal.MustDate(2027, 2, 12),
	goal.Trimester3: goal.MustDate(2027, 5, 7),
})

// config is what the flags choose.
type config struct {
	out     string // directory for the files; "" = a new temporary directory
	student goal.StudentID
	name    string    // the name used in the wording, never in the data
	asOf    goal.Date // zero = the last day of the data
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "directory for the charts and the sample data (default: a new temporary directory)")
	student := fs.String("student", "S00006", "opaque ID of the student to report on (S00001…S00008 in the sample)")
	name := fs.String("name", "Jordan", "the student's name, used only in the wording")
	asOf := fs.String("asof", "", "assess as of this date, YYYY-MM-DD (default: the last day of the data)")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	c := config{out: *out, student: goal.StudentID(*student), name: *name}
	if *asOf != "" {
		d, err := goal.ParseDate(*asOf)
		if err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
		c.asOf = d
	}
	return c, nil
}

// run is the program: flags in args, the report on stdout.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	y, err := loadYear(c)
	if err != nil {
		return err
	}
	dir, err := outDir(c.out)
	if err != nil {
		return err
	}
	dataPath := filepath.Join(dir, "intervals.csv")
	if err := os.WriteFile(dataPath, y.data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "iepgoal quickstart: one student's school year\n\n")
	fmt.Fprintf(stdout, "Student %s, stage %d (%s); %q is used only in the wording.\n", c.student, y.plan.Stage().Number(), y.plan.Stage().Title(), c.name)
	fmt.Fprintf(stdout, "Data: %d rated intervals, %d students × %d school days from %v (generated, seed %d).\n\n", y.rows, sample.Students, sample.Days, progress.DefaultGenStart, sample.Seed)
	set := template.Default()
	if err := walk.Wording(stdout, set, c.name, y.plan); err != nil {
		return err
	}
	if err := timeline(stdout, y.plan.Len(), y.measured, y.asOf); err != nil {
		return err
	}
	charts, err := report(stdout, set, c, y, dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n== Files\n\n%s\n", dir)
	fmt.Fprintf(stdout, "  %s  the sample data (try: go run ./examples/research -in %s)\n", filepath.Base(dataPath), dataPath)
	for _, p := range charts {
		fmt.Fprintf(stdout, "  %s  open it in a browser\n", filepath.Base(p))
	}
	return nil
}

// year is the student's year: the plan, the sample data and every
// benchmark measured against it.
type year struct {
	plan     goal.Plan
	data     []byte // the sample as CSV
	rows     int64
	measured []walk.Measured
	asOf     goal.Date // the flag's date, or the last day of the data
}

func loadYear(c config) (year, error) {
	plan, err := samplePlan(c.student)
	if err != nil {
		return year{}, err
	}
	var data bytes.Buffer
	rows, err := progress.WriteGeneratedCSV(&data, sample)
	if err != nil {
		return year{}, err
	}
	measured, err := walk.MeasurePlan(plan, data.Bytes(), c.student)
	if err != nil {
		return year{}, err
	}
	y := year{plan: plan, data: data.Bytes(), rows: rows, measured: measured, asOf: c.asOf}
	if y.asOf.IsZero() {
		y.asOf = walk.LastDay(measured)
	}
	return y, nil
}

// report writes the progress report as of the date, a chart per
// benchmark, and the stage advice; it returns the charts' paths.
func report(w io.Writer, set *template.Set, c config, y year, dir string) ([]string, error) {
	assessed, err := walk.AssessAll(y.measured, y.asOf, options)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "\n== Progress as of %v\n", y.asOf)
	var charts []string
	for _, x := range assessed {
		if err := walk.Report(w, set, c.name, y.plan.Len(), x); err != nil {
			return nil, err
		}
		path, err := walk.Chart(dir, c.student, y.plan.Len(), x)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "  chart      %s\n", path)
		charts = append(charts, path)
	}
	walk.Advice(w, y.plan, assessed, walk.Team{})
	return charts, nil
}

// options are the assessment options: the program's defaults, with the
// school calendar resolving term deadlines.
var options = progress.AssessOptions{Calendar: calendar}

// samplePlan is the standard stage-1 plan with a deadline per trimester,
// for the student's opaque ID.
func samplePlan(id goal.StudentID) (goal.Plan, error) {
	plan, err := goal.StandardPlan(goal.StageNewToProgram, goal.LadderOptions{
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)},
		Calendar:  calendar,
	})
	if err != nil {
		return goal.Plan{}, err
	}
	spec := plan.Spec()
	spec.Student = id
	return goal.NewPlan(spec)
}

// outDir returns dir, created if needed, or a new temporary directory.
func outDir(dir string) (string, error) {
	if dir == "" {
		return os.MkdirTemp("", "iepgoal-quickstart-")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

// timeline writes each benchmark's status at the end of every trimester up
// to asOf, and at asOf: the year as the team would have seen it.
func timeline(w io.Writer, goals int, ms []walk.Measured, asOf goal.Date) error {
	var dates []goal.Date
	for _, t := range []goal.Term{goal.Trimester1, goal.Trimester2, goal.Trimester3} {
		if end, ok := calendar.End(t); ok && end.Before(asOf) {
			dates = append(dates, end)
		}
	}
	dates = append(dates, asOf)
	fmt.Fprintf(w, "\n== Through the year: each benchmark's status and window percent\n\n%-12s", "as of")
	for _, m := range ms {
		fmt.Fprintf(w, "  %-22s", "benchmark "+m.Number(goals))
	}
	fmt.Fprintln(w)
	for _, d := range dates {
		fmt.Fprintf(w, "%-12v", d)
		for _, m := range ms {
			a, err := m.Assess(d, options)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  %-22s", fmt.Sprintf("%v %s", a.Status, a.Window.PercentText()))
		}
		fmt.Fprintln(w)
	}
	return nil
}
