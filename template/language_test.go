package template_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

func TestParseLanguage(t *testing.T) {
	for _, tt := range []struct {
		text string
		want template.Language
		ok   bool
	}{{"en", template.English, true}, {"ES", template.Spanish, true}, {"fr", 0, false}, {"", 0, false}, {"spanish", 0, false}} {
		got, err := template.ParseLanguage(tt.text)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseLanguage(%q) = %v, %v", tt.text, got, err)
		}
	}
	var l template.Language
	if err := l.UnmarshalText([]byte("es")); err != nil || l != template.Spanish {
		t.Errorf("UnmarshalText(es) = %v, %v", l, err)
	}
	if text, err := template.Spanish.MarshalText(); err != nil || string(text) != "es" {
		t.Errorf("MarshalText = %q, %v", text, err)
	}
	if _, err := template.Language(9).MarshalText(); err == nil {
		t.Error("MarshalText of an undeclared language: no error")
	}
}

// TestLanguageOfASet: the zero Language is English; a replacement stays
// when the language changes, in the same build or a later one; the
// overrides of the glossary stay too.
func TestLanguageOfASet(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 90, Deadline: goal.ByEndOf(goal.Trimester2)})
	render := func(s *template.Set, name string) string {
		t.Helper()
		var w strings.Builder
		if err := s.Execute(&w, template.Text, name, template.BenchmarkData{Student: "Jordan", Benchmark: b}); err != nil {
			t.Fatal(err)
		}
		return w.String()
	}
	if template.DefaultIn(0) != template.Default() || template.Default().Language() != template.English {
		t.Error("the zero Language is not the English default")
	}
	es := template.DefaultIn(template.Spanish)
	if es.Language() != template.Spanish || !strings.HasPrefix(render(es, template.NameBenchmark), "Con una intensidad del apoyo") {
		t.Errorf("Spanish benchmark: %q", render(es, template.NameBenchmark))
	}
	replaced, err := template.New(template.Replace(template.NameLabel, "mine"), template.InLanguage(template.Spanish))
	if err != nil {
		t.Fatal(err)
	}
	if render(replaced, template.NameLabel) != "mine" || render(replaced, template.NameBenchmark) != render(es, template.NameBenchmark) {
		t.Error("a replacement given before InLanguage was lost, or the others are not Spanish")
	}
	overridden, err := replaced.With(template.OverrideTerms([]byte(`{"intensity-of-support": "intensidad de la ayuda"}`)))
	if err != nil {
		t.Fatal(err)
	}
	back, err := overridden.With(template.InLanguage(template.English))
	if err == nil {
		t.Errorf("back to English with Spanish overrides: no error (%v)", back.Language())
	}
	english, err := replaced.With(template.InLanguage(template.English))
	if err != nil {
		t.Fatal(err)
	}
	if render(english, template.NameLabel) != "mine" || render(english, template.NameBenchmark) != render(template.Default(), template.NameBenchmark) {
		t.Error("back to English: the replacement was lost, or the others are not English")
	}
	if got := render(overridden, template.NameBenchmark); !strings.HasPrefix(got, "Con una intensidad de la ayuda de nivel 4 o menos") {
		t.Errorf("overridden: %q", got)
	}
	if _, err := template.New(template.InLanguage(7)); !errors.Is(err, template.ErrInvalid) {
		t.Errorf("InLanguage(7): %v, want ErrInvalid", err)
	}
}
