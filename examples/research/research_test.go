package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// edgeRows are appended to generated data: student IDs whose byte order
// is not their numeric order (one needing quotes), ISO week 53 of 2026, a
// quoted period with a comma, a week with no rated minute, an unrated
// interval without a recorded intensity, a focus element above the
// ceiling, and a student whose only day is after the as-of date.
const edgeRows = `S9,2026-12-28,1,50,4,2,,,,
S9,2027-01-01,"a, b",30,5,1,,,,
S9,2027-01-04,1,40,,,,,,
"S,10",2026-09-01,1,45,,,,,,
S10,2026-09-01,2,45,3,3,,,,5
S10,2026-09-02,1,45,2,1,1,1,1,1
a,2027-06-01,1,45,4,1,,,,
`

// writeData writes cfg's generated intervals and extra rows to a file.
func writeData(t testing.TB, cfg progress.GenConfig, extra string) string {
	t.Helper()
	var buf bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&buf, cfg); err != nil {
		t.Fatal(err)
	}
	buf.WriteString(extra)
	path := filepath.Join(t.TempDir(), "intervals.csv")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRunAgainstReference runs the program on generated data and checks
// both outputs against the reference computation.
func TestRunAgainstReference(t *testing.T) {
	tests := []struct {
		name  string
		cfg   progress.GenConfig
		extra string
		flags []string
		query refQuery
	}{
		{
			name:  "the issue's command on a school year with edge rows",
			cfg:   progress.GenConfig{Seed: 3, Students: 12, Days: 180},
			extra: edgeRows,
			flags: []string{"-band", "3-5", "-max-intensity", "4", "-threshold", "90", "-asof", "2027-05-17"},
			query: refQuery{low: 3, high: 5, maxIntensity: 4, threshold: 90, asOf: date(2027, 5, 17)},
		},
		{
			name:  "focus elements and a lower ceiling, mid-year",
			cfg:   progress.GenConfig{Seed: 4, Students: 8, Days: 120},
			extra: edgeRows,
			flags: []string{"-band", "4-5", "-max-intensity", "3", "-focus", "visual,de-escalation", "-threshold", "60", "-asof", "2026-12-31"},
			query: refQuery{low: 4, high: 5, maxIntensity: 3, focus: []string{"visual", "de-escalation"}, threshold: 60, asOf: date(2026, 12, 31)},
		},
		{
			name:  "as of a date before the data: every window empty",
			cfg:   progress.GenConfig{Seed: 5, Students: 3, Days: 20},
			flags: []string{"-asof", "2026-01-01"},
			query: refQuery{low: 3, high: 5, maxIntensity: 4, threshold: 90, asOf: date(2026, 1, 1)},
		},
		{
			name:  "a file large enough to be split across goroutines",
			cfg:   progress.GenConfig{Seed: 6, Students: 130, Days: 180},
			extra: edgeRows,
			flags: []string{"-band", "fair to excellent", "-max-intensity", "2", "-threshold", "75", "-asof", "2027-03-01", "-workers", "2"},
			query: refQuery{low: 3, high: 5, maxIntensity: 2, threshold: 75, asOf: date(2027, 3, 1)},
		},
		{
			name:  "more students than several batches of the output, written in order",
			cfg:   progress.GenConfig{Seed: 8, Students: 3*batchStudents + 17, Days: 12},
			flags: []string{"-asof", "2026-09-20"},
			query: refQuery{low: 3, high: 5, maxIntensity: 4, threshold: 90, asOf: date(2026, 9, 20)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := writeData(t, tt.cfg, tt.extra)
			dir := t.TempDir()
			weekly, summary := filepath.Join(dir, "weekly.csv"), filepath.Join(dir, "summary.csv")
			args := append([]string{"-in", in, "-weekly", weekly, "-summary", summary}, tt.flags...)
			var stdout, stderr bytes.Buffer
			if err := run(args, nil, &stdout, &stderr); err != nil {
				t.Fatalf("run(%q) = %v, want nil", args, err)
			}
			f, err := os.Open(in)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			wantWeekly, wantSummary := reference(t, f, tt.query)
			if diff := cmp.Diff(wantWeekly, readFile(t, weekly)); diff != "" {
				t.Errorf("weekly.csv (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantSummary, readFile(t, summary)); diff != "" {
				t.Errorf("summary.csv (-want +got):\n%s", diff)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout = %q, want nothing when both files are named", stdout.String())
			}
		})
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// TestRunSample runs the program with no flags: the summary of the
// built-in sample, as of its last day, on standard output.
func TestRunSample(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if err := run(nil, nil, &stdout, &stderr); err != nil {
		t.Fatalf("run() = %v, want nil", err)
	}
	var data bytes.Buffer
	rows, err := progress.WriteGeneratedCSV(&data, sample)
	if err != nil {
		t.Fatal(err)
	}
	lastDay := date(2027, 5, 7) // the 180th school day from Monday 2026-08-31
	_, wantSummary := reference(t, &data, refQuery{low: 3, high: 5, maxIntensity: 4, threshold: 90, asOf: lastDay})
	if diff := cmp.Diff(wantSummary, stdout.String()); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	wantLine := regexp.MustCompile(`(?m)^research: read ` + strconv.FormatInt(rows, 10) + ` rows in [0-9.]+s \([0-9.]+ M rows/s\)$`)
	if !wantLine.MatchString(stderr.String()) {
		t.Errorf("stderr = %q, want a line matching %v", stderr.String(), wantLine)
	}
}

// TestRunProgressLines checks that progress lines appear while reading.
func TestRunProgressLines(t *testing.T) {
	in := writeData(t, progress.GenConfig{Seed: 1, Students: 40, Days: 180}, "")
	var stdout, stderr bytes.Buffer
	if err := run([]string{"-in", in, "-progress", "1ns"}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("run = %v, want nil", err)
	}
	if !strings.Contains(stderr.String(), "research: read 50400 rows in ") {
		t.Errorf("stderr = %q, want the final line with 50400 rows", stderr.String())
	}
}

// TestRunErrors checks that bad flags and bad rows fail with errors that
// say what and where.
func TestRunErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.csv")
	data := "student,date,period,minutes,tep,intensity\nS1,2026-09-01,1,50,4,2\nS1,2026-09-02,1,50,9,2\n"
	if err := os.WriteFile(bad, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		want  error
		check func(t *testing.T, err error)
	}{
		{name: "band out of range", args: []string{"-band", "3-7"}, want: rubric.ErrOutOfRange},
		{name: "band upside down", args: []string{"-band", "5-3"}, want: rubric.ErrInvalid},
		{name: "ceiling out of range", args: []string{"-max-intensity", "7"}, want: rubric.ErrOutOfRange},
		{name: "unknown focus element", args: []string{"-focus", "visual,telepathy"}, want: rubric.ErrUnknownLabel},
		{name: "threshold above 100", args: []string{"-threshold", "101"}, want: rubric.ErrOutOfRange},
		{name: "bad as-of date", args: []string{"-asof", "2027-02-30"}, want: goal.ErrBadDate},
		{name: "missing input", args: []string{"-in", filepath.Join(t.TempDir(), "none.csv")}, want: os.ErrNotExist},
		{
			name: "a bad rating names its line and column", args: []string{"-in", bad}, want: progress.ErrBadRow,
			check: func(t *testing.T, err error) {
				var rerr *progress.RowError
				if !errors.As(err, &rerr) || rerr.Line != 3 || rerr.Column != "tep" {
					t.Errorf("error = %v, want a *progress.RowError at line 3, column tep", err)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(tt.args, nil, &stdout, &stderr)
			if !errors.Is(err, tt.want) {
				t.Fatalf("run(%q) = %v, want an error matching %v", tt.args, err, tt.want)
			}
			if tt.check != nil {
				tt.check(t, err)
			}
		})
	}
}

// A standard output that cannot be written fails the run with its error,
// said once.
func TestRunStdoutFails(t *testing.T) {
	broken := errors.New("broken pipe")
	err := run(nil, nil, failingWriter{broken}, io.Discard)
	if !errors.Is(err, broken) || err.Error() != broken.Error() {
		t.Errorf("run = %q, want %q once", err, broken)
	}
}

// failingWriter fails every write with its error.
type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }
