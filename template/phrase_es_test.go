package template

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

func spanishOf(t *testing.T) spanish {
	t.Helper()
	g, err := ShippedGlossary(Spanish)
	if err != nil {
		t.Fatal(err)
	}
	return spanish{g}
}

// TestSpanishDates: dates as a Spanish sentence writes them — day, "de",
// the month in lower case, "de", the year — and spans with "del … al …",
// the shared month and year written once.
func TestSpanishDates(t *testing.T) {
	es := spanishOf(t)
	d := goal.MustDate
	tests := []struct {
		got, want string
	}{
		{es.date(d(2027, 3, 13)), "13 de marzo de 2027"},
		{es.date(d(2026, 9, 1)), "1 de septiembre de 2026"},
		{es.date(goal.Date{}), Blank},
		{es.shortDate(d(2026, 9, 7)), "7 sept"},
		{es.shortDate(d(2027, 1, 11)), "11 ene"},
		{es.dateRange(d(2026, 11, 5), d(2026, 11, 20)), "del 5 al 20 de noviembre de 2026"},
		{es.dateRange(d(2026, 11, 30), d(2026, 12, 4)), "del 30 de noviembre al 4 de diciembre de 2026"},
		{es.dateRange(d(2026, 12, 14), d(2027, 1, 8)), "del 14 de diciembre de 2026 al 8 de enero de 2027"},
		{es.dateRange(d(2026, 11, 5), d(2026, 11, 5)), "el 5 de noviembre de 2026"},
		{es.deadline(goal.By(d(2027, 3, 13))), "el 13 de marzo de 2027"},
		{es.deadline(goal.ByEndOf(goal.Trimester1)), "el final del primer trimestre"},
		{es.deadline(goal.ByEndOf(goal.Trimester3)), "el final del tercer trimestre"},
		{es.deadline(goal.ByEndOf(goal.Semester2)), "el final del segundo semestre"},
		{es.deadline(goal.ByEndOf(goal.Quarter4)), "el final del cuarto período de calificaciones"},
		{es.deadline(goal.ByEndOf(goal.SchoolYear)), "el final del año escolar"},
		{es.deadline(goal.Deadline{}), Blank},
		{es.ordinal(5), "5.º"},
		{es.ordinalWord(1, true), "primera"},
		{es.ordinalWord(7, true), "7.ª"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

// TestSpanishNumbersAndLists: percents "90 %" with a no-break space and
// the English rounding; lists "a, b y c" with "e" before an i sound; the
// bands and support clauses of the formal sentence.
func TestSpanishNumbersAndLists(t *testing.T) {
	es := spanishOf(t)
	pct := func(v any) string {
		s, err := es.percent(v)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	band := func(v any) string {
		s, err := es.band(v)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		got, want string
	}{
		{pct(90), "90\u00a0%"},
		{pct(87.5), "87.5\u00a0%"},
		{pct(progress.Tally{Rated: 16, Qualifying: 1}), "6.3\u00a0%"},
		{pct(progress.Tally{}), ""},
		{es.join(nil), ""},
		{es.join([]string{"Memoria"}), "Memoria"},
		{es.join([]string{"Memoria", "Relación"}), "Memoria y Relación"},
		{es.join([]string{"Memoria", "Relación", "Visual"}), "Memoria, Relación y Visual"},
		{es.join([]string{"Comunicación", "Identidad"}), "Comunicación e Identidad"},
		{es.join([]string{"Memoria", "Historia"}), "Memoria e Historia"},
		{es.join([]string{"agua", "hielo"}), "agua y hielo"},
		{band(rubric.MustBand[rubric.TEP](3, 5)), "entre 3 y 5"},
		{band(rubric.MustBand[rubric.TEP](4, 4)), "4"},
		{es.support(goal.MustSupportAtMost(4)), "una intensidad del apoyo de nivel 4 o menos"},
		{es.support(goal.MustSupportRange(4, 5)), "una intensidad del apoyo de nivel 4 a 5"},
		{es.support(goal.MustSupportRange(4, 4)), "una intensidad del apoyo de nivel 4"},
		{es.support(goal.Independent()), ""},
		{es.pointsChange(0.04), "sin cambios"},
		{es.pointsChange(2.5), "sube 2.5 puntos"},
		{es.pointsChange(-1), "baja 1 punto"},
		{es.itemNumbers([]int{4, 17, 56}), "4, 17 y 56"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: %q, want %q", i, tt.got, tt.want)
		}
	}
}

// TestSpanishPlainWords: the level labels agree with the noun they
// describe — feminine with "calificación", masculine with "apoyo".
func TestSpanishPlainWords(t *testing.T) {
	es := spanishOf(t)
	tep := func(low, high int) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](rubric.TEP(low), rubric.TEP(high)), Support: goal.MustSupportAtMost(4), Threshold: 50})
	}
	skill := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Proficiency: rubric.MustBand[rubric.SoftSkill](2, 3),
		Skill: rubric.MustSkillArea("group-work", "working successfully in a group"), Support: goal.MustSupportAtMost(1), Threshold: 75})
	got := []string{
		es.plainBand(tep(3, 5)), es.plainBand(tep(4, 4)), es.plainBand(tep(2, 4)), es.plainBand(tep(1, 2)), es.plainBand(skill),
		es.plainSupport(goal.MustSupportRange(4, 5)), es.plainSupport(goal.MustSupportRange(3, 5)),
		es.plainSupport(goal.MustSupportAtMost(3)), es.plainSupport(goal.MustSupportRange(4, 4)), es.plainSupport(goal.Independent()),
	}
	want := []string{
		"una calificación aceptable o mejor", "una calificación buena", "una calificación de marginal a buena",
		"una calificación inadecuada o marginal", "una calificación emergente o en desarrollo",
		"apoyo alto o extremo", "apoyo de moderado a extremo", "apoyo moderado o menos", "apoyo alto", "apoyo mínimo",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plain words (-want +got):\n%s", diff)
	}
}
