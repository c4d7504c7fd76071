// Command vendor is what a software vendor does with the library: it
// builds a student's plan, stores it as JSON, reads it back, and renders
// it with its own wording — templates that replace the library's
// "benchmark" and "plain" templates (embedded from templates/) — in text
// and in HTML.
//
//	go run ./examples/vendor [-name NAME] [-out DIR]
//
// It prints the JSON, the SMART review of the plan, and both renderings;
// with -out it also writes plan.json, plan.txt and plan.html there.
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
