package template_test

import (
	"io"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

func BenchmarkRenderBenchmark(b *testing.B) {
	bm := tepBenchmark(goal.MustSupportAtMost(rubric.IntensityModerate), 90, march13)
	s := template.Default()
	for _, f := range []template.Format{template.Text, template.HTML} {
		b.Run(f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Benchmark(io.Discard, f, "Jordan", bm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkRenderPlanStage3(b *testing.B) {
	p := stage3Plan(b)
	s := template.Default()
	for _, f := range []template.Format{template.Text, template.HTML} {
		b.Run(f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := s.Plan(io.Discard, f, "Jordan", p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := template.New(template.Replace(template.NameBenchmark, customSentence)); err != nil {
			b.Fatal(err)
		}
	}
}
