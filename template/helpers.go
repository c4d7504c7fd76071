package template

import (
	"fmt"
	"maps"
	ttemplate "text/template"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// helperFuncs returns the helper functions of a Set in language lang with
// glossary g: the package's helpers, with those that write words of the
// language (dates, percents, lists, the program's terms) in that
// language. The helpers every language has besides the English ones:
//
//	term KEY          the glossary's text for KEY ("benchmark")
//	termForm KEY FORM one form of it: "text", "plural", "feminine", "feminine_plural"
//	skill AREA        a soft-skill area in words: the glossary's
//	                  "skill.<id>" for a built-in area, else the area's phrase
//	elementName E     a therapeutic element's name
//	stageTitle STAGE  a goal stage's title
func helperFuncs(lang Language, g *Glossary) ttemplate.FuncMap {
	m := maps.Clone(funcs)
	m["term"] = func(key string) (string, error) { return termOf(g, key, "text") }
	m["termForm"] = func(key, form string) (string, error) { return termOf(g, key, form) }
	m["skill"] = func(a rubric.SkillArea) string {
		if t, ok := g.Term("skill." + a.ID()); ok && lang == Spanish {
			return t.Text
		}
		return a.Phrase()
	}
	m["elementName"] = func(e rubric.Element) string { return e.String() }
	m["stageTitle"] = func(st goal.Stage) string {
		if lang == Spanish {
			return g.text("stage." + st.String())
		}
		return st.Title()
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
	if _, ok := t.forms()[form]; !ok && form != "text" {
		return "", fmt.Errorf("term %q has no form %q", key, form)
	}
	return g.form(key, form), nil
}
