package template

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// TestEmbeddedMatchesRegistry checks that every embedded templates/*.tmpl
// file is a registered template and every registered template has one.
func TestEmbeddedMatchesRegistry(t *testing.T) {
	files, err := fs.Glob(embedded, "templates/*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(strings.TrimPrefix(f, "templates/"), ".tmpl"))
	}
	slices.Sort(names)
	if diff := cmp.Diff(registeredNames(), names); diff != "" {
		t.Errorf("embedded files vs registered names (-registered +embedded):\n%s", diff)
	}
}

func TestRegistryGuards(t *testing.T) {
	mustPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			if recover() == nil {
				t.Errorf("%s did not panic", name)
			}
		}()
		f()
	}
	mustPanic("define of a taken name", func() { define(NameBenchmark, benchmarkSamples) })
	mustPanic("addFuncs of a taken name", func() { addFuncs(map[string]any{"band": BandPhrase}) })
}

func TestHelperErrors(t *testing.T) {
	tests := []struct {
		name string
		run  func() error
	}{
		{"percent of text", func() error { _, err := percentOf("90"); return err }},
		{"band of a zero benchmark", func() error { _, err := bandOf(goal.Benchmark{}); return err }},
		{"band of an invalid band", func() error { _, err := bandOf(rubric.Band[rubric.TEP]{}); return err }},
		{"band of a number", func() error { _, err := bandOf(3); return err }},
		{"join of a number", func() error { _, err := joinOf(3); return err }},
		{"join of a list of numbers", func() error { _, err := joinOf([]int{1, 2}); return err }},
		{"last of an empty list", func() error { _, err := lastOf([]goal.Benchmark{}); return err }},
		{"last of a number", func() error { _, err := lastOf(3); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.run(); err == nil {
				t.Error("no error")
			}
		})
	}
	got := []string{}
	for _, v := range []any{90, uint8(75), 87.5, float32(50)} {
		s, err := percentOf(v)
		if err != nil {
			t.Errorf("percentOf(%v): %v", v, err)
		}
		got = append(got, s)
	}
	if diff := cmp.Diff([]string{"90%", "75%", "87.5%", "50%"}, got); diff != "" {
		t.Errorf("percentOf mismatch (-want +got):\n%s", diff)
	}
	if s, err := joinOf(rubric.MustElementSet(rubric.Visual, rubric.Mood).Elements()); err != nil || s != "Mood and Visual" {
		t.Errorf("joinOf(elements) = %q, %v; want %q", s, err, "Mood and Visual")
	}
	if s, err := bandOf(rubric.MustBand(rubric.IntensityMild, rubric.IntensityHigh)); err != nil || s != "between a 2 and 4" {
		t.Errorf("bandOf(intensity band) = %q, %v", s, err)
	}
}

func TestReferredTo(t *testing.T) {
	tests := []struct{ msg, want string }{
		{`template: b:1:12: executing "b" at <.Benchmark.Nmae>: can't evaluate field Nmae in type goal.Benchmark`, "Nmae"},
		{`template: b:1: function "shout" not defined`, "shout"},
		{`executing "g" at <{{template "x y" .}}>: template "x y" not defined`, "x y"},
		{`html/template:g:1:11: no such template "benchmrk"`, "benchmrk"},
		{`map has no entry for key "Nmae"`, "Nmae"},
		{`spec is an unexported field of struct type goal.Benchmark`, "spec"},
		{`unexpected EOF`, ""},
	}
	for _, tt := range tests {
		if got := referredTo(tt.msg); got != tt.want {
			t.Errorf("referredTo(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

func TestErrorMessage(t *testing.T) {
	e := &Error{Template: "benchmark", Source: "Replace", Field: "Nmae", Kind: ErrMissingField, Err: errors.New("cause")}
	if !errors.Is(e, ErrMissingField) || !strings.HasPrefix(e.Error(), "template: ") ||
		!strings.Contains(e.Error(), `"Nmae"`) || !strings.Contains(e.Error(), "cause") {
		t.Errorf("Error() = %q", e.Error())
	}
	if got := (&Error{Kind: ErrInvalid}).Error(); got != "template: "+ErrInvalid.Error() {
		t.Errorf("Error() of a bare kind = %q", got)
	}
}

// TestDocListsEveryTemplateAndHelper checks that the package documentation
// names every registered template and every helper a replacement can call,
// so that a template or helper added later cannot go undocumented.
func TestDocListsEveryTemplateAndHelper(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(string(src), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		words[w] = true
	}
	for name := range funcs {
		if !words[name] {
			t.Errorf("doc.go does not list the helper %q", name)
		}
	}
	for _, name := range Default().Names() {
		constant := "Name"
		for _, part := range strings.Split(strings.ReplaceAll(name, "scorereport", "score-report"), "-") {
			constant += strings.ToUpper(part[:1]) + part[1:]
		}
		if !words[constant] {
			t.Errorf("doc.go does not list the template %q (%s)", name, constant)
		}
	}
}
