package bat_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric/bat"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func TestSectionsAndNumbering(t *testing.T) {
	// The BAT's sections: letter → first and last item.
	want := map[string][2]int{
		"A": {1, 3}, "B": {4, 6}, "C": {7, 10}, "D": {11, 12}, "E": {13, 17},
		"F": {18, 27}, "G": {28, 31}, "H": {32, 43}, "I": {44, 53}, "J": {54, 56},
	}
	got := map[string][2]int{}
	next := 1
	for _, s := range bat.Instrument().Sections() {
		got[s.ID] = [2]int{s.Items[0].Number, s.Items[len(s.Items)-1].Number}
		for _, it := range s.Items {
			if it.Number != next {
				t.Errorf("section %s: item %d where %d was expected", s.ID, it.Number, next)
			}
			next = it.Number + 1
			if it.Label == "" || it.Descriptors[0] == "" || it.Descriptors[1] == "" || it.Descriptors[2] == "" {
				t.Errorf("item %d has an empty label or descriptor: %+v", it.Number, it)
			}
		}
		wantPer := s.ID == "F" || s.ID == "G"
		if s.PerStrategy != wantPer {
			t.Errorf("section %s PerStrategy = %v, want %v", s.ID, s.PerStrategy, wantPer)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("section item ranges (-want +got):\n%s", diff)
	}
	if n, p := bat.Instrument().NumItems(), bat.Instrument().MaxPoints(); n != bat.NumItems || p != bat.MaxPoints {
		t.Errorf("NumItems, MaxPoints = %d, %d, want %d, %d", n, p, bat.NumItems, bat.MaxPoints)
	}
	for n := 1; n <= 56; n++ {
		wantPer := n >= bat.FirstStrategyItem && n <= bat.LastStrategyItem
		if got := bat.Instrument().IsPerStrategy(n); got != wantPer {
			t.Errorf("IsPerStrategy(%d) = %v, want %v", n, got, wantPer)
		}
	}
	groups := map[string][]string{}
	for _, g := range bat.Instrument().Groupings() {
		groups[g.ID] = g.Sections
	}
	wantGroups := map[string][]string{
		bat.GroupFoundations: {"B", "C", "D"},
		bat.GroupTier2:       {"E", "F", "G"},
		bat.GroupTier3:       {"H", "I", "J"},
	}
	if diff := cmp.Diff(wantGroups, groups); diff != "" {
		t.Errorf("groupings (-want +got):\n%s", diff)
	}
}

// handLevels is a hand-scored administration, one line per section with
// the levels of its items in order.
var handLevels = []string{
	"A 2 2 1",                   // 5/6
	"B 1 2 0",                   // 3/6
	"C 2 1 1 0",                 // 4/8
	"D 2 2",                     // 4/4
	"E 1 1 2 0 2",               // 6/10
	"F 2 1 1 0 2 2 1 0 1 2",     // 12/20
	"G 0 1 1 2",                 // 4/8
	"H 2 2 1 1 0 0 1 2 1 1 0 1", // 12/24
	"I 1 1 0 2 1 0 0 1 2 2",     // 10/20
	"J 0 1 0",                   // 1/6
}

// administrationOf builds a complete BAT administration from lines like
// handLevels, numbering the items 1, 2, 3, … in order.
func administrationOf(t testing.TB, date string, lines []string) instrument.Administration {
	a := instrument.Administration{School: "Hand School", Date: date, MainStrategy: "Check-in/check-out"}
	n := 0
	for _, line := range lines {
		for _, f := range strings.Fields(line)[1:] {
			n++
			a.Answers = append(a.Answers, instrument.Answer{Item: n, Level: instrument.MustParseResponse(f)})
		}
	}
	if n != 56 {
		t.Fatalf("administration has %d levels, want 56", n)
	}
	return a
}

func TestHandScoredAdministration(t *testing.T) {
	a := administrationOf(t, "2027-05-14", handLevels)
	// An answer for another strategy is recorded but must not count.
	a.Answers = append(a.Answers, instrument.Answer{Item: 21, Level: instrument.Full, Strategy: "Mentoring"})
	scores, err := bat.Instrument().Score(a)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Points, Possible int
		Percent          float64
	}
	got := map[string]result{}
	for _, p := range append(scores.Sections, scores.Groupings...) {
		got[p.ID] = result{p.Score.Points, p.Score.Possible, p.Score.Percent()}
	}
	got["total"] = result{scores.Total.Points, scores.Total.Possible, scores.Total.Percent()}
	// Computed by hand: percent = 100 × points / (2 × items).
	want := map[string]result{
		"A":                  {5, 6, 83.333},
		"B":                  {3, 6, 50},
		"C":                  {4, 8, 50},
		"D":                  {4, 4, 100},
		"E":                  {6, 10, 60},
		"F":                  {12, 20, 60},
		"G":                  {4, 8, 50},
		"H":                  {12, 24, 50},
		"I":                  {10, 20, 50},
		"J":                  {1, 6, 16.667},
		bat.GroupFoundations: {11, 18, 61.111},  // B+C+D = 3+4+4
		bat.GroupTier2:       {22, 38, 57.895},  // E+F+G = 6+12+4
		bat.GroupTier3:       {23, 50, 46},      // H+I+J = 12+10+1
		"total":              {61, 112, 54.464}, // 5+11+22+23
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 0.001)); diff != "" {
		t.Errorf("hand-scored administration (-want +got):\n%s", diff)
	}

	plan, err := bat.Instrument().ActionPlan(a)
	if err != nil {
		t.Fatal(err)
	}
	var high, medium []int
	for _, e := range plan {
		switch e.Priority {
		case instrument.PriorityHigh:
			high = append(high, e.Item)
		case instrument.PriorityMedium:
			medium = append(medium, e.Item)
		}
	}
	wantHigh := []int{6, 10, 16, 21, 25, 28, 36, 37, 42, 46, 49, 50, 54, 56}
	wantMedium := []int{3, 4, 8, 9, 13, 14, 19, 20, 24, 26, 29, 30, 34, 35, 38, 40, 41, 43, 44, 45, 48, 51, 55}
	if diff := cmp.Diff(wantHigh, high); diff != "" {
		t.Errorf("high-priority items (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantMedium, medium); diff != "" {
		t.Errorf("medium-priority items (-want +got):\n%s", diff)
	}
}

func TestItemLabelsAreShort(t *testing.T) {
	for _, it := range bat.Instrument().Items() {
		if len(it.Label) > 60 {
			t.Errorf("item %d label is %d bytes, want a short label: %q", it.Number, len(it.Label), it.Label)
		}
	}
}

func ExampleInstrument_sections() {
	for _, s := range bat.Instrument().Sections() {
		fmt.Printf("%s %d–%d %s\n", s.ID, s.Items[0].Number, s.Items[len(s.Items)-1].Number, s.Title)
	}
	// Output:
	// A 1–3 Tier 1: implementation of school-wide PBS
	// B 4–6 Commitment
	// C 7–10 Student identification
	// D 11–12 Monitoring and evaluation
	// E 13–17 Tier 2: support systems
	// F 18–27 Main Tier 2 strategy: implementation
	// G 28–31 Main Tier 2 strategy: monitoring and evaluation
	// H 32–43 Tier 3: intensive support systems
	// I 44–53 Tier 3: assessment and plan development
	// J 54–56 Tier 3: monitoring and evaluation
}
