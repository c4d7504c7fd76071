package assess

import (
	"strconv"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// The research measure's two tables as CSV, the header lines of the files
// a researcher's program writes (examples/research, and the same measure
// on a distributed engine): one row per student and ISO week, and one per
// student's trailing window as of a date. Percents have four decimals and
// are empty when no minute was rated; student IDs are quoted as RFC 4180
// requires ([progress.AppendCSVField]).
const (
	WeeklyCSVHeader = "student,iso_year,iso_week,rated_minutes,qualifying_minutes,percent\n"
	WindowCSVHeader = "student,window_days,window_rated_minutes,window_qualifying_minutes,window_percent,met\n"
)

// AppendWeeklyCSV appends the student's weekly rows (weeks as
// [progress.AppendWeeks] pools them) in the columns of [WeeklyCSVHeader].
func AppendWeeklyCSV(b []byte, id goal.StudentID, weeks []progress.WeekTally) []byte {
	for _, wk := range weeks {
		b = progress.AppendCSVField(b, string(id))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOYear), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOWeek), 10)
		b = appendTally(b, wk.Tally)
		b = append(b, '\n')
	}
	return b
}

// AppendWindowCSV appends the student's window row in the columns of
// [WindowCSVHeader]: the trailing window as of asOf ([TrailingWindow]:
// the last [DefaultWindowDays] rated days on or before it, pooled) and
// whether it is met ([Met], with [DefaultMinDays], the unrounded percent
// compared with threshold).
func AppendWindowCSV(b []byte, id goal.StudentID, days []progress.DayTally, threshold float64, asOf goal.Date) []byte {
	win := TrailingWindow(days, asOf, DefaultWindowDays)
	b = progress.AppendCSVField(b, string(id))
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(win.Days), 10)
	b = appendTally(b, win.Tally)
	b = append(b, ',')
	b = strconv.AppendBool(b, Met(win, threshold, DefaultMinDays))
	return append(b, '\n')
}

// appendTally appends ",rated,qualifying,percent".
func appendTally(b []byte, t progress.Tally) []byte {
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Rated, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Qualifying, 10)
	b = append(b, ',')
	if p, ok := t.Percent(); ok {
		b = strconv.AppendFloat(b, p, 'f', 4, 64)
	}
	return b
}
