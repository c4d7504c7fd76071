package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/iepgoal/iepgoal/examples/internal/walk"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
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
	c := config{student: goal.StudentID(*student), name: *name, out: *out}
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
	measured, err := walk.MeasurePlan(p, opportunities, c.student)
	if err != nil {
		return err
	}
	if c.asOf.IsZero() {
		c.asOf = walk.LastDay(measured)
	}
	assessed, err := walk.AssessAll(measured, c.asOf, progress.AssessOptions{Calendar: calendar})
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "iepgoal softskills: a stage-4 student's soft-skill goals\n\n")
	fmt.Fprintf(stdout, "Student %s, stage %d (%s); %q is used only in the wording.\n", c.student, p.Stage().Number(), p.Stage().Title(), c.name)
	fmt.Fprintf(stdout, "Data: opportunities.csv (embedded), %d bytes.\n\n", len(opportunities))
	set := template.Default()
	if err := walk.Wording(stdout, set, c.name, p); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n== Every benchmark as of %v\n\n", c.asOf)
	walk.Table(stdout, p.Len(), assessed)
	if err := current(stdout, set, c, p, assessed); err != nil {
		return err
	}
	// What the team knows beyond the data: the student spends 80% of the day in the mainstream classroom.
	walk.Advice(stdout, p, assessed, walk.Team{Mainstream: 80})
	return nil
}

// current writes the full report, and with -out the chart, of the
// benchmark each goal works toward now.
func current(w io.Writer, set *template.Set, c config, p goal.Plan, assessed []walk.Assessed) error {
	fmt.Fprintf(w, "\n== The benchmark each goal works toward now\n")
	for _, x := range walk.Current(assessed) {
		if err := walk.Report(w, set, c.name, p.Len(), x); err != nil {
			return err
		}
		if c.out == "" {
			continue
		}
		if err := os.MkdirAll(c.out, 0o755); err != nil {
			return err
		}
		path, err := walk.Chart(c.out, c.student, p.Len(), x)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "  chart      %s\n", path)
	}
	return nil
}
