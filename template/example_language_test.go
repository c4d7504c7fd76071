package template_test

import (
	"fmt"
	"os"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// The Spanish wording set words the same benchmark for a Spanish-speaking
// family: the formal sentence and the plain version.
func ExampleDefaultIn() {
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityHigh),
		Threshold: 90,
		Deadline:  goal.ByEndOf(goal.Trimester2),
	})
	es := template.DefaultIn(template.Spanish) // percents as "90 %", a no-break space before the sign
	if err := es.Benchmark(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
	}
	fmt.Print("\n\n")
	if err := es.Plain(os.Stdout, template.Text, "Jordan", b); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output:
	// Con una intensidad del apoyo de nivel 4 o menos, Jordan obtendrá una calificación de entre 3 y 5 en la escala de tolerancia, compromiso y participación durante el 90 % o más del día para el final del segundo trimestre.
	//
	// Para el final del segundo trimestre, Jordan obtendrá una calificación aceptable o mejor durante al menos el 90 % del día escolar.
	// Lo que buscamos: que Jordan haga frente a las tareas de clase, mantenga el interés y participe.
	// Los adultos dan apoyo alto o menos. Darán menos a medida que Jordan pueda hacer más por su cuenta.
}

// A district that says "ayuda" for support overrides the term once; every
// sentence that writes it changes, and the words around it agree with its
// gender.
func ExampleOverrideTerms() {
	es, err := template.New(template.InLanguage(template.Spanish),
		template.OverrideTerms([]byte(`{"support": {"text": "ayuda", "plural": "ayudas", "gender": "f"}}`)))
	if err != nil {
		fmt.Println(err)
		return
	}
	b := goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 80,
		Deadline:  goal.By(goal.MustDate(2027, 3, 13)),
	})
	if err := es.Execute(os.Stdout, template.Text, template.NamePlainSupport, template.BenchmarkData{Student: "Jordan", Benchmark: b}); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	// Output:
	// Los adultos dan ayuda moderada o menos. Darán menos a medida que Jordan pueda hacer más por su cuenta.
}
