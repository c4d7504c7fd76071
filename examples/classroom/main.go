// Command classroom prints the tools the adults who support a student use
// during the day, from the student's plan and recent data (a built-in
// sample: the quickstart's generated school year, on the stage-2 plan of
// the program's chart with de-escalation and visual supports as focus):
//
//	go run ./examples/classroom -card  [-student S00003] [-asof YYYY-MM-DD] [-format text|html] [-name NAME] [-out FILE]
//	go run ./examples/classroom -sheet [-date YYYY-MM-DD] [-days 5] [-format text|html] …
//	go run ./examples/classroom -blank-csv [-date YYYY-MM-DD] [-days 5] …
//	go run ./examples/classroom -consistency …
//	go run ./examples/classroom -card -lang es …
//
// -card prints the student's support card: what each goal works on now in
// plain words, the support for each focus element, the safety-first rule
// and what to write down each class period. -sheet prints the daily rating
// sheet for -days school days from -date (default: the school day after
// the data's last), one row per class period seen in the student's last
// ten school days of data with its usual minutes, in the columns of the
// CSV the library reads; -blank-csv writes that CSV, blank, for the sheet
// to be typed into (a row left blank reads as unrated). -consistency
// reports how consistently the adults record the student's support over
// the last ten school days of data, per rater and per class period, for
// the rung the plan's goal works on now; the sample's data gain a rater
// column for it (the staff member each class period has: T-01 in periods
// 1–3, T-02 in 4 and 5, T-03 after). -lang es prints the card, the sheet
// and the report in Spanish. -out writes the output whole or not at all.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "classroom:", err)
		os.Exit(2)
	}
}
