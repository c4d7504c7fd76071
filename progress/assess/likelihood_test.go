package assess_test

import (
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// trendAssessment is an assessment of weekly percents ys at x = 0, 1, …
// (weeks from firstMid), as of the Friday of the last week, with the
// deadline weeks weeks after the first Wednesday and the threshold given.
func trendAssessment(ys []int64, deadlineWeeks, threshold int) assess.Assessment {
	weeks := make([]assess.WeekPoint, len(ys))
	for i, y := range ys {
		weeks[i] = handWeek(i, y, 3)
	}
	return assess.Assessment{
		Benchmark: goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportAtMost(4), Threshold: threshold}),
		AsOf:     firstMid.AddDays(7*(len(ys)-1) + 2),
		Deadline: firstMid.AddDays(7 * deadlineWeeks),
		Weeks:    weeks,
		Baseline: assess.Baseline{Anchor: firstMid},
	}
}

// TestLikelihoodByHand: six weekly points 40, 44, 50, 52, 58, 62 fit the
// line 40 + 4.4x (x̄ 2.5, Σ(x − x̄)² 17.5, Σe² 3.2, s² 0.8); at the
// deadline, ten weeks on, it predicts 84 with SE √(0.8/6 + 7.5²·0.8/17.5);
// the probability of at least 80 is F₄(4/SE), computed here from the
// closed form of the t distribution with 4 degrees of freedom.
func TestLikelihoodByHand(t *testing.T) {
	l, err := assess.LikelihoodOf(trendAssessment([]int64{40, 44, 50, 52, 58, 62}, 10, 80), assess.LikelihoodOptions{})
	if err != nil {
		t.Fatal(err)
	}
	se := math.Sqrt(0.8/6 + 56.25*0.8/17.5)
	x := 4 / se
	u := 1 + x*x/4
	p := 0.5 + 3.0/8*x/math.Sqrt(u)*(1-x*x/(12*u))
	if l.Level != assess.LikelihoodLikely || l.Weeks != 6 || l.Points != 6 ||
		math.Abs(l.Predicted-84) > 1e-9 || math.Abs(l.SE-se) > 1e-12 || math.Abs(l.Probability-p) > 1e-12 {
		t.Errorf("LikelihoodOf = %+v, want likely, 6 weeks and points, 84 ± %v, probability %v", l, se, p)
	}
}

func TestLikelihoodGates(t *testing.T) {
	tests := []struct {
		name string
		a    assess.Assessment
		want assess.LikelihoodLevel
	}{
		{"five weeks", trendAssessment([]int64{40, 44, 50, 52, 58}, 10, 80), assess.LikelihoodNeedsMoreData},
		{"six weeks, three with a percent", trendAssessment([]int64{40, -1, 50, -1, -1, 62}, 10, 80), assess.LikelihoodNeedsMoreData},
		{"the deadline has come", trendAssessment([]int64{40, 44, 50, 52, 58, 62}, 5, 80), 0},
		{"no deadline", func() assess.Assessment {
			a := trendAssessment([]int64{40, 44, 50, 52, 58, 62}, 10, 80)
			a.Deadline = goal.Date{}
			return a
		}(), 0},
		{"met already", func() assess.Assessment {
			a := trendAssessment([]int64{30, 31, 29, 30, 31, 30}, 10, 80)
			a.Status = assess.StatusMet
			return a
		}(), 0},
		{"far below and flat", trendAssessment([]int64{30, 31, 29, 30, 31, 30}, 10, 80), assess.LikelihoodUnlikely},
	}
	for _, tt := range tests {
		l, err := assess.LikelihoodOf(tt.a, assess.LikelihoodOptions{})
		if err != nil || l.Level != tt.want {
			t.Errorf("%s: LikelihoodOf = %+v, %v; want level %q", tt.name, l, err, tt.want)
		}
	}
	for _, o := range []assess.LikelihoodOptions{{MinPoints: 2}, {Likely: 0.3, Unlikely: 0.5}, {Likely: 1}, {MinWeeks: -1}} {
		if _, err := assess.LikelihoodOf(tests[0].a, o); err == nil {
			t.Errorf("LikelihoodOf with %+v: no error", o)
		}
	}
}

// TestPropertyLikelihoodRisesWithTheSlope: steepening the weekly series
// never lowers the probability of reaching the threshold.
func TestPropertyLikelihoodRisesWithTheSlope(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(6, 20).Draw(t, "weeks")
		ys := make([]int64, n)
		for i := range ys {
			ys[i] = int64(rapid.IntRange(0, 60).Draw(t, "y"))
		}
		steeper := make([]int64, n)
		k := int64(rapid.IntRange(1, 2).Draw(t, "k"))
		for i, y := range ys {
			steeper[i] = y + k*int64(i)
		}
		before, err := assess.LikelihoodOf(trendAssessment(ys, n+8, 80), assess.LikelihoodOptions{})
		if err != nil {
			t.Fatal(err)
		}
		after, _ := assess.LikelihoodOf(trendAssessment(steeper, n+8, 80), assess.LikelihoodOptions{})
		if after.Probability < before.Probability-1e-12 {
			t.Fatalf("probability fell from %v to %v when the series rose by %d a week", before.Probability, after.Probability, k)
		}
	})
}

// TestPropertyLikelihoodGates: below 6 weeks or 4 weekly points the
// likelihood needs more data, whatever the points; from there on it is
// computed.
func TestPropertyLikelihoodGates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 12).Draw(t, "weeks")
		ys := make([]int64, n)
		points := 0
		for i := range ys {
			ys[i] = int64(rapid.IntRange(-1, 100).Draw(t, "y")) // -1: no percent that week
			if ys[i] >= 0 {
				points++
			}
		}
		l, err := assess.LikelihoodOf(trendAssessment(ys, n+10, 80), assess.LikelihoodOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if below := n < 6 || points < 4; below != (l.Level == assess.LikelihoodNeedsMoreData) {
			t.Fatalf("%d weeks, %d points: level %v", n, points, l.Level)
		}
	})
}
