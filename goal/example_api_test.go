package goal_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Building one benchmark: "With a level 3 intensity of support or less,
// ______ will achieve between a 3 and 5 on the TEP scale for 90% or more
// of the day by the end of the 2nd trimester." A spec with a bad field is
// rejected with a *FieldError that names it.
func ExampleNewBenchmark() {
	b, err := goal.NewBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
		Threshold: 90,
		Deadline:  goal.ByEndOf(goal.Trimester2),
		Focus:     rubric.MustElementSet(rubric.DeEscalation),
	})
	fmt.Println(b.TEPBand(), b.Support(), b.Threshold(), b.Basis(), b.Deadline(), err)

	spec := b.Spec()
	spec.Threshold = 0
	_, err = goal.NewBenchmark(spec)
	var fe *goal.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("field %s, value %q, out of range: %v\n", fe.Field, fe.Value, errors.Is(err, rubric.ErrOutOfRange))
	}
	// Output:
	// 3-5 3-or-less 90 day trimester-2 <nil>
	// field threshold, value "0", out of range: true
}

// Whether one rated interval counts toward the percent of the day: the
// rating is in the band, and the overall intensity and every recorded focus
// element are at most the support limit.
func ExampleBenchmark_QualifiesInterval() {
	b := goal.MustBenchmark(goal.Spec{
		Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support: goal.MustSupportAtMost(rubric.IntensityModerate), Threshold: 90,
		Focus: rubric.MustElementSet(rubric.DeEscalation),
	})
	calm := rubric.SupportProfile{}.With(rubric.DeEscalation, rubric.IntensityMild)
	tense := rubric.SupportProfile{}.With(rubric.DeEscalation, rubric.IntensityHigh)
	fmt.Println(b.QualifiesInterval(rubric.TEPGood, rubric.IntensityModerate, &calm))  // in band, within support
	fmt.Println(b.QualifiesInterval(rubric.TEPGood, rubric.IntensityMild, nil))        // less support than allowed still counts
	fmt.Println(b.QualifiesInterval(rubric.TEPGood, rubric.IntensityModerate, &tense)) // the focus element needed level 4
	fmt.Println(b.QualifiesInterval(rubric.TEPMarginal, rubric.IntensityMild, &calm))  // below the band
	fmt.Println(b.QualifiesInterval(rubric.TEPGood, 0, nil))                           // intensity not recorded
	// Output:
	// true
	// true
	// false
	// false
	// false
}

// A Qualifier is taken from the benchmark once and asked about every
// observation; it gives the same answers as the benchmark.
func ExampleQualifier() {
	b := goal.MustBenchmark(goal.Spec{
		Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		Support: goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), Threshold: 50,
	})
	q := b.Qualifier()
	ratings := []struct {
		tep       rubric.TEP
		intensity rubric.Intensity
	}{{4, 5}, {3, 2}, {2, 4}, {5, 4}}
	qualifying := 0
	for _, r := range ratings {
		if q.QualifiesInterval(r.tep, r.intensity, nil) {
			qualifying++
		}
	}
	fmt.Printf("%d of %d intervals qualify under support %s\n", qualifying, len(ratings), b.Support())
	// Output:
	// 3 of 4 intervals qualify under support 4-5
}

// Building a stage-1 plan by hand: one engagement goal with its ladder.
// NewPlan validates the whole plan and reports every problem at once.
func ExampleNewPlan() {
	rung := func(threshold int, by goal.Term) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
			Support: goal.MustSupportRange(4, 5), Threshold: threshold, Deadline: goal.ByEndOf(by)})
	}
	spec := goal.PlanSpec{
		Student: "S-0042",
		Stage:   goal.StageNewToProgram,
		Period:  goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2027, time.June, 25)),
		Calendar: goal.MustCalendar(map[goal.Term]goal.Date{
			goal.Trimester1: goal.MustDate(2026, time.November, 20),
			goal.Trimester2: goal.MustDate(2027, time.February, 12),
			goal.Trimester3: goal.MustDate(2027, time.May, 7),
		}),
		Goals: []goal.GoalSpec{{
			Stage: goal.StageNewToProgram, Target: goal.TargetEngagement,
			Benchmarks: []goal.Benchmark{rung(50, goal.Trimester1), rung(75, goal.Trimester2), rung(90, goal.Trimester3)},
		}},
	}
	plan, err := goal.NewPlan(spec)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := plan.Goal(0)
	fmt.Println(plan.Student(), plan.Stage(), g.Target(), g.Len(), "benchmarks")
	due, _ := plan.Deadline(g.Benchmark(0))
	fmt.Println("benchmark 1 is due on", due)

	spec.Calendar = goal.Calendar{} // the term deadlines can no longer be placed
	_, err = goal.NewPlan(spec)
	fmt.Println(errors.Is(err, goal.ErrUnresolvedDeadline))
	_, err = goal.NewPlan(goal.PlanSpec{Stage: goal.StageNewToProgram}) // no goal at all
	fmt.Println(errors.Is(err, goal.ErrStageRule), err)
	// Output:
	// S-0042 new-to-program engagement 3 benchmarks
	// benchmark 1 is due on 2026-11-20
	// true
	// true goal: goals: breaks a stage rule: stage 1 has 1 goal(s), not 0
}

// A plan travels as JSON; decoding validates it again, so the result
// equals the plan that was written and a bad value is rejected with the
// path to its field.
func ExamplePlan_MarshalJSON() {
	plan := goal.MustPlan(goal.PlanSpec{Stage: goal.StageNewToProgram, Goals: []goal.GoalSpec{{
		Stage: goal.StageNewToProgram, Target: goal.TargetEngagement,
		Benchmarks: []goal.Benchmark{goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP,
			TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportRange(4, 5), Threshold: 90})},
	}}})
	data, err := json.Marshal(plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))

	var back goal.Plan
	err = json.Unmarshal(data, &back)
	fmt.Println(back.Equal(plan), err)

	bad := strings.Replace(string(data), `"threshold":90`, `"threshold":0`, 1)
	var be *goal.BenchmarkError
	if err := json.Unmarshal([]byte(bad), &back); errors.As(err, &be) {
		fmt.Println("rejected:", be.Path(), errors.Is(err, rubric.ErrOutOfRange))
	}
	// Output:
	// {"stage":"new-to-program","goals":[{"stage":"new-to-program","target":"engagement","benchmarks":[{"measure":"tep","basis":"day","tep":"3-5","support":"4-5","threshold":90}]}]}
	// true <nil>
	// rejected: goals[0].benchmarks[0].threshold true
}

// A school calendar gives the end dates of its terms; term deadlines can
// then be compared with date deadlines.
func ExampleNewCalendar() {
	cal, err := goal.NewCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, time.November, 27),
		goal.Trimester2: goal.MustDate(2027, time.March, 5),
		goal.Trimester3: goal.MustDate(2027, time.June, 11),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	april := goal.By(goal.MustDate(2027, time.April, 1))
	_, known := goal.ByEndOf(goal.Trimester2).Order(april)
	c, _ := cal.Order(goal.ByEndOf(goal.Trimester2), april)
	fmt.Printf("order known without a calendar: %v; trimester-2 before April 1: %v\n", known, c < 0)

	_, err = goal.NewCalendar(map[goal.Term]goal.Date{ // the 2nd trimester ends before the 1st
		goal.Trimester1: goal.MustDate(2027, time.March, 5),
		goal.Trimester2: goal.MustDate(2026, time.November, 27),
	})
	fmt.Println(errors.Is(err, goal.ErrInvalid), err)
	// Output:
	// order known without a calendar: false; trimester-2 before April 1: true
	// true goal: trimester-2 "2026-11-27": invalid: trimester-2 must end after trimester-1 (2027-03-05)
}

// Resolving deadlines to dates: a date is itself, a term is the end date
// the calendar gives it, and an unset deadline or unknown term has no date.
func ExampleCalendar_Resolve() {
	cal := goal.MustCalendar(map[goal.Term]goal.Date{goal.SchoolYear: goal.MustDate(2027, time.June, 11)})
	for _, d := range []goal.Deadline{
		goal.By(goal.MustDate(2027, time.March, 13)),
		goal.ByEndOf(goal.SchoolYear),
		goal.ByEndOf(goal.Quarter3),
		{},
	} {
		date, ok := cal.Resolve(d)
		fmt.Printf("%q -> %q %v\n", d, date, ok)
	}
	// Output:
	// "2027-03-13" -> "2027-03-13" true
	// "school-year" -> "2027-06-11" true
	// "quarter-3" -> "" false
	// "" -> "" false
}

// Reviewing a plan against SMART: findings point at what a team should
// add, without making the plan invalid.
func ExampleReviewPlan() {
	plan, err := goal.StandardPlan(goal.StageNewToProgram, goal.LadderOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range goal.ReviewPlan(plan) {
		fmt.Println(f)
	}
	// Output:
	// warning time-limited: the plan's period (when it starts and ends) is not set
	// warning time-limited goals[0]: no review date is set
	// warning active goals[0]: no one is named responsible for helping meet the goal
	// note measurable goals[0]: the present level of performance is not stated
	// warning time-limited goals[0].benchmarks[0]: no deadline
	// warning time-limited goals[0].benchmarks[1]: no deadline
	// warning time-limited goals[0].benchmarks[2]: no deadline
}

// Deadlines are read from a date, a term key, or a blank.
func ExampleParseDeadline() {
	for _, text := range []string{"2027-03-13", "trimester-2", "", "next spring"} {
		d, err := goal.ParseDeadline(text)
		if err != nil {
			fmt.Printf("%q: %v (unknown value: %v)\n", text, err, errors.Is(err, goal.ErrUnknownValue))
			continue
		}
		_, isTerm := d.Term()
		fmt.Printf("%q: deadline %q, term %v, unset %v\n", text, d, isTerm, d.IsZero())
	}
	// Output:
	// "2027-03-13": deadline "2027-03-13", term false, unset false
	// "trimester-2": deadline "trimester-2", term true, unset false
	// "": deadline "", term false, unset true
	// "next spring": goal: deadline "next spring": unknown value: want a date YYYY-MM-DD or a term such as trimester-2 (unknown value: true)
}

// Support conditions are read in their three forms, with level numbers or
// the intensity scale's labels.
func ExampleParseSupport() {
	for _, text := range []string{"4-5", "3-or-less", "moderate-or-less", "independent", "3-or-more"} {
		s, err := goal.ParseSupport(text)
		if err != nil {
			fmt.Printf("%q: not a support condition (unknown label: %v)\n", text, errors.Is(err, rubric.ErrUnknownLabel))
			continue
		}
		fmt.Printf("%q: %s, counts up to level %d, ceiling %v\n", text, s, s.Limit(), s.IsCeiling())
	}
	// Output:
	// "4-5": 4-5, counts up to level 5, ceiling false
	// "3-or-less": 3-or-less, counts up to level 3, ceiling true
	// "moderate-or-less": 3-or-less, counts up to level 3, ceiling true
	// "independent": independent, counts up to level 1, ceiling false
	// "3-or-more": not a support condition (unknown label: true)
}

// Dates are civil dates written YYYY-MM-DD; anything else is rejected with
// ErrBadDate.
func ExampleParseDate() {
	d, err := goal.ParseDate("2027-03-15")
	fmt.Println(d, d.Weekday(), err)
	fmt.Println(d.AddDays(30), d.DaysSince(goal.MustDate(2027, time.January, 1)))

	_, err = goal.ParseDate("2027-02-30")
	fmt.Println(errors.Is(err, goal.ErrBadDate), err)
	// Output:
	// 2027-03-15 Monday <nil>
	// 2027-04-14 73
	// true goal: date "2027-02-30": not a valid date (want YYYY-MM-DD)
}

// ISO weeks start on Monday; the days around New Year 2027 fall in week 53
// of 2026, which is how package progress pools days into weeks.
func ExampleDate_ISOWeek() {
	for _, d := range []goal.Date{
		goal.MustDate(2026, time.December, 28),
		goal.MustDate(2027, time.January, 1),
		goal.MustDate(2027, time.January, 4),
	} {
		year, week := d.ISOWeek()
		fmt.Printf("%s (%s): %d-W%02d\n", d, d.Weekday(), year, week)
	}
	// Output:
	// 2026-12-28 (Monday): 2026-W53
	// 2027-01-01 (Friday): 2026-W53
	// 2027-01-04 (Monday): 2027-W01
}

// A date's ordinal is a day number for arithmetic and compact storage;
// DateFromOrdinal turns it back into the date.
func ExampleDateFromOrdinal() {
	d := goal.MustDate(2027, time.March, 13)
	n := d.Ordinal()
	fmt.Println(goal.DateFromOrdinal(n+7), goal.DateFromOrdinal(0).IsZero())
	// Output:
	// 2027-03-20 true
}
