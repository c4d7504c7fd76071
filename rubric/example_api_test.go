package rubric_test

import (
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

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
