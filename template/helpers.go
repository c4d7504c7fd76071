package template

import (
	"fmt"
	"maps"
	"strconv"
	ttemplate "text/template"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

// helperFuncs returns the helper functions of a Set in language lang with
// glossary g: the package's helpers, with those that write words of the
// language (dates, percents, lists, the program's terms) in that
// language. The helpers every language has besides the English ones:
//
//	term KEY          the glossary's text for KEY ("benchmark")
//	termForm KEY FORM one form of it: "text", "plural", "feminine", "feminine_plural"
//	termWith DET KEY  the term after a determiner that agrees with its
//	                  gender and number: DET is the masculine form ("el",
//	                  "un", "del", "al", "los", "unos", "este", "estos",
//	                  "cada", "su", "sus"); a plural one takes the plural
//	                  form: termWith "del" "benchmark" → "del punto de
//	                  referencia". In English DET is written as given.
//	skill AREA        a soft-skill area in words: the glossary's
//	                  "skill.<id>" for a built-in area, else the area's phrase
//	elementName E     a therapeutic element's name
//	stageTitle STAGE  a goal stage's title
//	responseLabel R   a self-assessment response's level label ("partially in place")
//	priorityName P    an action item's priority ("high")
//	codesTitle SET    a code set's title in the language (its own without one)
//	codeLabel SET C   the label of code C of the set, in the language (C's own without a set)
//	reasonLabel SET R the label of the set's code for reason R, in the language ("" without a set)
func helperFuncs(lang Language, g *Glossary) ttemplate.FuncMap {
	m := maps.Clone(funcs)
	m["term"] = func(key string) (string, error) { return termOf(g, key, "text") }
	m["termForm"] = func(key, form string) (string, error) { return termOf(g, key, form) }
	m["termWith"] = func(det, key string) (string, error) { return termWith(g, det, key) }
	m["skill"] = func(a rubric.SkillArea) string {
		if t, ok := g.Term("skill." + a.ID()); ok && lang == Spanish {
			return t.Text
		}
		return a.Phrase()
	}
	m["elementName"] = func(e rubric.Element) string { return e.String() }
	m["stageTitle"] = func(st goal.Stage) string {
		if lang == Spanish && st.IsValid() {
			return g.text("stage." + st.String())
		}
		return st.Title()
	}
	m["responseLabel"] = func(r instrument.Response) string {
		if lang == Spanish && r.IsValid() {
			return g.text("implementation." + strconv.Itoa(r.Level()))
		}
		return r.Label()
	}
	m["priorityName"] = func(p instrument.Priority) string {
		if lang == Spanish && p.IsValid() {
			return g.text("priority." + p.String())
		}
		return p.String()
	}
	m["codesTitle"] = func(set *assess.CodeSet) (string, error) {
		if set == nil {
			return "", fmt.Errorf("codesTitle: no code set")
		}
		return set.TitleIn(lang.String()), nil
	}
	m["codeLabel"] = func(set *assess.CodeSet, c assess.Code) string {
		if set == nil {
			return c.Label
		}
		return set.LabelIn(lang.String(), c)
	}
	m["reasonLabel"] = func(set *assess.CodeSet, r assess.Reason) string {
		if set == nil {
			return ""
		}
		return set.ReasonLabelIn(lang.String(), r)
	}
	if lang != Spanish {
		return m
	}
	es := spanish{g}
	for name, fn := range map[string]any{
		"student":      es.student,
		"ordinal":      es.ordinal,
		"percent":      es.percent,
		"band":         es.band,
		"support":      es.support,
		"deadline":     es.deadline,
		"date":         es.date,
		"shortDate":    es.shortDate,
		"dateRange":    es.dateRange,
		"due":          es.due,
		"join":         func(v any) (string, error) { return joinWith(v, es.join) },
		"plainBand":    es.plainBand,
		"plainSupport": es.plainSupport,
		"elements":     es.elements,
		"elementName":  es.elementName,
		"roles":        es.roles,
		"pointsChange": es.pointsChange,
		"itemNumbers":  es.itemNumbers,
	} {
		if _, ok := m[name]; !ok {
			panic("template: Spanish helper " + name + " has no English one")
		}
		m[name] = fn
	}
	return m
}

// termOf is the helpers "term" and "termForm".
func termOf(g *Glossary, key, form string) (string, error) {
	t, ok := g.Term(key)
	if !ok {
		return "", fmt.Errorf("term: no term %q in the glossary", key)
	}
	if t.formOf(form) == "" {
		return "", fmt.Errorf("term %q has no form %q", key, form)
	}
	return g.form(key, form), nil
}

// spanishDeterminers maps a masculine determiner to its feminine form and
// whether it takes the plural.
var spanishDeterminers = map[string]struct {
	feminine string
	plural   bool
}{
	"el": {"la", false}, "un": {"una", false}, "del": {"de la", false}, "al": {"a la", false},
	"los": {"las", true}, "unos": {"unas", true}, "este": {"esta", false}, "estos": {"estas", true},
	"cada": {"cada", false}, "su": {"su", false}, "sus": {"sus", true},
}

// termWith is the helper "termWith".
func termWith(g *Glossary, det, key string) (string, error) {
	t, ok := g.Term(key)
	if !ok {
		return "", fmt.Errorf("termWith: no term %q in the glossary", key)
	}
	if g.lang != Spanish {
		return det + " " + t.Text, nil
	}
	d, ok := spanishDeterminers[det]
	if !ok {
		return "", fmt.Errorf("termWith: determiner %q: want el, un, del, al, los, unos, este, estos, cada, su or sus", det)
	}
	noun := t.Text
	if d.plural {
		noun = g.form(key, "plural")
	}
	if t.Gender == "f" {
		det = d.feminine
	}
	return det + " " + noun, nil
}
