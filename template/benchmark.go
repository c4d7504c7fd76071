package template

import (
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/goal"
)

// Names of the templates for one benchmark. Each default text is in
// templates/<name>.tmpl; [Replace] and [ReplaceFS] take these names.
const (
	// NameBenchmark is the formal benchmark sentence of the program's goal system, for
	// the IEP document. Data: [BenchmarkData].
	NameBenchmark = "benchmark"
	// NamePlain is the plain-language version of a benchmark for
	// paraprofessionals and families: short sentences, no scale numbers,
	// what success looks like and what support the adults keep giving.
	// Data: [BenchmarkData].
	NamePlain = "plain"
	// NameLabel is the short label of a benchmark, for tables, charts and
	// advice: "TEP 3–5 with support 4 or less, 90% of the day". Data:
	// [BenchmarkData] (the student is not used).
	NameLabel = "label"
)

// BenchmarkData is what the benchmark templates ([NameBenchmark],
// [NamePlain]) render: a benchmark and the name of the student it is
// written for. An empty Student renders as [Blank], as on a blank form.
// In a template, {{.Student}} is the name as given and {{name .Student}}
// the name or the blank; {{.Benchmark}} offers goal.Benchmark's methods
// ({{.Benchmark.Threshold}}, {{.Benchmark.Support}} …).
type BenchmarkData struct {
	Student   string
	Benchmark goal.Benchmark
}

func (d BenchmarkData) validate() error { return checkBenchmark(d.Benchmark) }

func checkBenchmark(b goal.Benchmark) error {
	if b.IsZero() {
		return fmt.Errorf("%w: zero goal.Benchmark", ErrInvalid)
	}
	return nil
}

// Benchmark writes the formal sentence of benchmark b for the student, in
// format f: "With a level 4 to 5 intensity of support, Jordan will achieve
// between a 3 and 5 on the tolerance, engagement, and participation scale
// for 50% or more of the day by the end of the 1st trimester."
func (s *Set) Benchmark(w io.Writer, f Format, student string, b goal.Benchmark) error {
	return s.Execute(w, f, NameBenchmark, BenchmarkData{student, b})
}

// Plain writes the plain-language version of benchmark b for the
// student's paraprofessionals and family, in format f.
func (s *Set) Plain(w io.Writer, f Format, student string, b goal.Benchmark) error {
	return s.Execute(w, f, NamePlain, BenchmarkData{student, b})
}

// Label writes the short label of benchmark b in format f: "TEP 3–5 with
// support 4 or less, 90% of the day".
func (s *Set) Label(w io.Writer, f Format, b goal.Benchmark) error {
	return s.Execute(w, f, NameLabel, BenchmarkData{Benchmark: b})
}

func init() {
	define(NameBenchmark, benchmarkSamples)
	define(NamePlain, benchmarkSamples)
	define(NameLabel, benchmarkSamples)
}
