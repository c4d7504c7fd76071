package assess

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
)

// TestAimlineHeldAfterDeadline checks the aimline's two pieces: the line
// from the baseline to the threshold, then the threshold itself.
func TestAimlineHeldAfterDeadline(t *testing.T) {
	anchor := start.AddDays(2)
	aim := Aimline{From: anchor, FromPercent: 40, To: anchor.AddDays(63), ToPercent: 80} // 9 weeks
	tests := []struct {
		name string
		d    goal.Date
		want float64
	}{
		{"at the anchor", anchor, 40},
		{"half way", anchor.AddDays(28), 40 + 40.0*4/9},
		{"at the deadline", aim.To, 80},
		{"a day after the deadline", aim.To.AddDays(1), 80},
		{"half a year after the deadline", aim.To.AddDays(182), 80},
		{"a week before the anchor: extended backwards", anchor.AddDays(-7), 40 - 40.0/9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := aim.At(tt.d); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("At(%v) = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
	if s := aim.Slope(); math.Abs(s-40.0/9) > 1e-12 {
		t.Errorf("Slope() = %v, want 40/9 (the rising part)", s)
	}
}

// TestAimlineNeverPassesThreshold is the property behind the hold: from
// the anchor on, the aimline stays between the baseline and the threshold.
func TestAimlineNeverPassesThreshold(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		from := start.AddDays(rapid.IntRange(0, 30).Draw(t, "from"))
		aim := Aimline{
			From: from, FromPercent: rapid.Float64Range(0, 100).Draw(t, "fromPercent"),
			To: from.AddDays(rapid.IntRange(1, 300).Draw(t, "weeks")), ToPercent: float64(rapid.IntRange(1, 100).Draw(t, "threshold")),
		}
		d := from.AddDays(rapid.IntRange(0, 1000).Draw(t, "d"))
		got := aim.At(d)
		lo, hi := min(aim.FromPercent, aim.ToPercent), max(aim.FromPercent, aim.ToPercent)
		if got < lo-1e-9 || got > hi+1e-9 {
			t.Fatalf("At(%v) = %v, outside [%v, %v] for %+v", d, got, lo, hi, aim)
		}
		if d.After(aim.To) && got != aim.ToPercent {
			t.Fatalf("At(%v) = %v after the deadline %v, want the threshold %v", d, got, aim.To, aim.ToPercent)
		}
	})
}

// TestAssessPastDeadline runs all three rules on benchmarks judged after
// their deadline (80% by 2026-11-04, nine weeks after the baseline week).
// Before the hold, the aimline went on rising (to 169% by the last case's
// as-of date) and every rule said "change the plan" for a benchmark met
// long ago.
func TestAssessPastDeadline(t *testing.T) {
	// x = 0..9 rises from 40 to 85 (the deadline week), 86..95 over weeks
	// 10..19, then ten weeks at 93.
	metLongAgo := []int64{40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95}
	for range 10 {
		metLongAgo = append(metLongAgo, 93)
	}
	// 4 points a week (flatter than the aimline's 40/9), 76 in the
	// deadline week, then 82 and 84.
	metJustAfter := []int64{40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 82, 84}
	// Flat at 60 after reaching it: never met.
	neverMet := []int64{40, 45, 50, 55, 60}
	for range 15 {
		neverMet = append(neverMet, 60)
	}
	tests := []struct {
		name     string
		weeks    []int64
		status   Status
		rules    []Decision // four-point, trend-line, consecutive-days
		decision Decision
	}{
		{"met at 93% twenty weeks after the deadline", metLongAgo, StatusMet,
			[]Decision{DecisionRaise, DecisionRaise, DecisionContinue}, DecisionRaise},
		{"met two weeks after the deadline with a flatter trend", metJustAfter, StatusMet,
			[]Decision{DecisionContinue, DecisionRaise, DecisionContinue}, DecisionRaise},
		{"not met, flat at 60% long after the deadline", neverMet, StatusNotMet,
			[]Decision{DecisionChange, DecisionChange, DecisionChange}, DecisionChange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			days := weekly(tt.weeks...)
			a, err := Benchmark(testBenchmark(goal.By(deadline)), days, lastDate(days), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !a.AsOf.After(a.Deadline) {
				t.Fatalf("as of %v is not after the deadline %v", a.AsOf, a.Deadline)
			}
			want := []RuleOutcome{{RuleFourPoint, tt.rules[0]}, {RuleTrendLine, tt.rules[1]}, {RuleConsecutiveDays, tt.rules[2]}}
			if diff := cmp.Diff(want, a.Rules); diff != "" {
				t.Errorf("Rules (-want +got):\n%s\naim at as-of %.1f, trend at as-of %.1f", diff, a.Aimline.At(a.AsOf), a.Trend.At(a.AsOf))
			}
			if a.Status != tt.status || a.Decision != tt.decision {
				t.Errorf("status %v, decision %v; want %v, %v", a.Status, a.Decision, tt.status, tt.decision)
			}
			if a.Status == StatusMet && a.Decision == DecisionChange {
				t.Errorf("a met benchmark past its deadline got %v", a.Decision)
			}
		})
	}
}
