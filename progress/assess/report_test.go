package assess_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// reportPlan is the stage-1 ladder of planJSON for student S1: 50%, 75%
// and 90% of the day by the ends of the three trimesters.
func reportPlan(t *testing.T) goal.Plan {
	t.Helper()
	var plan goal.Plan
	if err := json.Unmarshal([]byte(strings.Replace(planJSON, "S00001", "S1", 1)), &plan); err != nil {
		t.Fatal(err)
	}
	return plan
}

// schoolYear returns the student's days from Monday 2026-08-31 to the
// date through: on each weekday, percent(i, date) of 300 rated minutes
// under support level 4, the day left out when percent is negative.
func schoolYear(through goal.Date, percent func(i int, d goal.Date) int) []progress.DayTally {
	var days []progress.DayTally
	i := 0
	for d := goal.MustDate(2026, 8, 31); !d.After(through); d = d.AddDays(1) {
		if wd := d.Weekday(); wd < 1 || wd > 5 {
			continue
		}
		p := percent(i, d)
		i++
		if p < 0 {
			continue
		}
		q := int64(3 * p)
		days = append(days, progress.DayTally{Date: d, Tally: progress.Tally{Rated: 300, Qualifying: q},
			InBand: q, Units: 300, SupportUnits: 300, IntensityUnits: 1200, MaxIntensity: rubric.IntensityHigh})
	}
	return days
}

// measuredFor returns the days as the plan's measurement of student S1.
func measuredFor(plan goal.Plan, days []progress.DayTally) *progress.Summaries {
	var ss progress.Summaries
	for _, g := range plan.Goals() {
		for _, b := range g.Benchmarks() {
			var sum progress.Summary
			for _, d := range days {
				sum.AddDay("S1", d)
			}
			ss.Add(b, &sum)
		}
	}
	return &ss
}

// reported is what a report case checks of benchmark 1 (and the ladder's
// standings), for one code set.
type reported struct {
	Standings  string // of the three rungs
	Sufficient string
	Reason     string
	Code       string // code and reason code of benchmark 1 in each set
}

// TestReportCases: the hand-made cases of a progress report, each over
// the five shipped code sets. Each case's data are said in its comment;
// the codes follow from the sets' rules (see the JSON files shipped).
// Before the first rung is met and due, the later rungs are not yet
// introduced.
func TestReportCases(t *testing.T) {
	plan := reportPlan(t)
	mid := goal.MustDate(2026, 10, 23) // a report before the first deadline (Nov 20)
	t1, err := assess.TermPeriod(plan, goal.Trimester1)
	if err != nil {
		t.Fatal(err)
	}
	t2, _ := assess.TermPeriod(plan, goal.Trimester2)
	cases := []struct {
		name   string
		days   []progress.DayTally
		period goal.Period
		asOf   goal.Date
		want   reported
	}{
		{
			// 60% every day: met; rung 2 (75%) is worked on now and at risk,
			// flat below its aimline; rung 3's time has not come (rung 2 is
			// due in February).
			"met", schoolYear(mid, func(int, goal.Date) int { return 60 }), t1, mid,
			reported{"met at-risk not-introduced", "true", "", "default met · selpa 4 · ny A · md sufficient · fhir achieved"},
		},
		{
			// 30% until December, 60% after: met in December, after the
			// November deadline; reported for trimester 2.
			"met late", schoolYear(goal.MustDate(2027, 1, 15), func(_ int, d goal.Date) int {
				if d.Before(goal.MustDate(2026, 12, 1)) {
					return 30
				}
				return 60
			}), t2, goal.MustDate(2027, 1, 15),
			reported{"met at-risk not-introduced", "true", "", "default met · selpa 4 · ny A · md sufficient · fhir achieved"},
		},
		{
			// From 20% up 1.5 points a school day: on track for 50% by
			// November 20.
			"on track", schoolYear(mid, func(i int, _ goal.Date) int { return min(48, 20+i*3/2) }), t1, mid,
			reported{"on-track not-introduced not-introduced", "true", "", "default sufficient · selpa 3 · ny PS · md sufficient · fhir improving"},
		},
		{
			// From 20% up a fifth of a point a school day: rising, but short.
			"behind, rising", schoolYear(mid, func(i int, _ goal.Date) int { return 20 + i/5 }), t1, mid,
			reported{"at-risk not-introduced not-introduced", "false", "more-time", "default insufficient more-time · selpa 2 A · ny PG SC · md not-sufficient more-time · fhir improving more-time"},
		},
		{
			// 25% every day: flat, far below the aimline.
			"behind, flat", schoolYear(mid, func(int, goal.Date) int { return 25 }), t1, mid,
			reported{"at-risk not-introduced not-introduced", "false", "revise-goal", "default insufficient revise-goal · selpa 1 D · ny PI SC · md not-sufficient revise-goal · fhir no-progress revise-goal"},
		},
		{
			// Three rated days in the period.
			"too little data", schoolYear(mid, func(i int, _ goal.Date) int {
				if i < 3 {
					return 40
				}
				return -1
			}), t1, mid,
			reported{"not-enough-data not-introduced not-introduced", "false", "incomplete-data", "default not-measurable incomplete-data · selpa 1 C · ny SC SC · md not-measurable incomplete-data · fhir in-progress incomplete-data"},
		},
		{
			// 25% on the days there are data, but every third school day
			// without any: absences come before the flat trend.
			"absences", schoolYear(mid, func(i int, _ goal.Date) int {
				if i%3 == 2 {
					return -1
				}
				return 25
			}), t1, mid,
			reported{"at-risk not-introduced not-introduced", "false", "absences", "default insufficient absences · selpa 1 B · ny PI SC · md not-sufficient absences · fhir no-progress absences"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got reported
			var codes []string
			for _, name := range assess.ShippedCodeSets() {
				set, err := assess.ShippedCodeSet(name)
				if err != nil {
					t.Fatal(err)
				}
				r, err := assess.Report(plan, measuredFor(plan, tc.days), "", tc.period, assess.ReportOptions{Codes: set, AsOf: tc.asOf})
				if err != nil {
					t.Fatal(err)
				}
				b := r.Goals[0].Benchmarks
				got.Standings = fmt.Sprintf("%v %v %v", b[0].Standing, b[1].Standing, b[2].Standing)
				s, _ := json.Marshal(b[0].Sufficient)
				got.Sufficient, got.Reason = string(s), b[0].Reason.String()
				codes = append(codes, strings.TrimSpace(name+" "+b[0].Code.Code+" "+b[0].ReasonCode.Code))
			}
			got.Code = strings.Join(codes, " · ")
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("report (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReportCompleteness: of the 20 school days from Monday 2026-08-31 to
// Friday 2026-09-25, Labor Day (September 7) is listed without school; of
// the 19 left, two have no data at all (the 14th and 15th), one was
// recorded but not rated (the 16th), and 16 were rated, each with 200 of
// its 300 minutes rated.
func TestReportCompleteness(t *testing.T) {
	plan := reportPlan(t)
	noData := []goal.Date{goal.MustDate(2026, 9, 14), goal.MustDate(2026, 9, 15)}
	unrated, laborDay := goal.MustDate(2026, 9, 16), goal.MustDate(2026, 9, 7)
	days := schoolYear(goal.MustDate(2026, 9, 25), func(_ int, d goal.Date) int {
		if d == laborDay || d == noData[0] || d == noData[1] {
			return -1
		}
		return 40
	})
	for i := range days {
		days[i].Rated, days[i].Qualifying = 200, 80
		if days[i].Date == unrated {
			days[i].Tally = progress.Tally{}
		}
	}
	period := goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2026, 9, 25))
	r, err := assess.Report(plan, measuredFor(plan, days), "", period, assess.ReportOptions{NoSchool: []goal.Date{laborDay}})
	if err != nil {
		t.Fatal(err)
	}
	c := r.Complete
	got := []any{c.SchoolDays, c.DaysWithData, c.DaysRated, c.NoData, c.Rated, c.Units, c.Days}
	want := []any{19, 17, 16, noData, int64(16 * 200), int64(17 * 300), 16}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b goal.Date) bool { return a == b })); diff != "" {
		t.Errorf("completeness (-want +got):\n%s", diff)
	}
	b := r.Goals[0].Benchmarks[0]
	share, _ := b.InPeriod.RatedShare()
	if b.InPeriod.Days != 16 || share != 3200.0/5100 {
		t.Errorf("benchmark 1 in the period: %d rated days, rated share %v; want 16 and 3200/5100", b.InPeriod.Days, share)
	}
	// The window is 40%, the baseline 40%: no progress of the way to 50%;
	// the aimline expects 40 + (50 − 40)·(Sep 25 − Sep 2)/(Nov 20 − Sep 2).
	wantExpected := 40 + 10*23.0/79
	if !b.HasProgress || b.Progress != 0 || !b.HasExpected || math.Abs(b.Expected-wantExpected) > 1e-9 {
		t.Errorf("progress %v (%v), expected %v (%v); want 0 and %v", b.Progress, b.HasProgress, b.Expected, b.HasExpected, wantExpected)
	}
}

func TestReportErrors(t *testing.T) {
	plan := reportPlan(t)
	measured := measuredFor(plan, schoolYear(goal.MustDate(2026, 9, 25), func(int, goal.Date) int { return 40 }))
	period := goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2026, 9, 25))
	for _, tt := range []struct {
		name   string
		period goal.Period
		opts   assess.ReportOptions
		field  string
	}{
		{"no period", goal.Period{}, assess.ReportOptions{}, "period"},
		{"as of after the period", period, assess.ReportOptions{AsOf: goal.MustDate(2026, 10, 1)}, "AsOf"},
		{"a share above 1", period, assess.ReportOptions{AbsentShare: 2}, "AbsentShare"},
		{"cut-offs upside down", period, assess.ReportOptions{Likelihood: assess.LikelihoodOptions{Likely: 0.1, Unlikely: 0.5}}, "Likely"},
	} {
		_, err := assess.Report(plan, measured, "", tt.period, tt.opts)
		var e *assess.Error
		if !errors.As(err, &e) || e.Field != tt.field {
			t.Errorf("%s: error %v, want an *Error for %s", tt.name, err, tt.field)
		}
	}
	var e *assess.Error
	if _, err := assess.Report(plan, measured, "S2", period, assess.ReportOptions{}); !errors.As(err, &e) || e.Field != "student" {
		t.Errorf("another student than the plan's: error %v, want an *Error for student", err)
	}
}

// TestClassPeriods: the breakdown by class period (and the support per
// element) of hand-made intervals
// over two school days: periods 1 and 10 rated 4 (in band), period 2 rated
// 3 once and 2 once, and math — the bad period — rated 1 every time, with
// one unrated interval; another student's rows and a row after the report
// date are not counted.
func TestClassPeriods(t *testing.T) {
	plan := reportPlan(t)
	period := goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2026, 9, 25))
	var ivs []progress.Interval
	add := func(id goal.StudentID, d goal.Date, p string, minutes int, tep rubric.TEP) {
		iv := progress.Interval{Student: id, Date: d, Period: p, Minutes: minutes, TEP: tep}
		if tep != 0 {
			iv.Intensity = rubric.IntensityHigh
		}
		ivs = append(ivs, iv)
	}
	for i, d := range []goal.Date{goal.MustDate(2026, 9, 1), goal.MustDate(2026, 9, 2)} {
		add("S1", d, "math", 50, 1)
		ivs[len(ivs)-1].Profile = rubric.SupportProfile{}.With(rubric.DeEscalation, rubric.Intensity(3+i)) // 3, then 4
		add("S1", d, "10", 40, 4)
		add("S1", d, "2", 60, rubric.TEP(3-i))
		add("S1", d, "1", 45, 4)
		add("S2", d, "1", 45, 1)
	}
	add("S1", goal.MustDate(2026, 9, 2), "math", 30, 0)
	add("S1", goal.MustDate(2026, 9, 30), "1", 45, 1) // after the period
	days := schoolYear(goal.MustDate(2026, 9, 25), func(int, goal.Date) int { return 50 })
	r, err := assess.Report(plan, measuredFor(plan, days), "", period, assess.ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.AddIntervals(func(yield func(progress.Interval, error) bool) {
		for _, iv := range ivs {
			if !yield(iv, nil) {
				return
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	want := []assess.ClassPeriod{
		{Label: "1", Tally: progress.Tally{Rated: 90, Qualifying: 90}, Units: 90, AtThreshold: true},
		{Label: "2", Tally: progress.Tally{Rated: 120, Qualifying: 60}, Units: 120, AtThreshold: true}, // 50% against 50
		{Label: "10", Tally: progress.Tally{Rated: 80, Qualifying: 80}, Units: 80, AtThreshold: true},
		{Label: "math", Tally: progress.Tally{Rated: 100}, Units: 130},
	}
	if diff := cmp.Diff(want, r.Goals[0].Benchmarks[0].ClassPeriods); diff != "" {
		t.Errorf("benchmark 1 (50%%) by class period (-want +got):\n%s", diff)
	}
	// De-escalation was recorded in math: 50 minutes at level 3 and 50 at 4.
	if diff := cmp.Diff([]assess.ElementSupport{{Element: rubric.DeEscalation, Units: 100, IntensityUnits: 350}}, r.Elements); diff != "" {
		t.Errorf("support per element (-want +got):\n%s", diff)
	}
	if got := r.Goals[0].Benchmarks[1].ClassPeriods[1]; got.AtThreshold {
		t.Errorf("period 2 at 50%% reaches benchmark 2's 75%%: %+v", got)
	}
	stop := errors.New("disk gone")
	before := r
	before.Goals = slices.Clone(r.Goals)
	before.Goals[0].Benchmarks = slices.Clone(r.Goals[0].Benchmarks)
	err = r.AddIntervals(func(yield func(progress.Interval, error) bool) { yield(progress.Interval{}, stop) })
	if !errors.Is(err, stop) {
		t.Errorf("a reading error: %v, want it returned", err)
	}
	if diff := cmp.Diff(before.Goals[0].Benchmarks[0].ClassPeriods, r.Goals[0].Benchmarks[0].ClassPeriods); diff != "" || len(r.Elements) != 1 {
		t.Errorf("a reading error changed the report (-before +after):\n%s; elements %v", diff, r.Elements)
	}
}
