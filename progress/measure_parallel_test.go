package progress

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

var parallelBenchmark = goal.MustBenchmark(goal.Spec{
	Measure:   goal.MeasureTEP,
	TEP:       rubric.MustBand[rubric.TEP](3, 5),
	Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
	Threshold: 80,
	Focus:     rubric.MustElementSet(rubric.DeEscalation, rubric.Visual),
})

// splitSmall makes every input big enough to split for the test.
func splitSmall(t *testing.T) {
	old := parallelMinBytes
	parallelMinBytes = 1
	t.Cleanup(func() { parallelMinBytes = old })
}

func TestMeasureParallelEqualsSequential(t *testing.T) {
	splitSmall(t)
	var buf bytes.Buffer
	if _, err := WriteGeneratedCSV(&buf, GenConfig{Seed: 5, Students: 7, Days: 30}); err != nil {
		t.Fatal(err)
	}
	want, err := MeasureCSV(bytes.NewReader(buf.Bytes()), parallelBenchmark, MeasureOptions{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{2, 3, 8, 64} {
		got, err := MeasureCSV(bytes.NewReader(buf.Bytes()), parallelBenchmark, MeasureOptions{Workers: workers})
		if err != nil {
			t.Fatalf("workers=%d: %v", workers, err)
		}
		if !got.Equal(want) {
			t.Errorf("workers=%d: summary differs from one pass", workers)
		}
	}
}

// TestMeasureParallelQuotedSpan puts long quoted multi-line fields
// everywhere, so that split points fall inside them: the result and the
// error lines must not change.
func TestMeasureParallelQuotedSpan(t *testing.T) {
	splitSmall(t)
	var b strings.Builder
	b.WriteString("student,date,period,minutes,tep,intensity,intensity:de-escalation,intensity:visual,notes\n")
	line := 2
	var badLines []int
	for i := range 300 {
		note := strings.Repeat("a\n", i%13)
		fmt.Fprintf(&b, "S%d,2027-03-%02d,%d,50,%d,2,2,3,\"%s\"\n", i%5, 1+i%20, i, 1+i%5, note)
		line += 1 + strings.Count(note, "\n")
		if i%37 == 0 {
			fmt.Fprintf(&b, "S%d,2027-03-01,x%d,999,4,2,,,\n", i%5, i)
			badLines = append(badLines, line)
			line++
		}
	}
	in := b.String()
	want, wantErr := MeasureCSV(strings.NewReader(in), parallelBenchmark, MeasureOptions{ReadOptions: ReadOptions{SkipBadRows: true}, Workers: 1})
	for _, workers := range []int{2, 5, 16} {
		got, err := MeasureCSV(strings.NewReader(in), parallelBenchmark, MeasureOptions{ReadOptions: ReadOptions{SkipBadRows: true}, Workers: workers})
		if got == nil || !got.Equal(want) {
			t.Errorf("workers=%d: summary differs from one pass", workers)
		}
		var errs RowErrors
		if !errors.As(err, &errs) || !errors.As(wantErr, new(RowErrors)) {
			t.Fatalf("workers=%d: error %v, want RowErrors", workers, err)
		}
		var lines []int
		for _, e := range errs {
			lines = append(lines, e.Line)
		}
		if fmt.Sprint(lines) != fmt.Sprint(badLines) {
			t.Errorf("workers=%d: error lines %v, want %v", workers, lines, badLines)
		}
	}
	// Stop mode reports the first bad row, whichever goroutine found it.
	_, err := MeasureCSV(strings.NewReader(in), parallelBenchmark, MeasureOptions{Workers: 4})
	var rerr *RowError
	if !errors.As(err, &rerr) || rerr.Line != badLines[0] {
		t.Errorf("stop mode: error %v, want line %d", err, badLines[0])
	}
}

func TestAbsorbEqualsMerge(t *testing.T) {
	var parts []*Summary
	for seed := range 3 {
		m := NewMeasurer(parallelBenchmark)
		for iv := range Generate(GenConfig{Seed: uint64(seed % 2), Students: 3 + seed, Days: 5}) {
			if err := m.AddInterval(&iv); err != nil {
				t.Fatal(err)
			}
		}
		parts = append(parts, m.Summary())
	}
	var merged Summary
	for _, p := range parts {
		merged.Merge(p)
	}
	var absorbed Summary
	for _, p := range parts {
		absorbed.absorb(p)
	}
	if !absorbed.Equal(&merged) {
		t.Errorf("absorb differs from Merge")
	}
}

func TestMeasureParallelOpportunities(t *testing.T) {
	splitSmall(t)
	cfg := GenConfig{Seed: 9, Students: 40, Days: 20}
	var buf bytes.Buffer
	w := NewOpportunityWriter(&buf, FormatCSV)
	for o := range GenerateOpportunities(cfg) {
		if err := w.Write(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	b := goal.MustBenchmark(goal.Spec{
		Measure:     goal.MeasureSoftSkill,
		Skill:       rubric.MustSkillArea(rubric.SkillGroupWork, "working successfully in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](2, 3),
		Support:     goal.MustSupportAtMost(rubric.IntensityHigh),
		Threshold:   75,
	})
	m := NewMeasurer(b)
	for o := range GenerateOpportunities(cfg) {
		if err := m.AddOpportunity(&o); err != nil {
			t.Fatal(err)
		}
	}
	if m.Summary().Len() == 0 {
		t.Fatal("no student works on group work: the test measures nothing")
	}
	got, err := MeasureCSV(bytes.NewReader(buf.Bytes()), b, MeasureOptions{Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(m.Summary()) {
		t.Errorf("parallel CSV measurement of opportunities differs from the in-memory one")
	}
}

func TestMeasurePipe(t *testing.T) {
	splitSmall(t)
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Skip("no pipes here:", err)
	}
	var buf bytes.Buffer
	if _, err := WriteGeneratedCSV(&buf, GenConfig{Seed: 2, Students: 3, Days: 10}); err != nil {
		t.Fatal(err)
	}
	go func() {
		pw.Write(buf.Bytes())
		pw.Close()
	}()
	got, err := MeasureCSV(pr, parallelBenchmark, MeasureOptions{Workers: 2})
	pr.Close()
	if err != nil {
		t.Fatalf("MeasureCSV(pipe): %v", err)
	}
	want, _ := MeasureCSV(bytes.NewReader(buf.Bytes()), parallelBenchmark, MeasureOptions{Workers: 1})
	if !got.Equal(want) {
		t.Errorf("measuring from a pipe differs")
	}
}

func TestMeasureFile(t *testing.T) {
	splitSmall(t)
	var buf bytes.Buffer
	if _, err := WriteGeneratedCSV(&buf, GenConfig{Seed: 8, Students: 6, Days: 40}); err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/intervals.csv"
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := MeasureCSV(f, parallelBenchmark, MeasureOptions{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := MeasureCSV(bytes.NewReader(buf.Bytes()), parallelBenchmark, MeasureOptions{Workers: 1})
	if !got.Equal(want) {
		t.Errorf("measuring a file on 2 goroutines differs from one pass")
	}
	if off, _ := f.Seek(0, io.SeekCurrent); off != int64(buf.Len()) {
		t.Errorf("the file was left at offset %d, want its end %d", off, buf.Len())
	}
}

func TestIntervalSize(t *testing.T) {
	if got := unsafe.Sizeof(Interval{}); strconv.IntSize == 64 && got != 56 {
		t.Errorf("an Interval takes %d bytes, want 56 (as its doc says)", got)
	}
}
