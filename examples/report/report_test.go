package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

func TestRunText(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-codes", "selpa", "-asof", "2026-10-30"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Progress report for Jordan: August 31 to November 20, 2026, as of October 30, 2026",
		"Codes: a California SELPA form's progress codes", "Benchmark 1:", "likelihood", "Data completeness:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report does not say %q:\n%s", want, out.String())
		}
	}
}

func TestRunFamily(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-family", "-name", "Sam", "-period", "trimester-2"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "How Sam is doing at school: November 21, 2026 to February 12, 2027") ||
		!strings.Contains(out.String(), "Is it enough?") {
		t.Errorf("the family's report:\n%s", out.String())
	}
	if err := run([]string{"-family", "-format", "json"}, io.Discard, io.Discard); err == nil {
		t.Error("-family with -format json: no error")
	}
}

// TestRunHTML: the page holds the chart of each benchmark introduced, with
// distinct ids, and reads as one well-formed document.
func TestRunHTML(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-format", "html", "-period", "trimester-2"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(out.Bytes()))
	svgs, ids := 0, map[string]bool{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the page is not well formed: %v", err)
		}
		if s, ok := tok.(xml.StartElement); ok {
			if s.Name.Local == "svg" {
				svgs++
			}
			for _, a := range s.Attr {
				if a.Name.Local == "id" {
					if ids[a.Value] {
						t.Errorf("id %q twice", a.Value)
					}
					ids[a.Value] = true
				}
			}
		}
	}
	if svgs != 3 {
		t.Errorf("%d charts in the page of trimester 2, want 3 (every benchmark is introduced by then)", svgs)
	}
}

// TestRunCaseload: every student of the sample, as text, CSV (which
// reads back through encoding/csv: 8 students × 3 benchmarks) and a page.
func TestRunCaseload(t *testing.T) {
	var text, table, page bytes.Buffer
	if err := run([]string{"-caseload"}, &text, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text.String(), "Caseload: 8 students, August 31 to November 20, 2026") {
		t.Errorf("the roll-up:\n%s", text.String())
	}
	if err := run([]string{"-caseload", "-format", "csv"}, &table, io.Discard); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&table).ReadAll()
	if err != nil || len(rows) != 1+8*3 || rows[0][0] != "student" {
		t.Errorf("CSV: %v, %d rows", err, len(rows))
	}
	if err := run([]string{"-caseload", "-format", "html"}, &page, io.Discard); err != nil {
		t.Fatal(err)
	}
	testcheck.WellFormedXML(t, page.Bytes())
	for _, args := range [][]string{{"-caseload", "-format", "json"}, {"-caseload", "-family"}} {
		if err := run(args, io.Discard, io.Discard); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
}

// TestRunJSON: the JSON is the library's document, for the student named
// by ID, with each shipped code set.
func TestRunJSON(t *testing.T) {
	for _, codes := range assess.ShippedCodeSets() {
		var out bytes.Buffer
		if err := run([]string{"-format", "json", "-codes", codes, "-student", "S00002", "-period", "trimester-2"}, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		var doc template.ReportDocument
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Student != "S00002" || doc.Codes != codes || len(doc.Goals) != 1 || len(doc.Goals[0].Benchmarks) != 3 {
			t.Errorf("%s: document for %q with codes %q, %d goals", codes, doc.Student, doc.Codes, len(doc.Goals))
		}
		if strings.Contains(out.String(), "Jordan") {
			t.Errorf("%s: the JSON names the student", codes)
		}
	}
}

// TestRunFiles: a district's own code set from a file, dates for the
// period, and -out written whole.
func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	set, _ := assess.ShippedCodeSet("md")
	set.Name = "district"
	data, _ := json.Marshal(set)
	codes := filepath.Join(dir, "codes.json")
	if err := os.WriteFile(codes, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report.json")
	if err := run([]string{"-codes", codes, "-period", "2026-09-01..2026-10-16", "-format", "json", "-out", out}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil || !bytes.Contains(got, []byte(`"codes": "district"`)) || !bytes.Contains(got, []byte(`"end": "2026-10-16"`)) {
		t.Errorf("-out wrote %q, %v", got, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d files, want the code set and the report (no temporary file left)", len(entries))
	}
}

func TestRunErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-period", "quarter-9"}, "-period"},
		{[]string{"-period", "2026-10-01..2026-09-01"}, "-period"},
		{[]string{"-codes", "texas"}, "-codes"},
		{[]string{"-format", "pdf"}, "-format"},
		{[]string{"-student", "S99999"}, "student"},
		{[]string{"-asof", "2027-01-04"}, "AsOf"},
		{[]string{"-in", "missing.csv"}, "missing.csv"},
	} {
		var out bytes.Buffer
		err := run(tt.args, &out, io.Discard)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("run(%q) = %v, want an error about %s", tt.args, err, tt.want)
		}
		if out.Len() != 0 {
			t.Errorf("run(%q) wrote %d bytes on error", tt.args, out.Len())
		}
	}
}

// TestRunSpanish: -lang es words the team's report, the family's, the
// page (lang="es", charts included) and the caseload in Spanish, with the
// code set's Spanish labels, and no English word.
func TestRunSpanish(t *testing.T) {
	english := regexp.MustCompile(`(?i)\b(the|will|of|and|with|for|week|weeks|rated|goal|benchmark|report|progress|support|codes)\b`)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-codes", "selpa"}, "    código        2: progreso parcial (del 1 al 49\u00a0% de la meta)"},
		{[]string{"-family", "-name", "José"}, "Cómo va José en la escuela: del 31 de agosto al 20 de noviembre de 2026"},
		{[]string{"-caseload"}, "Carga de casos: 8 estudiantes, del 31 de agosto al 20 de noviembre de 2026"},
		{[]string{"-format", "html", "-period", "trimester-2"}, `<html lang="es">`},
	} {
		var out bytes.Buffer
		if err := run(append([]string{"-lang", "es"}, tt.args...), &out, io.Discard); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("%v: no %q in:\n%s", tt.args, tt.want, out.String())
		}
		text := regexp.MustCompile(`(?s)<style.*?</style>|<[^>]*>`).ReplaceAllString(out.String(), " ")
		for l := range strings.Lines(text) {
			// Codes are data (not-met, revise-goal), and so is Theil–Sen's name.
			l = regexp.MustCompile(`\b[a-z]+(-[a-z]+)+\b|Theil–Sen`).ReplaceAllString(l, "")
			if w := english.FindString(l); w != "" {
				t.Errorf("%v: an English word %q in %q", tt.args, w, l)
			}
		}
	}
	if err := run([]string{"-lang", "fr"}, io.Discard, io.Discard); err == nil {
		t.Error("-lang fr: no error")
	}
}
