package walk

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// ErrUnknownStudent reports that a student has no observations in the data.
var ErrUnknownStudent = errors.New("student not in the data")

// Measured is one benchmark of a plan with one student's days measured
// against it.
type Measured struct {
	Ref       goal.BenchmarkRef // where the benchmark sits in the plan, from 0
	Benchmark goal.Benchmark
	Days      []progress.DayTally // the student's days, sorted by date
}

// Number returns the benchmark's number as written on the form: "1.2" for
// the second benchmark of the first goal, or "2" when the plan has one goal.
func (m Measured) Number(goals int) string {
	if goals == 1 {
		return fmt.Sprint(m.Ref.Benchmark + 1)
	}
	return fmt.Sprintf("%d.%d", m.Ref.Goal+1, m.Ref.Benchmark+1)
}

// Assess assesses the measured days as of asOf (see [progress.Assess]).
func (m Measured) Assess(asOf goal.Date, opts progress.AssessOptions) (progress.Assessment, error) {
	return progress.Assess(m.Benchmark, m.Days, asOf, opts)
}

// MeasurePlan measures every benchmark of plan against data, a CSV of
// intervals (TEP benchmarks) or opportunities (soft-skill benchmarks) as
// package progress reads it, and keeps the days of student id. Each
// benchmark is one pass over the data. It fails with [ErrUnknownStudent]
// when a benchmark finds no days for the student.
func MeasurePlan(plan goal.Plan, data []byte, id goal.StudentID) ([]Measured, error) {
	var out []Measured
	for gi, g := range plan.Goals() {
		for bi, b := range g.Benchmarks() {
			sum, err := progress.MeasureCSV(bytes.NewReader(data), b, progress.MeasureOptions{})
			if err != nil {
				return nil, err
			}
			days := sum.Days(id)
			if len(days) == 0 {
				return nil, fmt.Errorf("walk: student %q (the data has %d students, e.g. %q): %w", id, sum.Len(), firstStudent(sum), ErrUnknownStudent)
			}
			out = append(out, Measured{Ref: goal.BenchmarkRef{Goal: gi, Benchmark: bi}, Benchmark: b, Days: days})
		}
	}
	return out, nil
}

func firstStudent(s *progress.Summary) goal.StudentID {
	if ids := s.Students(); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// LastDay returns the last day with any observation among the measured
// benchmarks: the natural "as of" date of a data set, chosen from the data
// rather than from the clock.
func LastDay(ms []Measured) goal.Date {
	var last goal.Date
	for _, m := range ms {
		if n := len(m.Days); n > 0 && m.Days[n-1].Date.After(last) {
			last = m.Days[n-1].Date
		}
	}
	return last
}
