package template

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// spanish words the helpers of a Spanish Set, its terms from g. The
// choices (see the package documentation, "Spanish"): dates "13 de marzo
// de 2027"; the terms of the year in words, "el primer trimestre"; other
// ordinals "5.º"; percents "90 %" with a no-break space and a decimal
// point, "87.5 %"; lists "a, b y c", "e" before an "i" sound.
type spanish struct{ g *Glossary }

var spanishMonths = [...]string{"", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
	"agosto", "septiembre", "octubre", "noviembre", "diciembre"}

var spanishShortMonths = [...]string{"", "ene", "feb", "mar", "abr", "may", "jun", "jul",
	"ago", "sept", "oct", "nov", "dic"}

func month(m time.Month) string { return spanishMonths[m] }

// date: "13 de marzo de 2027", [Blank] for the zero Date.
func (spanish) date(d goal.Date) string {
	if !d.IsValid() {
		return Blank
	}
	return strconv.Itoa(d.Day()) + " de " + month(d.Month()) + " de " + strconv.Itoa(d.Year())
}

// shortDate: a tick's "7 sept".
func (spanish) shortDate(d goal.Date) string {
	if !d.IsValid() {
		return Blank
	}
	return strconv.Itoa(d.Day()) + " " + spanishShortMonths[d.Month()]
}

// dateRange: "del 5 al 20 de noviembre de 2026", "del 30 de noviembre al
// 4 de diciembre de 2026", "del 14 de diciembre de 2026 al 8 de enero de
// 2027"; "el 5 de noviembre de 2026" for one day.
func (es spanish) dateRange(from, to goal.Date) string {
	switch {
	case from == to:
		return "el " + es.date(from)
	case !from.IsValid() || !to.IsValid() || from.Year() != to.Year():
		return "del " + es.date(from) + " al " + es.date(to)
	case from.Month() == to.Month():
		return "del " + strconv.Itoa(from.Day()) + " al " + es.date(to)
	}
	return "del " + strconv.Itoa(from.Day()) + " de " + month(from.Month()) + " al " + es.date(to)
}

// ordinal: "1.º", "2.º"; the masculine ordinal indicator after a period,
// as the RAE writes abbreviated ordinals.
func (spanish) ordinal(n int) string { return strconv.Itoa(n) + ".º" }

// ordinalWord: the ordinal of a term of the year before a masculine noun,
// apocopated as Spanish writes it ("primer trimestre", "tercer
// trimestre"); feminine forms for a feminine noun. Beyond the fourth, the
// abbreviated form.
func (es spanish) ordinalWord(n int, feminine bool) string {
	masc := [...]string{"", "primer", "segundo", "tercer", "cuarto"}
	fem := [...]string{"", "primera", "segunda", "tercera", "cuarta"}
	switch {
	case n < 1 || n > 4:
		if feminine {
			return strconv.Itoa(n) + ".ª"
		}
		return es.ordinal(n)
	case feminine:
		return fem[n]
	}
	return masc[n]
}

// percent: "90 %", "87.5 %", with a no-break space before the sign.
func (spanish) percent(v any) (string, error) {
	s, err := percentOf(v)
	return spanishPercent(s), err
}

// spanishPercent rewrites the English form of [Percent] ("87.5%") as
// "87.5 %" (no-break space), keeping one rounding rule for both.
func spanishPercent(english string) string {
	if n, ok := strings.CutSuffix(english, "%"); ok && english != "" && !strings.HasPrefix(english, "%!") {
		return n + "\u00a0%"
	}
	return english
}

// band: "entre 3 y 5", or "4" for a one-level band (after "una
// calificación de").
func (spanish) band(v any) (string, error) {
	return bandWith(v, func(low, high int) string {
		if low == high {
			return strconv.Itoa(low)
		}
		return "entre " + strconv.Itoa(low) + " y " + strconv.Itoa(high)
	})
}

// support: "una intensidad del apoyo de nivel 3 o menos", "… de nivel 4
// a 5", "… de nivel 4"; "" for an independent or unset condition.
func (es spanish) support(s goal.Support) string {
	if !s.IsValid() || s.IsIndependent() {
		return ""
	}
	head := es.g.indefinite("intensity-of-support") + " de nivel "
	band := s.Band()
	switch {
	case s.IsCeiling():
		return head + band.High().String() + " o menos"
	case band.Low() == band.High():
		return head + band.High().String()
	}
	return head + band.Low().String() + " a " + band.High().String()
}

// deadline: what follows "para": "el 13 de marzo de 2027", "el final del
// primer trimestre", "el final del año escolar", [Blank] when unset.
func (es spanish) deadline(d goal.Deadline) string {
	if date, ok := d.Date(); ok {
		return "el " + es.date(date)
	}
	term, ok := d.Term()
	if !ok || !term.IsValid() {
		return Blank
	}
	return "el final " + es.termPhrase(term)
}

// termPhrase: "del primer trimestre", "del año escolar" — the term after
// "final", with the contraction of "de el" and the ordinal agreeing with
// the glossary's noun.
func (es spanish) termPhrase(term goal.Term) string {
	key := "term." + strings.ReplaceAll(term.Unit(), " ", "-")
	noun := es.g.text(key)
	feminine := es.g.gender(key) == "f"
	art := "del "
	if feminine {
		art = "de la "
	}
	if term.Ordinal() == 0 {
		return art + noun
	}
	return art + es.ordinalWord(term.Ordinal(), feminine) + " " + noun
}

// due: the deadline and, for a term, the date the calendar gave it: "el
// final del primer trimestre (20 de noviembre de 2026)"; "" without one.
func (es spanish) due(a assess.Assessment) string {
	d := a.Benchmark.Deadline()
	switch {
	case !a.Deadline.IsValid():
		return ""
	case d.IsZero():
		return "el " + es.date(a.Deadline)
	}
	if _, isTerm := d.Term(); isTerm {
		return es.deadline(d) + " (" + es.date(a.Deadline) + ")"
	}
	return es.deadline(d)
}

// join: "a", "a y b", "a, b y c", with "e" for "y" before a word that
// begins with the sound "i" ("Comunicación e Identidad"), not before "hie"
// or "hia" ("agua y hielo").
func (spanish) join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	last := items[len(items)-1]
	return strings.Join(items[:len(items)-1], ", ") + " " + conjunctionY(last) + " " + last
}

func conjunctionY(next string) string {
	w := strings.ToLower(next)
	switch {
	case strings.HasPrefix(w, "hie"), strings.HasPrefix(w, "hia"), strings.HasPrefix(w, "hio"), strings.HasPrefix(w, "hiu"):
		return "y"
	case strings.HasPrefix(w, "i"), strings.HasPrefix(w, "í"), strings.HasPrefix(w, "hi"), strings.HasPrefix(w, "hí"):
		return "e"
	}
	return "y"
}

// plainBand: "una calificación aceptable o mejor" (TEP 3–5), "una
// calificación emergente o en desarrollo" (soft skill 2–3), "una
// calificación buena" (4–4), "una calificación de marginal a buena"
// (2–4): the level labels in the feminine, agreeing with "calificación".
func (es spanish) plainBand(b goal.Benchmark) string {
	var key string
	var best int
	switch b.Measure() {
	case goal.MeasureTEP:
		key, best = "tep", rubric.TEPScale().Max()
	case goal.MeasureSoftSkill:
		key, best = "soft-skill", rubric.SoftSkillScale().Max()
	default:
		return ""
	}
	low, high := b.BandLow(), b.BandHigh()
	label := func(v int) string { return es.g.form(key+"."+strconv.Itoa(v), "feminine") }
	switch {
	case low == high:
		return "una calificación " + label(low)
	case high == best:
		return "una calificación " + label(low) + " o mejor"
	case low == high-1:
		return "una calificación " + label(low) + " o " + label(high)
	}
	return "una calificación de " + label(low) + " a " + label(high)
}

// plainSupport: "apoyo alto o extremo" (4–5), "apoyo de moderado a
// extremo" (3–5), "apoyo moderado o menos" (3 or less), "apoyo alto"
// (4–4), "apoyo mínimo" (independent, or level 1 or less: there is no
// less): the labels agree with the noun for support, by its gender in the
// glossary.
func (es spanish) plainSupport(s goal.Support) string {
	if !s.IsValid() {
		return ""
	}
	noun := es.g.text("support")
	form := "text"
	if es.g.gender("support") == "f" {
		form = "feminine"
	}
	label := func(v rubric.Intensity) string { return es.g.form("intensity."+strconv.Itoa(int(v)), form) }
	band := s.Band()
	switch {
	case s.IsIndependent():
		return noun + " " + label(s.Limit())
	case s.IsCeiling() && s.Limit() > 1:
		return noun + " " + label(s.Limit()) + " o menos"
	case s.IsCeiling() || band.Low() == band.High():
		return noun + " " + label(band.High())
	case band.Low() == band.High()-1:
		return noun + " " + label(band.Low()) + " o " + label(band.High())
	}
	return noun + " de " + label(band.Low()) + " a " + label(band.High())
}

// elementName: an element's name from the glossary.
func (es spanish) elementName(e rubric.Element) string { return es.g.text("element." + e.Key()) }

// elements: the names of the elements in catalog order.
func (es spanish) elements(set rubric.ElementSet) []string {
	names := make([]string, 0, set.Len())
	for e := range set.All() {
		names = append(names, es.elementName(e))
	}
	return names
}

// roles: the roles' titles from the glossary.
func (es spanish) roles(roles []goal.Role) []string {
	titles := make([]string, len(roles))
	for i, r := range roles {
		titles[i] = es.g.text("role." + r.String())
	}
	return titles
}

// student: "el o la estudiante" for an unnamed student, in prose about
// observed data.
func (spanish) student(name string) string {
	if strings.TrimSpace(name) == "" {
		return "el o la estudiante"
	}
	return name
}

// pointsChange: "sin cambios", "sube 2.5 puntos", "baja 1 punto".
func (spanish) pointsChange(delta float64) string {
	switch {
	case math.IsNaN(delta) || math.IsInf(delta, 0):
		return PointsChange(delta)
	case math.Round(delta*10) == 0:
		return "sin cambios"
	}
	verb := "sube "
	if delta < 0 {
		verb, delta = "baja ", -delta
	}
	n := strings.TrimSuffix(Percent(delta), "%")
	if n == "1" {
		return verb + "1 punto"
	}
	return verb + n + " puntos"
}

// itemNumbers: "4", "4 y 17", "4, 17 y 56".
func (es spanish) itemNumbers(items []int) string {
	s := make([]string, len(items))
	for i, n := range items {
		s[i] = strconv.Itoa(n)
	}
	return es.join(s)
}
