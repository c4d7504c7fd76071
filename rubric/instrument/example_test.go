package instrument_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

// Answers typed into a spreadsheet and saved as CSV: a header naming the
// columns, then one answer per line, the level as a number or a label.
// Each bad line is reported as an *InputError naming its line and column.
func ExampleInstrument_ReadAnswersCSV() {
	in, err := instrument.New("Classroom check", []instrument.Section{
		{ID: "A", Title: "Routines", Items: []instrument.Item{{Number: 1, Label: "routines posted"}, {Number: 2, Label: "routines taught"}}},
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	answers, err := in.ReadAnswersCSV(strings.NewReader("item,level\n1,2\n2,partially in place\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range answers {
		fmt.Printf("item %d: %s\n", a.Item, a.Level.Label())
	}

	_, err = in.ReadAnswersCSV(strings.NewReader("item,level\n1,2\n7,1\n"))
	var ie *instrument.InputError
	if errors.As(err, &ie) {
		fmt.Printf("line %d, column %s, unknown item: %t\n", ie.Line, ie.Column, errors.Is(err, instrument.ErrUnknownItem))
	}
	// Output:
	// item 1: fully in place
	// item 2: partially in place
	// line 3, column item, unknown item: true
}

// Answers written back out for a spreadsheet. The strategy column appears
// because one answer is for a strategy other than the main one.
func ExampleWriteAnswersCSV() {
	answers := []instrument.Answer{
		{Item: 1, Level: instrument.Full},
		{Item: 2, Level: instrument.NotStarted},
		{Item: 2, Level: instrument.Partial, Strategy: "Mentoring"},
	}
	if err := instrument.WriteAnswersCSV(os.Stdout, answers); err != nil {
		fmt.Println(err)
	}
	// Output:
	// item,level,strategy
	// 1,2,
	// 2,0,
	// 2,1,Mentoring
}

// An administration saved as JSON by a data-entry form. A level may be a
// number or a label; a problem is reported with the line it is on.
func ExampleReadAdministrationJSON() {
	a, err := instrument.ReadAdministrationJSON(strings.NewReader(`{"school": "Lincoln Middle", "date": "2027-05-14",
	  "answers": [{"item": 1, "level": 2}, {"item": 2, "level": "partially in place"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s, %s: %d answers, item 2 at level %d\n", a.School, a.Date, len(a.Answers), a.Answers[1].Level.Level())

	_, err = instrument.ReadAdministrationJSON(strings.NewReader(`{"school": "Lincoln Middle", "date": "2027-05-14",
	  "answers": [{"item": 1, "level": 2},
	              {"item": 2, "level": 3}]}`))
	fmt.Println(errors.Is(err, rubric.ErrOutOfRange), err)
	// Output:
	// Lincoln Middle, 2027-05-14: 2 answers, item 2 at level 1
	// true instrument: administration JSON: line 3, column "answers.level": rubric: parsing Response "3": out of range: 3 is not in 0–2
}

// A program defines its own self-assessment: sections of numbered items
// (and, optionally, groupings of sections scored together). An
// administration is one team's answers on the 0–2 implementation scale;
// Score gives the percent of points possible per section, per grouping and
// in total. An instrument that breaks a rule is rejected with ErrInvalid.
func ExampleNew() {
	in, err := instrument.New("Classroom check", []instrument.Section{
		{ID: "A", Title: "Routines", Items: []instrument.Item{{Number: 1, Label: "routines posted"}, {Number: 2, Label: "routines taught"}}},
		{ID: "B", Title: "Feedback", Items: []instrument.Item{{Number: 3, Label: "praise for expected behaviour"}}},
	}, nil) // no groupings of sections
	if err != nil {
		fmt.Println(err)
		return
	}
	scores, err := in.Score(instrument.Administration{School: "Lincoln Middle", Date: "2027-05-14", Answers: []instrument.Answer{
		{Item: 1, Level: instrument.Full}, {Item: 2, Level: instrument.Partial}, {Item: 3, Level: instrument.NotStarted},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range scores.Sections {
		fmt.Printf("%s. %s: %d of %d points (%.0f%%)\n", s.ID, s.Title, s.Score.Points, s.Score.Possible, s.Score.Percent())
	}
	fmt.Printf("total: %.1f%%\n", scores.Total.Percent())

	_, err = instrument.New("Broken", []instrument.Section{{ID: "A", Title: "Empty"}}, nil)
	fmt.Println(errors.Is(err, rubric.ErrInvalid))
	// Output:
	// A. Routines: 3 of 4 points (75%)
	// B. Feedback: 0 of 2 points (0%)
	// total: 50.0%
	// true
}
