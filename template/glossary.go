package template

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
)

// glossaries holds the shipped glossaries: glossary/<language>.json.
//
//go:embed glossary/*.json
var glossaries embed.FS

// Term is one entry of a [Glossary]: a term of the goal system in the
// glossary's language, the English it translates and where the wording
// comes from. A noun has a gender ("m" or "f") and may have a plural; a
// level label (an adjective: "bueno") has its feminine and plural forms,
// so that it agrees with the noun it describes ("una calificación buena",
// "apoyo moderado").
type Term struct {
	Key            string `json:"key"`
	English        string `json:"english"`
	Text           string `json:"text"` // the term; for a label, its masculine singular
	Plural         string `json:"plural,omitempty"`
	Feminine       string `json:"feminine,omitempty"`
	FemininePlural string `json:"feminine_plural,omitempty"`
	Gender         string `json:"gender,omitempty"` // "m" or "f" for a noun, "" otherwise
	Source         string `json:"source,omitempty"`
}

// formNames are the names of a term's forms, as its JSON and the
// template helper "term" give them.
var formNames = [...]string{"text", "plural", "feminine", "feminine_plural"}

// formField returns the field of the term's form of that name, nil for a
// name not in formNames.
func (t *Term) formField(name string) *string {
	switch name {
	case "text":
		return &t.Text
	case "plural":
		return &t.Plural
	case "feminine":
		return &t.Feminine
	case "feminine_plural":
		return &t.FemininePlural
	}
	return nil
}

// formOf returns the term's form of that name, "" when it has none.
func (t Term) formOf(name string) string {
	if f := t.formField(name); f != nil {
		return *f
	}
	return ""
}

// forms returns the term's forms by name, the empty ones left out.
func (t Term) forms() map[string]string {
	m := map[string]string{}
	for _, name := range formNames {
		if v := t.formOf(name); v != "" {
			m[name] = v
		}
	}
	return m
}

// Glossary is the terms a Set's wording uses, by key: the IDEA terms
// ("goal", "benchmark", "annual-goal", "progress-report", "support",
// "intensity-of-support"; "accommodations" and "short-term-objective",
// which the default wording, like the English, never writes, for a
// vendor's templates), the program's scales ("tep-scale",
// "soft-skill-criteria") and their level labels ("tep.3", "intensity.4"),
// the terms of the year ("term.trimester"), the roles ("role.parent"),
// the therapeutic elements ("element.de-escalation") and the built-in
// soft-skill areas ("skill.group-work"). Every word a Set's helpers write
// for one of these comes from its glossary, so that overriding a term
// ([OverrideTerms]) changes it everywhere. The Spanish glossary ships
// with the library, each term with its source; an English Set's glossary
// holds the same keys with the English words. A Glossary is not changed
// after it is built and is safe for concurrent use.
type Glossary struct {
	lang  Language
	terms map[string]Term
	keys  []string // in the shipped file's order
}

// Language returns the glossary's language.
func (g *Glossary) Language() Language { return g.lang }

// Keys returns the glossary's keys, in the order of the shipped glossary.
func (g *Glossary) Keys() []string { return slices.Clone(g.keys) }

// Term returns the term of key and whether the glossary has it.
func (g *Glossary) Term(key string) (Term, bool) {
	t, ok := g.terms[key]
	return t, ok
}

// text returns the term's text, or the key in brackets for a key the
// glossary lacks (which the package's tests rule out for its own keys).
func (g *Glossary) text(key string) string { return g.form(key, "text") }

// form returns one form of the term ("text", "plural", "feminine",
// "feminine_plural"), falling back to the text when the term has no such
// form.
func (g *Glossary) form(key, form string) string {
	t, ok := g.terms[key]
	if !ok {
		return "[" + key + "]"
	}
	if s := t.formOf(form); s != "" {
		return s
	}
	return t.Text
}

// gender returns the gender of a noun term, "m" or "f" ("" for none).
func (g *Glossary) gender(key string) string { return g.terms[key].Gender }

// indefinite returns the noun term with its indefinite article: "una
// intensidad del apoyo", "un apoyo".
func (g *Glossary) indefinite(key string) string {
	if g.gender(key) == "f" {
		return "una " + g.text(key)
	}
	return "un " + g.text(key)
}

// ShippedGlossary returns the glossary the library ships for l: the
// Spanish terms with their sources, or for English the same keys with the
// English words.
func ShippedGlossary(l Language) (*Glossary, error) {
	g, err := shippedGlossary()
	if err != nil || l.orDefault() == Spanish {
		return g, err
	}
	if !l.IsValid() && l != 0 {
		return nil, invalid("", "ShippedGlossary(%d): want English or Spanish", uint8(l))
	}
	en := &Glossary{lang: English, terms: make(map[string]Term, len(g.terms)), keys: g.keys}
	for k, t := range g.terms {
		en.terms[k] = Term{Key: k, English: t.English, Text: t.English}
	}
	return en, nil
}

var shippedGlossary = sync.OnceValues(func() (*Glossary, error) {
	data, err := glossaries.ReadFile("glossary/es.json")
	if err != nil {
		return nil, &Error{Source: "embedded glossary/es.json", Kind: ErrSource, Err: err}
	}
	g, err := parseGlossary(data)
	if err != nil {
		return nil, &Error{Source: "embedded glossary/es.json", Kind: ErrSource, Err: err}
	}
	return g, nil
})

// parseGlossary reads a glossary file: {"language": "es", "terms": [Term…]}.
func parseGlossary(data []byte) (*Glossary, error) {
	var file struct {
		Language Language `json:"language"`
		Title    string   `json:"title"`
		Terms    []Term   `json:"terms"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&file); err != nil {
		return nil, err
	}
	g := &Glossary{lang: file.Language, terms: make(map[string]Term, len(file.Terms))}
	for i, t := range file.Terms {
		if _, twice := g.terms[t.Key]; twice || t.Key == "" || strings.TrimSpace(t.Text) == "" {
			return nil, fmt.Errorf("terms[%d] %q: want a new key and a text", i, t.Key)
		}
		g.terms[t.Key] = t
		g.keys = append(g.keys, t.Key)
	}
	return g, nil
}

// OverrideTerms replaces terms of the Set's glossary with a district's,
// given as a JSON object of key to term: a string for a term that has
// only a text ({"accommodations": "adaptaciones"}; a noun keeps its
// gender), or an object of the
// forms the shipped term has ({"benchmark": {"text": "objetivo", "plural":
// "objetivos"}}; a label's "text", "feminine", "plural",
// "feminine_plural"), every one of them given, and for a noun optionally
// its "gender" ("m" or "f"), which the words around it then agree with
// ({"support": {"text": "ayuda", "plural": "ayudas", "gender": "f"}}:
// "ayuda moderada o menos"). Every place the Set's
// wording writes the term changes. A key the glossary lacks, a form
// missing or unknown, or an empty form fails the build with [ErrInvalid],
// the error's Field naming the key. Overrides are applied in order, after
// the language is chosen, and kept by [Set.With]. A term is one entry:
// "intensity-of-support" ("intensidad del apoyo") is not made of
// "support", so a district that renames one renames the other too.
func OverrideTerms(data []byte) Option {
	return func(c *config) {
		var entries map[string]json.RawMessage
		dec := json.NewDecoder(bytes.NewReader(data))
		if err := dec.Decode(&entries); err != nil {
			c.errs = append(c.errs, &Error{Source: "OverrideTerms", Kind: ErrInvalid, Err: fmt.Errorf("want a JSON object of key to term: %w", err)})
			return
		}
		if _, err := dec.Token(); err != io.EOF {
			c.errs = append(c.errs, &Error{Source: "OverrideTerms", Kind: ErrInvalid, Err: fmt.Errorf("data after the object")})
			return
		}
		for _, key := range slices.Sorted(maps.Keys(entries)) {
			c.overrides = append(c.overrides, termOverride{key, entries[key]})
		}
	}
}

// termOverride is one entry of OverrideTerms, applied when the Set is built.
type termOverride struct {
	key  string
	data json.RawMessage
}

// withOverrides returns g with the overrides applied (g when there are none).
func (g *Glossary) withOverrides(overrides []termOverride) (*Glossary, error) {
	if len(overrides) == 0 {
		return g, nil
	}
	out := &Glossary{lang: g.lang, terms: maps.Clone(g.terms), keys: g.keys}
	for _, o := range overrides {
		t, ok := out.terms[o.key]
		if !ok {
			return nil, &Error{Source: "OverrideTerms", Field: o.key, Kind: ErrInvalid, Err: fmt.Errorf("no term %q in the glossary", o.key)}
		}
		next, err := t.overridden(o.data)
		if err != nil {
			return nil, &Error{Source: "OverrideTerms", Field: o.key, Kind: ErrInvalid, Err: err}
		}
		out.terms[o.key] = next
	}
	return out, nil
}

// overridden returns t with the forms data gives: every form t has.
func (t Term) overridden(data json.RawMessage) (Term, error) {
	have := t.forms()
	var text string
	if err := json.Unmarshal(data, &text); err == nil {
		if len(have) > 1 {
			return t, fmt.Errorf("the term has the forms %s: give them all in an object", strings.Join(slices.Sorted(maps.Keys(have)), ", "))
		}
		data, _ = json.Marshal(map[string]string{"text": text})
	}
	var forms map[string]string
	if err := json.Unmarshal(data, &forms); err != nil {
		return t, fmt.Errorf("want a string or an object of forms: %w", err)
	}
	if gender, ok := forms["gender"]; ok {
		if t.Gender == "" || (gender != "m" && gender != "f") {
			return t, fmt.Errorf("gender %q: a noun's gender is \"m\" or \"f\"; a label has none", gender)
		}
		t.Gender = gender
		delete(forms, "gender")
	}
	for name, v := range forms {
		if _, ok := have[name]; !ok {
			return t, fmt.Errorf("form %q: the term's forms are %s", name, strings.Join(slices.Sorted(maps.Keys(have)), ", "))
		}
		if strings.TrimSpace(v) == "" {
			return t, fmt.Errorf("form %q is empty", name)
		}
	}
	for name := range have {
		if _, ok := forms[name]; !ok {
			return t, fmt.Errorf("form %q missing: give every form the term has (%s)", name, strings.Join(slices.Sorted(maps.Keys(have)), ", "))
		}
	}
	for _, name := range formNames {
		*t.formField(name) = forms[name]
	}
	t.Source = "OverrideTerms"
	return t, nil
}

// Glossary returns the Set's glossary, with any overrides applied.
func (s *Set) Glossary() *Glossary { return s.glossary }

// glossary returns the glossary of the language with the overrides
// applied; the English wording takes none.
func (c *config) glossary() (*Glossary, error) {
	g, err := ShippedGlossary(c.lang)
	if err != nil {
		return nil, err
	}
	if c.lang == English && len(c.overrides) > 0 {
		return nil, &Error{Source: "OverrideTerms", Kind: ErrInvalid, Err: fmt.Errorf("the English wording writes its terms in its templates: override terms of a Spanish Set (InLanguage(Spanish))")}
	}
	return g.withOverrides(c.overrides)
}
