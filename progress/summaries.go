package progress

import (
	"errors"
	"fmt"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
)

// Summaries holds the summaries of several benchmarks measured together,
// one [Summary] per distinct benchmark: what [MeasureAll] and
// [MeasurePlan] return after reading the data once for all of them. A
// student's days for one benchmark are [Summaries.Days].
//
// The zero value is empty and ready to use. Summaries is not safe for
// concurrent mutation; concurrent reads are safe.
type Summaries struct {
	benchmarks []goal.Benchmark
	sums       []*Summary
}

// ErrNotMeasured reports a benchmark asked for in [Summaries] that was not
// measured there.
var ErrNotMeasured = errors.New("benchmark not measured")

// ErrMixedMeasures reports benchmarks of both measures given to one
// reading: TEP benchmarks are measured over intervals, soft-skill ones over
// opportunities, and one input holds one kind.
var ErrMixedMeasures = errors.New("TEP and soft-skill benchmarks read from one input")

// Benchmarks returns the distinct benchmarks measured, in the order first
// given.
func (s *Summaries) Benchmarks() []goal.Benchmark { return slices.Clone(s.benchmarks) }

// Summary returns the summary of benchmark b, and false when b was not
// measured.
func (s *Summaries) Summary(b goal.Benchmark) (*Summary, bool) {
	i := slices.Index(s.benchmarks, b)
	if i < 0 {
		return nil, false
	}
	return s.sums[i], true
}

// Days returns student id's days for benchmark b, as [Summary.Days] does
// (nil when the student has none), or an error wrapping [ErrNotMeasured]
// when b was not measured.
func (s *Summaries) Days(b goal.Benchmark, id goal.StudentID) ([]DayTally, error) {
	sum, ok := s.Summary(b)
	if !ok {
		return nil, fmt.Errorf("progress: %w", ErrNotMeasured)
	}
	return sum.Days(id), nil
}

// Has reports whether any summary holds a day of student id.
func (s *Summaries) Has(id goal.StudentID) bool {
	for _, sum := range s.sums {
		if _, ok := sum.lookup(id); ok {
			return true
		}
	}
	return false
}

// LastDate returns the latest day in any of the summaries
// ([Summary.LastDate]).
func (s *Summaries) LastDate() goal.Date {
	var last goal.Date
	for _, sum := range s.sums {
		if d := sum.LastDate(); d.After(last) {
			last = d
		}
	}
	return last
}

// Add puts the summary of benchmark b in, merging it into the one already
// there for b ([Summary.Merge]).
func (s *Summaries) Add(b goal.Benchmark, sum *Summary) {
	if mine, ok := s.Summary(b); ok {
		mine.Merge(sum)
		return
	}
	s.benchmarks = append(s.benchmarks, b)
	s.sums = append(s.sums, sum)
}

// Merge adds every summary of t into s ([Summaries.Add]); t is not changed.
func (s *Summaries) Merge(t *Summaries) {
	for i, b := range t.benchmarks {
		c := &Summary{}
		c.Merge(t.sums[i])
		s.Add(b, c)
	}
}

// distinct returns the benchmarks without repeats, in order, and checks
// that they can be read from one input: not zero, one measure.
func distinct(bs []goal.Benchmark) ([]goal.Benchmark, error) {
	var out []goal.Benchmark
	for _, b := range bs {
		switch {
		case b.IsZero():
			return nil, fmt.Errorf("progress: measuring the zero benchmark: %w", goal.ErrInvalid)
		case len(out) > 0 && b.Measure() != out[0].Measure():
			return nil, fmt.Errorf("progress: %w", ErrMixedMeasures)
		case !slices.Contains(out, b):
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("progress: no benchmark to measure: %w", goal.ErrInvalid)
	}
	return out, nil
}

// studentDays returns how many students, and student-days, any summary
// holds.
func (s *Summaries) studentDays() (students, days int) {
	type day struct {
		id   goal.StudentID
		date goal.Date
	}
	ids := map[goal.StudentID]bool{}
	dates := map[day]bool{}
	for _, sum := range s.sums {
		for i := range sum.students {
			sd := &sum.students[i]
			ids[sd.id] = true
			sum.eachDay(sd, func(r *dayRecord) { dates[day{sd.id, r.date()}] = true })
		}
	}
	return len(ids), len(dates)
}
