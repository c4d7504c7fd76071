package singlecase_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/progress/singlecase"
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
