package main

import (
	"io"
	"strconv"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

const (
	weeklyHeader  = "student,iso_year,iso_week,rated_minutes,qualifying_minutes,percent\n"
	summaryHeader = "student,window_days,window_rated_minutes,window_qualifying_minutes,window_percent,met\n"
)

// appendPercent appends qualifying × 100 ÷ rated with four decimals, or
// nothing when no minute was rated.
func appendPercent(b []byte, t progress.Tally) []byte {
	if p, ok := t.Percent(); ok {
		b = strconv.AppendFloat(b, p, 'f', 4, 64)
	}
	return b
}

// writeWeekly writes one row per student and ISO week (progress.Weeks
// pools the days' minutes), students in byte order.
func writeWeekly(w io.Writer, sum *progress.Summary) error {
	if _, err := io.WriteString(w, weeklyHeader); err != nil {
		return err
	}
	var b []byte
	for id, days := range sum.All() {
		for _, wk := range progress.Weeks(days) {
			b = progress.AppendCSVField(b[:0], string(id))
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(wk.ISOYear), 10)
			b = append(b, ',')
			b = strconv.AppendInt(b, int64(wk.ISOWeek), 10)
			b = appendTally(b, wk.Tally)
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendTally appends ",rated,qualifying,percent\n".
func appendTally(b []byte, t progress.Tally) []byte {
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Rated, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Qualifying, 10)
	b = append(b, ',')
	b = appendPercent(b, t)
	return append(b, '\n')
}

// writeSummary writes each student's trailing window as of asOf: the
// window assess.Benchmark reports (the last 10 rated days on or before
// asOf, pooled), and met by the library's one rule, assess.Met.
func writeSummary(w io.Writer, sum *progress.Summary, threshold float64, asOf goal.Date) error {
	if _, err := io.WriteString(w, summaryHeader); err != nil {
		return err
	}
	var b []byte
	for id, days := range sum.All() {
		win := assess.TrailingWindow(days, asOf, assess.DefaultWindowDays)
		met := assess.Met(win, threshold, assess.DefaultMinDays)
		b = progress.AppendCSVField(b[:0], string(id))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(win.Days), 10)
		b = appendTally(b, win.Tally)
		b = append(b[:len(b)-1], ',') // the row goes on after the percent
		b = strconv.AppendBool(b, met)
		b = append(b, '\n')
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}
