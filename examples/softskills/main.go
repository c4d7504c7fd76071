// Command softskills follows a stage-4 student — mostly mainstream, with
// support at level 1 or less — on two soft-skill goals, measured from a
// CSV of soft-skill opportunities (embedded: opportunities.csv).
//
//	go run ./examples/softskills [-student ID] [-asof YYYY-MM-DD] [-name NAME] [-out DIR]
//
// It builds the standard stage-4 plan for working successfully in a group
// and asking for help, prints its wording, assesses all twelve benchmarks
// as of the date, reports in full on the benchmark each goal works toward,
// and prints the stage advice. With -out it also writes that benchmark's
// chart.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "softskills:", err)
		os.Exit(1)
	}
}
