package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// opportunities is the embedded data: twelve weeks of soft-skill
// opportunities (student,date,skill,rating,intensity) for two students
// from Monday 2026-08-31; an empty rating is an unrated opportunity.
//
//go:embed opportunities.csv
var opportunities []byte

// calendar is the school's: three trimesters of twelve weeks.
var calendar = goal.MustCalendar(map[goal.Term]goal.Date{
	goal.Trimester1: goal.MustDate(2026, 11, 20),
	goal.Trimester2: goal.MustDate(2027, 2, 12),
	goal.Trimester3: goal.MustDate(2027, 5, 7),
})

// period is the plan's: the school year.
var period = goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2027, 6, 18))

// skills are the student's two soft-skill areas, from the built-in catalog.
var skills = []string{rubric.SkillGroupWork, rubric.SkillAskingForHelp}

type config struct {
	student goal.StudentID
	name    string
	asOf    goal.Date // zero = the last day of the data
	out     string    // "" = no chart files
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("softskills", flag.ContinueOnError)
	fs.SetOutput(stderr)
	student := fs.String("student", "S-0042", "opaque ID of the student (S-0042 in the data has both skills)")
	name := fs.String("name", "Jordan", "the student's name, used only in the wording")
	asOf := fs.String("asof", "", "assess as of this date, YYYY-MM-DD (default: the last day of the data)")
	out := fs.String("out", "", "write the charts of the benchmarks worked on to this directory")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	id, err := goal.ParseStudentID(*student)
	if err != nil {
		return config{}, fmt.Errorf("-student: %w", err)
	}
	c := config{student: id, name: *name, out: *out}
	if *asOf != "" {
		d, err := goal.ParseDate(*asOf)
		if err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
		c.asOf = d
	}
	return c, nil
}

// plan is the standard stage-4 plan: one soft-skill goal per area, each a
// ladder of six benchmarks with support at level 1 or less.
func plan(id goal.StudentID) (goal.Plan, error) {
	areas := make([]rubric.SkillArea, len(skills))
	for i, s := range skills {
		a, err := rubric.LookupSkillArea(s)
		if err != nil {
			return goal.Plan{}, err
		}
		areas[i] = a
	}
	p, err := goal.StandardPlan(goal.StageMainstream, goal.LadderOptions{
		Skills:    areas,
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)},
		Calendar:  calendar,
		Period:    period,
	})
	if err != nil {
		return goal.Plan{}, err
	}
	spec := p.Spec()
	spec.Student = id
	return goal.NewPlan(spec)
}

// run is the program: flags in args, the report on stdout.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	p, err := plan(c.student)
	if err != nil {
		return err
	}
	measured, err := progress.MeasurePlan([]goal.Plan{p}, nil, bytes.NewReader(opportunities), progress.MeasureOptions{})
	if err != nil {
		return err
	}
	if c.asOf.IsZero() {
		c.asOf = measured.LastDate()
	}
	// What the team knows beyond the data: the student spends 80% of the
	// day in the mainstream classroom.
	pa, err := assess.Plan(p, measured, "", c.asOf, assess.PlanOptions{Mainstream: 80})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "iepgoal softskills: a stage-4 student's soft-skill goals\n\n")
	fmt.Fprintf(stdout, "Student %s, stage %d (%s); %q is used only in the wording.\n", c.student, p.Stage().Number(), p.Stage().Title(), c.name)
	fmt.Fprintf(stdout, "Data: opportunities.csv (embedded), %d bytes.\n\n", len(opportunities))
	words := template.Default()
	if err := words.Plan(stdout, template.Text, c.name, p); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n\n== Every benchmark as of %v\n\n", c.asOf)
	if err := table(stdout, pa); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n== The benchmark each goal works toward now\n")
	for gi, g := range pa.Goals {
		if err := current(stdout, words, c, pa, gi, g); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "\n== Stage advice\n\n")
	if err := words.Advice(stdout, template.Text, c.name, p, pa.Advice); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	return nil
}

// table writes one line per benchmark: its number, status, window percent
// and label.
func table(w io.Writer, pa assess.PlanAssessment) error {
	fmt.Fprintf(w, "%-10s  %-16s  %-7s  %s\n", "benchmark", "status", "window", "label")
	for gi, g := range pa.Goals {
		for bi, a := range g.Benchmarks {
			var label strings.Builder
			if err := template.Default().Label(&label, template.Text, a.Benchmark); err != nil {
				return err
			}
			fmt.Fprintf(w, "%-10s  %-16v  %-7s  %s\n", template.BenchmarkNumber(pa.Plan, gi, bi), a.Status, template.PercentOf(a.Window.Tally), label.String())
		}
	}
	return nil
}

// current writes the team's report, and with -out the chart, of the
// benchmark goal gi works toward now.
func current(w io.Writer, words *template.Set, c config, pa assess.PlanAssessment, gi int, g assess.GoalAssessment) error {
	a, ok := g.CurrentAssessment()
	if !ok {
		return nil
	}
	bi := g.Current
	if bi < 0 {
		bi = len(g.Benchmarks) - 1
	}
	number := template.BenchmarkNumber(pa.Plan, gi, bi)
	fmt.Fprintln(w)
	if err := words.Assessment(w, template.Text, c.name, number, a); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if c.out == "" {
		return nil
	}
	var svg strings.Builder
	if err := chart.Render(&svg, a, chart.Options{Student: string(pa.Student)}); err != nil {
		return err
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		return err
	}
	path := filepath.Join(c.out, "benchmark-"+number+".svg")
	if err := os.WriteFile(path, []byte(svg.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "  chart      %s\n", path)
	return nil
}
