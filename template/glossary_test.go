package template

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// TestGlossaryHasEveryTerm: the shipped glossary words every element,
// role, stage, built-in soft-skill area, term of the year and level label
// the helpers look up, each with the English it translates and a source.
func TestGlossaryHasEveryTerm(t *testing.T) {
	g, err := ShippedGlossary(Spanish)
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"goal", "implementation.0", "implementation.1", "implementation.2", "priority.high", "priority.medium", "priority.low", "benchmark", "annual-goal", "short-term-objective", "progress-report", "accommodations",
		"support", "intensity-of-support", "tep-scale", "tep-short", "soft-skill-criteria", "soft-skill-scale", "present-level", "iep"}
	for _, e := range rubric.Elements() {
		keys = append(keys, "element."+e.Key())
	}
	for _, r := range goal.Roles() {
		keys = append(keys, "role."+r.String())
	}
	for _, s := range goal.Stages() {
		keys = append(keys, "stage."+s.String())
	}
	for _, a := range rubric.BuiltinSkillAreas() {
		keys = append(keys, "skill."+a.ID())
	}
	for _, unit := range []string{"trimester", "semester", "quarter", "school-year"} {
		keys = append(keys, "term."+unit)
	}
	for _, scale := range []string{"tep", "soft-skill", "intensity"} {
		for v := 1; v <= 5; v++ {
			keys = append(keys, scale+"."+string(rune('0'+v)))
		}
	}
	for _, key := range keys {
		term, ok := g.Term(key)
		if !ok || term.English == "" || term.Source == "" {
			t.Errorf("%s: %+v, want a term with its English and source", key, term)
		}
	}
	if len(g.Keys()) != len(keys) {
		t.Errorf("%d terms, want the %d the wording uses", len(g.Keys()), len(keys))
	}
	for _, key := range g.Keys() {
		if term, _ := g.Term(key); strings.HasPrefix(key, "tep.") || strings.HasPrefix(key, "intensity.") || strings.HasPrefix(key, "soft-skill.") {
			if term.Feminine == "" || term.Plural == "" || term.FemininePlural == "" {
				t.Errorf("label %s has not every form: %+v", key, term)
			}
		}
	}
}

// renderAll renders every template of s against every sample, in the
// template's first format, joined.
func renderAll(t *testing.T, s *Set) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, name := range registeredNames() {
		def := definitions[name]
		var b bytes.Buffer
		for _, sample := range def.samples() {
			if err := s.Execute(&b, def.formats()[0], name, sample); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			b.WriteByte('\n')
		}
		out[name] = b.String()
	}
	return out
}

// TestOverrideTermsEverywhere: a district's word for a term replaces the
// shipped one in every template that writes it, and the words around a
// noun whose gender changes agree with it.
func TestOverrideTermsEverywhere(t *testing.T) {
	shipped := renderAll(t, DefaultIn(Spanish))
	s, err := New(InLanguage(Spanish), OverrideTerms([]byte(`{
		"benchmark": {"text": "hito", "plural": "hitos"},
		"support": {"text": "ayuda", "plural": "ayudas", "gender": "f"},
		"element.de-escalation": "Reducción de la tensión"}`)))
	if err != nil {
		t.Fatal(err)
	}
	overridden := renderAll(t, s)
	replaced := map[string]string{"punto de referencia": "hito", "puntos de referencia": "hitos", "Desescalamiento": "Reducción de la tensión", "apoyo moderado": "ayuda moderada"}
	for old, new := range replaced {
		seen := 0
		for name, text := range shipped {
			if !strings.Contains(strings.ToLower(text), strings.ToLower(old)) {
				continue
			}
			seen++
			if got := overridden[name]; strings.Contains(strings.ToLower(got), strings.ToLower(old)) || !strings.Contains(strings.ToLower(got), strings.ToLower(new)) {
				t.Errorf("%s: %q still written, or %q not (after the override)", name, old, new)
			}
		}
		if seen == 0 {
			t.Errorf("no template writes %q: the test proves nothing", old)
		}
	}
}

func TestOverrideTermsErrors(t *testing.T) {
	for _, tt := range []struct {
		name, data, field string
		lang              Language
	}{
		{"an unknown key", `{"benchmarks": "hitos"}`, "benchmarks", Spanish},
		{"a string for a term with forms", `{"benchmark": "hito"}`, "benchmark", Spanish},
		{"a form missing", `{"tep.3": {"text": "regular", "feminine": "regular"}}`, "tep.3", Spanish},
		{"an unknown form", `{"benchmark": {"text": "hito", "plural": "hitos", "dual": "x"}}`, "benchmark", Spanish},
		{"an empty form", `{"benchmark": {"text": " ", "plural": "hitos"}}`, "benchmark", Spanish},
		{"a gender for a label", `{"tep.4": {"text": "bueno", "feminine": "buena", "plural": "buenos", "feminine_plural": "buenas", "gender": "f"}}`, "tep.4", Spanish},
		{"a gender that is none", `{"support": {"text": "ayuda", "plural": "ayudas", "gender": "x"}}`, "support", Spanish},
		{"not an object", `["benchmark"]`, "", Spanish},
		{"data after the object", `{} {}`, "", Spanish},
		{"an English set", `{"accommodations": "adaptations"}`, "", English},
	} {
		_, err := New(InLanguage(tt.lang), OverrideTerms([]byte(tt.data)))
		var e *Error
		if !errors.As(err, &e) || !errors.Is(err, ErrInvalid) || e.Field != tt.field {
			t.Errorf("%s: error %v, want ErrInvalid for field %q", tt.name, err, tt.field)
		}
	}
}

// FuzzOverrideTerms: any data given as a district's terms gives a
// glossary or an *Error for ErrInvalid — never a panic — and a glossary
// has every term the shipped one has, each with a text.
func FuzzOverrideTerms(f *testing.F) {
	for _, seed := range []string{`{"accommodations": "adaptaciones"}`, `{"support": {"text": "ayuda", "plural": "ayudas", "gender": "f"}}`,
		`{"tep.3": {"text": "regular", "feminine": "regular", "plural": "regulares", "feminine_plural": "regulares"}}`,
		`{"benchmark": "hito"}`, `{}`, `[]`, `{"x": 1}`, `{"support": {"text": "", "plural": "a"}}`} {
		f.Add([]byte(seed))
	}
	shipped, err := ShippedGlossary(Spanish)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := &config{lang: Spanish} // what New does with the option, without building the templates
		OverrideTerms(data)(c)
		g, err := c.glossary()
		if len(c.errs) > 0 {
			err = c.errs[0]
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v: want an *Error for ErrInvalid", err)
			}
			return
		}
		for _, key := range shipped.Keys() {
			if term, ok := g.Term(key); !ok || strings.TrimSpace(term.Text) == "" {
				t.Fatalf("term %s lost: %+v", key, term)
			}
		}
	})
}
