package bat_test

import (
	"fmt"
	"strings"

	"github.com/iepgoal/iepgoal/rubric/bat"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

// sampleAdministration builds a BAT administration from the levels of
// items 1–56 written as digits, one group per section A–J.
func sampleAdministration(date, levels string) instrument.Administration {
	a := instrument.Administration{
		School:       "Lincoln Middle",
		Date:         date,
		Respondents:  []string{"R. Diaz", "T. Nguyen"},
		MainStrategy: "Check-in/check-out",
	}
	for _, d := range strings.ReplaceAll(levels, " ", "") {
		r := instrument.MustParseResponse(string(d))
		a.Answers = append(a.Answers, instrument.Answer{Item: len(a.Answers) + 1, Level: r})
	}
	return a
}

var (
	//                                      A   B   C    D  E     F          G    H            I          J
	lastYear = sampleAdministration("2026-05-15", "221 120 2110 22 11202 2110221012 0112 221100121101 1102100122 010")
	thisYear = sampleAdministration("2027-05-14", "222 121 2111 22 21202 2111221112 1112 221101121111 1112100122 110")
)

func ExampleInstrument_score() {
	scores, err := bat.Instrument().Score(thisYear)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range scores.Sections {
		fmt.Printf("%s %-50s %2d/%2d %5.1f%%\n", p.ID, p.Title, p.Score.Points, p.Score.Possible, p.Score.Percent())
	}
	for _, p := range scores.Groupings {
		fmt.Printf("%-52s %2d/%2d %5.1f%%\n", p.Title, p.Score.Points, p.Score.Possible, p.Score.Percent())
	}
	fmt.Printf("%-52s %d/%d %5.1f%%\n", "Total", scores.Total.Points, scores.Total.Possible, scores.Total.Percent())
	// Output:
	// A Tier 1: implementation of school-wide PBS           6/ 6 100.0%
	// B Commitment                                          4/ 6  66.7%
	// C Student identification                              5/ 8  62.5%
	// D Monitoring and evaluation                           4/ 4 100.0%
	// E Tier 2: support systems                             7/10  70.0%
	// F Main Tier 2 strategy: implementation               14/20  70.0%
	// G Main Tier 2 strategy: monitoring and evaluation     5/ 8  62.5%
	// H Tier 3: intensive support systems                  14/24  58.3%
	// I Tier 3: assessment and plan development            11/20  55.0%
	// J Tier 3: monitoring and evaluation                   2/ 6  33.3%
	// Foundations                                          13/18  72.2%
	// Tier 2                                               26/38  68.4%
	// Tier 3                                               27/50  54.0%
	// Total                                                72/112  64.3%
}

func ExampleInstrument_compare() {
	c, err := bat.Instrument().Diff(lastYear, thisYear)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s → %s\n", c.BeforeDate, c.AfterDate)
	for _, s := range c.Sections {
		if s.Delta() != 0 {
			fmt.Printf("section %s: %.1f%% → %.1f%% (%+.1f)\n", s.ID, s.Before.Percent(), s.After.Percent(), s.Delta())
		}
	}
	fmt.Printf("total: %+.1f points of percent\n", c.Total.Delta())
	fmt.Println("moved up:", len(c.Up), "down:", len(c.Down))
	for _, m := range c.Up[:3] {
		fmt.Printf("  item %d (%s) %s → %s\n", m.Item, m.Label, m.Before.Label(), m.After.Label())
	}
	// Output:
	// 2026-05-15 → 2027-05-14
	// section A: 83.3% → 100.0% (+16.7)
	// section B: 50.0% → 66.7% (+16.7)
	// section C: 50.0% → 62.5% (+12.5)
	// section E: 60.0% → 70.0% (+10.0)
	// section F: 60.0% → 70.0% (+10.0)
	// section G: 50.0% → 62.5% (+12.5)
	// section H: 50.0% → 58.3% (+8.3)
	// section I: 50.0% → 55.0% (+5.0)
	// section J: 16.7% → 33.3% (+16.7)
	// total: +9.8 points of percent
	// moved up: 11 down: 0
	//   item 3 (referral records hold the key details) partially in place → fully in place
	//   item 6 (faculty hear Tier 2 and 3 results) not yet started → partially in place
	//   item 10 (support starts soon after referral) not yet started → partially in place
}

func ExampleInstrument_actionPlan() {
	plan, err := bat.Instrument().ActionPlan(thisYear)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range plan {
		if e.Section == "H" || e.Section == "J" {
			fmt.Printf("%s %2d %-6s level %s  %s\n", e.Section, e.Item, e.Priority, e.Level, e.Label)
		}
	}
	// Output:
	// H 34 medium level 1  Tier 3 coordinator named
	// H 35 medium level 1  administrator on the Tier 3 team
	// H 36 high   level 0  Tier 3 team trained enough
	// H 37 medium level 1  yearly Tier 3 training
	// H 38 medium level 1  data system for Tier 3 effects
	// H 40 medium level 1  enough staff for Tier 3
	// H 41 medium level 1  families involved in Tier 3
	// H 42 medium level 1  all staff oriented to Tier 3
	// H 43 medium level 1  Tier 3 students keep Tier 1 and 2 access
	// J 54 medium level 1  each Tier 3 plan progress monitored
	// J 55 medium level 1  data used to change interventions
	// J 56 high   level 0  plans check their own fidelity
}
