package rubric_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// This is the code sample of the README: parse a rating, check it against
// the "fair to excellent" band, and record the support given.
func Example() {
	tep, err := rubric.ParseTEP("good") // or "4"
	if err != nil {
		fmt.Println(err)
		return
	}
	fairToExcellent := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	fmt.Println(tep, tep.Label(), fairToExcellent.Contains(tep))

	support := rubric.SupportProfile{}.
		With(rubric.DeEscalation, rubric.IntensityHigh).
		With(rubric.Visual, rubric.IntensityMild)
	e, level, _ := support.MostIntensive()
	fmt.Printf("most intensive: %v at level %v (%s)\n", e, level, level.Label())

	_, err = rubric.ParseIntensity("7")
	fmt.Println(errors.Is(err, rubric.ErrOutOfRange), err)
	// Output:
	// 4 good true
	// most intensive: De-escalation at level 4 (high)
	// true rubric: parsing Intensity "7": out of range: 7 is not in 1–5
}

func ExampleParseTEP() {
	for _, text := range []string{"3", "Excellent", "great", ""} {
		tep, err := rubric.ParseTEP(text)
		switch {
		case errors.Is(err, rubric.ErrEmpty):
			fmt.Printf("%q: no rating given\n", text)
		case errors.Is(err, rubric.ErrUnknownLabel):
			fmt.Printf("%q: not a TEP level\n", text)
		default:
			fmt.Printf("%q: %v (%s): %s\n", text, tep, tep.Label(), tep.Meaning())
		}
	}
	// Output:
	// "3": 3 (fair): tolerates tasks and engages and participates part of the time
	// "Excellent": 5 (excellent): engages and participates fully throughout the interval
	// "great": not a TEP level
	// "": no rating given
}

func ExampleTEP_MarshalJSON() {
	type interval struct {
		Period string     `json:"period"`
		TEP    rubric.TEP `json:"tep"`
	}
	data, _ := json.Marshal([]interval{{"math", rubric.TEPGood}, {"art", 0}})
	fmt.Println(string(data))
	// Output:
	// [{"period":"math","tep":4},{"period":"art","tep":null}]
}

func ExampleTEPScale() {
	s := rubric.TEPScale()
	fmt.Printf("%s (higher is better: %t)\n", s.Name(), s.HigherIsBetter())
	for _, l := range s.Levels() {
		source := "library"
		if l.FromProgram {
			source = "program"
		}
		fmt.Printf("[ ] %d %-10s (%s label)\n", l.Value, l.Label, source)
	}
	// Output:
	// tolerance, engagement and participation (higher is better: true)
	// [ ] 1 inadequate (library label)
	// [ ] 2 marginal   (library label)
	// [ ] 3 fair       (program label)
	// [ ] 4 good       (library label)
	// [ ] 5 excellent  (program label)
}

func ExampleNewBand() {
	// "between a 3 and 5" on the TEP scale
	tep, err := rubric.NewBand(rubric.TEPFair, rubric.TEPExcellent)
	fmt.Println(tep, err, tep.Contains(rubric.TEPMarginal), tep.Contains(rubric.TEPGood))

	// "a level 4 to 5 intensity of support"
	planned := rubric.MustBand(rubric.IntensityHigh, rubric.IntensityExtreme)
	fmt.Println(planned)

	_, err = rubric.NewBand(rubric.TEPExcellent, rubric.TEPFair)
	fmt.Println(errors.Is(err, rubric.ErrInvalid))
	// Output:
	// 3-5 <nil> false true
	// 4-5
	// true
}

func ExampleAtMost() {
	// "with a level 3 intensity of support or less"
	b := rubric.MustAtMost(rubric.IntensityModerate)
	fmt.Println(b, b.Contains(rubric.IntensityMinimal), b.Contains(rubric.IntensityHigh))
	// Output:
	// 1-3 true false
}

func ExampleParseBand() {
	for _, text := range []string{"3-5", "fair to excellent", "4", "5-3"} {
		b, err := rubric.ParseBand[rubric.TEP](text)
		fmt.Printf("%q: %v %v\n", text, b, err)
	}
	// Output:
	// "3-5": 3-5 <nil>
	// "fair to excellent": 3-5 <nil>
	// "4": 4-4 <nil>
	// "5-3": unset rubric: parsing Band[TEP] "5-3": invalid value: low end 5 is above high end 3
}

func ExampleSupportProfile() {
	var p rubric.SupportProfile
	if err := p.Set(rubric.DeEscalation, rubric.IntensityHigh); err != nil {
		fmt.Println(err)
	}
	p = p.With(rubric.Visual, rubric.IntensityMild).With(rubric.Relationship, rubric.IntensityModerate)

	for e, v := range p.All() { // catalog order
		fmt.Printf("%-14s %v\n", e, v)
	}
	focus := rubric.MustElementSet(rubric.Visual, rubric.Relationship)
	fmt.Println("highest among the focus elements:", p.MaxOf(focus))

	data, _ := json.Marshal(p)
	fmt.Println(string(data))
	// Output:
	// De-escalation  4
	// Relationship   3
	// Visual         2
	// highest among the focus elements: 3
	// {"de-escalation":4,"relationship":3,"visual":2}
}

func ExampleSupportProfile_MostIntensive() {
	p := rubric.SupportProfile{}.
		With(rubric.Mood, rubric.IntensityHigh).
		With(rubric.Transition, rubric.IntensityHigh).
		With(rubric.Memory, rubric.IntensityMild)
	e, v, ok := p.MostIntensive()
	fmt.Println(e, v, ok) // the team still records the overall intensity itself
	// Output:
	// Mood 4 true
}

func ExampleParseElement() {
	for _, text := range []string{"de-escalation", "Staff to Student Ratio", "Hierarchy of Needs"} {
		e, _ := rubric.ParseElement(text)
		fmt.Printf("%s -> %s (%s)\n", text, e, e.Key())
	}
	// Output:
	// de-escalation -> De-escalation (de-escalation)
	// Staff to Student Ratio -> Staff to Student Ratio (staff-to-student-ratio)
	// Hierarchy of Needs -> Needs Hierarchy (needs-hierarchy)
}

func ExampleParseElementSet() {
	set, _ := rubric.ParseElementSet("visual, De-escalation")
	text, _ := set.MarshalText()
	fmt.Println(set.Len(), set, string(text))
	// Output:
	// 2 De-escalation, Visual de-escalation,visual
}

func ExampleFromLegacy2016() {
	// A 2016 rubric recorded 5 for minimal support and 1 for extreme.
	for _, legacy := range []int{5, 2} {
		v, _ := rubric.FromLegacy2016(legacy)
		fmt.Printf("2016 level %d = %v (%s); back: %d\n", legacy, v, v.Label(), v.Legacy2016())
	}
	// Output:
	// 2016 level 5 = 1 (minimal); back: 5
	// 2016 level 2 = 4 (high); back: 2
}

func ExampleLookupSkillArea() {
	a, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	fmt.Println(a.ID(), "=", a.Phrase())
	// Output:
	// group-work = working successfully in a group
}

func ExampleSkillCatalog_With() {
	turns, err := rubric.NewSkillArea("turn-taking", "taking turns in conversation")
	if err != nil {
		fmt.Println(err)
		return
	}
	catalog, err := rubric.DefaultSkillCatalog().With(turns)
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := catalog.Lookup("turn-taking")
	fmt.Println(a.Phrase())

	_, err = rubric.NewSkillArea("Turn Taking", "taking turns")
	fmt.Println(errors.Is(err, rubric.ErrInvalid))
	// Output:
	// taking turns in conversation
	// true
}
