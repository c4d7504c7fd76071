package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/iepgoal/iepgoal/progress"
)

// research is the examples/research program, built once for the tests:
// the measure the pipeline must reproduce byte for byte.
var research string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "beam-test-")
	if err != nil {
		panic(err)
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil))) // the runner's log: the tests say what failed
	research = filepath.Join(dir, "research")
	if out, err := exec.Command("go", "build", "-o", research, "github.com/iepgoal/iepgoal/examples/research").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := ptest.MainRetWithDefault(m, "prism")
	os.RemoveAll(dir)
	os.Exit(code)
}

// generated returns the header and rows of a generated year of ratings.
func generated(t *testing.T, students, days int) (string, []string) {
	t.Helper()
	var b bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&b, progress.GenConfig{Seed: 7, Students: students, Days: days}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	return lines[0], lines[1:]
}

func writeCSV(t *testing.T, path, header string, rows []string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(header+"\n"+strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runPipeline runs the pipeline on Prism with c, its outputs in dir.
func runPipeline(t *testing.T, c Config, dir string) error {
	t.Helper()
	c.Weekly, c.Summary = filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
	c.Bad, c.Report = filepath.Join(dir, "bad.csv"), filepath.Join(dir, "report.txt")
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	_, err := prism.Execute(context.Background(), p)
	return err
}

// runResearch runs examples/research on one file with the flags given.
func runResearch(t *testing.T, in, dir string, flags ...string) {
	t.Helper()
	args := append([]string{"-in", in, "-weekly", filepath.Join(dir, "weekly.csv"), "-summary", filepath.Join(dir, "summary.csv")}, flags...)
	if out, err := exec.Command(research, args...).CombinedOutput(); err != nil {
		t.Fatalf("research: %v\n%s", err, out)
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPipelineMatchesResearch: over three files — the first in student
// order, one student's days spread over two files, one day of another
// student split by period across two files, the rest shuffled — the
// pipeline on Prism writes the weekly and summary files of
// examples/research on the concatenated input, byte for byte, with the
// default -asof and with one given; the ingest report counts every row.
func TestPipelineMatchesResearch(t *testing.T) {
	header, rows := generated(t, 12, 60)
	byStudent := func(id string) []string {
		return slices.DeleteFunc(slices.Clone(rows), func(r string) bool { return !strings.HasPrefix(r, id+",") })
	}
	var first, second, third []string
	for _, r := range rows {
		switch id := r[:strings.IndexByte(r, ',')]; {
		case id <= "S00004":
			first = append(first, r) // in student order, as generated
		case id == "S00006":
			// S00006's first day, period 1 in one file and the rest in another.
			if strings.Contains(r, ",2026-08-31,1,") {
				second = append(second, r)
			} else {
				third = append(third, r)
			}
		default:
			second = append(second, r)
		}
	}
	s3 := byStudent("S00003") // S00003's later days move to the third file
	first = slices.DeleteFunc(first, func(r string) bool { return slices.Contains(s3[len(s3)/2:], r) })
	third = append(third, s3[len(s3)/2:]...)
	for i := range second { // not in student order
		j := (i * 7919) % len(second)
		second[i], second[j] = second[j], second[i]
	}
	in := t.TempDir()
	writeCSV(t, filepath.Join(in, "a.csv"), header, first)
	writeCSV(t, filepath.Join(in, "b.csv"), header, second)
	writeCSV(t, filepath.Join(in, "c.csv"), header, third)
	all := append(append(slices.Clone(first), second...), third...)
	concatenated := filepath.Join(t.TempDir(), "all.csv")
	writeCSV(t, concatenated, header, all)

	for _, asOf := range []string{"", "2026-10-16"} {
		want, got := t.TempDir(), t.TempDir()
		flags := []string{}
		if asOf != "" {
			flags = append(flags, "-asof", asOf)
		}
		runResearch(t, concatenated, want, flags...)
		c := Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90, AsOf: asOf}
		if err := runPipeline(t, c, got); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{"weekly.csv", "summary.csv"} {
			if w, g := read(t, filepath.Join(want, f)), read(t, filepath.Join(got, f)); w != g {
				t.Errorf("-asof %q: %s differs from examples/research's (%d and %d bytes)", asOf, f, len(w), len(g))
			}
		}
		if report := read(t, filepath.Join(got, "report.txt")); !strings.Contains(report, "read 5040 rows from 3 files") ||
			!strings.Contains(report, "0 rejected, 0 duplicates passed over; 12 students, 720 student-days") {
			t.Errorf("ingest report:\n%s", report)
		}
		if bad := read(t, filepath.Join(got, "bad.csv")); bad != "file,line,column,error\n" {
			t.Errorf("bad rows:\n%s", bad)
		}
	}
}

// TestPipelineBadRows: bad rows are reported with their file, line and
// column and counted, never dropped; the good rows are measured as the
// library measures them without the bad ones.
func TestPipelineBadRows(t *testing.T) {
	header, rows := generated(t, 3, 10)
	in := t.TempDir()
	bad := slices.Clone(rows)
	bad[4] = strings.Replace(bad[4], ",2026-", ",2026-13-", 1)     // a date that is none (line 6)
	bad[9] = bad[9][:strings.LastIndexByte(bad[9], ',')] + ",x"    // an element's level that is none (line 11)
	bad = append(bad, strings.Replace(rows[0], ",58,", ",58,", 1)) // a repeat of line 2 (line 212)
	writeCSV(t, filepath.Join(in, "bad.csv"), header, bad)
	good := slices.Delete(slices.Clone(rows), 9, 10)
	good = slices.Delete(good, 4, 5)
	want := filepath.Join(t.TempDir(), "good.csv")
	writeCSV(t, want, header, good)
	wantDir, got := t.TempDir(), t.TempDir()
	runResearch(t, want, wantDir)
	if err := runPipeline(t, Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90}, got); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"weekly.csv", "summary.csv"} {
		if read(t, filepath.Join(wantDir, f)) != read(t, filepath.Join(got, f)) {
			t.Errorf("%s differs from examples/research's without the bad rows", f)
		}
	}
	lines := strings.Split(strings.TrimSpace(read(t, filepath.Join(got, "bad.csv"))), "\n")
	if len(lines) != 4 || !strings.Contains(lines[1], "bad.csv,6,date,") || !strings.Contains(lines[2], ",11,intensity:") || !strings.Contains(lines[3], ",212,") {
		t.Errorf("bad rows:\n%s", strings.Join(lines, "\n"))
	}
	report := read(t, filepath.Join(got, "report.txt"))
	if !strings.Contains(report, "read 211 rows from 1 file") || !strings.Contains(report, " 3 rejected,") {
		t.Errorf("ingest report:\n%s", report)
	}
}

// TestPipelineRefusesRepeatsAcrossFiles: a row repeated in another file
// fails the pipeline, naming the student, date and period, and leaves
// the outputs as they were.
func TestPipelineRefusesRepeatsAcrossFiles(t *testing.T) {
	header, rows := generated(t, 2, 5)
	in := t.TempDir()
	writeCSV(t, filepath.Join(in, "a.csv"), header, rows)
	writeCSV(t, filepath.Join(in, "b.csv"), header, rows[:1])
	got := t.TempDir()
	old := filepath.Join(got, "weekly.csv")
	if err := os.WriteFile(old, []byte("an earlier run's\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := runPipeline(t, Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90}, got)
	if err == nil || !strings.Contains(err.Error(), "S00001, 2026-08-31, 1") {
		t.Errorf("a repeat across files: error %v, want one naming S00001, 2026-08-31, 1", err)
	}
	if entries, _ := os.ReadDir(got); len(entries) != 1 || read(t, old) != "an earlier run's\n" {
		t.Errorf("files written after a refusal: %v", entries)
	}
}

// TestPipelineRefusesWhatResearchRefuses: a file whose header is not the
// intervals', an empty file and a -focus element without its column fail
// the pipeline naming the file, as examples/research refuses them — never
// a file's rows dropped with the run called a success.
func TestPipelineRefusesWhatResearchRefuses(t *testing.T) {
	header, rows := generated(t, 2, 5)
	for _, tt := range []struct {
		name, header, focus, want string
		rows                      []string
	}{
		{"a header that is not the intervals'", strings.Replace(header, "minutes", "mins", 1), "", "minutes", rows},
		{"an empty file", "", "", "b.csv", nil},
		{"a focus element without its column", header, "transition", "transition", rows},
	} {
		in := t.TempDir()
		writeCSV(t, filepath.Join(in, "a.csv"), header, rows)
		if tt.header == "" {
			if err := os.WriteFile(filepath.Join(in, "b.csv"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			writeCSV(t, filepath.Join(in, "b.csv"), tt.header, tt.rows)
		}
		err := runPipeline(t, Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90, Focus: tt.focus}, t.TempDir())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
}

// TestPipelineBadRowsOfTwoFiles: the bad rows of every file, in order of
// file and line.
func TestPipelineBadRowsOfTwoFiles(t *testing.T) {
	header, rows := generated(t, 2, 5)
	in := t.TempDir()
	half := len(rows) / 2 // the two files hold the same students on different days
	for name, part := range map[string][]string{"b.csv": rows[:half], "a.csv": rows[half:]} {
		bad := slices.Clone(part)
		for _, i := range []int{2, 6} { // lines 4 and 8
			bad[i] = strings.Replace(bad[i], ",2026-", ",2026-13-", 1)
		}
		writeCSV(t, filepath.Join(in, name), header, bad)
	}
	got := t.TempDir()
	if err := runPipeline(t, Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90}, got); err != nil {
		t.Fatal(err)
	}
	var where []string
	for _, l := range strings.Split(strings.TrimSpace(read(t, filepath.Join(got, "bad.csv"))), "\n")[1:] {
		f := strings.Split(l, ",")
		where = append(where, filepath.Base(f[0])+":"+f[1])
	}
	if want := []string{"a.csv:4", "a.csv:8", "b.csv:4", "b.csv:8"}; !slices.Equal(where, want) {
		t.Errorf("bad rows at %v, want %v", where, want)
	}
}

// TestConfigRefusesOutputsItCouldNotWrite: two outputs naming one file,
// and an output in no folder, are refused before any work.
func TestConfigRefusesOutputsItCouldNotWrite(t *testing.T) {
	dir := t.TempDir()
	base := Config{In: "x", Band: "3-5", MaxIntensity: 4, Threshold: 90, Bad: filepath.Join(dir, "bad.csv"), Report: filepath.Join(dir, "report.txt")}
	same := base
	same.Weekly, same.Summary = filepath.Join(dir, "out.csv"), filepath.Join(dir, "out.csv")
	reportIsBad := base
	reportIsBad.Report = base.Bad
	nowhere := base
	nowhere.Weekly = filepath.Join(dir, "missing", "weekly.csv")
	for _, tt := range []struct {
		c    Config
		want string
	}{{same, "-summary and -weekly name the same file"}, {reportIsBad, "-bad and -report name the same file"}, {nowhere, "no folder"}} {
		if err := tt.c.check(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: error %v, want %q", tt.c, err, tt.want)
		}
	}
}

// TestRunPrintsTheSummary: the program without -weekly and -summary
// prints the summary examples/research prints, and refuses a
// configuration it could not run before building anything.
func TestRunPrintsTheSummary(t *testing.T) {
	header, rows := generated(t, 4, 15)
	in := t.TempDir()
	writeCSV(t, filepath.Join(in, "all.csv"), header, rows)
	want, err := exec.Command(research, "-in", filepath.Join(in, "all.csv")).Output()
	if err != nil {
		t.Fatal(err)
	}
	if err := flag.Set("runner", "prism"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	c := Config{In: filepath.Join(in, "*.csv"), Band: "3-5", MaxIntensity: 4, Threshold: 90,
		Bad: filepath.Join(dir, "bad.csv"), Report: filepath.Join(dir, "report.txt")}
	var got bytes.Buffer
	if err := run(context.Background(), &c, &got); err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("summary on standard output:\n%s\nwant:\n%s", got.String(), want)
	}
	if err := flag.Set("runner", "dataflow"); err != nil {
		t.Fatal(err)
	}
	remote := c
	if err := run(context.Background(), &remote, io.Discard); err == nil || !strings.Contains(err.Error(), "gs://") {
		t.Errorf("local paths on Dataflow: error %v, want one asking for gs:// paths", err)
	}
	if err := flag.Set("runner", "prism"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []Config{{Band: "3-5", MaxIntensity: 4, Threshold: 90, Bad: "b", Report: "r"},
		{In: "x", Band: "6-7", MaxIntensity: 4, Threshold: 90, Bad: "b", Report: "r"},
		{In: "x", Band: "3-5", MaxIntensity: 4, Threshold: 0, Bad: "b", Report: "r"},
		{In: "x", Band: "3-5", MaxIntensity: 4, Threshold: 90, AsOf: "2027-02-30", Bad: "b", Report: "r"}} {
		if err := run(context.Background(), &bad, io.Discard); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}
