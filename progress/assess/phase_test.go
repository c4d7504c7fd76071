package assess_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// firstMid is the Wednesday of the first hand-made week (Monday
// 2026-08-31); x counts weeks from it.
var firstMid = goal.MustDate(2026, 9, 2)

// handWeek is week k of the hand-made series (k weeks after the first):
// percent p of 100 rated minutes (p < 0: nothing rated) under mean
// support level support (0: none recorded; 2.5 rounds up).
func handWeek(k int, p int64, support float64) assess.WeekPoint {
	w := assess.WeekPoint{Mid: firstMid.AddDays(7 * k), X: float64(k)}
	if p >= 0 {
		w.Tally = progress.Tally{Rated: 100, Qualifying: p}
	}
	if support > 0 {
		w.SupportUnits, w.IntensityUnits = 100, int64(support*100)
	}
	return w
}

// span is a phase's dates and the counts a test checks.
type span struct {
	From, To       goal.Date
	Support        rubric.Intensity
	Weeks, Points  int
	Mean, Median   float64
	Slope, TSSlope float64
}

func spans(ps []assess.Phase) []span {
	var out []span
	for _, p := range ps {
		out = append(out, span{p.From, p.To, p.Support, p.Weeks, p.Points, p.Mean, p.Median, p.OLS.Slope, p.TheilSen.Slope})
	}
	return out
}

func monday(k int) goal.Date { return firstMid.AddDays(7*k - 2) }

func TestSupportPhases(t *testing.T) {
	weeks := []assess.WeekPoint{
		handWeek(0, 20, 4), handWeek(1, 30, 4.4), handWeek(2, 40, 4), // level 4, rising 10 a week
		handWeek(3, 50, 2.5),                   // one week at level 3 (2.5 rounds up)
		handWeek(4, 60, 3), handWeek(5, 70, 3), // level 3
		handWeek(6, -1, 0),                      // no support recorded: a gap
		handWeek(7, 80, 2),                      // a lone week at level 2 after the gap
		handWeek(9, 90, 2), handWeek(10, 90, 1), // week 8 missing (no school): no gap
	}
	tests := []struct {
		name     string
		minWeeks int
		want     []span
	}{
		{"every run", 1, []span{
			{monday(0), monday(3), 4, 3, 3, 30, 30, 10, 10},
			{monday(3), monday(6), 3, 3, 3, 60, 60, 10, 10},
			{monday(7), monday(10), 2, 2, 2, 85, 85, 5, 5}, // weeks 7 and 9: 10 points over 2 weeks
			{monday(10), monday(11), 1, 1, 1, 90, 90, 0, 0},
		}},
		{"at least two weeks: the lone level-1 week joins the phase before it", 2, []span{
			{monday(0), monday(3), 4, 3, 3, 30, 30, 10, 10},
			{monday(3), monday(6), 3, 3, 3, 60, 60, 10, 10},
			// (7, 80), (9, 90), (10, 90): least squares 16⅔ ÷ 4⅔ = 25/7;
			// pairwise slopes 5, 10/3 and 0, median 10/3.
			{monday(7), monday(11), 2, 3, 3, 260.0 / 3, 90, 25.0 / 7, 10.0 / 3},
		}},
		{"at least four weeks: the first run joins the next, a run after a gap the one after it", 4, []span{
			{monday(0), monday(6), 3, 6, 6, 45, 45, 10, 10},
			{monday(7), monday(11), 1, 3, 3, 260.0 / 3, 90, 25.0 / 7, 10.0 / 3},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spans(assess.SupportPhases(weeks, tt.minWeeks))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12), cmpopts.EquateComparable(goal.Date{})); diff != "" {
				t.Errorf("SupportPhases(weeks, %d) (-want +got):\n%s", tt.minWeeks, diff)
			}
		})
	}
}

func TestPhasesFrom(t *testing.T) {
	weeks := []assess.WeekPoint{handWeek(0, 20, 4), handWeek(1, 30, 4), handWeek(2, 60, 3), handWeek(3, 70, 3), handWeek(4, 80, 3)}
	// The team changed the intervention on Tuesday of week 2: that week's
	// Wednesday falls after it, so the week is the new phase's.
	got, err := assess.PhasesFrom(weeks, []goal.Date{monday(2).AddDays(1)})
	if err != nil {
		t.Fatal(err)
	}
	want := []span{
		{monday(0), monday(2).AddDays(1), 0, 2, 2, 25, 25, 10, 10},
		{monday(2).AddDays(1), monday(5), 0, 3, 3, 70, 70, 10, 10},
	}
	if diff := cmp.Diff(want, spans(got), cmpopts.EquateApprox(0, 1e-12), cmpopts.EquateComparable(goal.Date{})); diff != "" {
		t.Errorf("PhasesFrom (-want +got):\n%s", diff)
	}
	for _, starts := range [][]goal.Date{{{}}, {monday(3), monday(2)}, {monday(2), monday(2)}} {
		_, err := assess.PhasesFrom(weeks, starts)
		var e *assess.Error
		if !errors.As(err, &e) || e.Field != "starts" || !errors.Is(err, assess.ErrOption) {
			t.Errorf("PhasesFrom(weeks, %v) error = %v, want an *Error for starts wrapping ErrOption", starts, err)
		}
	}
}

// TestWeekSupport: the rounding of the one phase rule, halves up.
func TestWeekSupport(t *testing.T) {
	for _, tt := range []struct {
		mean float64
		want rubric.Intensity
	}{{0, 0}, {1, 1}, {1.49, 1}, {1.5, 2}, {2.5, 3}, {4.5, 5}, {5, 5}} {
		if got := assess.WeekSupport(handWeek(0, 50, tt.mean)); got != tt.want {
			t.Errorf("WeekSupport(mean %v) = %v, want %v", tt.mean, got, tt.want)
		}
	}
}
