package rubric_test

import (
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// A program defines its own self-assessment: sections of numbered items
// (and, optionally, groupings of sections scored together). An
// administration is one team's answers on the 0–2 implementation scale;
// Score gives the percent of points possible per section, per grouping and
// in total. An instrument that breaks a rule is rejected with ErrInvalid.
func ExampleNewInstrument() {
	in, err := rubric.NewInstrument("Classroom check", []rubric.Section{
		{ID: "A", Title: "Routines", Items: []rubric.Item{{Number: 1, Label: "routines posted"}, {Number: 2, Label: "routines taught"}}},
		{ID: "B", Title: "Feedback", Items: []rubric.Item{{Number: 3, Label: "praise for expected behaviour"}}},
	}, nil) // no groupings of sections
	if err != nil {
		fmt.Println(err)
		return
	}
	scores, err := in.Score(rubric.Administration{School: "Lincoln Middle", Date: "2027-05-14", Answers: []rubric.Answer{
		{Item: 1, Level: rubric.ResponseFull}, {Item: 2, Level: rubric.ResponsePartial}, {Item: 3, Level: rubric.ResponseNotStarted},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range scores.Sections {
		fmt.Printf("%s. %s: %d of %d points (%.0f%%)\n", s.ID, s.Title, s.Score.Points, s.Score.Possible, s.Score.Percent())
	}
	fmt.Printf("total: %.1f%%\n", scores.Total.Percent())

	_, err = rubric.NewInstrument("Broken", []rubric.Section{{ID: "A", Title: "Empty"}}, nil)
	fmt.Println(errors.Is(err, rubric.ErrInvalid))
	// Output:
	// A. Routines: 3 of 4 points (75%)
	// B. Feedback: 0 of 2 points (0%)
	// total: 50.0%
	// true
}

// Drawing a rating form for one class period from the scales themselves,
// with the recorded ratings ticked.
func ExampleScale_Levels() {
	recorded := map[*rubric.Scale]int{rubric.TEPScale(): 4, rubric.IntensityScale(): 3}
	for _, s := range []*rubric.Scale{rubric.TEPScale(), rubric.IntensityScale()} {
		fmt.Printf("%s (%d–%d):\n", s.Name(), s.Min(), s.Max())
		for _, l := range s.Levels() {
			box := "[ ]"
			if l.Value == recorded[s] {
				box = "[x]"
			}
			fmt.Printf("  %s %d %s\n", box, l.Value, l.Label)
		}
	}
	// Output:
	// tolerance, engagement and participation (1–5):
	//   [ ] 1 inadequate
	//   [ ] 2 marginal
	//   [ ] 3 fair
	//   [x] 4 good
	//   [ ] 5 excellent
	// intensity of support (1–5):
	//   [ ] 1 minimal
	//   [ ] 2 mild
	//   [x] 3 moderate
	//   [ ] 4 high
	//   [ ] 5 extreme
}

// Every scale the library rates on, with the direction that is better.
func ExampleScales() {
	for _, s := range rubric.Scales() {
		fmt.Printf("%s: %d–%d, higher is better: %v\n", s.Name(), s.Min(), s.Max(), s.HigherIsBetter())
	}
	l, ok := rubric.IntensityScale().Level(5)
	fmt.Println(l.Label, "—", l.Meaning, ok)
	// Output:
	// tolerance, engagement and participation: 1–5, higher is better: true
	// intensity of support: 1–5, higher is better: false
	// soft skills proficiency: 1–5, higher is better: true
	// extreme — constant, maximal support, often one adult to one student true
}
