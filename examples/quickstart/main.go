// Command quickstart walks one student through a school year with the
// whole library: it builds the stage-1 plan, prints its formal and
// plain-language wording, measures and assesses every benchmark against a
// generated year of rated intervals, prints the progress report and the
// stage advice, and writes a chart per benchmark.
//
//	go run ./examples/quickstart [-out DIR] [-student ID] [-asof YYYY-MM-DD] [-name NAME] [-lang en|es]
//
// With no flags it runs on its built-in sample (8 students, seed 1, the
// 2026–27 school year), reports on student S00006 as of the last school day,
// and writes its files to a new temporary directory, whose path it prints.
// With -lang es every word is Spanish: the library's Spanish wording set,
// and the program's own headings.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}
