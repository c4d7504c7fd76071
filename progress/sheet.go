package progress

import (
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// SheetPeriod is one class period of a day's timetable, as a rating sheet
// lists it: its label and its length in minutes.
type SheetPeriod struct {
	Label   string
	Minutes int
}

// WriteBlankSheet writes the CSV of a rating sheet left blank: the header
// of [IntervalColumns] for the elements, then one row per date and class
// period with the student, the date, the period and its minutes filled in
// and every rating empty — what a person types the paper sheet into. A
// row left blank reads back as an unrated interval, never as zeros. Each
// row is checked as [IntervalWriter.Write] checks it; the error is its
// *[RowError], or w's. Nothing is written for no date or no period.
func WriteBlankSheet(w io.Writer, student goal.StudentID, dates []goal.Date, periods []SheetPeriod, elements rubric.ElementSet) error {
	if len(dates) == 0 || len(periods) == 0 {
		return &RowError{Column: colDate, Err: fmt.Errorf("%w: a sheet needs a date and a class period", ErrBadField)}
	}
	iw := NewIntervalWriter(w, FormatCSV, elements)
	for _, d := range dates {
		for _, p := range periods {
			if err := iw.Write(Interval{Student: student, Date: d, Period: p.Label, Minutes: p.Minutes}); err != nil {
				return err
			}
		}
	}
	return iw.Flush()
}
