package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// TestRun runs the program on the embedded data and checks its key lines.
func TestRun(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		lines []string
	}{
		{
			name: "defaults: S-0042 at the end of the data",
			lines: []string{
				`Student S-0042, stage 4 (Mostly mainstream, intensity at level 1); "Jordan" is used only in the wording.`,
				"1. With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 1st trimester.",
				"== Every benchmark as of 2026-11-20",
				"1.1         met               90%      Working successfully in a group 2–3 with support 1 or less, 75% of opportunities",
				"2.1         not-met           70%      Asking for help when it is needed 2–3 with support 1 or less, 75% of opportunities",
				"Benchmark 1.3: Working successfully in a group 3–4 with support 1 or less, 75% of opportunities, due the end of the 2nd trimester (February 12, 2027)",
				"Benchmark 2.1: Asking for help when it is needed 2–3 with support 1 or less, 75% of opportunities, due the end of the 1st trimester (November 20, 2026)",
				"  status     on track: 70% over the last 10 rated days (November 5 to November 20, 2026)",
				"Goal 1 (working successfully in a group): benchmark 2 is met, work toward benchmark 3 (Working successfully in a group 3–4 with support 1 or less, 75% of opportunities); goal 2 (asking for help when it is needed): benchmark 1 (Asking for help when it is needed 2–3 with support 1 or less, 75% of opportunities) was not met by its deadline, the team reviews it.",
			},
		},
		{
			name: "six weeks in",
			args: []string{"-asof", "2026-10-09", "-name", "Sam"},
			lines: []string{
				"== Every benchmark as of 2026-10-09",
				"1. With a level 1 intensity of support or less, Sam will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 1st trimester.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := run(tt.args, &out, io.Discard); err != nil {
				t.Fatalf("run(%q) = %v, want nil", tt.args, err)
			}
			for _, line := range tt.lines {
				if !strings.Contains(out.String(), "\n"+line+"\n") {
					t.Errorf("output has no line %q; output:\n%s", line, out.String())
				}
			}
		})
	}
}

// TestRunCharts checks that -out writes one chart per goal's current benchmark.
func TestRunCharts(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run([]string{"-out", dir}, &out, io.Discard); err != nil {
		t.Fatalf("run = %v, want nil", err)
	}
	for _, name := range []string{"benchmark-1.3.svg", "benchmark-2.1.svg"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("<svg")) || !strings.Contains(out.String(), filepath.Join(dir, name)) {
			t.Errorf("%s is not an SVG named in the output", name)
		}
	}
}

// TestEmbeddedData checks the embedded CSV: the header the program reads,
// and both of S-0042's skill areas present.
func TestEmbeddedData(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(opportunities)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != "student,date,skill,rating,intensity" {
		t.Errorf("header = %q", got)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		if r[0] == "S-0042" {
			seen[r[2]] = true
		}
	}
	for _, s := range skills {
		if !seen[s] {
			t.Errorf("no opportunities of S-0042 in %q", s)
		}
	}
}

// TestRunErrors checks that bad flags fail with matchable errors.
func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want error
	}{
		{name: "student without data", args: []string{"-student", "S-9999"}, want: assess.ErrUnknownStudent},
		{name: "bad date", args: []string{"-asof", "yesterday"}, want: goal.ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := run(tt.args, io.Discard, io.Discard); !errors.Is(err, tt.want) {
				t.Errorf("run(%q) = %v, want an error matching %v", tt.args, err, tt.want)
			}
		})
	}
}
