package template

import (
	"fmt"
	"io"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// Names of the consistency report's templates.
const (
	// NameConsistency is how consistently the adults record a student's
	// support, per rater and per class period over a window
	// (assess.ConsistencyOf). Data: [ConsistencyData].
	NameConsistency = "consistency"
	// NameConsistencyGroup is one rater or class period of it. Data:
	// assess.SupportGroup.
	NameConsistencyGroup = "consistency-group"
)

// ConsistencyData is what [NameConsistency] renders: a consistency report
// and the student's name.
type ConsistencyData struct {
	Student     string
	Consistency assess.Consistency
}

func (d ConsistencyData) validate() error {
	if d.Consistency.Benchmark.IsZero() || !d.Consistency.From.IsValid() {
		return fmt.Errorf("%w: Consistency: not made by assess.ConsistencyOf", ErrInvalid)
	}
	return nil
}

// Consistency writes the consistency report c for the student in format f.
func (s *Set) Consistency(w io.Writer, f Format, student string, c assess.Consistency) error {
	return s.Execute(w, f, NameConsistency, ConsistencyData{Student: student, Consistency: c})
}

func init() {
	define(NameConsistency, consistencySamples)
	define(NameConsistencyGroup, func() []assess.SupportGroup {
		var out []assess.SupportGroup
		for _, d := range consistencySamples() {
			out = append(out, d.Consistency.Raters...)
			out = append(out, d.Consistency.Periods...)
		}
		return out
	})
}

// consistencySamples: a week with three raters, one recording support
// two levels higher, and the same week without the rater column.
func consistencySamples() []ConsistencyData {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 80, Focus: rubric.MustElementSet(rubric.DeEscalation)})
	var with, without strings.Builder
	with.WriteString("student,date,period,minutes,tep,intensity,intensity:de-escalation,rater\n")
	without.WriteString("student,date,period,minutes,tep,intensity,intensity:de-escalation\n")
	for d := 14; d <= 18; d++ {
		for _, row := range []string{"1,50,4,3,3,A", "2,50,3,3,3,B", "3,50,4,5,5,C", "4,45,,,,A"} {
			fmt.Fprintf(&with, "S1,2026-09-%d,%s\n", d, row)
			fmt.Fprintf(&without, "S1,2026-09-%d,%s\n", d, row[:strings.LastIndexByte(row, ',')])
		}
	}
	opts := assess.ConsistencyOptions{From: goal.MustDate(2026, 9, 14), To: goal.MustDate(2026, 9, 18)}
	var out []ConsistencyData
	for i, data := range []string{with.String(), without.String()} {
		c, err := assess.ConsistencyOf(progress.ReadRatedIntervals(strings.NewReader(data), progress.ReadOptions{}), b, "S1", opts)
		if err != nil {
			panic(fmt.Sprintf("template: sample consistency: %v", err))
		}
		out = append(out, ConsistencyData{sampleStudents[i], c})
	}
	return out
}
