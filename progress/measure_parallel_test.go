package progress

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

var parallelBenchmark = goal.MustBenchmark(goal.Spec{
	Measure:   goal.MeasureTEP,
	TEP:       rubric.MustBand[rubric.TEP](3, 5),
	Support:   goal.SupportAtMost(rubric.IntensityModerate),
	Threshold: 80,
	Focus:     rubric.NewElementSet(rubric.DeEscalation, rubric.Visual),
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
	b.WriteString("student,date,period,minutes,tep,intensity,notes\n")
	line := 2
	var badLines []int
	for i := range 300 {
		note := strings.Repeat("a\n", i%13)
		fmt.Fprintf(&b, "S%d,2027-03-%02d,1,50,%d,2,\"%s\"\n", i%5, 1+i%20, 1+i%5, note)
		line += 1 + strings.Count(note, "\n")
		if i%37 == 0 {
			fmt.Fprintf(&b, "S%d,2027-03-01,1,999,4,2,\n", i%5)
			badLines = append(badLines, line)
			line++
		}
	}
	in := b.String()
	want, wantErr := MeasureCSV(strings.NewReader(in), parallelBenchmark, MeasureOptions{Workers: 1, SkipBadRows: true})
	for _, workers := range []int{2, 5, 16} {
		got, err := MeasureCSV(strings.NewReader(in), parallelBenchmark, MeasureOptions{Workers: workers, SkipBadRows: true})
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
