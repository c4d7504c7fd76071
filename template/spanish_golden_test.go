package template_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// A reviewed pair: the English sentence of the default set and its Spanish
// in the Spanish set. The test renders both, so the English beside each
// Spanish sentence is the source it was reviewed against.
type reviewed struct{ en, es string }

// The review, sentence by sentence (the choices are the package
// documentation's "Languages"):
//
//   - "With a level N intensity of support or less" → "Con una intensidad
//     del apoyo de nivel N o menos": the OSEP glossary's "apoyo", the
//     program's level kept as a number; "level 4 to 5" → "de nivel 4 a 5";
//     the independent rung has no clause in either language.
//   - "will achieve between a 3 and 5 on the … scale" → "obtendrá una
//     calificación de entre 3 y 5 en la escala de …": a rating is
//     obtained ("obtener una calificación"), not "achieved"; the scale's
//     name is the glossary's, with its article.
//   - "for 90% or more of the day" → "durante el 90 % o más del día"; the
//     percent with its article and a no-break space.
//   - "on the soft skills proficiency criteria for working successfully in
//     a group 75% or more of opportunities provided" → "en los criterios de
//     dominio de las habilidades socioemocionales para trabajar con éxito en
//     grupo en el 75 % o más de las oportunidades brindadas": "soft skills"
//     as the socio-emotional skills U.S. Spanish school documents name;
//     the area as an infinitive phrase, from the glossary.
//   - "by the end of the 1st trimester" → "para el final del primer
//     trimestre" (the ordinal in words, apocopated before the noun); "by
//     March 13, 2027" → "para el 13 de marzo de 2027"; "by ______" → "para
//     ______".
//   - Plain versions: one short sentence each (25 words at most), no scale
//     words; "Success looks like …" → "Lo que buscamos: que …" (not
//     "Tener éxito …", which a skill's "con éxito" would echo), said with
//     verbs so that nothing agrees with the student's gender; the adults'
//     support by the labels, agreeing with "apoyo" ("apoyo alto o
//     extremo"), in a sentence of its own before "Darán menos a medida
//     que …"; a soft skill gets its own first sentence.
//
// A native speaker should confirm: "compromiso" for engagement (in the
// scale's name and "la meta de compromiso"); "habilidades
// socioemocionales" for soft skills; "oportunidades brindadas" for
// "opportunities provided"; "haga frente a las tareas de clase, mantenga
// el interés y participe" for "coping with class tasks, staying engaged
// and taking part"; "período de calificaciones" for a school quarter;
// "línea de objetivo" for the aimline; "TCP" as the short name of the
// TEP scale; "el o la estudiante" for an unnamed student.

// TestSpanishDomainSentences: the five sentences of the wording section
// of the domain notes, in Spanish.
func TestSpanishDomainSentences(t *testing.T) {
	tep := func(support goal.Support, threshold int, d goal.Deadline) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
			Support: support, Threshold: threshold, Deadline: d})
	}
	soft := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork,
		Proficiency: rubric.MustBand(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping),
		Support:     goal.MustSupportAtMost(rubric.IntensityMinimal), Threshold: 75, Deadline: june11})
	tests := []struct {
		student string
		b       goal.Benchmark
		want    reviewed
	}{
		{"Jordan", tep(goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), 50, goal.ByEndOf(goal.Trimester1)), reviewed{
			"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
			"Con una intensidad del apoyo de nivel 4 a 5, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 50\u00a0% o más del día para el final del primer trimestre."}},
		{"Jordan", tep(goal.MustSupportAtMost(rubric.IntensityModerate), 90, march13), reviewed{
			"With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
			"Con una intensidad del apoyo de nivel 3 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 13 de marzo de 2027."}},
		{"Jordan", tep(goal.Independent(), 90, goal.ByEndOf(goal.SchoolYear)), reviewed{
			"Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the school year.",
			"Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del año escolar."}},
		{"Jordan", soft, reviewed{
			"With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by June 11, 2027.",
			"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 2 y 3 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el 11 de junio de 2027."}},
		{"", tep(goal.MustSupportAtMost(rubric.IntensityMild), 90, goal.Deadline{}), reviewed{
			"With a level 2 intensity of support or less, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by ______.",
			"Con una intensidad del apoyo de nivel 2 o menos, ______ obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para ______."}},
	}
	es := template.DefaultIn(template.Spanish)
	for _, tt := range tests {
		got := reviewed{formal(t, template.Default(), template.Text, tt.student, tt.b), formal(t, es, template.Text, tt.student, tt.b)}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(reviewed{})); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
}

// TestSpanishNames: names are written as given, accents, apostrophes and
// hyphens included, in text; HTML escapes only what HTML must.
func TestSpanishNames(t *testing.T) {
	es := template.DefaultIn(template.Spanish)
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support: goal.Independent(), Threshold: 90, Deadline: march13})
	for _, tt := range []struct{ name, html string }{
		{"José", "José"}, {"María José", "María José"}, {"D'Angelo", "D&#39;Angelo"}, {"Ana-Lucía Ñúñez", "Ana-Lucía Ñúñez"},
	} {
		want := " obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 13 de marzo de 2027."
		if got := formal(t, es, template.Text, tt.name, b); got != tt.name+want {
			t.Errorf("%s: %q", tt.name, got)
		}
		if got := formal(t, es, template.HTML, tt.name, b); !strings.HasPrefix(got, tt.html+" obtendrá") {
			t.Errorf("%s in HTML: %q", tt.name, got)
		}
	}
}

// TestSpanishLadders: the seed's sample ladder of each stage, every rung's
// formal sentence and the first rung's plain version of each goal, in
// English and in Spanish.
func TestSpanishLadders(t *testing.T) {
	tests := []struct {
		name   string
		stage  goal.Stage
		opts   goal.LadderOptions
		formal [][]reviewed
		plain  []reviewed
	}{
		{
			name: "stage 1, trimesters", stage: goal.StageNewToProgram, opts: goal.LadderOptions{Deadlines: trimesters},
			formal: [][]reviewed{{
				{"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.",
					"Con una intensidad del apoyo de nivel 4 a 5, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 50\u00a0% o más del día para el final del primer trimestre."},
				{"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 75% or more of the day by the end of the 2nd trimester.",
					"Con una intensidad del apoyo de nivel 4 a 5, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 75\u00a0% o más del día para el final del segundo trimestre."},
				{"With a level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
					"Con una intensidad del apoyo de nivel 4 a 5, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del tercer trimestre."},
			}},
			plain: []reviewed{
				{"By the end of the 1st trimester, Jordan will be rated fair or better for at least 50% of the school day.\nSuccess looks like Jordan coping with class tasks, staying engaged and taking part.\nThe adults keep giving high to extreme support, as much as Jordan needs.",
					"Para el final del primer trimestre, Jordan obtendrá una calificación aceptable o mejor durante al menos el 50\u00a0% del día escolar.\nLo que buscamos: que Jordan haga frente a las tareas de clase, mantenga el interés y participe.\nLos adultos siguen dando apoyo alto o extremo, según lo que Jordan necesite."},
			},
		},
		{
			name: "stage 2, dates", stage: goal.StageMaintaining, opts: goal.LadderOptions{Focus: focusDeVisual, Deadlines: dates},
			formal: [][]reviewed{{
				{"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by November 20, 2026.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 20 de noviembre de 2026."},
				{"With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
					"Con una intensidad del apoyo de nivel 3 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 13 de marzo de 2027."},
				{"With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by March 13, 2027.",
					"Con una intensidad del apoyo de nivel 2 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 13 de marzo de 2027."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by June 11, 2027.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 11 de junio de 2027."},
				{"Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by June 11, 2027.",
					"Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el 11 de junio de 2027."},
			}},
			plain: []reviewed{
				{"By November 20, 2026, Jordan will be rated fair or better for at least 90% of the school day.\nSuccess looks like Jordan coping with class tasks, staying engaged and taking part.\nThe adults give high support or less, and step it down as Jordan is ready.\nThey pay special attention to De-escalation and Visual.",
					"Para el 20 de noviembre de 2026, Jordan obtendrá una calificación aceptable o mejor durante al menos el 90\u00a0% del día escolar.\nLo que buscamos: que Jordan haga frente a las tareas de clase, mantenga el interés y participe.\nLos adultos dan apoyo alto o menos. Darán menos a medida que Jordan pueda hacer más por su cuenta.\nSe presta especial atención a Desescalamiento y Apoyo visual."},
			},
		},
		{
			name: "stage 3, trimesters", stage: goal.StageSkillDeficit, opts: goal.LadderOptions{Focus: focusDeVisual, Skills: []rubric.SkillArea{groupWork}, Deadlines: trimesters},
			formal: [][]reviewed{{
				{"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 1st trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del primer trimestre."},
				{"With a level 3 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.",
					"Con una intensidad del apoyo de nivel 3 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del segundo trimestre."},
				{"With a level 2 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 2nd trimester.",
					"Con una intensidad del apoyo de nivel 2 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del segundo trimestre."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del tercer trimestre."},
				{"Jordan will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 90% or more of the day by the end of the 3rd trimester.",
					"Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90\u00a0% o más del día para el final del tercer trimestre."},
			}, {
				{"With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 1st trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 2 y 3 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el final del primer trimestre."},
				{"With a level 4 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 1st trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 2 y 3 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el final del primer trimestre."},
				{"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 2nd trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 3 y 4 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el final del segundo trimestre."},
				{"With a level 4 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 2nd trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 3 y 4 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el final del segundo trimestre."},
				{"With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by the end of the 3rd trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 4 y 5 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el final del tercer trimestre."},
				{"With a level 4 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by the end of the 3rd trimester.",
					"Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 4 y 5 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el final del tercer trimestre."},
			}},
			plain: []reviewed{
				{"By the end of the 1st trimester, Jordan will be rated fair or better for at least 90% of the school day.\nSuccess looks like Jordan coping with class tasks, staying engaged and taking part.\nThe adults give high support or less, and step it down as Jordan is ready.\nThey pay special attention to De-escalation and Visual.",
					"Para el final del primer trimestre, Jordan obtendrá una calificación aceptable o mejor durante al menos el 90\u00a0% del día escolar.\nLo que buscamos: que Jordan haga frente a las tareas de clase, mantenga el interés y participe.\nLos adultos dan apoyo alto o menos. Darán menos a medida que Jordan pueda hacer más por su cuenta.\nSe presta especial atención a Desescalamiento y Apoyo visual."},
				{"Working successfully in a group is the skill to build.\nBy the end of the 1st trimester, Jordan will be rated emerging or developing at it.\nThat should happen in at least 75% of the chances to use it.\nSuccess looks like Jordan working successfully in a group whenever the chance comes up.\nThe adults give high support or less, and step it down as Jordan is ready.",
					"Jordan está aprendiendo a trabajar con éxito en grupo.\nPara el final del primer trimestre, Jordan obtendrá una calificación emergente o en desarrollo en esta habilidad.\nSe espera que sea así en al menos el 75\u00a0% de las oportunidades de usarla.\nLo que buscamos: que Jordan pueda trabajar con éxito en grupo cada vez que tenga la oportunidad.\nLos adultos dan apoyo alto o menos. Darán menos a medida que Jordan pueda hacer más por su cuenta."},
			},
		},
		{
			name: "stage 4, dates", stage: goal.StageMainstream, opts: goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}, Deadlines: dates},
			formal: [][]reviewed{{
				{"With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by November 20, 2026.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 2 y 3 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el 20 de noviembre de 2026."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 2 and 3 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by November 20, 2026.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 2 y 3 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el 20 de noviembre de 2026."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by March 13, 2027.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 3 y 4 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el 13 de marzo de 2027."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 3 and 4 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by March 13, 2027.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 3 y 4 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el 13 de marzo de 2027."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 75% or more of opportunities provided by June 11, 2027.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 4 y 5 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 75\u00a0% o más de las oportunidades brindadas para el 11 de junio de 2027."},
				{"With a level 1 intensity of support or less, Jordan will achieve between a 4 and 5 on the soft skills proficiency criteria for working successfully in a group 90% or more of opportunities provided by June 11, 2027.",
					"Con una intensidad del apoyo de nivel 1 o menos, Jordan obtendrá una calificación de entre 4 y 5 en los criterios de dominio de las habilidades socioemocionales para trabajar con éxito en grupo en el 90\u00a0% o más de las oportunidades brindadas para el 11 de junio de 2027."},
			}},
			plain: []reviewed{
				{"Working successfully in a group is the skill to build.\nBy November 20, 2026, Jordan will be rated emerging or developing at it.\nThat should happen in at least 75% of the chances to use it.\nSuccess looks like Jordan working successfully in a group whenever the chance comes up.\nThe adults give only minimal support, the kind every student gets.",
					"Jordan está aprendiendo a trabajar con éxito en grupo.\nPara el 20 de noviembre de 2026, Jordan obtendrá una calificación emergente o en desarrollo en esta habilidad.\nSe espera que sea así en al menos el 75\u00a0% de las oportunidades de usarla.\nLo que buscamos: que Jordan pueda trabajar con éxito en grupo cada vez que tenga la oportunidad.\nLos adultos solo dan apoyo mínimo, como a cualquier estudiante."},
			},
		},
	}
	es := template.DefaultIn(template.Spanish)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Calendar = schoolYear
			p, err := goal.StandardPlan(tt.stage, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var formals [][]reviewed
			var plains []reviewed
			for _, g := range p.Goals() {
				var rungs []reviewed
				for _, b := range g.Benchmarks() {
					rungs = append(rungs, reviewed{formal(t, template.Default(), template.Text, "Jordan", b), formal(t, es, template.Text, "Jordan", b)})
				}
				formals = append(formals, rungs)
				first := g.Benchmarks()[0]
				plain := func(s *template.Set) string {
					return render(t, func(w *strings.Builder) error { return s.Plain(w, template.Text, "Jordan", first) })
				}
				plains = append(plains, reviewed{plain(template.Default()), plain(es)})
			}
			if diff := cmp.Diff(tt.formal, formals, cmp.AllowUnexported(reviewed{})); diff != "" {
				t.Errorf("formal sentences (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.plain, plains, cmp.AllowUnexported(reviewed{})); diff != "" {
				t.Errorf("plain versions (-want +got):\n%s", diff)
			}
		})
	}
}
