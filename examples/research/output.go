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

// writeRows writes, in one pass over the students in byte order, the
// weekly rows (one per student and ISO week: progress.Weeks pools the
// days' minutes) to weekly and each student's window row to summary; a
// nil writer is not written. A student's days are read into one buffer
// reused from student to student, and so are their weeks.
func writeRows(weekly, summary io.Writer, sum *progress.Summary, threshold float64, asOf goal.Date) error {
	for _, h := range []struct {
		w    io.Writer
		text string
	}{{weekly, weeklyHeader}, {summary, summaryHeader}} {
		if h.w != nil {
			if _, err := io.WriteString(h.w, h.text); err != nil {
				return err
			}
		}
	}
	var days []progress.DayTally
	var weeks []progress.WeekTally
	var b []byte
	for _, id := range sum.Students() {
		days = sum.AppendDays(days[:0], id)
		if weekly != nil {
			weeks = progress.AppendWeeks(weeks[:0], days)
			b = appendWeeks(b[:0], id, weeks)
			if _, err := weekly.Write(b); err != nil {
				return err
			}
		}
		if summary != nil {
			b = appendWindow(b[:0], id, days, threshold, asOf)
			if _, err := summary.Write(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendWeeks appends the student's weekly rows.
func appendWeeks(b []byte, id goal.StudentID, weeks []progress.WeekTally) []byte {
	for _, wk := range weeks {
		b = progress.AppendCSVField(b, string(id))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOYear), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOWeek), 10)
		b = appendTally(b, wk.Tally)
	}
	return b
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

// appendWindow appends the student's trailing window as of asOf: the
// window assess.Benchmark reports (the last 10 rated days on or before
// asOf, pooled), and met by the library's one rule, assess.Met.
func appendWindow(b []byte, id goal.StudentID, days []progress.DayTally, threshold float64, asOf goal.Date) []byte {
	win := assess.TrailingWindow(days, asOf, assess.DefaultWindowDays)
	met := assess.Met(win, threshold, assess.DefaultMinDays)
	b = progress.AppendCSVField(b, string(id))
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(win.Days), 10)
	b = appendTally(b, win.Tally)
	b = append(b[:len(b)-1], ',') // the row goes on after the percent
	b = strconv.AppendBool(b, met)
	return append(b, '\n')
}
