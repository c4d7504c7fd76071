// Command research measures a researcher's own interval data against one
// TEP benchmark and writes two CSV files: each student's ISO weeks, and
// each student's trailing window as of a date.
//
//	go run ./examples/research -in intervals.csv -band 3-5 -max-intensity 4 \
//		-threshold 90 -asof 2027-05-17 -weekly weekly.csv -summary summary.csv
//
// The input is a CSV of rated intervals as package progress reads it
// (header student,date,period,minutes,tep,intensity[,intensity:<element>…]).
// Without -in it runs on a built-in sample (20 generated students, one
// school year). Without -weekly and -summary it writes the summary to
// standard output. Progress, with the rows read and rows per second, goes
// to standard error; a bad row stops the run with an error naming its line.
//
// An interval qualifies when its TEP rating is in -band and its overall
// intensity of support (and each -focus element recorded for it) is at most
// -max-intensity.
//
// weekly.csv has the header
//
//	student,iso_year,iso_week,rated_minutes,qualifying_minutes,percent
//
// and one row per student and ISO week with any interval (rated or not),
// sorted by student (byte order), ISO year and ISO week; percent is
// qualifying × 100 ÷ rated as a float64 with four decimals, and empty when
// no minute of the week was rated.
//
// summary.csv has the header
//
//	student,window_days,window_rated_minutes,window_qualifying_minutes,window_percent,met
//
// and one row per student in the data: the window is the last 10 days on or
// before -asof that have rated minutes (fewer if the student has fewer),
// pooled (minutes summed, not daily or weekly percents averaged).
// window_percent has the same format as percent above, and is empty when
// the window has no rated minutes (no rated day on or before -asof); met is
// true when window_percent ≥ -threshold and window_days ≥ 5, and false
// otherwise, including when window_percent is empty. -asof defaults to the
// last date in the data (never the clock).
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "research:", err)
		os.Exit(1)
	}
}
