package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// TestFixtures runs the program on the hand-worked edge cases of the
// research measure (testdata/fixtures: the rows and both expected summary
// sets, worked by hand for the benchmark suite the pandas and DuckDB
// versions of the measure are checked against) and compares the outputs
// byte for byte. Set 2 takes a decimal threshold: the window's unrounded
// 66.6667% (120 of 180 minutes) is met at 66.66666, not at 66.66667.
func TestFixtures(t *testing.T) {
	for _, tc := range []struct {
		name, threshold, asOf, summary string
	}{
		{"set 1", "95", "2027-01-11", "edge_expected_summary.csv"},
		{"set 2", "66.66667", "2026-12-31", "edge_expected_summary_2.csv"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			weekly, summary := filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
			args := []string{"-in", filepath.Join("testdata", "fixtures", "edge.csv"), "-band", "3-5", "-max-intensity", "4",
				"-threshold", tc.threshold, "-asof", tc.asOf, "-weekly", weekly, "-summary", summary}
			if err := run(args, nil, io.Discard, io.Discard); err != nil {
				t.Fatalf("run(%q) = %v", args, err)
			}
			for got, want := range map[string]string{weekly: "edge_expected_weekly.csv", summary: tc.summary} {
				if diff := cmp.Diff(readFile(t, filepath.Join("testdata", "fixtures", want)), readFile(t, got)); diff != "" {
					t.Errorf("%s (-want +got):\n%s", want, diff)
				}
			}
		})
	}
}

// stream hides every method of a reader but Read: a pipe.
type stream struct{ io.Reader }

// TestStandardInput reads "-in -" from a stream that cannot seek, on one
// worker or several, as from a pipe, and gets what the file gives.
func TestStandardInput(t *testing.T) {
	path := writeData(t, progress.GenConfig{Seed: 2, Students: 5, Days: 30}, "")
	data := readFile(t, path)
	var fromFile bytes.Buffer
	if err := run([]string{"-in", path}, nil, &fromFile, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []string{"1", "0"} {
		var out bytes.Buffer
		if err := run([]string{"-in", "-", "-workers", workers}, stream{strings.NewReader(data)}, &out, io.Discard); err != nil {
			t.Fatalf("-in - -workers %s: %v", workers, err)
		}
		if diff := cmp.Diff(fromFile.String(), out.String()); diff != "" {
			t.Errorf("-in - -workers %s (-file +stdin):\n%s", workers, diff)
		}
	}
}

// TestOutputsWholeOrNotAtAll: when one output cannot be written, neither
// is, and no temporary file is left behind; on success only the two
// outputs are in the folder.
func TestOutputsWholeOrNotAtAll(t *testing.T) {
	dir := t.TempDir()
	weekly := filepath.Join(dir, "weekly.csv")
	summary := filepath.Join(dir, "missing", "summary.csv")
	if err := run([]string{"-weekly", weekly, "-summary", summary}, nil, io.Discard, io.Discard); err == nil {
		t.Fatal("run with an unwritable summary succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("after a failed run the folder holds %v, want nothing", entries)
	}
	summary = filepath.Join(dir, "summary.csv")
	if err := run([]string{"-weekly", weekly, "-summary", summary}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"summary.csv", "weekly.csv"}, fileNames(t, dir)); diff != "" {
		t.Errorf("folder after a run (-want +got):\n%s", diff)
	}
}

// TestOutputTargets: what an output names is checked before any work,
// so that a run either writes both outputs or leaves both as they were;
// a symbolic link is written through and a device written in place, as
// os.Create would; and an interrupted run removes its temporary files.
func TestOutputTargets(t *testing.T) {
	dir := t.TempDir()
	path := func(name string) string { return filepath.Join(dir, name) }
	if err := os.WriteFile(path("weekly.csv"), []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"summary.csv/x", "d"} {
		if err := os.MkdirAll(path(sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(path("d"), path("l")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for name, args := range map[string][]string{
		"an output that is a directory":    {"-weekly", path("weekly.csv"), "-summary", path("summary.csv")},
		"an output in no folder":           {"-weekly", path("weekly.csv"), "-summary", path("none/s.csv")},
		"one file through a linked folder": {"-weekly", path("d/x.csv"), "-summary", path("l/x.csv")},
	} {
		if err := run(args, nil, io.Discard, io.Discard); err == nil {
			t.Errorf("%s: the run succeeded", name)
		}
		if got := readFile(t, path("weekly.csv")); got != "old\n" {
			t.Errorf("%s: weekly.csv was replaced: %q", name, got)
		}
		if _, err := os.Stat(path("d/x.csv")); err == nil {
			t.Errorf("%s: d/x.csv was written", name)
		}
	}
	if os.Geteuid() != 0 { // root may write a read-only file, as os.Create would
		if err := os.Chmod(path("weekly.csv"), 0o444); err != nil {
			t.Fatal(err)
		}
		if err := run([]string{"-weekly", path("weekly.csv"), "-summary", path("d/s.csv")}, nil, io.Discard, io.Discard); err == nil {
			t.Error("a read-only output was replaced")
		}
		os.Chmod(path("weekly.csv"), 0o644)
	}
	// Through a link to a file, and to a device.
	if err := os.Symlink(path("weekly.csv"), path("link.csv")); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-weekly", path("link.csv"), "-summary", os.DevNull}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(path("link.csv")); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if got := readFile(t, path("weekly.csv")); !strings.HasPrefix(got, headers[outWeekly]) {
		t.Errorf("the link's target holds %.40q, want the weekly output", got)
	}
	// An interrupted run's temporary files are removed.
	o, err := planOutput(path("d/new.csv"))
	if err != nil {
		t.Fatal(err)
	}
	track(o)
	defer release(o)
	if err := o.create(); err != nil {
		t.Fatal(err)
	}
	pending.Lock()
	discardPendingLocked()
	pending.Unlock()
	if entries, _ := os.ReadDir(path("d")); len(entries) != 0 {
		t.Errorf("after an interruption the folder holds %v", entries)
	}
}

// TestOutputsBothOrNeither: when the second rename fails at the end of a
// run (its target became a folder meanwhile), the first output is put
// back as it was, and nothing is left beside the outputs.
func TestOutputsBothOrNeither(t *testing.T) {
	dir := t.TempDir()
	weekly, summary := filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
	if err := os.WriteFile(weekly, []byte("old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := parseFlags([]string{"-weekly", weekly, "-summary", summary}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(summary, "x"), 0o755); err != nil { // after the checks
		t.Fatal(err)
	}
	var sum progress.Summary
	sum.AddDay("S1", progress.DayTally{Date: goal.MustDate(2027, 3, 1), Tally: progress.Tally{Rated: 50, Qualifying: 40}, Units: 50})
	c.asOf = sum.LastDate()
	if err := writeOutputs(c, &sum, io.Discard); err == nil {
		t.Fatal("writing over a folder succeeded")
	}
	if got := readFile(t, weekly); got != "old\n" {
		t.Errorf("weekly.csv holds %q, want it put back", got)
	}
	if diff := cmp.Diff([]string{"summary.csv", "weekly.csv"}, fileNames(t, dir)); diff != "" {
		t.Errorf("folder after the failed commit (-want +got):\n%s", diff)
	}
}

// TestOutputLinks: a dangling link is written through to the file it
// names, as os.Create would, and one device named twice is one file.
func TestOutputLinks(t *testing.T) {
	dir := t.TempDir()
	link, missing := filepath.Join(dir, "link.csv"), filepath.Join(dir, "missing.csv")
	if err := os.Symlink("missing.csv", link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := run([]string{"-weekly", link, "-summary", filepath.Join(dir, "s.csv")}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
	if got := readFile(t, missing); !strings.HasPrefix(got, headers[outWeekly]) {
		t.Errorf("the file the link names holds %.40q", got)
	}
	if err := run([]string{"-weekly", os.DevNull, "-summary", os.DevNull}, nil, io.Discard, io.Discard); err == nil || !strings.Contains(err.Error(), "same file") {
		t.Errorf("one device for both outputs: %v, want refused", err)
	}
}

// TestOutputMode: an output gets the mode os.Create would give it — a
// new one that of any new file, a replaced one its own — though it is
// written to a temporary file first.
func TestOutputMode(t *testing.T) {
	dir := t.TempDir()
	ref, err := os.Create(filepath.Join(dir, "reference"))
	if err != nil {
		t.Fatal(err)
	}
	ref.Close()
	newMode := fileMode(t, ref.Name())
	weekly, summary := filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
	if err := os.WriteFile(summary, nil, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(summary, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-weekly", weekly, "-summary", summary}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := fileMode(t, weekly); got != newMode {
		t.Errorf("new output: mode %v, want %v (os.Create's)", got, newMode)
	}
	if got := fileMode(t, summary); got != 0o640 {
		t.Errorf("replaced output: mode %v, want the file's own -rw-r-----", got)
	}
}

func fileMode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// TestIntegrityErrors: the ways a run is refused before or while reading,
// each saying what and where.
func TestIntegrityErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const header = "student,date,period,minutes,tep,intensity\n"
	repeated := write("repeated.csv", header+"S1,2026-09-01,1,50,4,2\nS1,2026-09-01,2,50,4,2\nS1,2026-09-01,1,50,3,2\n")
	noIntensity := write("nointensity.csv", header+"S1,2026-09-01,1,50,4,\n")
	out := filepath.Join(dir, "out.csv")
	for _, tc := range []struct {
		name  string
		args  []string
		stdin io.Reader
		want  error
		text  string // a part of the message
	}{
		{"one file for both outputs", []string{"-weekly", out, "-summary", dir + "/./out.csv"}, nil, nil, "name the same file"},
		{"one file for the summary and the effects", []string{"-summary", out, "-effects", out}, nil, nil, "-summary and -effects name the same file"},
		{"too many workers", []string{"-workers", "5000"}, nil, rubric.ErrOutOfRange, "-workers 5000"},
		{"phases of no week", []string{"-min-phase-weeks", "0"}, nil, rubric.ErrOutOfRange, "-min-phase-weeks 0"},
		{"a threshold of 0", []string{"-threshold", "0"}, nil, rubric.ErrOutOfRange, "-threshold 0"},
		{"a repeated row names both lines", []string{"-in", repeated}, nil, progress.ErrDuplicate, `line 4, column "period": row repeats an earlier row's student, date and period: repeats line 2`},
		{"a rated row without its intensity", []string{"-in", noIntensity}, nil, progress.ErrNoIntensity, `line 2, column "intensity"`},
		{"keeping the last repeat needs a file", []string{"-in", "-", "-duplicates", "keep-last"}, stream{strings.NewReader(header)}, progress.ErrNotRereadable, "give a file"},
		{"an unknown duplicate policy", []string{"-duplicates", "sum"}, nil, progress.ErrBadField, "-duplicates"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := run(tc.args, tc.stdin, io.Discard, io.Discard)
			if err == nil || tc.want != nil && !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.text) {
				t.Errorf("run(%q) = %v, want an error matching %v saying %q", tc.args, err, tc.want, tc.text)
			}
		})
	}
}

// TestDuplicatePolicies: keep-first and keep-last count one row of a
// repeated slot — the first or the last — and report the others.
func TestDuplicatePolicies(t *testing.T) {
	const header = "student,date,period,minutes,tep,intensity\n"
	path := filepath.Join(t.TempDir(), "in.csv")
	data := header + "S1,2026-09-01,1,50,4,2\nS1,2026-09-01,1,50,1,2\nS1,2026-09-02,1,50,4,2\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	for policy, want := range map[string]string{
		"keep-first": "S1,2,100,100,100.0000,false\n",
		"keep-last":  "S1,2,100,50,50.0000,false\n",
	} {
		var out, errOut bytes.Buffer
		if err := run([]string{"-in", path, "-duplicates", policy}, nil, &out, &errOut); err != nil {
			t.Fatalf("-duplicates %s: %v", policy, err)
		}
		if got := strings.SplitN(out.String(), "\n", 2)[1]; got != want {
			t.Errorf("-duplicates %s: summary row %q, want %q", policy, got, want)
		}
		if !strings.Contains(errOut.String(), "1 duplicate passed over") {
			t.Errorf("-duplicates %s: stderr %q does not report the duplicate", policy, errOut.String())
		}
	}
}

// TestRowCountCountsRecords: the rows reported are records — a quoted
// field holding a line break is one, blank lines are none.
func TestRowCountCountsRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.csv")
	data := "student,date,period,minutes,tep,intensity,notes\n\nS1,2026-09-01,1,50,4,2,\"a\nb\"\n\n\nS1,2026-09-02,1,50,4,2,\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	if err := run([]string{"-in", path}, nil, io.Discard, &errOut); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`research: read 2 rows in `).MatchString(errOut.String()) {
		t.Errorf("stderr %q, want 2 rows read", errOut.String())
	}
	if want := "research: 2 rated, 0 unrated, 0 rejected, 0 duplicates passed over; 1 student, 2 student-days\n"; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr %q, want the account %q", errOut.String(), want)
	}
}

// fileNames returns the names in the folder, sorted.
func fileNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
