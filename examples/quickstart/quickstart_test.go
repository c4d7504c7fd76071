package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// runQuickstart runs the program with -out set to a new directory.
func runQuickstart(t *testing.T, args ...string) (stdout, dir string) {
	t.Helper()
	dir = t.TempDir()
	var out, errs bytes.Buffer
	if err := run(append([]string{"-out", dir}, args...), &out, &errs); err != nil {
		t.Fatalf("run(%q) = %v, want nil (stderr %q)", args, err, errs.String())
	}
	return out.String(), dir
}

// TestRunDefault runs the README's main command on the built-in sample and
// checks the key lines of each part of the report and the files.
func TestRunDefault(t *testing.T) {
	out, dir := runQuickstart(t)
	lines := []string{
		`Student S00006, stage 1 (New to the program); "Jordan" is used only in the wording.`,
		"Data: 10080 rated intervals, 8 students × 180 school days from 2026-08-31 (generated, seed 1).",
		"1. With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
		"By the end of the 3rd trimester, Jordan will be rated fair or better for at least 90% of the school day.",
		"2026-11-20    not met 32.1%           at risk 32.1%           at risk 32.1%",
		"2027-02-12    met 81.3%               met 81.3%               on track 81.3%",
		"2027-05-07    met 93.2%               met 93.2%               met 93.2%",
		"== Progress as of 2027-05-07",
		"Benchmark 1: TEP 3–5 with support 4 to 5, 50% of the day, due the end of the 1st trimester (November 20, 2026)",
		"  status     met: 93.2% over the last 10 rated days (April 26 to May 7, 2027); met on December 3, 2026, after its deadline",
		"  status     met: 93.2% over the last 10 rated days (April 26 to May 7, 2027)",
		"  setbacks   56 days so far, 0 in the window; the last on March 1, 2027",
		"Stage advice: The engagement goal's last benchmark is met; move to stage 2 and start lowering the intensity of support.",
		"  benchmark-3.svg  the chart of benchmark 3; open it in a browser",
		dir,
	}
	for _, line := range lines {
		if !containsLine(out, line) {
			t.Errorf("output has no line %q; output:\n%s", line, out)
		}
	}
	for _, re := range []string{
		`(?m)^  trend      [+-][0-9.]+ points a week over 36 weeks \(Theil–Sen; least squares [+-][0-9.]+\); the trend line has been at 90% or more since \w+ \d+, 2027$`,
		`(?m)^  decision   (change the plan|raise the goal|continue the plan) \(four-point rule: .*, trend line: .*, consecutive-days rule: .*\)$`,
		`(?m)^  in words   From April 26 to May 7, 2027, over 10 rated days, Jordan achieved .* for 93.2% of the day; support was at level 2 on average, never above 3: the benchmark of 90% or more is met\.$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output has no line matching %s", re)
		}
	}
	if strings.Contains(readFile(t, dir, "benchmark-1.svg"), "Jordan") {
		t.Error("benchmark-1.svg contains the student's name; charts carry the ID only")
	}
	for _, name := range []string{"benchmark-1.svg", "benchmark-2.svg", "benchmark-3.svg"} {
		checkSVG(t, readFile(t, dir, name))
	}
	if got := strings.Count(readFile(t, dir, "intervals.csv"), "\n"); got != 10081 {
		t.Errorf("intervals.csv has %d lines, want 10081 (header and 10080 rows)", got)
	}
}

// TestRunOnTheDeadlineDay is the acceptance check of the deadline-day
// verdict: as of the end of the 1st trimester, benchmark 1, due that day,
// is not met, and its sentence says the support observed, not the plan's
// "level 4 to 5" restated as achieved.
func TestRunOnTheDeadlineDay(t *testing.T) {
	out, _ := runQuickstart(t, "-asof", "2026-11-20")
	for _, line := range []string{
		"  status     not met: 32.1% over the last 10 rated days (November 5 to November 20, 2026)",
		"  in words   From November 5 to November 20, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 32.1% of the day; support was at level 4.1 on average, never above 5: the benchmark of 50% or more was not met by the end of the 1st trimester (November 20, 2026). 8 of those days went badly.",
	} {
		if !containsLine(out, line) {
			t.Errorf("output has no line %q; output:\n%s", line, out)
		}
	}
	for l := range strings.Lines(out) {
		if strings.HasPrefix(l, "  in words") && (strings.Contains(l, "intensity of support") || strings.Contains(l, "at risk of not being met by the end of the 1st trimester")) {
			t.Errorf("a summary restates the plan or is not final on the deadline day: %s", l)
		}
	}
}

func containsLine(out, line string) bool {
	for l := range strings.Lines(out) {
		if strings.TrimRight(l, " \n") == strings.TrimRight(line, " ") {
			return true
		}
	}
	return false
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkSVG checks that the chart is a well-formed SVG document with a title.
func checkSVG(t *testing.T, svg string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var root string
	titled := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Space + " " + se.Name.Local
			}
			titled = titled || se.Name.Local == "title"
		}
	}
	if root != "http://www.w3.org/2000/svg svg" || !titled {
		t.Errorf("SVG root = %q, titled = %v; want an svg element in the SVG namespace with a title", root, titled)
	}
}

// TestRunFlags checks -student, -asof and -name.
func TestRunFlags(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		lines []string
	}{
		{
			name: "another student, as of the end of the 1st trimester",
			args: []string{"-student", "S00001", "-asof", "2026-11-20", "-name", "Sam"},
			lines: []string{
				`Student S00001, stage 1 (New to the program); "Sam" is used only in the wording.`,
				"== Progress as of 2026-11-20",
				"1. With a level 4 to 5 intensity of support, Sam will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
			},
		},
		{
			name: "as of a date before the school year",
			args: []string{"-asof", "2026-08-01"},
			lines: []string{"  status     not enough data: no rated days on or before August 1, 2026", "  trend      too few weeks for a trend",
				"  in words   As of August 1, 2026, Jordan had no rated days for this benchmark, so it cannot be judged yet."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := runQuickstart(t, tt.args...)
			for _, line := range tt.lines {
				if !containsLine(out, line) {
					t.Errorf("output has no line %q; output:\n%s", line, out)
				}
			}
		})
	}
}

// TestRunErrors checks that bad flags fail with matchable errors.
func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want error
	}{
		{name: "unknown student", args: []string{"-student", "S99999"}, want: assess.ErrUnknownStudent},
		{name: "bad student ID", args: []string{"-student", "S1 "}, want: goal.ErrBadStudentID},
		{name: "bad as-of date", args: []string{"-asof", "2027-13-01"}, want: goal.ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(append([]string{"-out", t.TempDir()}, tt.args...), io.Discard, io.Discard)
			if !errors.Is(err, tt.want) {
				t.Errorf("run(%q) = %v, want an error matching %v", tt.args, err, tt.want)
			}
		})
	}
}

// TestRunNoArguments runs the program exactly as the README does: with no
// arguments it writes into a new temporary directory and says where.
func TestRunNoArguments(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var out bytes.Buffer
	if err := run(nil, &out, io.Discard); err != nil {
		t.Fatalf("run(nil) = %v, want nil", err)
	}
	dirs, err := filepath.Glob(filepath.Join(tmp, "iepgoal-quickstart-*"))
	if err != nil || len(dirs) != 1 {
		t.Fatalf("temporary directories = %q, %v; want one", dirs, err)
	}
	if !containsLine(out.String(), dirs[0]) {
		t.Errorf("output does not name the directory %s:\n%s", dirs[0], out.String())
	}
	checkSVG(t, readFile(t, dirs[0], "benchmark-1.svg"))
}

// englishWords are English words no line of the Spanish run may hold
// (the names of files and commands aside).
var englishWords = regexp.MustCompile(`(?i)\b(the|will|of|and|with|for|support|week|weeks|rated|day|days|goal|benchmark|status|trend)\b`)

// TestRunSpanish runs the README's main command with -lang es: the
// program's headings, the formal and plain wording, the progress report,
// the stage advice and the charts are Spanish, without an English word.
func TestRunSpanish(t *testing.T) {
	out, dir := runQuickstart(t, "-lang", "es")
	for _, line := range []string{
		`Estudiante S00006, etapa 1 (Ingreso al programa); "Jordan" se usa solo en la redacción.`,
		"1. Con una intensidad del apoyo de nivel 4 a 5, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 50\u00a0% o más del día para el final del primer trimestre.",
		"Para el final del tercer trimestre, Jordan obtendrá una calificación aceptable o mejor durante al menos el 90\u00a0% del día escolar.",
		"2026-11-20    no logrado 32.1\u00a0%       en riesgo 32.1\u00a0%        en riesgo 32.1\u00a0%",
		"Recomendación para la etapa: Se logró el punto de referencia final de la meta de compromiso; pase a la etapa 2 y empiece a reducir la intensidad del apoyo.",
	} {
		if !containsLine(out, line) {
			t.Errorf("output has no line %q; output:\n%s", line, out)
		}
	}
	for l := range strings.Lines(out) {
		if strings.Contains(l, dir) || strings.Contains(l, ".svg") {
			continue // a file's name and the command to try
		}
		if w := englishWords.FindString(strings.ReplaceAll(l, "Theil–Sen", "")); w != "" {
			t.Errorf("an English word %q in %q", w, l)
		}
	}
	svg := readFile(t, dir, "benchmark-1.svg")
	if !strings.Contains(svg, "semana") || strings.Contains(svg, "weekly percent") {
		t.Error("the chart is not worded in Spanish")
	}
	checkSVG(t, svg)
}
