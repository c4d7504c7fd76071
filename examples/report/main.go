// Command report writes a student's periodic progress report for a
// reporting period, with a district's progress codes:
//
//	go run ./examples/report [-in intervals.csv] [-plan plan.json] -student S00006 -period trimester-1 \
//		[-asof YYYY-MM-DD] [-codes default|selpa|ny|md|fhir|FILE.json] [-format text|html|json|csv] [-family] [-caseload] [-lang en|es] [-name NAME] [-out FILE]
//
// Without -in it reports on a built-in sample (a generated school year of
// 8 students × 180 days × 7 rated periods, as the quickstart's), without
// -plan on a built-in stage-1 plan (50%, 75% and 90% of the day by the end
// of each trimester). -period is a term of the plan's calendar
// (trimester-1, semester-2, …) or two dates, START..END. The text form is
// the team's report (package template's "report"), or with -family the
// family's version in plain language ("report-family"); the HTML form is a
// printable page with each benchmark's progress chart inline ("report-page");
// -caseload reports on every student of the data and rolls the reports up
// (text, an HTML page, or CSV: one row per student and benchmark). The JSON
// form is the report's
// document for other systems (template.ReportDocument), which names the
// student by the opaque ID only. -lang es words the report, the family's
// version, the charts and the caseload in Spanish, the code set's labels
// too (each shipped set carries them). -out writes the report whole or not at
// all; without it the report goes to standard output.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(2)
	}
}
