package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
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
	"github.com/iepgoal/iepgoal/template"
)

// planJSON is the student's plan as a vendor stores it: the stage-1
// engagement ladder, one benchmark per trimester, with the plan's period
// and school calendar.
//
//go:embed plan.json
var planJSON []byte

// sample is the built-in data: a generated school year of rated intervals
// (7 periods a day, 180 school days from Monday 2026-08-31).
var sample = progress.GenConfig{Seed: 1, Students: 8, Days: 180}

// config is what the flags choose.
type config struct {
	out     string // directory for the files; "" = a new temporary directory
	student goal.StudentID
	name    string    // the name used in the wording, never in the data
	asOf    goal.Date // zero = the last day of the data
	lang    template.Language
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "directory for the charts and the sample data (default: a new temporary directory)")
	student := fs.String("student", "S00006", "opaque ID of the student to report on (S00001…S00008 in the sample)")
	name := fs.String("name", "Jordan", "the student's name, used only in the wording")
	asOf := fs.String("asof", "", "assess as of this date, YYYY-MM-DD (default: the last day of the data)")
	lang := fs.String("lang", "en", "the language of the wording: en or es")
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
	c := config{out: *out, student: id, name: *name}
	if c.lang, err = template.ParseLanguage(*lang); err != nil {
		return config{}, fmt.Errorf("-lang: %w", err)
	}
	if *asOf != "" {
		if c.asOf, err = goal.ParseDate(*asOf); err != nil {
			return config{}, fmt.Errorf("-asof: %w", err)
		}
	}
	return c, nil
}

// run is the program: flags in args, the report on stdout.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	plan, err := studentPlan(c.student, c.lang)
	if err != nil {
		return err
	}
	var data bytes.Buffer
	rows, err := progress.WriteGeneratedCSV(&data, sample)
	if err != nil {
		return err
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(data.Bytes()), nil, progress.MeasureOptions{})
	if err != nil {
		return err
	}
	if c.asOf.IsZero() {
		c.asOf = measured.LastDate()
	}
	pa, err := assess.Plan(plan, measured, "", c.asOf, assess.PlanOptions{})
	if err != nil {
		return err
	}
	dir, err := outDir(c.out)
	if err != nil {
		return err
	}
	words := template.DefaultIn(c.lang)
	f := frames[words.Language()]
	fmt.Fprint(stdout, f.title+"\n\n")
	fmt.Fprintf(stdout, f.student+"\n", c.student, plan.Stage().Number(), words.StageTitle(plan.Stage()), c.name)
	fmt.Fprintf(stdout, f.data+"\n", rows, sample.Students, sample.Days, progress.DefaultGenStart, sample.Seed)
	if err := wording(stdout, words, f, c.name, plan); err != nil {
		return err
	}
	if err := timeline(stdout, words, f, plan, measured, c.asOf); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n"+f.progress+"\n\n", c.asOf)
	if err := words.PlanProgress(stdout, template.Text, c.name, pa); err != nil {
		return err
	}
	return files(stdout, words, f, dir, data.Bytes(), pa)
}

// studentPlan reads the embedded plan and gives it to the student. The
// plan's present level is free text the team writes in its own language:
// in Spanish, the team's Spanish version of it.
func studentPlan(id goal.StudentID, lang template.Language) (goal.Plan, error) {
	var plan goal.Plan
	if err := json.Unmarshal(planJSON, &plan); err != nil {
		return goal.Plan{}, fmt.Errorf("plan.json: %w", err)
	}
	spec := plan.Spec()
	spec.Student = id
	if lang == template.Spanish {
		spec.Goals[0].PresentLevel = "Una calificación aceptable o mejor durante cerca de una cuarta parte del día, con apoyo alto o extremo."
	}
	return goal.NewPlan(spec)
}

// wording writes the plan in its formal wording, then every benchmark in
// plain language. The name enters here, at rendering, and nowhere in the
// data.
func wording(w io.Writer, words *template.Set, f frame, name string, plan goal.Plan) error {
	fmt.Fprint(w, "\n"+f.formal+"\n\n")
	if err := words.Plan(w, template.Text, name, plan); err != nil {
		return err
	}
	fmt.Fprint(w, "\n\n"+f.plain+"\n")
	for gi, g := range plan.Goals() {
		for bi, b := range g.Benchmarks() {
			fmt.Fprintf(w, "\n"+f.benchmark+":\n", template.BenchmarkNumber(plan, gi, bi))
			if err := words.Plain(w, template.Text, name, b); err != nil {
				return err
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

// timeline writes each benchmark's status and window percent at the end
// of every term of the plan's calendar up to asOf, and at asOf: the year
// as the team would have seen it.
func timeline(w io.Writer, words *template.Set, f frame, plan goal.Plan, measured *progress.Summaries, asOf goal.Date) error {
	var dates []goal.Date
	for _, t := range goal.Terms() {
		if end, ok := plan.Calendar().End(t); ok && end.Before(asOf) {
			dates = append(dates, end)
		}
	}
	dates = append(dates, asOf)
	fmt.Fprintf(w, "\n"+f.timeline+"\n\n%-12s", f.asOf)
	for gi, g := range plan.Goals() {
		for bi := range g.Len() {
			fmt.Fprintf(w, "  %-22s", fmt.Sprintf(f.column, template.BenchmarkNumber(plan, gi, bi)))
		}
	}
	for _, d := range dates {
		pa, err := assess.Plan(plan, measured, "", d, assess.PlanOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n%-12v", d)
		for _, g := range pa.Goals {
			for _, a := range g.Benchmarks {
				var status strings.Builder
				if err := words.Execute(&status, template.Text, template.NameStatus, a.Status); err != nil {
					return err
				}
				fmt.Fprintf(w, "  %-22s", status.String()+" "+words.PercentOf(a.Window.Tally))
			}
		}
	}
	fmt.Fprintln(w)
	return nil
}

// files writes the sample data and a chart of every benchmark to dir, and
// lists them. The charts name the student by ID, never by name.
func files(w io.Writer, words *template.Set, f frame, dir string, data []byte, pa assess.PlanAssessment) error {
	dataPath := filepath.Join(dir, "intervals.csv")
	if err := os.WriteFile(dataPath, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n\n"+f.files+"\n\n%s\n", dir)
	fmt.Fprintf(w, "  %s  "+f.dataFile+"\n", filepath.Base(dataPath), dataPath)
	for gi, g := range pa.Goals {
		for bi, a := range g.Benchmarks {
			var svg strings.Builder
			if err := chart.Render(&svg, a, chart.Options{Student: string(pa.Student), Templates: words}); err != nil {
				return err
			}
			name := "benchmark-" + template.BenchmarkNumber(pa.Plan, gi, bi) + ".svg"
			if err := os.WriteFile(filepath.Join(dir, name), []byte(svg.String()), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(w, "  %s  "+f.chartFile+"\n", name, template.BenchmarkNumber(pa.Plan, gi, bi))
		}
	}
	return nil
}

// outDir returns dir, created if needed, or a new temporary directory.
func outDir(dir string) (string, error) {
	if dir == "" {
		return os.MkdirTemp("", "iepgoal-quickstart-")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

// frame is the program's own lines around the library's wording, in the
// language of the wording (the library's words come from its templates).
type frame struct {
	title, student, data, formal, plain, benchmark, timeline, asOf, column, progress, files, dataFile, chartFile string
}

var frames = map[template.Language]frame{
	template.English: {
		title:     "iepgoal quickstart: one student's school year",
		student:   "Student %s, stage %d (%s); %q is used only in the wording.",
		data:      "Data: %d rated intervals, %d students × %d school days from %v (generated, seed %d).",
		formal:    "== The plan, in the program's formal wording",
		plain:     "== The same benchmarks in plain language, for paraprofessionals and families",
		benchmark: "Benchmark %s",
		timeline:  "== Through the year: each benchmark's status and window percent",
		asOf:      "as of",
		column:    "benchmark %s",
		progress:  "== Progress as of %v",
		files:     "== Files",
		dataFile:  "the sample data (try: go run ./examples/research -in %s)",
		chartFile: "the chart of benchmark %s; open it in a browser",
	},
	template.Spanish: {
		title:     "iepgoal, inicio rápido: un año escolar de principio a fin",
		student:   "Estudiante %s, etapa %d (%s); %q se usa solo en la redacción.",
		data:      "Datos: %d intervalos calificados, %d estudiantes × %d días escolares desde el %v (generados, semilla %d).",
		formal:    "== El plan, en la redacción formal del programa",
		plain:     "== Los mismos puntos de referencia en lenguaje sencillo, para paraprofesionales y familias",
		benchmark: "Punto de referencia %s",
		timeline:  "== A lo largo del año: el estado y el porcentaje de la ventana de cada punto de referencia",
		asOf:      "al",
		column:    "punto de referencia %s",
		progress:  "== Progreso al %v",
		files:     "== Archivos",
		dataFile:  "los datos de muestra (pruebe: go run ./examples/research -in %s)",
		chartFile: "la gráfica del punto de referencia %s; ábrala en un navegador",
	},
}
