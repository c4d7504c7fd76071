package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/outfile"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/template"
)

// samplePlan is the built-in plan: the stage-1 engagement ladder, for
// whichever student -student names.
//
//go:embed plan.json
var samplePlan []byte

// sample is the built-in data, the quickstart's school year.
var sample = progress.GenConfig{Seed: 1, Students: 8, Days: 180}

// config is what the flags choose.
type config struct {
	in, plan, out string // "" = the built-in sample, the built-in plan, standard output
	student       goal.StudentID
	name          string
	period        string
	asOf          goal.Date
	codes         string
	format        string
	family        bool
	caseload      bool
	words         *template.Set // the wording set of -lang
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.in, "in", "", "CSV of rated intervals (default: the built-in sample)")
	fs.StringVar(&c.plan, "plan", "", "the plan as JSON (default: the built-in stage-1 plan)")
	student := fs.String("student", "S00006", "opaque ID of the student (S00001…S00008 in the sample)")
	fs.StringVar(&c.name, "name", "Jordan", "the student's name, used only in the wording")
	fs.StringVar(&c.period, "period", "trimester-1", "the reporting period: a term of the plan's calendar, or START..END")
	asOf := fs.String("asof", "", "report as of this date, within the period (default: its last day)")
	fs.StringVar(&c.codes, "codes", "default", "the code set: "+strings.Join(assess.ShippedCodeSets(), ", ")+", or a JSON file")
	fs.StringVar(&c.format, "format", "text", "text, html (a printable page with the charts), json, or csv (with -caseload)")
	fs.BoolVar(&c.family, "family", false, "the family's version, in plain language (text only)")
	fs.BoolVar(&c.caseload, "caseload", false, "roll up every student of the data instead (text, html, or csv: one row per student and benchmark)")
	fs.StringVar(&c.out, "out", "", "write the report to this file (default: standard output)")
	lang := fs.String("lang", "en", "the language of the report: en or es")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var err error
	if c.student, err = goal.ParseStudentID(*student); err != nil {
		return config{}, fmt.Errorf("-student: %w", err)
	}
	if *asOf != "" {
		if c.asOf, err = goal.ParseDate(*asOf); err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
	}
	l, err := template.ParseLanguage(*lang)
	if err != nil {
		return config{}, fmt.Errorf("-lang: %w", err)
	}
	c.words = template.DefaultIn(l)
	formats := []string{"text", "html", "json"}
	if c.caseload {
		formats = []string{"text", "html", "csv"}
	}
	switch {
	case !slices.Contains(formats, c.format):
		return config{}, fmt.Errorf("-format %q: want %s", c.format, strings.Join(formats, ", "))
	case c.family && c.format != "text":
		return config{}, fmt.Errorf("-family is a text for the family: leave -format %s out", c.format)
	case c.family && c.caseload:
		return config{}, fmt.Errorf("-family is one student's: leave -caseload out")
	}
	return c, nil
}

// run is the program: flags in args, the report on stdout or in -out.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	plan, err := readPlan(c.plan)
	if err != nil {
		return err
	}
	period, err := reportPeriod(plan, c.period)
	if err != nil {
		return err
	}
	codes, err := codeSet(c.codes)
	if err != nil {
		return err
	}
	data, err := intervals(c.in)
	if err != nil {
		return err
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(data), nil, progress.MeasureOptions{})
	if err != nil {
		return err
	}
	opts := assess.ReportOptions{Codes: codes, AsOf: c.asOf}
	var out bytes.Buffer
	if c.caseload {
		err = writeCaseload(&out, c.words, plan, measured, period, opts, c.format)
	} else {
		err = writeReport(&out, plan, measured, data, period, opts, c)
	}
	if err != nil {
		return err
	}
	return outfile.Write(c.out, out.Bytes(), stdout)
}

// writeReport writes the student's report in the format c asks for.
func writeReport(out *bytes.Buffer, plan goal.Plan, measured *progress.Summaries, data []byte, period goal.Period, opts assess.ReportOptions, c config) error {
	r, err := assess.Report(plan, measured, c.student, period, opts)
	if err != nil {
		return err
	}
	if err := r.AddIntervals(progress.ReadIntervals(bytes.NewReader(data), progress.ReadOptions{})); err != nil {
		return err
	}
	switch {
	case c.format == "json":
		return c.words.WriteReportJSON(out, r)
	case c.format == "html":
		charts, err := reportCharts(c.words, r)
		if err != nil {
			return err
		}
		return c.words.ReportPage(out, c.name, r, charts)
	case c.family:
		err = c.words.FamilyReport(out, template.Text, c.name, r)
	default:
		err = c.words.Report(out, template.Text, c.name, r)
	}
	out.WriteByte('\n')
	return err
}

// writeCaseload reports every student of the data and writes the
// roll-up in the format asked for.
func writeCaseload(out *bytes.Buffer, words *template.Set, plan goal.Plan, measured *progress.Summaries, period goal.Period, opts assess.ReportOptions, format string) error {
	first := plan.Goals()[0].Benchmarks()[0]
	sum, _ := measured.Summary(first)
	var reports []assess.ProgressReport
	for _, id := range sum.Students() {
		r, err := assess.Report(plan, measured, id, period, opts)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	c, err := assess.CaseloadOf(reports, measured, opts.NoSchool)
	if err != nil {
		return err
	}
	switch format {
	case "csv":
		return c.WriteCSV(out)
	case "html":
		return words.CaseloadPage(out, c)
	}
	err = words.Caseload(out, template.Text, c)
	out.WriteByte('\n')
	return err
}

// reportCharts draws the progress chart of every benchmark of the report
// that is introduced.
func reportCharts(words *template.Set, r assess.ProgressReport) ([][]string, error) {
	charts := make([][]string, len(r.Goals))
	for gi, g := range r.Goals {
		charts[gi] = make([]string, len(g.Benchmarks))
		for bi, b := range g.Benchmarks {
			if b.Standing == assess.StandingNotIntroduced {
				continue
			}
			var svg bytes.Buffer
			if err := chart.Render(&svg, b.Assessment, chart.Options{IDPrefix: fmt.Sprintf("g%db%d-", gi+1, bi+1), Templates: words}); err != nil {
				return nil, err
			}
			charts[gi][bi] = svg.String()
		}
	}
	return charts, nil
}

// readPlan reads the plan from its JSON file, or the built-in plan.
func readPlan(path string) (goal.Plan, error) {
	data := samplePlan
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			return goal.Plan{}, err
		}
	}
	var plan goal.Plan
	if err := json.Unmarshal(data, &plan); err != nil {
		return goal.Plan{}, fmt.Errorf("-plan: %w", err)
	}
	return plan, nil
}

// reportPeriod reads -period: a term of the plan's calendar, or two dates.
func reportPeriod(plan goal.Plan, text string) (goal.Period, error) {
	if start, end, ok := strings.Cut(text, ".."); ok {
		from, err := goal.ParseDate(start)
		if err != nil {
			return goal.Period{}, fmt.Errorf("-period: %w", err)
		}
		to, err := goal.ParseDate(end)
		if err != nil {
			return goal.Period{}, fmt.Errorf("-period: %w", err)
		}
		p, err := goal.NewPeriod(from, to)
		if err != nil {
			return goal.Period{}, fmt.Errorf("-period: %w", err)
		}
		return p, nil
	}
	term, err := goal.ParseTerm(text)
	if err != nil {
		return goal.Period{}, fmt.Errorf("-period: %w", err)
	}
	return assess.TermPeriod(plan, term)
}

// codeSet returns the shipped code set of that name, or reads a JSON file.
func codeSet(name string) (*assess.CodeSet, error) {
	for _, shipped := range assess.ShippedCodeSets() {
		if name == shipped {
			return assess.ShippedCodeSet(name)
		}
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("-codes: %w (want one of %s, or a JSON file)", err, strings.Join(assess.ShippedCodeSets(), ", "))
	}
	set, err := assess.ParseCodeSet(data)
	if err != nil {
		return nil, fmt.Errorf("-codes %s: %w", name, err)
	}
	return set, nil
}

// intervals returns the CSV of intervals: the file's, or the built-in
// sample's. It is read twice: measured, then counted by class period.
func intervals(path string) ([]byte, error) {
	if path != "" {
		return os.ReadFile(path)
	}
	var buf bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&buf, sample); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
