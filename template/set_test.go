package template_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

const customSentence = `{{with .Benchmark}}{{name $.Student}}: {{band .}}, {{.Threshold}}% ({{deadline .Deadline}}){{end}}`

func stage3Plan(t testing.TB) goal.Plan {
	t.Helper()
	p, err := goal.StandardPlan(goal.StageSkillDeficit, goal.LadderOptions{Focus: focusDeVisual,
		Skills: []rubric.SkillArea{groupWork}, Deadlines: trimesters, Calendar: schoolYear})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestVendorOverride replaces the formal sentence and renders a plan: the
// plan's benchmarks use the vendor's sentence.
func TestVendorOverride(t *testing.T) {
	s, err := template.New(template.Replace(template.NameBenchmark, customSentence))
	if err != nil {
		t.Fatalf("New(Replace(benchmark)): %v", err)
	}
	var b strings.Builder
	if err := s.Plan(&b, template.Text, "Jordan", stage3Plan(t)); err != nil {
		t.Fatalf("Plan: %v", err)
	}
	got := b.String()
	for _, want := range []string{
		"\n1. Jordan: between a 3 and 5, 90% (the end of the 1st trimester)\n",
		"\n5. Jordan: between a 3 and 5, 90% (the end of the 3rd trimester)\n",
		"\n6. Jordan: between a 4 and 5, 90% (the end of the 3rd trimester)",
		"Overall aim: to decrease the level of intensity of support and build specific soft-skill proficiency.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("plan does not contain %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "will achieve") {
		t.Errorf("plan still holds the default sentence:\n%s", got)
	}
	if src, _ := s.Source(template.NameBenchmark); src != customSentence {
		t.Errorf("Source(benchmark) = %q, want the replacement", src)
	}
	if src, _ := template.Default().Source(template.NameBenchmark); src == customSentence {
		t.Error("replacing in New changed the default Set")
	}
}

func TestReplaceFS(t *testing.T) {
	fsys := fstest.MapFS{
		"vendor/benchmark.tmpl": {Data: []byte(customSentence)},
		"vendor/plan.tmpl":      {Data: []byte(`{{range .Plan.Goals}}{{template "goal" (goalData $.Student . 0)}}{{end}}`)},
		"vendor/readme.txt":     {Data: []byte("not a template")},
	}
	s, err := template.New(template.ReplaceFS(fsys, "vendor/*.tmpl"))
	if err != nil {
		t.Fatalf("New(ReplaceFS): %v", err)
	}
	var b strings.Builder
	if err := s.Plan(&b, template.Text, "Jordan", stage3Plan(t)); err != nil {
		t.Fatalf("Plan: %v", err)
	}
	if got := b.String(); strings.Contains(got, "IEP goals for") || !strings.Contains(got, "Goal: Jordan will maintain") ||
		!strings.Contains(got, "1. Jordan: between a 3 and 5, 90% (the end of the 1st trimester)") {
		t.Errorf("plan from the vendor's files:\n%s", got)
	}
}

// TestBuildErrors checks that every bad option fails New with the right
// kind of error, naming the template and, for a missing field, the field.
func TestBuildErrors(t *testing.T) {
	files := fstest.MapFS{
		"v/bench.tmpl":     {Data: []byte("x")},
		"v/benchmark.txt":  {Data: []byte("x")},
		"v/benchmark.tmpl": {Data: []byte("{{.Benchmark.Thresold}}")},
	}
	tests := []struct {
		name      string
		opts      []template.Option
		kind      error
		template  string
		field     string
		fromStdlb bool
	}{
		{"misspelled field", []template.Option{template.Replace("benchmark", "{{.Benchmark.Treshold}}")},
			template.ErrMissingField, "benchmark", "Treshold", true},
		{"misspelled field in a branch only soft skills take", []template.Option{template.Replace("benchmark",
			"{{if isTEP .Benchmark}}TEP{{else}}{{.Benchmark.Skil.Phrase}}{{end}}")},
			template.ErrMissingField, "benchmark", "Skil", true},
		{"misspelled top-level field", []template.Option{template.Replace("plain", "{{.Studnet}}")},
			template.ErrMissingField, "plain", "Studnet", true},
		{"misspelled field in a plan", []template.Option{template.Replace("plan", "{{range .Plan.Goalz}}{{end}}")},
			template.ErrMissingField, "plan", "Goalz", true},
		{"misspelled field in an assessment", []template.Option{template.Replace("progress", "{{.Assessment.Windoe.Days}}")},
			template.ErrMissingField, "progress", "Windoe", true},
		{"unexported field", []template.Option{template.Replace("benchmark", "{{.Benchmark.spec}}")},
			template.ErrMissingField, "benchmark", "spec", true},
		{"unknown helper", []template.Option{template.Replace("benchmark", "{{shout .Student}}")},
			template.ErrMissingField, "benchmark", "shout", true},
		{"unknown template", []template.Option{template.Replace("goal", `{{template "benchmrk" .}}`)},
			template.ErrMissingField, "goal", "benchmrk", true},
		{"field missing in a defined helper template is blamed on its source", []template.Option{
			template.Replace("plan", `{{define "part"}}{{.Plan.Goalz}}{{end}}{{template "part" .}}`)},
			template.ErrMissingField, "plan", "Goalz", true},
		{"syntax", []template.Option{template.Replace("benchmark", "{{.Student")},
			template.ErrSyntax, "benchmark", "", true},
		{"unsafe HTML", []template.Option{template.Replace("benchmark", "<script>{{.Student}}")},
			template.ErrSyntax, "benchmark", "", true},
		{"helper given the wrong type", []template.Option{template.Replace("benchmark", "{{band .Student}}")},
			template.ErrExecute, "benchmark", "", true},
		{"define clashes with a registered template", []template.Option{template.Replace("plain", `{{define "benchmark"}}x{{end}}`)},
			template.ErrConflict, "plain", "benchmark", false},
		{"two sources define the same helper", []template.Option{
			template.Replace("plain", `{{define "mine"}}x{{end}}{{template "mine"}}`),
			template.Replace("benchmark", `{{define "mine"}}y{{end}}{{template "mine"}}`)},
			template.ErrConflict, "plain", "mine", false},
		{"unknown name", []template.Option{template.Replace("benchmarks", "x")},
			template.ErrUnknownTemplate, "benchmarks", "", false},
		{"unknown name from a file", []template.Option{template.ReplaceFS(files, "v/bench.tmpl")},
			template.ErrUnknownTemplate, "bench", "", false},
		{"file not named .tmpl", []template.Option{template.ReplaceFS(files, "v/benchmark.txt")},
			template.ErrSource, "", "", false},
		{"pattern matching nothing", []template.Option{template.ReplaceFS(files, "w/*.tmpl")},
			template.ErrSource, "", "", false},
		{"bad pattern", []template.Option{template.ReplaceFS(files, "v/[")},
			template.ErrSource, "", "", true},
		{"misspelled field from a file", []template.Option{template.ReplaceFS(files, "v/benchmark.tmpl")},
			template.ErrMissingField, "benchmark", "Thresold", true},
		{"negative output bound", []template.Option{template.MaxOutput(-1)},
			template.ErrInvalid, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := template.New(tt.opts...)
			if err == nil {
				t.Fatalf("New = %v, nil; want an error", s)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("New error %v: errors.Is(err, %v) = false", err, tt.kind)
			}
			var e *template.Error
			if !errors.As(err, &e) {
				t.Fatalf("New error %v (%T) is not a *template.Error", err, err)
			}
			if e.Template != tt.template || e.Field != tt.field {
				t.Errorf("New error names template %q, field %q; want %q, %q (%v)", e.Template, e.Field, tt.template, tt.field, err)
			}
			if tt.fromStdlb && e.Err == nil {
				t.Errorf("New error %v carries no underlying error", err)
			}
		})
	}
}

func TestMaxOutput(t *testing.T) {
	p := stage3Plan(t)
	var full bytes.Buffer
	if err := template.Default().Plan(&full, template.Text, "Jordan", p); err != nil {
		t.Fatal(err)
	}
	exact, err := template.New(template.MaxOutput(full.Len()))
	if err != nil {
		t.Fatalf("New(MaxOutput(%d)): %v", full.Len(), err)
	}
	var b bytes.Buffer
	if err := exact.Plan(&b, template.Text, "Jordan", p); err != nil || b.String() != full.String() {
		t.Errorf("Plan under a bound of exactly its size: %v", err)
	}
	tight, err := exact.With(template.MaxOutput(full.Len() - 1))
	if err != nil {
		t.Fatalf("With(MaxOutput): %v", err)
	}
	b.Reset()
	err = tight.Plan(&b, template.Text, "Jordan", p)
	if !errors.Is(err, template.ErrOutputLimit) {
		t.Errorf("Plan over the bound = %v, want ErrOutputLimit", err)
	}
	if b.Len() != 0 {
		t.Errorf("Plan over the bound wrote %d bytes, want none", b.Len())
	}
	if got := tight.MaxOutput(); got != full.Len()-1 {
		t.Errorf("MaxOutput() = %d, want %d", got, full.Len()-1)
	}
}

// TestMaxOutputRunaway installs a template that writes without end: the
// build's checks stop at the bound, and rendering fails with ErrOutputLimit.
func TestMaxOutputRunaway(t *testing.T) {
	s, err := template.New(template.MaxOutput(1000), template.Replace("benchmark", "{{range 100000000}}x{{end}}"))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	var b bytes.Buffer
	err = s.Benchmark(&b, template.HTML, "Jordan", tepBenchmark(goal.Independent(), 90, march13))
	var e *template.Error
	if !errors.Is(err, template.ErrOutputLimit) || !errors.As(err, &e) || e.Template != "benchmark" {
		t.Errorf("Benchmark = %v, want ErrOutputLimit for template benchmark", err)
	}
	if b.Len() != 0 {
		t.Errorf("Benchmark over the bound wrote %d bytes, want none", b.Len())
	}
}

func TestExecuteErrors(t *testing.T) {
	s := template.Default()
	b := tepBenchmark(goal.Independent(), 90, march13)
	tests := []struct {
		name string
		run  func(w io.Writer) error
		kind error
	}{
		{"unknown name", func(w io.Writer) error { return s.Execute(w, template.Text, "nope", template.BenchmarkData{}) }, template.ErrUnknownTemplate},
		{"zero format", func(w io.Writer) error { return s.Benchmark(w, 0, "Jordan", b) }, template.ErrInvalid},
		{"data of the wrong type", func(w io.Writer) error {
			return s.Execute(w, template.Text, template.NamePlan, template.BenchmarkData{Benchmark: b})
		}, template.ErrInvalid},
		{"pointer to the data type", func(w io.Writer) error {
			return s.Execute(w, template.Text, template.NameBenchmark, &template.BenchmarkData{Benchmark: b})
		}, template.ErrInvalid},
		{"zero benchmark", func(w io.Writer) error { return s.Benchmark(w, template.Text, "Jordan", goal.Benchmark{}) }, template.ErrInvalid},
		{"zero goal", func(w io.Writer) error { return s.Goal(w, template.HTML, "Jordan", goal.Goal{}) }, template.ErrInvalid},
		{"zero plan", func(w io.Writer) error { return s.Plan(w, template.Text, "Jordan", goal.Plan{}) }, template.ErrInvalid},
		{"negative goal number", func(w io.Writer) error {
			return s.Execute(w, template.Text, template.NameGoal, template.GoalData{Goal: stage3Plan(t).Goal(0), Number: -1})
		}, template.ErrInvalid},
		{"zero assessment", func(w io.Writer) error { return s.Progress(w, template.Text, "Jordan", assess.Assessment{}) }, template.ErrInvalid},
		{"inconsistent assessment", func(w io.Writer) error {
			a := assess.Assessment{Benchmark: b, AsOf: goal.MustDate(2027, 3, 1), Status: assess.StatusMet,
				Window: assess.Window{Days: 3, Setbacks: 4, Tally: progress.Tally{Rated: 10, Qualifying: 12}}}
			return s.Progress(w, template.Text, "Jordan", a)
		}, template.ErrInvalid},
		{"zero Set", func(w io.Writer) error { return new(template.Set).Benchmark(w, template.Text, "Jordan", b) }, template.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			err := tt.run(&w)
			if !errors.Is(err, tt.kind) {
				t.Errorf("error = %v, want %v", err, tt.kind)
			}
			var e *template.Error
			if !errors.As(err, &e) {
				t.Errorf("error %v (%T) is not a *template.Error", err, err)
			}
			if w.Len() != 0 {
				t.Errorf("wrote %q on error", w.String())
			}
		})
	}
	if _, err := new(template.Set).With(); !errors.Is(err, template.ErrInvalid) {
		t.Errorf("zero Set With() error = %v, want ErrInvalid", err)
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestWriterErrorIsReturned(t *testing.T) {
	boom := errors.New("disk full")
	err := template.Default().Benchmark(failingWriter{boom}, template.Text, "Jordan", tepBenchmark(goal.Independent(), 90, march13))
	if !errors.Is(err, boom) {
		t.Errorf("Benchmark to a failing writer = %v, want %v", err, boom)
	}
}

func TestNames(t *testing.T) {
	want := []string{"benchmark", "goal", "plain", "plan", "progress"}
	got := template.Default().Names()
	for _, name := range want {
		if _, ok := template.Default().Source(name); !ok {
			t.Errorf("Source(%q) not found", name)
		}
	}
	// Other files may register more templates; the five defaults are there, in order.
	var have []string
	for _, n := range got {
		for _, w := range want {
			if n == w {
				have = append(have, n)
			}
		}
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("Names() mismatch (-want +got):\n%s", diff)
	}
}

// TestConcurrentRendering renders from one Set on many goroutines; run
// with -race it checks that a Set is safe for concurrent use.
func TestConcurrentRendering(t *testing.T) {
	s, err := template.New(template.MaxOutput(1 << 20))
	if err != nil {
		t.Fatal(err)
	}
	p := stage3Plan(t)
	var want [2]string
	for i, f := range []template.Format{template.Text, template.HTML} {
		var b strings.Builder
		if err := s.Plan(&b, f, `<b>Al</b> & "Jo"`, p); err != nil {
			t.Fatal(err)
		}
		want[i] = b.String()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				f := []template.Format{template.Text, template.HTML}[(g+i)%2]
				var b strings.Builder
				if err := s.Plan(&b, f, `<b>Al</b> & "Jo"`, p); err != nil || b.String() != want[(g+i)%2] {
					errs <- f.String()
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for f := range errs {
		t.Errorf("concurrent %s rendering differs from the sequential one", f)
	}
}

// TestRenderErrorNamesTheFailingTemplate renders a plan whose vendor
// sentence fails only for data the samples do not hold: the error blames
// the sentence, not the plan.
func TestRenderErrorNamesTheFailingTemplate(t *testing.T) {
	s, err := template.New(template.Replace(template.NameBenchmark,
		`{{if eq (deadline .Benchmark.Deadline) "the end of the 3rd trimester"}}{{band .Student}}{{else}}ok{{end}}`))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	var b strings.Builder
	err = s.Plan(&b, template.Text, "Jordan", stage3Plan(t))
	var e *template.Error
	if !errors.Is(err, template.ErrExecute) || !errors.As(err, &e) || e.Template != template.NameBenchmark || e.Source != "Replace" {
		t.Errorf("Plan error = %v, want ErrExecute blaming the replaced benchmark template", err)
	}
}

// TestMissingFieldInAnUnsampledBranch installs a sentence that misspells a
// field only in a branch no sample takes: the build passes, and rendering
// that branch fails with ErrMissingField naming the field.
func TestMissingFieldInAnUnsampledBranch(t *testing.T) {
	s, err := template.New(template.Replace(template.NameBenchmark,
		`{{if eq .Benchmark.Threshold 37}}{{.Benchmark.Thresold}}{{else}}ok{{end}}`))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	var b strings.Builder
	err = s.Benchmark(&b, template.Text, "Jordan", tepBenchmark(goal.Independent(), 37, march13))
	var e *template.Error
	if !errors.Is(err, template.ErrMissingField) || !errors.As(err, &e) || e.Field != "Thresold" || e.Template != template.NameBenchmark {
		t.Errorf("Benchmark = %v, want ErrMissingField naming Thresold in template benchmark", err)
	}
	if b.Len() != 0 {
		t.Errorf("Benchmark wrote %q on error", b.String())
	}
}
