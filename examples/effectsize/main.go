// Command effectsize is a calculator of the single-case effect sizes
// between a baseline phase A and a treatment phase B, as researchers
// publish them (package progress/singlecase):
//
//	go run ./examples/effectsize -a 20,20,26,25,22,23 -b 28,25,24,27,30,30,29 [-decrease] [-goal 25] [-confidence 0.95]
//
// It prints one JSON object with the members nap, nap_se_hanley,
// nap_se_unbiased, nap_se_null, nap_ci_lower, nap_ci_upper, tau, tau_u,
// tau_bc, pnd, pem, pand, ird and pogo, each at full float64 precision,
// or null where the measure is not defined for the data (pogo without
// -goal, the unbiased SE and tau_bc of a one-point baseline).
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "effectsize:", err)
		os.Exit(2)
	}
}
