package template

import (
	"fmt"
	"io"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// Names of the rating sheet's templates.
const (
	// NameRatingSheet is a daily rating sheet as text: per date a row per
	// class period, in the columns of the CSV it is typed into. Data:
	// [SheetData].
	NameRatingSheet = "rating-sheet"
	// NameRatingSheetPage is the sheet as a printable HTML page. It
	// renders as HTML only. Data: [SheetData].
	NameRatingSheetPage = "rating-sheet-page"
	// NameSheetColumn is the heading of one column of the sheet. Data:
	// [SheetColumnData].
	NameSheetColumn = "sheet-column"
)

// SheetData is what a rating sheet renders: the student's name, the
// dates, the timetable's class periods and the focus elements recorded.
type SheetData struct {
	Student  string
	Dates    []goal.Date
	Periods  []progress.SheetPeriod
	Elements rubric.ElementSet
}

func (d SheetData) validate() error {
	if len(d.Dates) == 0 || len(d.Periods) == 0 {
		return fmt.Errorf("%w: SheetData: a sheet needs a date and a class period", ErrInvalid)
	}
	return nil
}

// Columns returns the sheet's columns: those of the CSV of intervals
// (progress.IntervalColumns) after the student and the date, which head
// the sheet, then "absent" and "notes", which stay on paper (a period left
// blank is typed in as unrated).
func (d SheetData) Columns() []string {
	cols := progress.IntervalColumns(d.Elements)[2:]
	return append(cols, "absent", "notes")
}

// SheetColumnData is what [NameSheetColumn] renders: a column of the
// sheet.
type SheetColumnData struct {
	Column string
}

// Element returns the element of an intensity:<element> column, or the
// zero Element.
func (d SheetColumnData) Element() rubric.Element {
	key, ok := strings.CutPrefix(d.Column, "intensity:")
	if !ok {
		return 0
	}
	e, err := rubric.ParseElement(key)
	if err != nil {
		return 0
	}
	return e
}

// RatingSheet writes the rating sheet in format f: text, or with
// [HTML] the printable page ([NameRatingSheetPage]).
func (s *Set) RatingSheet(w io.Writer, f Format, d SheetData) error {
	name := NameRatingSheet
	if f == HTML {
		name = NameRatingSheetPage
	}
	return s.Execute(w, f, name, d)
}

func init() {
	addFuncs(map[string]any{
		"sheetColumn": func(c string) SheetColumnData { return SheetColumnData{c} },
	})
	define(NameRatingSheet, sheetSamples)
	defineHTML(NameRatingSheetPage, sheetSamples)
	define(NameSheetColumn, func() []SheetColumnData {
		var out []SheetColumnData
		for _, c := range sheetSamples()[0].Columns() {
			out = append(out, SheetColumnData{c})
		}
		return out
	})
}

func sheetSamples() []SheetData {
	periods := []progress.SheetPeriod{{Label: "1", Minutes: 50}, {Label: "math", Minutes: 45}}
	return []SheetData{
		{Student: "Jordan", Dates: []goal.Date{goal.MustDate(2026, 9, 14), goal.MustDate(2026, 9, 15)}, Periods: periods,
			Elements: rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)},
		{Dates: []goal.Date{goal.MustDate(2026, 9, 14)}, Periods: periods},
	}
}
