package template_test

import (
	"fmt"
	"os"

	"github.com/iepgoal/iepgoal/rubric/instrument"
	"github.com/iepgoal/iepgoal/template"
)

// A small instrument stands in for the BAT so the report stays short.
func ExampleSet_ScoreReport() {
	item := func(n int, label string) instrument.Item { return instrument.Item{Number: n, Label: label} }
	in := instrument.Must("Classroom check", []instrument.Section{
		{ID: "A", Title: "Routines", Items: []instrument.Item{item(1, "routines posted"), item(2, "routines taught")}},
		{ID: "B", Title: "Feedback", Items: []instrument.Item{item(3, "praise for expected behaviour")}},
	}, nil)
	last := instrument.Administration{School: "Lincoln Middle", Date: "2026-05-15", Answers: []instrument.Answer{
		{Item: 1, Level: instrument.Partial}, {Item: 2, Level: instrument.NotStarted}, {Item: 3, Level: instrument.Full}}}
	this := instrument.Administration{School: "Lincoln Middle", Date: "2027-05-14", Answers: []instrument.Answer{
		{Item: 1, Level: instrument.Full}, {Item: 2, Level: instrument.NotStarted}, {Item: 3, Level: instrument.Partial}}}

	d, err := template.ScoreReportOf(in, &last, this)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := template.Default().ScoreReport(os.Stdout, template.Text, d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Classroom check: score report
	// School: Lincoln Middle
	// Date: 2027-05-14 (changes are since 2026-05-15)
	//
	// Sections
	//   A. Routines: 50% (2 of 4 points), up 25 points
	//   B. Feedback: 50% (1 of 2 points), down 50 points
	//
	// Total: 50% (3 of 6 points), no change
	// Moved up: item 1 (1 to 2)
	// Moved down: item 3 (2 to 1)
	//
	// Action plan
	// 1. Item 2 (A), routines taught: now not yet started, priority high
	//    Goal: ______
	//    Tasks: ______
	//    Who: ______
	//    By when: ______
	// 2. Item 3 (B), praise for expected behaviour: now partially in place, priority medium
	//    Goal: ______
	//    Tasks: ______
	//    Who: ______
	//    By when: ______
}
