package main

import (
	"embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// wording is the vendor's own templates: templates/<name>.tmpl replaces
// the library's template <name>.
//
//go:embed templates/*.tmpl
var wording embed.FS

// errRoundTrip reports a plan that did not read back as it was written.
var errRoundTrip = errors.New("the plan read back from JSON differs from the plan written")

// vendorTemplates returns the library's default templates with the
// vendor's replacements. A replacement that refers to a field the data
// does not have fails here, before anything is rendered.
func vendorTemplates() (*template.Set, error) {
	return template.New(template.ReplaceFS(wording, "templates/*.tmpl"))
}

// buildPlan is a stage-3 plan: the standard intensity ladder focused on
// de-escalation and visual support, and a goal for working in a group,
// with review dates, the people responsible and present levels.
func buildPlan() (goal.Plan, error) {
	groupWork, err := rubric.LookupSkillArea(rubric.SkillGroupWork)
	if err != nil {
		return goal.Plan{}, err
	}
	calendar := goal.MustCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, 11, 20), goal.Trimester2: goal.MustDate(2027, 2, 12),
		goal.Trimester3: goal.MustDate(2027, 5, 7), goal.SchoolYear: goal.MustDate(2027, 6, 18),
	})
	goals, err := goal.StandardGoals(goal.StageSkillDeficit, goal.LadderOptions{
		Focus:     rubric.MustElementSet(rubric.DeEscalation, rubric.Visual),
		Skills:    []rubric.SkillArea{groupWork},
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.SchoolYear)},
		Calendar:  calendar,
	})
	if err != nil {
		return goal.Plan{}, err
	}
	for i := range goals {
		goals[i].Review = goal.MustDate(2026, 11, 6)
		goals[i].Responsible = []goal.Role{goal.RoleCaseManager, goal.RoleParaprofessional}
	}
	goals[0].PresentLevel = "Rated fair or better for about 85% of the day with a level 4 intensity of support."
	goals[1].PresentLevel = "Leaves group tasks after a few minutes in most lessons."
	return goal.NewPlan(goal.PlanSpec{Student: "S-0042", Stage: goal.StageSkillDeficit, Goals: goals, Calendar: calendar,
		Period: goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2027, 6, 25))})
}

// roundTrip writes the plan as JSON and reads it back.
func roundTrip(p goal.Plan) ([]byte, goal.Plan, error) {
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, goal.Plan{}, err
	}
	var back goal.Plan
	if err := json.Unmarshal(data, &back); err != nil {
		return nil, goal.Plan{}, err
	}
	if !back.Equal(p) {
		return nil, goal.Plan{}, errRoundTrip
	}
	return data, back, nil
}

// renderings are the plan in the vendor's wording: text, an HTML page
// whose content is the HTML rendering (names and free text escaped), and
// the family-facing version of every benchmark in text.
type renderings struct{ text, html, families string }

func render(set *template.Set, name string, p goal.Plan) (renderings, error) {
	var text, body strings.Builder
	if err := set.Plan(&text, template.Text, name, p); err != nil {
		return renderings{}, err
	}
	if err := set.Plan(&body, template.HTML, name, p); err != nil {
		return renderings{}, err
	}
	var page strings.Builder
	page.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>IEP goals</title></head>\n<body>\n")
	for para := range strings.SplitSeq(body.String(), "\n\n") {
		page.WriteString("<p>" + strings.ReplaceAll(para, "\n", "<br>\n") + "</p>\n")
	}
	page.WriteString("</body>\n</html>\n")
	var families strings.Builder
	for gi, g := range p.Goals() {
		for bi, b := range g.Benchmarks() {
			fmt.Fprintf(&families, "%d.%d ", gi+1, bi+1)
			if err := set.Plain(&families, template.Text, name, b); err != nil {
				return renderings{}, err
			}
			families.WriteString("\n")
		}
	}
	return renderings{text: text.String(), html: page.String(), families: families.String()}, nil
}

// run is the program: flags in args, everything on stdout.
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vendor", flag.ContinueOnError)
	fs.SetOutput(stderr)
	name := fs.String("name", "Jordan", "the student's name, used only in the wording")
	out := fs.String("out", "", "also write plan.json, plan.txt and plan.html to this directory")
	edfi := fs.String("edfi", "", "also write the plan's Ed-Fi goal records and a term's evaluations and CEDS progress records to this directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	set, err := vendorTemplates()
	if err != nil {
		return err
	}
	p, err := buildPlan()
	if err != nil {
		return err
	}
	data, back, err := roundTrip(p)
	if err != nil {
		return err
	}
	r, err := render(set, *name, back)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "== plan.json (%d bytes; read back equal to the plan written)\n\n%s\n", len(data), data)
	fmt.Fprintf(stdout, "\n== SMART review (goal.ReviewPlan)\n\n")
	findings := goal.ReviewPlan(back)
	for _, f := range findings {
		fmt.Fprintln(stdout, f)
	}
	if len(findings) == 0 {
		fmt.Fprintln(stdout, "no findings: every goal is specific, measurable, active, relevant and time-limited")
	}
	fmt.Fprintf(stdout, "\n== Text, in the vendor's wording\n\n%s\n", r.text)
	fmt.Fprintf(stdout, "\n== For families, in the vendor's wording\n\n%s", r.families)
	fmt.Fprintf(stdout, "\n== HTML, in the vendor's wording\n\n%s", r.html)
	if *out != "" {
		if err := writeFiles(*out, map[string][]byte{"plan.json": data, "plan.txt": []byte(r.text + "\n"), "plan.html": []byte(r.html)}); err != nil {
			return err
		}
	}
	if *edfi != "" {
		return writeEdFi(*edfi, set, back)
	}
	return nil
}

func writeFiles(dir string, files map[string][]byte) error {
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
