package assess

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// TestDeadlineDayVerdict: on the day before the deadline a benchmark not
// yet met is at risk (or on track); on the deadline day itself, and after
// it, the verdict is final — not met — as an end-of-term report written on
// that day states it. A student meeting the benchmark is met on all three.
func TestDeadlineDayVerdict(t *testing.T) {
	// Wednesday 2026-11-04 is the deadline: 48 school days from start.
	behind := make([]int64, 60)
	ahead := make([]int64, 60)
	for i := range behind {
		behind[i], ahead[i] = 40, 90
	}
	for _, tc := range []struct {
		name string
		days []progress.DayTally
		asOf goal.Date
		want Status
	}{
		{"behind, the day before", daily(behind...), deadline.AddDays(-1), StatusAtRisk},
		{"behind, the deadline day", daily(behind...), deadline, StatusNotMet},
		{"behind, the day after", daily(behind...), deadline.AddDays(1), StatusNotMet},
		{"ahead, the day before", daily(ahead...), deadline.AddDays(-1), StatusMet},
		{"ahead, the deadline day", daily(ahead...), deadline, StatusMet},
		{"ahead, the day after", daily(ahead...), deadline.AddDays(1), StatusMet},
		{"too few rated days, the day before", daily(40, 40), deadline.AddDays(-1), StatusNotEnoughData},
		{"too few rated days, the deadline day", daily(40, 40), deadline, StatusNotMet},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Benchmark(testBenchmark(goal.By(deadline)), tc.days, tc.asOf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tc.want {
				t.Errorf("Benchmark as of %v (deadline %v) = %v, want %v", tc.asOf, deadline, a.Status, tc.want)
			}
		})
	}
}

// TestMetOnAndLate: MetOn is the first day of the run of days on which the
// window met the benchmark; met after the deadline is late, met before it
// and still met is not.
func TestMetOnAndLate(t *testing.T) {
	// 50 rated days at 40%, then 90%: the window of 10 days reaches 80% on
	// the 9th day at 90% (8×90 + 2×40 = 800 of 1000).
	pcts := make([]int64, 70)
	for i := range pcts {
		pcts[i] = 40
		if i >= 50 {
			pcts[i] = 90
		}
	}
	days := daily(pcts...)
	firstMet := days[57].Date
	for _, tc := range []struct {
		name     string
		deadline goal.Date
		wantLate bool
	}{
		{"met after its deadline", days[40].Date, true},
		{"met on its deadline day", firstMet, false},
		{"met before its deadline", days[65].Date, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Benchmark(testBenchmark(goal.By(tc.deadline)), days, days[69].Date, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := []any{a.Status, a.MetOn, a.MetLate()}
			if diff := cmp.Diff([]any{StatusMet, firstMet, tc.wantLate}, got, cmp.AllowUnexported(goal.Date{})); diff != "" {
				t.Errorf("status, MetOn, MetLate (-want +got):\n%s", diff)
			}
		})
	}
	// Met, lost, met again after the deadline: late, since the current run
	// began after it.
	for i := 20; i < 35; i++ {
		pcts[i] = 95
	}
	days = daily(pcts...)
	a, err := Benchmark(testBenchmark(goal.By(days[40].Date)), days, days[69].Date, Options{})
	if err != nil || a.MetOn != firstMet || !a.MetLate() {
		t.Errorf("met, lost before the deadline, met again after: MetOn %v, late %t, %v; want %v, true", a.MetOn, a.MetLate(), err, firstMet)
	}
	if a, _ := Benchmark(testBenchmark(goal.By(deadline)), daily(40, 40, 40, 40, 40, 40), start.AddDays(10), Options{}); !a.MetOn.IsZero() || a.MetLate() {
		t.Errorf("not met: MetOn %v, late %t; want none", a.MetOn, a.MetLate())
	}
}

// TestMetVerdictIsFinal: a benchmark met on its deadline day stays met
// however the student does later (and says it has fallen back), and one
// met late stays met late; the verdict never flips back to not met.
func TestMetVerdictIsFinal(t *testing.T) {
	// Wednesday 2026-11-04 is the deadline, school day 48: 90% through it,
	// then 40%.
	pcts := make([]int64, 90)
	for i := range pcts {
		pcts[i] = 90
		if i > 48 {
			pcts[i] = 40
		}
	}
	met := daily(pcts...)
	// 40% through the deadline, 90% for 15 days after it, then 40% again.
	late := daily(pcts...)
	for i := range late {
		late[i].Qualifying = 40
		if i > 50 && i <= 65 {
			late[i].Qualifying = 90
		}
	}
	type verdict struct {
		Status            Status
		MetLate, FellBack bool
		WindowMeetsToday  bool
	}
	for _, tc := range []struct {
		name string
		days []progress.DayTally
		asOf goal.Date
		want verdict
	}{
		{"met by the deadline, the deadline day", met, deadline, verdict{StatusMet, false, false, true}},
		{"met by the deadline, weeks later at 40%", met, met[85].Date, verdict{StatusMet, false, true, false}},
		{"met late, while met", late, late[64].Date, verdict{StatusMet, true, false, true}},
		{"met late, weeks later at 40%", late, late[89].Date, verdict{StatusMet, true, true, false}},
		{"before met late: not met", late, late[55].Date, verdict{StatusNotMet, false, false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Benchmark(testBenchmark(goal.By(deadline)), tc.days, tc.asOf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := verdict{a.Status, a.MetLate(), a.FellBack(), Met(a.Window, float64(a.Benchmark.Threshold()), 5)}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("as of %v (-want +got):\n%s", tc.asOf, diff)
			}
		})
	}
}

// TestTermDeadlineNeedsACalendar: a term deadline the calendar cannot
// place is an error, never a silent "no deadline" that would leave the
// student at risk or without a verdict forever.
func TestTermDeadlineNeedsACalendar(t *testing.T) {
	b := testBenchmark(goal.ByEndOf(goal.Trimester1))
	for name, cal := range map[string]goal.Calendar{
		"no calendar":             {},
		"calendar without term 1": goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester2: deadline}),
	} {
		_, err := Benchmark(b, weekly(40, 45, 50, 55), deadline, Options{Calendar: cal})
		var ae *Error
		if !errors.Is(err, goal.ErrUnresolvedDeadline) || !errors.As(err, &ae) || ae.Field != "deadline" {
			t.Errorf("%s: error = %v, want an *Error for deadline wrapping goal.ErrUnresolvedDeadline", name, err)
		}
	}
	cal := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: deadline})
	a, err := Benchmark(b, weekly(40, 45, 50, 55), deadline, Options{Calendar: cal})
	if err != nil || a.Deadline != deadline || a.Status != StatusNotMet {
		t.Errorf("with the calendar: deadline %v, status %v, %v; want %v, not-met on the day", a.Deadline, a.Status, err, deadline)
	}
}

// TestWindowObservedSupport: the window pools the support observed on its
// days, the facts a report words instead of restating the plan.
func TestWindowObservedSupport(t *testing.T) {
	days := daily(50, 50, 50, 50, 50)
	days[3].IntensityUnits, days[3].MaxIntensity = 500, 5 // one day at level 5
	a, err := Benchmark(testBenchmark(goal.By(deadline)), days, days[4].Date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mean, ok := a.Window.MeanIntensity()
	if !ok || mean != 3.4 || a.Window.MaxIntensity != 5 {
		t.Errorf("window support: mean %v (%t), max %v; want 3.4, 5", mean, ok, a.Window.MaxIntensity)
	}
}

// TestMetIsTheOneRule checks Met against its definition and that Benchmark
// calls it: met exactly when the window has MinDays rated days and its
// unrounded percent reaches the threshold.
func TestMetIsTheOneRule(t *testing.T) {
	w := Window{Days: 5, Tally: progress.Tally{Rated: 3, Qualifying: 2}} // 66.666…%
	for _, tc := range []struct {
		threshold float64
		minDays   int
		want      bool
	}{
		{66.66, 5, true}, {66.66667, 5, false}, {200.0 / 3, 5, true}, {60, 6, false}, {60, 5, true},
	} {
		if got := Met(w, tc.threshold, tc.minDays); got != tc.want {
			t.Errorf("Met(2 of 3, %v, %d) = %t, want %t", tc.threshold, tc.minDays, got, tc.want)
		}
	}
	if Met(Window{Days: 9}, 1, 1) {
		t.Error("Met of a window with nothing rated is true")
	}
}

// TestMetOnTheDeadlineDayIsNotLate: met on the deadline day, lost, and met
// again later is on time: the verdict of the deadline day was met.
func TestMetOnTheDeadlineDayIsNotLate(t *testing.T) {
	pcts := make([]int64, 70)
	for i := range pcts {
		switch {
		case i >= 10 && i < 30, i >= 50:
			pcts[i] = 95
		default:
			pcts[i] = 40
		}
	}
	days := daily(pcts...)
	deadline := days[25].Date // met: the window as of day 25 is all 95s
	a, err := Benchmark(testBenchmark(goal.By(deadline)), days, days[69].Date, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Status != StatusMet || a.MetLate() || a.MetOn.After(deadline) {
		t.Errorf("met on the deadline day, lost, met again: status %v, MetOn %v, late %t; want met on or before %v, not late", a.Status, a.MetOn, a.MetLate(), deadline)
	}
	if want := days[17].Date; a.MetOn != want { // 8 days at 95 and 2 at 40 reach 80%
		t.Errorf("MetOn = %v, want %v, the start of the run through the deadline", a.MetOn, want)
	}
}
