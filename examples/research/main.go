// Command research measures a researcher's own interval data against one
// TEP benchmark and writes up to three CSV files: each student's ISO
// weeks, each student's trailing window as of a date, and the effect sizes
// between each student's consecutive phases of support.
//
//	go run ./examples/research -in intervals.csv -band 3-5 -max-intensity 4 \
//		-threshold 90 -asof 2027-05-17 -weekly weekly.csv -summary summary.csv \
//		[-effects effects.csv -min-phase-weeks 3]
//
// The effects file has one row per student and pair of consecutive
// support phases (student,phase,a_from,a_to,a_support,a_days,b_from,b_to,
// b_support,b_days,nap,tau,tau_u,tau_bc,pnd), sorted by student then
// phase: the phases are where the weekly level of support changes
// (assess.SupportPhases, the rule the chart shades by, over the days on
// or before -asof), a run shorter than -min-phase-weeks joining a
// neighbour; the points compared are the daily percents of each phase's
// rated days, and the measures those of package progress/singlecase, at
// full precision (tau_bc empty for a one-day baseline, all five empty
// when a phase has no rated day).
//
// The input is a CSV of rated intervals as package progress reads it
// (header student,date,period,minutes,tep,intensity[,intensity:<element>…]).
// Without -in it runs on a built-in sample (20 generated students, one
// school year); -in - reads standard input (a pipe, a process
// substitution), on one goroutine. Without -weekly, -summary and -effects
// it writes the summary to standard output.
//
// Progress goes to standard error, and at the end the account of every
// row: records read (a quoted line break does not make two, a blank line
// is not one), rated, unrated, rejected and duplicates passed over, with
// the students and student-days. A bad row stops the run with an error
// naming its line and column. The reading rules are the library's: a
// rated row needs its overall intensity; a row repeating an earlier row's
// student, date and period is refused naming both lines, unless
// -duplicates keep-first or keep-last says which to count (keep-last needs
// a file, as it reads it twice); a -focus element needs its column.
//
// An interval qualifies when its TEP rating is in -band and its overall
// intensity of support (and each -focus element recorded for it) is at most
// -max-intensity. -threshold takes decimals ("66.66667") and is compared
// with the unrounded percent. -workers is 0 (every CPU) to 1024, and more
// goroutines than CPUs are read as that many.
//
// The outputs are written whole or not at all: each to a temporary file
// beside it, renamed into place only when the whole run has succeeded,
// all or none (should a later rename fail, the outputs renamed before it
// are put back), so a failed run leaves the old files as they were and no partial
// one. What could stop the outputs being written is refused before any
// work: an output that is a directory, in no folder or not writable, and
// two outputs naming one file (however its folder is named). An
// output that is a symbolic link is written through, to the file it names
// (created if missing); a device, a pipe or a path in /dev or /proc
// (/dev/stdout) is written in place, appending. An interrupted run
// (Ctrl-C, SIGTERM) removes its temporary files; a killed one may leave a
// hidden .NAME.PID.N.tmp beside an output. A replaced file keeps its
// mode; it belongs to whoever ran the program. Student IDs are quoted as
// RFC 4180 requires, so every file reads back unchanged through
// encoding/csv.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() { interrupted(<-sig) }()
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "research:", err)
		os.Exit(1)
	}
}
