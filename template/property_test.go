package template_test

import (
	"fmt"
	htemplate "html/template"
	"strconv"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/template"
	"pgregory.net/rapid"
)

// studentName generates names: none, plain ones, and ones HTML must escape.
func studentName() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[A-Z][a-z]{1,10}( [A-Z][a-z]{1,10})?`),
		rapid.StringMatching(`[A-Za-z<>&"' /]{1,20}`))
}

// wantDeadline is the deadline's wording, worked out independently of the package.
func wantDeadline(d goal.Deadline) string {
	if date, ok := d.Date(); ok {
		return fmt.Sprintf("by %s %d, %d.", date.Month(), date.Day(), date.Year())
	}
	if term, ok := d.Term(); ok {
		if term == goal.SchoolYear {
			return "by the end of the school year."
		}
		return "by the end of the " + strconv.Itoa(term.Ordinal())
	}
	return "by ______."
}

// wantSupport is the support clause's wording, or "" for independent.
func wantSupport(s goal.Support) string {
	band := s.Band()
	switch {
	case s.IsIndependent():
		return ""
	case s.IsCeiling():
		return fmt.Sprintf("With a level %d intensity of support or less, ", band.High())
	case band.Low() == band.High():
		return fmt.Sprintf("With a level %d intensity of support, ", band.High())
	}
	return fmt.Sprintf("With a level %d to %d intensity of support, ", band.Low(), band.High())
}

func checkClean(t *rapid.T, what, out string) {
	for _, bad := range []string{"<no value>", "%!"} {
		if strings.Contains(out, bad) {
			t.Fatalf("%s holds %q:\n%s", what, bad, out)
		}
	}
}

// TestBenchmarkProperty renders every generated valid benchmark in text
// and HTML: no error, and the output holds the threshold, both band ends,
// the support level when set and the deadline phrase.
func TestBenchmarkProperty(t *testing.T) {
	s := template.Default()
	rapid.Check(t, func(t *rapid.T) {
		b := gen.Benchmark().Draw(t, "benchmark")
		name := studentName().Draw(t, "name")
		for _, f := range []template.Format{template.Text, template.HTML} {
			var w strings.Builder
			if err := s.Benchmark(&w, f, name, b); err != nil {
				t.Fatalf("Benchmark(%v): %v", f, err)
			}
			out := w.String()
			checkClean(t, "formal sentence", out)
			shownName := template.StudentName(name)
			if f == template.HTML {
				shownName = htemplate.HTMLEscapeString(shownName)
			}
			band := fmt.Sprintf("between a %d and %d", b.BandLow(), b.BandHigh())
			if b.BandLow() == b.BandHigh() {
				band = fmt.Sprintf("a %d", b.BandLow())
			}
			for _, want := range []string{
				fmt.Sprintf(" %d%% or more of ", b.Threshold()),
				" will achieve " + band + " on the ",
				wantDeadline(b.Deadline()),
				shownName + " will achieve",
			} {
				if !strings.Contains(out, want) {
					t.Fatalf("%v sentence lacks %q:\n%s", f, want, out)
				}
			}
			if clause := wantSupport(b.Support()); !strings.HasPrefix(out, clause) || (clause == "" && strings.Contains(out, "intensity")) {
				t.Fatalf("%v sentence does not start with the support clause %q:\n%s", f, clause, out)
			}
			if f == template.HTML && strings.ContainsAny(shownName, "<>") {
				t.Fatalf("HTML sentence holds an unescaped name:\n%s", out)
			}
		}
	})
}

// TestOtherTemplatesProperty renders the plain version of every generated
// benchmark, the progress summary and team report of every generated
// assessment, and every generated plan, in both formats, without error or
// template debris; and a summary about data never holds a blank to fill in.
func TestOtherTemplatesProperty(t *testing.T) {
	s := template.Default()
	rapid.Check(t, func(t *rapid.T) {
		b := gen.Benchmark().Draw(t, "benchmark")
		a := gen.Assessment().Draw(t, "assessment")
		p := gen.Plan().Draw(t, "plan")
		name := studentName().Draw(t, "name")
		for _, f := range []template.Format{template.Text, template.HTML} {
			var plain, progress, report, plan strings.Builder
			if err := s.Plain(&plain, f, name, b); err != nil {
				t.Fatalf("Plain(%v): %v", f, err)
			}
			if err := s.Progress(&progress, f, name, a); err != nil {
				t.Fatalf("Progress(%v, %+v): %v", f, a, err)
			}
			if err := s.Assessment(&report, f, name, "1", a); err != nil {
				t.Fatalf("Assessment(%v, %+v): %v", f, a, err)
			}
			if err := s.Plan(&plan, f, name, p); err != nil {
				t.Fatalf("Plan(%v): %v", f, err)
			}
			checkClean(t, "plain version", plain.String())
			checkClean(t, "progress summary", progress.String())
			checkClean(t, "assessment report", report.String())
			if strings.TrimSpace(name) != "" && strings.Contains(progress.String(), template.Blank) {
				t.Fatalf("progress summary about data holds a blank:\n%s", progress.String())
			}
			checkClean(t, "plan", plan.String())
			if !strings.Contains(plain.String(), fmt.Sprintf("at least %d%%", b.Threshold())) {
				t.Fatalf("plain version lacks the threshold:\n%s", plain.String())
			}
			if !strings.Contains(progress.String(), fmt.Sprintf("%d%% or more", a.Benchmark.Threshold())) && a.Window.Days > 0 {
				t.Fatalf("progress summary lacks the threshold:\n%s", progress.String())
			}
			if f == template.Text {
				for _, g := range p.Goals() {
					for i, gb := range g.Benchmarks() {
						var sentence strings.Builder
						if err := s.Benchmark(&sentence, f, name, gb); err != nil {
							t.Fatal(err)
						}
						if want := fmt.Sprintf("\n%d. %s", i+1, sentence.String()); !strings.Contains(plan.String(), want) {
							t.Fatalf("plan lacks benchmark %q:\n%s", want, plan.String())
						}
					}
				}
			}
		}
	})
}
