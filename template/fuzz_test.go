package template_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

var kinds = []error{template.ErrUnknownTemplate, template.ErrSource, template.ErrSyntax, template.ErrConflict,
	template.ErrMissingField, template.ErrExecute, template.ErrOutputLimit, template.ErrWorkLimit, template.ErrInvalid}

// FuzzReplace installs arbitrary text as the formal sentence. Either the
// Set is built — then it holds exactly that text and renders a benchmark in
// both formats (or fails only for the output bound) — or the build fails
// with an *Error of a known kind naming the template.
func FuzzReplace(f *testing.F) {
	for _, name := range template.Default().Names() {
		src, _ := template.Default().Source(name)
		f.Add(src)
	}
	for _, seed := range []string{customSentence, "", "plain words", "{{.Benchmark.Treshold}}", "{{.Student",
		"<script>{{.Student}}", `{{define "plan"}}x{{end}}`, `{{template "nope"}}`, "{{band .Student}}",
		"{{range 100000000}}x{{end}}", `{{define "mine"}}{{.Student}}{{end}}{{template "mine" .}}`} {
		f.Add(seed)
	}
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 90})
	f.Fuzz(func(t *testing.T, text string) {
		s, err := template.New(template.MaxOutput(1<<12), template.Replace(template.NameBenchmark, text))
		if err != nil {
			var e *template.Error
			if !errors.As(err, &e) || e.Template == "" {
				t.Fatalf("New error %v (%T) is not an *Error naming a template", err, err)
			}
			for _, kind := range kinds {
				if errors.Is(err, kind) {
					return
				}
			}
			t.Fatalf("New error %v is of no known kind", err)
		}
		if src, _ := s.Source(template.NameBenchmark); src != text {
			t.Fatalf("Source = %q, want %q", src, text)
		}
		for _, f := range []template.Format{template.Text, template.HTML} {
			var w strings.Builder
			if err := s.Benchmark(&w, f, "Jordan", b); err != nil && !errors.Is(err, template.ErrOutputLimit) {
				t.Fatalf("Benchmark(%v) after a successful build: %v", f, err)
			}
		}
	})
}
