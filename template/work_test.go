package template_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// TestWorkBound: a replacement template that would run for ever — a range
// over a huge number, endless recursion, loops nested by recursion — is
// stopped at the work bound: New fails with ErrWorkLimit naming the
// template, rather than not returning.
func TestWorkBound(t *testing.T) {
	for name, text := range map[string]string{
		"a range over a huge number":      `{{range 1000000000000}}{{end}}`,
		"endless recursion":               `{{define "forever"}}{{template "forever" .}}{{end}}{{template "forever" .}}`,
		"loops nested by recursion":       `{{define "deep"}}{{if lt . 40}}{{range 10}}{{template "deep" (inc $)}}{{end}}{{end}}{{end}}{{template "deep" 0}}`,
		"nested ranges":                   `{{range 100000}}{{range 100000}}{{end}}{{end}}`,
		"a string doubled by printf":      `{{$x := "ab"}}{{range 40}}{{$x = printf "%s%s" $x $x}}{{end}}{{len $x}}`,
		"a string doubled by print":       `{{$x := "ab"}}{{range 40}}{{$x = print $x $x}}{{end}}{{len $x}}`,
		"a string grown by escaping":      `{{$x := "<"}}{{range 40}}{{$x = js $x}}{{end}}{{len $x}}`,
		"a string grown by a helper":      `{{$s := ""}}{{range 500}}` + strings.Repeat(`{{$s = plural 1000000000000000000 $s $s}}`, 20) + `{{end}}{{len $s}}`,
		"a string grown through a pipe":   `{{$s := "x"}}{{range 100000}}{{$s = $s | plural 1000000000000000000 "y"}}{{end}}{{len $s}}`,
		"long strings compared":           `{{$s := "ab"}}{{range 19}}{{$s = print $s $s}}{{end}}{{range 1000}}{{if eq $s $s}}{{end}}{{end}}`,
		"one printf making a huge string": `{{$s := "ab"}}{{range 15}}{{$s = print $s $s}}{{end}}{{printf "` + strings.Repeat("%[1]s", 200) + `" $s}}`,
		"one print making a huge string":  `{{$s := "ab"}}{{range 15}}{{$s = print $s $s}}{{end}}{{print` + strings.Repeat(" $s", 200) + `}}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := template.New(template.Replace(template.NameLabel, text))
			var e *template.Error
			if !errors.Is(err, template.ErrWorkLimit) || !errors.As(err, &e) || e.Template != template.NameLabel {
				t.Errorf("New = %v, want ErrWorkLimit for %q", err, template.NameLabel)
			}
		})
	}
	// One printf call cannot make a huge string before it is counted.
	for _, format := range []string{"%1000000d", "%.999999f", "%*d", "%[1]*d"} {
		text := fmt.Sprintf(`{{printf %q 7}}`, format)
		if _, err := template.New(template.Replace(template.NameLabel, text)); err == nil || !strings.Contains(err.Error(), "printf") {
			t.Errorf("%s: New = %v, want printf refused", text, err)
		}
	}
	if _, err := template.New(template.Replace(template.NameLabel, `{{printf "%5.1f%%, %-3d %[1]v" 2.5 7}}`)); err != nil {
		t.Errorf("printf with small widths: %v", err)
	}
	if _, err := template.New(template.MaxSteps(-1)); !errors.Is(err, template.ErrInvalid) {
		t.Errorf("MaxSteps(-1): %v, want ErrInvalid", err)
	}
	if got := template.Default().MaxSteps(); got != template.DefaultMaxSteps {
		t.Errorf("Default().MaxSteps() = %d, want %d", got, template.DefaultMaxSteps)
	}
}

// TestWorkBoundPerRendering: the bound counts each rendering's own steps,
// however many run at once: 50 renderings of 600 steps each pass a bound
// of 1000 together (the evaluation title is called by no other template).
func TestWorkBoundPerRendering(t *testing.T) {
	s, err := template.New(template.MaxSteps(1000), template.Replace(template.NameEvaluationTitle, `{{range 600}}{{end}}{{.Benchmark.Threshold}}`))
	if err != nil {
		t.Fatal(err)
	}
	b := sampleBenchmark(t)
	var wg sync.WaitGroup
	errs := make([]error, 50)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out strings.Builder
			errs[i] = s.Execute(&out, template.Text, template.NameEvaluationTitle, template.TitleData{Number: "1", Benchmark: b})
			if errs[i] == nil && out.String() != fmt.Sprint(b.Threshold()) {
				errs[i] = fmt.Errorf("rendered %q", out.String())
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Error(err)
	}
	tight, err := s.With(template.MaxSteps(599))
	if err == nil {
		t.Fatalf("a bound below one rendering's steps built a Set: %v", tight)
	}
}

func sampleBenchmark(t *testing.T) goal.Benchmark {
	t.Helper()
	return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 90})
}
