package singlecase_test

import (
	"errors"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/singlecase"
	"github.com/iepgoal/iepgoal/rubric"
)

// phaseDays are two school weeks: the first at 40% of 100 rated minutes
// a day, the second at 80%, with an unrated Monday in the second.
func phaseDays() []progress.DayTally {
	monday := goal.MustDate(2026, 8, 31)
	var days []progress.DayTally
	for w, q := range []int64{40, 80} {
		for d := range 5 {
			day := progress.DayTally{Date: monday.AddDays(7*w + d), Tally: progress.Tally{Rated: 100, Qualifying: q}, Units: 100}
			if w == 1 && d == 0 {
				day.Tally = progress.Tally{}
			}
			days = append(days, day)
		}
	}
	return days
}

func TestComparePhases(t *testing.T) {
	monday := goal.MustDate(2026, 8, 31)
	first := assess.Phase{From: monday, To: monday.AddDays(7)}
	second := assess.Phase{From: monday.AddDays(7), To: monday.AddDays(14)}
	bench := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(4), Threshold: 90})
	days := phaseDays()
	if got := singlecase.DailyPercents(days, second); len(got) != 4 || got[0] != 80 {
		t.Errorf("DailyPercents of the second week = %v, want four days at 80 (the unrated Monday left out)", got)
	}
	e, err := singlecase.ComparePhases(days, first, second, bench, singlecase.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// PoGO against the threshold: (80 − 40) / (90 − 40) = 80%.
	if pogo, ok := e.PoGO.Get(); e.A != 5 || e.B != 4 || e.NAP != 1 || !ok || pogo != 80 {
		t.Errorf("ComparePhases: %d and %d points, NAP %v, PoGO %v; want 5, 4, 1 and 80", e.A, e.B, e.NAP, e.PoGO)
	}
	e, _ = singlecase.ComparePhases(days, first, second, bench, singlecase.Options{Goal: singlecase.Some(60)})
	if pogo, _ := e.PoGO.Get(); pogo != 200 {
		t.Errorf("PoGO with goal 60 = %v, want 200", e.PoGO)
	}
	empty := assess.Phase{From: monday.AddDays(21), To: monday.AddDays(28)}
	var perr *singlecase.Error
	if _, err := singlecase.ComparePhases(days, first, empty, bench, singlecase.Options{}); !errors.As(err, &perr) || perr.Field != "b" {
		t.Errorf("a phase without rated days: error %v, want an *Error for b", err)
	}
}
