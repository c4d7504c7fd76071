package singlecase_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/singlecase"
	"github.com/iepgoal/iepgoal/rubric"
)

// The worked example of Parker, Vannest & Davis (2011).
func ExampleCompare() {
	a := []float64{20, 20, 26, 25, 22, 23}
	b := []float64{28, 25, 24, 27, 30, 30, 29}
	e, err := singlecase.Compare(a, b, singlecase.Options{Goal: singlecase.Some(30)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("NAP %.4f (Hanley SE %.4f, 95%% CI %.3f–%.3f)\n", e.NAP, e.NAPSEHanley, e.NAPCILower, e.NAPCIUpper)
	tauBC, _ := e.TauBC.Get()
	fmt.Printf("Tau %.4f, Tau-U %.4f, Tau-BC %.4f\n", e.Tau, e.TauU, tauBC)
	fmt.Printf("PND %.4f, PEM %.4f, PAND %.4f, IRD %.4f\n", e.PND, e.PEM, e.PAND, e.IRD)
	pogo, _ := e.PoGO.Get()
	fmt.Printf("PoGO %.1f%% of the way to 30\n", pogo)
	// Output:
	// NAP 0.9167 (Hanley SE 0.0774, 95% CI 0.597–0.986)
	// Tau 0.8333, Tau-U 0.7381, Tau-BC 0.2857
	// PND 0.7143, PEM 1.0000, PAND 0.8462, IRD 0.6905
	// PoGO 66.9% of the way to 30
}

// A decreasing series: lower is better, so both phases are negated
// before the measures are computed.
func ExampleCompare_decrease() {
	incidents := []float64{5, 6, 4, 7}
	after := []float64{3, 2, 4, 1}
	e, _ := singlecase.Compare(incidents, after, singlecase.Options{Improvement: singlecase.Decrease})
	fmt.Printf("NAP %.5f, PND %.2f, Tau-U %.4f\n", e.NAP, e.PND, e.TauU)
	// Output:
	// NAP 0.96875, PND 0.75, Tau-U 1.0625
}

func ExampleAutocorrelation() {
	fmt.Println(singlecase.Autocorrelation([]float64{1, 3, 1, 3}))
	fmt.Println(singlecase.Autocorrelation([]float64{4}))
	// Output:
	// -0.75
	// none
}

// The phases of support of a student's days, and the effect of the
// change between them: three weeks at level 4, then three at level 2,
// the percent of the day rising from 40–44% to 75–79%: PoGO is
// (77 − 42) ÷ (80 − 42).
func ExampleComparePhases() {
	monday := goal.MustDate(2026, 8, 31)
	var days []progress.DayTally
	for w := range 6 {
		level, qualifying := int64(4), int64(40)
		if w >= 3 {
			level, qualifying = 2, 75
		}
		for d := range 5 {
			days = append(days, progress.DayTally{
				Date:  monday.AddDays(7*w + d),
				Tally: progress.Tally{Rated: 100, Qualifying: qualifying + int64(d)}, Units: 100,
				SupportUnits: 100, IntensityUnits: 100 * level,
			})
		}
	}
	phases := assess.SupportPhases(assess.WeekPoints(days), 2)
	bench := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 80})
	e, err := singlecase.ComparePhases(days, phases[0], phases[1], bench, singlecase.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	pogo, _ := e.PoGO.Get()
	fmt.Printf("level %v then %v: %d and %d days\n", phases[0].Support, phases[1].Support, e.A, e.B)
	fmt.Printf("NAP %.2f, PND %.2f, PoGO %.1f%% of the way to 80%%\n", e.NAP, e.PND, pogo)
	// Output:
	// level 4 then 2: 15 and 15 days
	// NAP 1.00, PND 1.00, PoGO 92.1% of the way to 80%
}
