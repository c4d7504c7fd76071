// Command vendor is what a software vendor does with the library: it
// builds a student's plan, stores it as JSON, reads it back, and renders
// it with its own wording — templates that replace the library's
// "benchmark" and "plain" templates (embedded from templates/) — in text
// and in HTML.
//
//	go run ./examples/vendor [-name NAME] [-out DIR] [-edfi DIR]
//
// It prints the JSON, the SMART review of the plan, and both renderings;
// with -out it also writes plan.json, plan.txt and plan.html there. With
// -edfi it writes, for systems that exchange IEP data, the plan's
// benchmarks as Ed-Fi StudentIEPGoal records (student-iep-goals.json), and
// from a generated first trimester of ratings the benchmarks' Ed-Fi
// StudentProgramEvaluation records (student-program-evaluations.json) and
// CEDS-shaped progress records (ceds-progress.json), in the vendor's
// wording and with the district's identifiers (package
// progress/interchange), and the JSON Schemas of the library's JSON under
// schemas/; no record names the student. Each file is a JSON array of
// records, and each record validates against its schema (an Ed-Fi
// resource is one record, so the schema is of one, not of the array).
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "vendor:", err)
		os.Exit(1)
	}
}
