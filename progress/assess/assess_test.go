package assess

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// The hand-made cases run from Monday 2026-08-31 (ISO week 36); the anchor
// is Wednesday 2026-09-02 and the default deadline Wednesday 2026-11-04,
// nine weeks later.
var (
	start    = goal.MustDate(2026, 8, 31)
	deadline = goal.MustDate(2026, 11, 4)
)

// testBenchmark is TEP 3–5 with support 4 or less for 80% of the day by dl.
func testBenchmark(dl goal.Deadline) goal.Benchmark {
	return goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand[rubric.TEP](3, 5),
		Support:   goal.MustSupportAtMost(4),
		Threshold: 80,
		Deadline:  dl,
	})
}

// day is a school day of 100 rated minutes, qual of them qualifying, ten
// more in band than qualify (so 40% is not a setback), at intensity 3.
func day(date goal.Date, qual int64) progress.DayTally {
	return progress.DayTally{
		Date: date, Tally: progress.Tally{Rated: 100, Qualifying: qual},
		InBand: min(100, qual+10), Units: 100,
		SupportUnits: 100, IntensityUnits: 300, MaxIntensity: 3,
	}
}

// weekly makes five school days per week from start, every day of week i
// at percent pcts[i].
func weekly(pcts ...int64) []progress.DayTally {
	var out []progress.DayTally
	for w, p := range pcts {
		for i := range 5 {
			out = append(out, day(start.AddDays(7*w+i), p))
		}
	}
	return out
}

// daily makes consecutive school days (Monday–Friday) from start.
func daily(pcts ...int64) []progress.DayTally {
	var out []progress.DayTally
	d := start
	for _, p := range pcts {
		out = append(out, day(d, p))
		d = nextSchoolDay(d)
	}
	return out
}

func nextSchoolDay(d goal.Date) goal.Date {
	d = d.AddDays(1)
	for d.Weekday() == 0 || d.Weekday() == 6 {
		d = d.AddDays(1)
	}
	return d
}

// lastDate returns the date of the last day.
func lastDate(days []progress.DayTally) goal.Date { return days[len(days)-1].Date }

// TestAssessHandWorked checks every number of one assessment worked by hand.
//
// Weeks (100 rated minutes a day): W36 40% ×5; W37 Labor Day unrated then
// 50% ×4; W38 45% ×5; W39 70% ×4 and Friday 30% (a setback: 30 of 100 in
// band). Weekly points (x, %): (0, 40), (1, 50), (2, 45), (3, 62).
// Window = the last 10 rated days (W38, W39): 535 ÷ 1000 = 53.5%.
// Baseline = W36 = 40%; aimline 40% → 80% over 9 weeks: 40/9 per week.
// Theil–Sen: slope 20/3, intercept 41 (see TestTheilSen); projection
// anchor + ⌈7·39·3/20⌉ = +41 days = 2026-10-13.
// OLS: slope 6.1, intercept 40.1.
// Trend-line: 20/3 > 40/9 → raise. Four-point: 4 weeks < 6 → insufficient.
// Consecutive: the last 3 rated days 70, 70, 30 vs aim ≈ 54.6 → continue.
// Intensity: W38 at 3, W39 at 3, 3, 3, 4, 4: first 3 window days mean 3,
// last 3 mean 11/3: a rise of 2/3 ≥ 0.5.
func TestAssessHandWorked(t *testing.T) {
	days := weekly(40, 50, 45, 70)
	days[5] = progress.DayTally{Date: days[5].Date, Units: 100} // Labor Day, unrated
	days[19] = day(days[19].Date, 30)
	days[19].InBand = 30
	for _, i := range []int{18, 19} {
		days[i].IntensityUnits, days[i].MaxIntensity = 400, 4
	}
	asOf := goal.MustDate(2026, 9, 25)
	anchor := goal.MustDate(2026, 9, 2)
	got, err := Benchmark(testBenchmark(goal.By(deadline)), days, asOf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	wp := func(week int, rated, qual, inBand int64, daysIn, setbacks int, intensity int64) WeekPoint {
		return WeekPoint{
			WeekTally: progress.WeekTally{ISOYear: 2026, ISOWeek: 36 + week, Tally: progress.Tally{Rated: rated, Qualifying: qual}, Days: daysIn,
				InBand: inBand, SupportUnits: rated, IntensityUnits: intensity, Setbacks: setbacks},
			Mid: anchor.AddDays(7 * week), X: float64(week),
		}
	}
	want := Assessment{
		Benchmark: testBenchmark(goal.By(deadline)),
		AsOf:      asOf,
		Deadline:  deadline,
		Status:    StatusOnTrack,
		Window: Window{
			First: goal.MustDate(2026, 9, 14), Last: asOf, Days: 10,
			Tally: progress.Tally{Rated: 1000, Qualifying: 535}, Setbacks: 1, InBand: 625, // W38 5×55, W39 4×80 + 30
			// W38 at level 3 (1500), W39 at 3 but for two days at level 4 (1700)
			SupportUnits: 1000, IntensityUnits: 3200, MaxIntensity: 4,
		},
		Weeks: []WeekPoint{
			wp(0, 500, 200, 250, 5, 0, 1500), // in band 10 points above qualifying each day
			wp(1, 400, 200, 240, 5, 0, 1200),
			wp(2, 500, 225, 275, 5, 0, 1500),
			wp(3, 500, 310, 350, 5, 1, 1700),
		},
		Baseline:  Baseline{Anchor: anchor, Tally: progress.Tally{Rated: 500, Qualifying: 200}, Days: 5},
		Aimline:   Aimline{From: anchor, FromPercent: 40, To: deadline, ToPercent: 80},
		OLS:       Trend{Method: TrendOLS, Slope: 6.1, Intercept: 40.1, Anchor: anchor, Points: 4, OK: true},
		TheilSen:  Trend{Method: TrendTheilSen, Slope: 20.0 / 3, Intercept: 41, Anchor: anchor, Points: 4, OK: true},
		Trend:     Trend{Method: TrendTheilSen, Slope: 20.0 / 3, Intercept: 41, Anchor: anchor, Points: 4, OK: true},
		Projected: goal.MustDate(2026, 10, 13),
		Rules: []RuleOutcome{
			{RuleFourPoint, DecisionInsufficient},
			{RuleTrendLine, DecisionRaise},
			{RuleConsecutiveDays, DecisionContinue},
		},
		Decision:  DecisionRaise,
		Setbacks:  []goal.Date{asOf},
		Intensity: IntensityChange{First: 3, Last: 11.0 / 3, Days: 3, Rose: true, Peak: 4},
	}
	opts := []cmp.Option{cmp.AllowUnexported(goal.Benchmark{}, goal.Support{}, goal.Deadline{}, goal.Date{}, rubric.Band[rubric.TEP]{}, rubric.Band[rubric.Intensity]{}, rubric.Band[rubric.SoftSkill]{}, rubric.SkillArea{}), cmpopts.EquateApprox(0, 1e-9)}
	if diff := cmp.Diff(want, got, opts...); diff != "" {
		t.Errorf("Assess mismatch (-want +got):\n%s", diff)
	}
	if p, _ := got.Window.Percent(); p != 53.5 {
		t.Errorf("Window.Percent() = %v, want 53.5", p)
	}
	if s := got.Aimline.Slope(); math.Abs(s-40.0/9) > 1e-12 {
		t.Errorf("Aimline.Slope() = %v, want 40/9", s)
	}

	ols, err := Benchmark(testBenchmark(goal.By(deadline)), days, asOf, Options{Method: TrendOLS})
	if err != nil {
		t.Fatal(err)
	}
	// OLS projection: ⌈7·39.9/6.1⌉ = 46 days after the anchor.
	if want := goal.MustDate(2026, 10, 18); ols.Projected != want || ols.Trend != ols.OLS {
		t.Errorf("OLS: Projected = %v, Trend = %+v; want %v and the OLS trend", ols.Projected, ols.Trend, want)
	}
}

func TestAssessStatus(t *testing.T) {
	afterDeadline := goal.MustDate(2026, 11, 6)
	onlyTrend := Options{FourPoint: FourPointRule{Disabled: true}, TrendLine: TrendLineRule{Disabled: true}, Consecutive: ConsecutiveDaysRule{Disabled: true}}
	seed002 := daily(100, 100, 100, 100, 100, 100, 100, 100, 100, 30)
	seed002[9].InBand = 30
	tests := []struct {
		name     string
		deadline goal.Deadline
		days     []progress.DayTally
		asOf     goal.Date // zero: the last day
		opts     Options
		want     Status
		wantDec  Decision
		setbacks int
	}{
		{"not enough data: 4 rated days at 90%", goal.By(deadline), daily(90, 90, 90, 90), goal.Date{}, Options{}, StatusNotEnoughData, DecisionContinue, 0},
		{"after the deadline the verdict is final, even on two rated days", goal.By(deadline), daily(10, 10), afterDeadline, Options{}, StatusNotMet, DecisionInsufficient, 2},
		{"MinDays 2 makes 2 days enough", goal.By(deadline), daily(90, 90), goal.Date{}, Options{MinDays: 2}, StatusMet, DecisionInsufficient, 0},
		{"met: two weeks at 90%", goal.By(deadline), weekly(90, 90), goal.Date{}, Options{}, StatusMet, DecisionContinue, 0},
		{"met at exactly the threshold", goal.By(deadline), weekly(80, 80), goal.Date{}, Options{}, StatusMet, DecisionContinue, 0},
		// Seed 002: met on paper, with a day that fell apart reported.
		{"met with a setback day", goal.By(deadline), seed002, goal.Date{}, Options{}, StatusMet, DecisionContinue, 1},
		{"met after the deadline", goal.By(deadline), weekly(40, 50, 60, 70, 80, 90, 90, 90, 90, 90), afterDeadline, Options{}, StatusMet, DecisionRaise, 0},
		{"not met after the deadline", goal.By(deadline), weekly(40, 45, 50, 55, 60, 65, 70, 70, 70, 70), afterDeadline, Options{}, StatusNotMet, DecisionChange, 0},
		{"at risk: flat, every rule says change", goal.By(deadline), weekly(40, 40, 40, 40, 40, 40), goal.Date{}, Options{}, StatusAtRisk, DecisionChange, 0},
		{"at risk: rising too slowly, projection after the deadline", goal.By(deadline), weekly(40, 41, 42, 43), goal.Date{}, onlyTrend, StatusAtRisk, DecisionInsufficient, 0},
		{"at risk without a deadline: trend never reaches", goal.Deadline{}, weekly(40, 40, 40, 40), goal.Date{}, Options{}, StatusAtRisk, DecisionInsufficient, 0},
		// A falling trend is never projected: sliding away is at risk even
		// when it started above the threshold and no rule can judge.
		{"at risk: falling from above the threshold", goal.By(deadline), weekly(95, 90, 85, 80, 75, 70), goal.Date{}, onlyTrend, StatusAtRisk, DecisionInsufficient, 0},
		{"at risk without a deadline: falling", goal.Deadline{}, weekly(95, 90, 85, 80, 75, 70), goal.Date{}, Options{}, StatusAtRisk, DecisionInsufficient, 0},
		{"on track: steeper than the aimline", goal.By(deadline), weekly(40, 45, 50, 55), goal.Date{}, Options{}, StatusOnTrack, DecisionRaise, 0},
		{"on track without a deadline: rising", goal.Deadline{}, weekly(40, 45, 50, 55), goal.Date{}, Options{}, StatusOnTrack, DecisionInsufficient, 0},
		{"on track before a trend exists", goal.By(deadline), weekly(40, 45), goal.Date{}, Options{}, StatusOnTrack, DecisionContinue, 0},
		{"term deadline resolved by the calendar", goal.ByEndOf(goal.Trimester1), weekly(40, 40, 40, 40, 40, 40), goal.Date{},
			Options{Calendar: goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: deadline})}, StatusAtRisk, DecisionChange, 0},
		{"option deadline overrides: already passed", goal.By(deadline), weekly(40, 45, 50, 55), goal.Date{}, Options{Deadline: goal.MustDate(2026, 9, 10)}, StatusNotMet, DecisionChange, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asOf := tt.asOf
			if asOf.IsZero() {
				asOf = lastDate(tt.days)
			}
			a, err := Benchmark(testBenchmark(tt.deadline), tt.days, asOf, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if a.Status != tt.want || a.Decision != tt.wantDec || len(a.Setbacks) != tt.setbacks {
				p, _ := a.Window.Percent()
				t.Errorf("Assess: status %v, decision %v, %d setbacks; want %v, %v, %d (window %v%% over %d days, trend %+v, projected %v, rules %v)",
					a.Status, a.Decision, len(a.Setbacks), tt.want, tt.wantDec, tt.setbacks, p, a.Window.Days, a.Trend, a.Projected, a.Rules)
			}
		})
	}
}

// TestDecisionRules runs each rule alone (the others disabled).
// Aimline: 40% at W36 to 80% nine weeks later, 40/9 points a week.
func TestDecisionRules(t *testing.T) {
	only := func(r Rule, o Options) Options {
		o.FourPoint.Disabled = r != RuleFourPoint
		o.TrendLine.Disabled = r != RuleTrendLine
		o.Consecutive.Disabled = r != RuleConsecutiveDays
		return o
	}
	// Consecutive days: baseline week at 40, then days of the second week.
	consec := func(pcts ...int64) []progress.DayTally {
		days := weekly(40)
		for i, p := range pcts {
			days = append(days, day(start.AddDays(7+i), p))
		}
		return days
	}
	withUnrated := consec(30, 30, 30, 30)
	withUnrated[6] = progress.DayTally{Date: withUnrated[6].Date, Units: 100}
	tests := []struct {
		name string
		rule Rule
		days []progress.DayTally
		opts Options
		dl   goal.Deadline
		want Decision
	}{
		// Aim at W40..W43 (x = 4..7): 57.8, 62.2, 66.7, 71.1.
		{"four-point: last 4 below", RuleFourPoint, weekly(40, 44, 48, 52, 50, 55, 60, 65), Options{}, goal.By(deadline), DecisionChange},
		{"four-point: last 4 above", RuleFourPoint, weekly(40, 44, 48, 52, 60, 65, 70, 75), Options{}, goal.By(deadline), DecisionRaise},
		{"four-point: mixed", RuleFourPoint, weekly(40, 44, 48, 52, 60, 60, 70, 75), Options{}, goal.By(deadline), DecisionContinue},
		{"four-point: 5 weeks are too few", RuleFourPoint, weekly(40, 40, 40, 40, 40), Options{}, goal.By(deadline), DecisionInsufficient},
		{"four-point: MinWeeks 5, Run 3", RuleFourPoint, weekly(40, 40, 40, 40, 40), Options{FourPoint: FourPointRule{MinWeeks: 5, Run: 3}}, goal.By(deadline), DecisionChange},
		{"four-point: no deadline, no aimline", RuleFourPoint, weekly(40, 40, 40, 40, 40, 40), Options{}, goal.Deadline{}, DecisionInsufficient},
		{"four-point: on the aimline is not below", RuleFourPoint, weekly(40, 40, 40, 40, 40, 40, 40, 40, 40, 80), Options{Deadline: goal.MustDate(2026, 11, 4)}, goal.By(deadline), DecisionContinue},
		{"trend-line: flat is flatter", RuleTrendLine, weekly(40, 40, 40, 40), Options{}, goal.By(deadline), DecisionChange},
		{"trend-line: steeper", RuleTrendLine, weekly(40, 50, 60, 70), Options{}, goal.By(deadline), DecisionRaise},
		{"trend-line: flatter but ahead of the aimline", RuleTrendLine, weekly(40, 60, 61, 62), Options{}, goal.By(deadline), DecisionContinue},
		{"trend-line: steeper but behind the aimline", RuleTrendLine, weekly(40, 10, 20, 30, 40), Options{}, goal.By(deadline), DecisionContinue},
		{"trend-line: within tolerance", RuleTrendLine, weekly(40, 45, 50, 55), Options{TrendLine: TrendLineRule{Tolerance: 1}}, goal.By(deadline), DecisionContinue},
		{"trend-line: 3 weeks, no trend", RuleTrendLine, weekly(40, 40, 40), Options{}, goal.By(deadline), DecisionInsufficient},
		{"trend-line: MinTrendWeeks 3", RuleTrendLine, weekly(40, 40, 40), Options{MinTrendWeeks: 3}, goal.By(deadline), DecisionChange},
		{"trend-line: OLS pulled down by one bad week", RuleTrendLine, weekly(40, 46, 52, 58, 0), Options{Method: TrendOLS}, goal.By(deadline), DecisionChange},
		{"trend-line: Theil–Sen shrugs off one bad week", RuleTrendLine, weekly(40, 46, 52, 58, 0), Options{}, goal.By(deadline), DecisionRaise},
		{"consecutive: last 3 days below", RuleConsecutiveDays, consec(90, 30, 30, 30), Options{}, goal.By(deadline), DecisionChange},
		{"consecutive: last day above", RuleConsecutiveDays, consec(30, 30, 30, 90), Options{}, goal.By(deadline), DecisionContinue},
		{"consecutive: an unrated day does not break the run", RuleConsecutiveDays, withUnrated, Options{}, goal.By(deadline), DecisionChange},
		{"consecutive: Days 5 needs 5", RuleConsecutiveDays, consec(90, 30, 30, 30), Options{Consecutive: ConsecutiveDaysRule{Days: 5}}, goal.By(deadline), DecisionContinue},
		{"consecutive: too few rated days", RuleConsecutiveDays, daily(30, 30), Options{MinDays: 1}, goal.By(deadline), DecisionInsufficient},
		{"consecutive: no aimline", RuleConsecutiveDays, consec(30, 30, 30), Options{}, goal.Deadline{}, DecisionInsufficient},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Benchmark(testBenchmark(tt.dl), tt.days, lastDate(tt.days), only(tt.rule, tt.opts))
			if err != nil {
				t.Fatal(err)
			}
			want := []RuleOutcome{{tt.rule, tt.want}}
			if diff := cmp.Diff(want, a.Rules); diff != "" {
				t.Errorf("Rules mismatch (-want +got):\n%s\naimline %+v trend %+v", diff, a.Aimline, a.Trend)
			}
			if a.Decision != tt.want {
				t.Errorf("Decision = %v, want %v", a.Decision, tt.want)
			}
		})
	}
}

func TestCombineDecisions(t *testing.T) {
	o := func(ds ...Decision) []RuleOutcome {
		var out []RuleOutcome
		for i, d := range ds {
			out = append(out, RuleOutcome{Rule(i + 1), d})
		}
		return out
	}
	tests := []struct {
		name string
		in   []RuleOutcome
		want Decision
	}{
		{"no rules", nil, DecisionInsufficient},
		{"all insufficient", o(DecisionInsufficient, DecisionInsufficient), DecisionInsufficient},
		{"change beats raise", o(DecisionRaise, DecisionChange), DecisionChange},
		{"raise beats continue", o(DecisionContinue, DecisionRaise, DecisionInsufficient), DecisionRaise},
		{"continue beats insufficient", o(DecisionInsufficient, DecisionContinue), DecisionContinue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := combineDecisions(tt.in); got != tt.want {
				t.Errorf("combineDecisions(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestIntensityChange(t *testing.T) {
	at := func(levels ...int64) []progress.DayTally {
		days := daily(make([]int64, len(levels))...)
		for i, l := range levels {
			days[i].IntensityUnits, days[i].MaxIntensity = 100*l, rubric.Intensity(l)
			if l == 0 {
				days[i].SupportUnits = 0
			}
		}
		return days
	}
	tests := []struct {
		name string
		days []progress.DayTally
		want IntensityChange
	}{
		{"steady", at(3, 3, 3, 3, 3, 3), IntensityChange{First: 3, Last: 3, Days: 3}},
		{"rose a level", at(2, 2, 2, 3, 3, 3), IntensityChange{First: 2, Last: 3, Days: 3, Rose: true, Peak: 3}},
		{"fell", at(4, 4, 3, 3, 2, 2), IntensityChange{First: 11.0 / 3, Last: 7.0 / 3, Days: 3, Peak: 4}},
		{"a rise under half a level", at(2, 2, 2, 2, 2, 3), IntensityChange{First: 2, Last: 7.0 / 3, Days: 3, Peak: 3}},
		{"few days: k = ⌊n/2⌋", at(1, 5, 2), IntensityChange{First: 1, Last: 2, Days: 1, Rose: true, Peak: 5}},
		{"days without intensity are skipped", at(2, 0, 0, 4), IntensityChange{First: 2, Last: 4, Days: 1, Rose: true, Peak: 4}},
		{"one day: no comparison", at(3), IntensityChange{Peak: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "steady" {
				tt.want.Peak = 3
			}
			got := intensityChange(tt.days, 3, 0.5)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("intensityChange mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAssessErrors(t *testing.T) {
	good := weekly(50, 50)
	swapped := weekly(50, 50)
	swapped[3], swapped[4] = swapped[4], swapped[3]
	dup := weekly(50)
	dup[2].Date = dup[1].Date
	undated := weekly(50)
	undated[0].Date = goal.Date{}
	b := testBenchmark(goal.By(deadline))
	tests := []struct {
		name  string
		b     goal.Benchmark
		days  []progress.DayTally
		asOf  goal.Date
		opts  Options
		kind  error
		field string
		index int
	}{
		{"days out of order", b, swapped, deadline, Options{}, ErrDayOrder, "days", 4},
		{"duplicate date", b, dup, deadline, Options{}, ErrDayOrder, "days", 2},
		{"day without a date", b, undated, deadline, Options{}, ErrDayOrder, "days", 0},
		{"zero benchmark", goal.Benchmark{}, good, deadline, Options{}, ErrOption, "benchmark", -1},
		{"zero asOf", b, good, goal.Date{}, Options{}, ErrOption, "asOf", -1},
		{"MinDays above WindowDays", b, good, deadline, Options{WindowDays: 3, MinDays: 4}, ErrOption, "MinDays", -1},
		{"negative WindowDays", b, good, deadline, Options{WindowDays: -1}, ErrOption, "WindowDays", -1},
		{"MinTrendWeeks 1", b, good, deadline, Options{MinTrendWeeks: 1}, ErrOption, "MinTrendWeeks", -1},
		{"NaN tolerance", b, good, deadline, Options{TrendLine: TrendLineRule{Tolerance: math.NaN()}}, ErrOption, "TrendLine.Tolerance", -1},
		{"negative rise", b, good, deadline, Options{IntensityRise: -1}, ErrOption, "IntensityRise", -1},
		{"unknown method", b, good, deadline, Options{Method: 7}, ErrOption, "Method", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Benchmark(tt.b, tt.days, tt.asOf, tt.opts)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Assess error = %v, want one wrapping %v", err, tt.kind)
			}
			var ae *Error
			if !errors.As(err, &ae) || ae.Field != tt.field || ae.Index != tt.index {
				t.Errorf("Assess error = %#v, want an *Error for %s[%d]", err, tt.field, tt.index)
			}
		})
	}
}

// genDays draws a sorted list of days: gaps of 1–4 days, some unrated,
// intensity recorded on some units, InBand ≥ Qualifying.
func genDays(t *rapid.T) []progress.DayTally {
	n := rapid.IntRange(0, 60).Draw(t, "days")
	d := start.AddDays(rapid.IntRange(-400, 400).Draw(t, "offset"))
	out := make([]progress.DayTally, n)
	for i := range out {
		d = d.AddDays(rapid.IntRange(1, 4).Draw(t, "gap"))
		rated := int64(rapid.SampledFrom([]int{0, 0, 30, 100, 300}).Draw(t, "rated"))
		qual := rapid.Int64Range(0, rated).Draw(t, "qualifying")
		level := rapid.IntRange(0, 5).Draw(t, "intensity")
		units := rated + int64(rapid.IntRange(0, 60).Draw(t, "unrated"))
		out[i] = progress.DayTally{
			Date: d, Tally: progress.Tally{Rated: rated, Qualifying: qual},
			InBand: rapid.Int64Range(qual, rated).Draw(t, "inBand"), Units: units,
			MaxIntensity: rubric.Intensity(level),
		}
		if level > 0 {
			out[i].SupportUnits, out[i].IntensityUnits = units, units*int64(level)
		}
	}
	return out
}

func genOptions(t *rapid.T) Options {
	w := rapid.IntRange(1, 15).Draw(t, "window")
	return Options{
		WindowDays:    w,
		MinDays:       rapid.IntRange(1, w).Draw(t, "minDays"),
		BaselineDays:  rapid.IntRange(0, 8).Draw(t, "baselineDays"),
		Method:        rapid.SampledFrom([]TrendMethod{TrendTheilSen, TrendOLS}).Draw(t, "method"),
		MinTrendWeeks: rapid.IntRange(2, 6).Draw(t, "minTrendWeeks"),
		Deadline:      rapid.SampledFrom([]goal.Date{{}, deadline, start, start.AddDays(400)}).Draw(t, "deadline"),
		FourPoint:     FourPointRule{Disabled: rapid.Bool().Draw(t, "noFourPoint")},
	}
}

func TestAssessProperties(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3), Threshold: 70})
	rapid.Check(t, func(t *rapid.T) {
		days := genDays(t)
		opts := genOptions(t)
		asOf := start.AddDays(rapid.IntRange(-450, 700).Draw(t, "asOf"))
		a, err := Benchmark(b, days, asOf, opts)
		if err != nil {
			t.Fatalf("Assess on sorted days: %v", err)
		}
		ratedUpTo, setbacks := 0, 0
		for _, d := range days {
			if !d.Date.After(asOf) && d.Rated > 0 {
				ratedUpTo++
			}
			if !d.Date.After(asOf) && d.IsSetback() {
				setbacks++
			}
		}
		p, ok := a.Window.Percent()
		if ok && (p < 0 || p > 100) {
			t.Fatalf("window percent %v outside [0, 100]", p)
		}
		if want := min(ratedUpTo, opts.WindowDays); a.Window.Days != want || ok != (want > 0) {
			t.Fatalf("window holds %d rated days (percent %v), want %d", a.Window.Days, ok, want)
		}
		beforeDeadline := a.Deadline.IsZero() || a.AsOf.Before(a.Deadline)
		if (a.Status == StatusNotEnoughData) != (ratedUpTo < opts.MinDays && beforeDeadline) {
			t.Fatalf("status %v with %d rated days and MinDays %d, deadline %v, as of %v", a.Status, ratedUpTo, opts.MinDays, a.Deadline, a.AsOf)
		}
		if !beforeDeadline && a.Status != StatusMet && a.Status != StatusNotMet {
			t.Fatalf("status %v on or after the deadline %v (as of %v): the verdict is final", a.Status, a.Deadline, a.AsOf)
		}
		// Met, independently: before the deadline the current window; from
		// the deadline day on, the window as of the deadline day or any
		// window since (the verdict is final, and met late counts).
		metAsOf := func(d goal.Date) bool { return Met(TrailingWindow(days, d, opts.WindowDays), 70, opts.MinDays) }
		wantMet := metAsOf(asOf)
		if !beforeDeadline {
			wantMet = metAsOf(a.Deadline)
			for _, d := range days {
				wantMet = wantMet || d.Date.After(a.Deadline) && !d.Date.After(asOf) && metAsOf(d.Date)
			}
		}
		if (a.Status == StatusMet) != wantMet {
			t.Fatalf("status %v, want met %v (deadline %v, as of %v)", a.Status, wantMet, a.Deadline, asOf)
		}
		if a.FellBack() != (wantMet && (!ok || p < 70)) {
			t.Fatalf("FellBack %v: met %v, current window percent %v", a.FellBack(), wantMet, p)
		}
		if a.MetLate() != (wantMet && !beforeDeadline && !metAsOf(a.Deadline)) {
			t.Fatalf("MetLate %v: met %v, met on the deadline day %v", a.MetLate(), wantMet, metAsOf(a.Deadline))
		}
		if !a.Status.IsValid() || !a.Decision.IsValid() {
			t.Fatalf("status %v, decision %v", a.Status, a.Decision)
		}
		if len(a.Setbacks) != setbacks {
			t.Fatalf("%d setback days, want %d", len(a.Setbacks), setbacks)
		}
		fitted := 0
		for _, w := range a.Weeks {
			if wp, ok := w.Percent(); ok && (wp < 0 || wp > 100) {
				t.Fatalf("week percent %v outside [0, 100]", wp)
			}
			if w.Rated > 0 {
				fitted++
			}
		}
		// Weeks with no rated units are kept but never fitted as 0%.
		if a.OLS.Points != fitted || a.TheilSen.Points != fitted {
			t.Fatalf("trends fitted to %d and %d points, want the %d weeks with rated units", a.OLS.Points, a.TheilSen.Points, fitted)
		}
		if !a.Projected.IsZero() && !a.Trend.OK {
			t.Fatalf("projection %v without a trend", a.Projected)
		}
		// A projected date is one from which the trend stays at or above
		// the threshold, and the day before it (after the anchor) is below.
		if pr := a.Projected; !pr.IsZero() {
			if a.Trend.Slope < 0 || a.Trend.At(pr) < 70-1e-9 || pr.Before(a.Trend.Anchor) ||
				pr.After(a.Trend.Anchor) && a.Trend.At(pr.AddDays(-1)) >= 70 {
				t.Fatalf("projected %v for trend %+v (at %v: %v)", pr, a.Trend, pr, a.Trend.At(pr))
			}
		}
	})
}

// TestAssessNeverPanics feeds arbitrary day lists (unsorted, duplicate or
// zero dates): Assess returns an ErrDayOrder error exactly when the dates
// are not strictly increasing, and never panics.
func TestAssessNeverPanics(t *testing.T) {
	b := testBenchmark(goal.By(deadline))
	rapid.Check(t, func(t *rapid.T) {
		days := genDays(t)
		if len(days) > 1 && rapid.Bool().Draw(t, "shuffle") {
			i := rapid.IntRange(0, len(days)-1).Draw(t, "i")
			j := rapid.IntRange(0, len(days)-1).Draw(t, "j")
			days[i].Date = days[j].Date
			if rapid.Bool().Draw(t, "zero") {
				days[i].Date = goal.Date{}
			}
		}
		sorted := true
		for i, d := range days {
			if d.Date.IsZero() || i > 0 && !d.Date.After(days[i-1].Date) {
				sorted = false
			}
		}
		_, err := Benchmark(b, days, start.AddDays(rapid.IntRange(-450, 700).Draw(t, "asOf")), Options{})
		if sorted != (err == nil) || err != nil && !errors.Is(err, ErrDayOrder) {
			t.Fatalf("sorted = %v, Assess error = %v", sorted, err)
		}
	})
}

// TestEnumText checks the text forms of the assessment enums that package
// progress declares (the status is Status, tested in package goal).
func TestEnumText(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{Decision(9).String(), "%!Decision(9)"},
		{Rule(9).String(), "%!Rule(9)"},
		{TrendMethod(9).String(), "%!TrendMethod(9)"},
	} {
		if tc.got != tc.want {
			t.Errorf("String() = %q, want %q", tc.got, tc.want)
		}
	}
	for _, bad := range []interface{ UnmarshalText([]byte) error }{new(Decision), new(Rule), new(TrendMethod)} {
		if err := bad.UnmarshalText([]byte("sideways")); !errors.Is(err, ErrOption) {
			t.Errorf("%T.UnmarshalText(%q) error = %v, want ErrOption", bad, "sideways", err)
		}
	}
	if _, err := Decision(9).MarshalText(); err == nil {
		t.Error("Decision(9).MarshalText() succeeded")
	}
	for _, d := range []Decision{DecisionInsufficient, DecisionContinue, DecisionChange, DecisionRaise} {
		text, _ := d.MarshalText()
		var back Decision
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Errorf("Decision.UnmarshalText(%q) = %v, %v, want %v", text, back, err, d)
		}
	}
	for _, r := range []Rule{RuleFourPoint, RuleTrendLine, RuleConsecutiveDays} {
		text, _ := r.MarshalText()
		var back Rule
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("Rule.UnmarshalText(%q) = %v, %v, want %v", text, back, err, r)
		}
	}
	for _, m := range []TrendMethod{TrendTheilSen, TrendOLS} {
		text, _ := m.MarshalText()
		var back TrendMethod = 9
		if err := back.UnmarshalText(text); err != nil || back != m {
			t.Errorf("TrendMethod.UnmarshalText(%q) = %v, %v, want %v", text, back, err, m)
		}
	}
}

func BenchmarkAssess(b *testing.B) {
	bm := testBenchmark(goal.By(goal.MustDate(2027, 6, 11)))
	for _, weeks := range []int{4, 36} {
		pcts := make([]int64, weeks)
		for i := range pcts {
			pcts[i] = int64(40 + i%30)
		}
		days := weekly(pcts...)
		b.Run("weeks="+strconv.Itoa(weeks), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Benchmark(bm, days, lastDate(days), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestWeekPointsYearEnd checks the weekly series across a year end with an
// ISO week 53 (2026-12-28 … 2027-01-03) and a one-day week.
func TestWeekPointsYearEnd(t *testing.T) {
	mon := goal.MustDate(2026, 12, 21)
	var days []progress.DayTally
	for _, off := range []int{0, 1, 7, 8, 11, 14} { // W52 Mon, Tue; W53 Mon, Tue, Fri (Jan 1); 2027-W01 Mon
		days = append(days, day(mon.AddDays(off), 50))
	}
	got := weekPoints(days, wednesday(mon))
	type key struct {
		Year, Week, Days int
		Mid              goal.Date
		X                float64
	}
	var keys []key
	for _, w := range got {
		keys = append(keys, key{w.ISOYear, w.ISOWeek, w.Days, w.Mid, w.X})
	}
	want := []key{
		{2026, 52, 2, goal.MustDate(2026, 12, 23), 0},
		{2026, 53, 3, goal.MustDate(2026, 12, 30), 1},
		{2027, 1, 1, goal.MustDate(2027, 1, 6), 2},
	}
	if diff := cmp.Diff(want, keys, cmp.AllowUnexported(goal.Date{})); diff != "" {
		t.Errorf("weekPoints mismatch (-want +got):\n%s", diff)
	}
}

func TestAssessWithGoalCalendar(t *testing.T) {
	cal := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: deadline})
	b := testBenchmark(goal.ByEndOf(goal.Trimester1))
	days := weekly(40, 40, 40, 40, 40, 40)
	a, err := Benchmark(b, days, lastDate(days), Options{Calendar: cal})
	if err != nil {
		t.Fatal(err)
	}
	if a.Deadline != deadline || !a.Aimline.OK() || a.Status != StatusAtRisk {
		t.Errorf("Assess with a calendar: deadline %v, aimline %v, status %v; want %v, an aimline, at-risk", a.Deadline, a.Aimline.OK(), a.Status, deadline)
	}
}

// FuzzEnumText checks the one text path of the assessment enums: text
// that parses marshals back to the same name (ignoring case), and text that
// does not is an ErrOption.
func FuzzEnumText(f *testing.F) {
	for _, seed := range []string{"met", "ON-TRACK", "at-risk", "not-met", "not-enough-data", "", "done", "change", "Trend-Line"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		check := func(kind string, v interface{ MarshalText() ([]byte, error) }, err error) {
			if err != nil {
				if !errors.Is(err, ErrOption) {
					t.Fatalf("%s %q: error %v does not wrap ErrOption", kind, text, err)
				}
				return
			}
			back, err := v.MarshalText()
			if err != nil || !strings.EqualFold(string(back), text) {
				t.Fatalf("%s %q parsed, marshals back as %q, %v", kind, text, back, err)
			}
		}
		var d Decision
		err := d.UnmarshalText([]byte(text))
		check("decision", d, err)
		var r Rule
		err = r.UnmarshalText([]byte(text))
		check("rule", r, err)
	})
}

// TestPropertyWeekPoints: WeekPoints is the weekly series of Benchmark's
// assessment of the same days.
func TestPropertyWeekPoints(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		days := genDays(t)
		if len(days) == 0 {
			return
		}
		a, err := Benchmark(testBenchmark(goal.Deadline{}), days, lastDate(days), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a.Weeks, WeekPoints(days), cmpopts.EquateComparable(goal.Date{})); diff != "" {
			t.Fatalf("WeekPoints (-Benchmark's +got):\n%s", diff)
		}
	})
}
