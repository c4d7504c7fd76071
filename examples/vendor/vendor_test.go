package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/template"
)

// TestRun runs the program and checks the key lines of each part.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"-name", `Jo & "Al"`}, &out, io.Discard); err != nil {
		t.Fatalf("run = %v, want nil", err)
	}
	lines := []string{
		`  "student": "S-0042",`,
		`          "support": "4-or-less",`,
		"no findings: every goal is specific, measurable, active, relevant and time-limited",
		// the vendor's wording, in text: the name as written
		`1. Jo & "Al" reaches TEP 3–5 for 90% of rated time, with a level 4 intensity of support or less (due the end of the 1st trimester).`,
		`5. Jo & "Al" reaches TEP 3–5 for 90% of rated time, independently (due the end of the school year).`,
		`2.1 What we are working on with Jo & "Al": working successfully in a group, 75 times out of every 100 chances, with high support or less, by the end of the 1st trimester.`,
		// and in HTML: the name escaped
		`1. Jo &amp; &#34;Al&#34; reaches TEP 3–5 for 90% of rated time, with a level 4 intensity of support or less (due the end of the 1st trimester).<br>`,
	}
	for _, line := range lines {
		if !strings.Contains(out.String(), "\n"+line+"\n") {
			t.Errorf("output has no line %q", line)
		}
	}
	if strings.Contains(out.String(), "will achieve between") {
		t.Error("output contains the library's benchmark sentence; the vendor's replaces it")
	}
}

// TestRoundTrip checks that the JSON the program writes reads back to the
// same plan, and that it is the plan's own encoding.
func TestRoundTrip(t *testing.T) {
	p, err := buildPlan()
	if err != nil {
		t.Fatal(err)
	}
	data, back, err := roundTrip(p)
	if err != nil {
		t.Fatalf("roundTrip = %v", err)
	}
	if !back.Equal(p) {
		t.Error("plan read back differs")
	}
	compact, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	if err := json.Compact(&want, compact); err != nil {
		t.Fatal(err)
	}
	if err := json.Compact(&got, data); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), got.String()); diff != "" {
		t.Errorf("JSON (-want +got):\n%s", diff)
	}
	var bad goal.Plan
	if err := json.Unmarshal([]byte(strings.Replace(string(data), `"4-or-less"`, `"9-or-less"`, 1)), &bad); err == nil {
		t.Error("a plan with support 9-or-less read back without error")
	}
}

// TestRunFiles checks the files -out writes.
func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	if err := run([]string{"-out", dir}, io.Discard, io.Discard); err != nil {
		t.Fatalf("run = %v", err)
	}
	for name, want := range map[string]string{"plan.json": `"stage": "skill-deficit"`, "plan.txt": "IEP goals for Jordan", "plan.html": "<!DOCTYPE html>"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s does not contain %q", name, want)
		}
	}
}

// TestVendorTemplatesChecked checks that a replacement referring to a
// field the data lacks is rejected when the set is built, as the vendor's
// own templates are.
func TestVendorTemplatesChecked(t *testing.T) {
	if _, err := vendorTemplates(); err != nil {
		t.Fatalf("vendorTemplates = %v, want nil", err)
	}
	_, err := template.New(template.ReplaceFS(wording, "templates/*.tmpl"), template.Replace(template.NameBenchmark, "{{.Benchmark.Treshold}}"))
	if !errors.Is(err, template.ErrMissingField) {
		t.Errorf("misspelled field: err = %v, want ErrMissingField", err)
	}
}

// TestRunEdFi: -edfi writes a record per benchmark in each of the three
// files, none naming the student, the goal records in the vendor's wording.
func TestRunEdFi(t *testing.T) {
	dir := t.TempDir()
	if err := run([]string{"-edfi", dir, "-name", "Jordan"}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	plan, err := buildPlan()
	if err != nil {
		t.Fatal(err)
	}
	benchmarks := 0
	for _, g := range plan.Goals() {
		benchmarks += g.Len()
	}
	for _, name := range []string{"student-iep-goals.json", "student-program-evaluations.json", "ceds-progress.json"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		var records []map[string]any
		if err := json.Unmarshal(data, &records); err != nil || len(records) != benchmarks {
			t.Errorf("%s: %d records, %v; want %d", name, len(records), err, benchmarks)
		}
		if bytes.Contains(data, []byte("Jordan")) {
			t.Errorf("%s names the student", name)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "schemas", "student-program-evaluation.schema.json")); err != nil {
		t.Errorf("no schema written: %v", err)
	}
	goals, _ := os.ReadFile(filepath.Join(dir, "student-iep-goals.json"))
	if !bytes.Contains(goals, []byte("reaches TEP 3–5 for 90% of rated time")) {
		t.Errorf("the goal records are not in the vendor's wording")
	}
}
