package goal_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Building the standard plan of a student maintaining good functioning
// (stage 2): TEP 3–5 for 90% of the day while support is lowered level by
// level, with deadlines spread over the three trimesters.
func ExampleStandardPlan() {
	plan, err := goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{
		Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.ManagementOfDemand),
		Deadlines: []goal.Deadline{
			goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3),
		},
		Calendar: goal.MustCalendar(map[goal.Term]goal.Date{
			goal.Trimester1: goal.MustDate(2026, time.November, 20),
			goal.Trimester2: goal.MustDate(2027, time.February, 12),
			goal.Trimester3: goal.MustDate(2027, time.May, 7),
		}),
		Period: goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2027, time.June, 25)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	// Add what the standard ladder leaves to the team, then rebuild.
	spec := plan.Spec()
	spec.Student = "S-0042"
	spec.Goals[0].Review = goal.MustDate(2027, time.January, 15)
	spec.Goals[0].Responsible = []goal.Role{goal.RoleSpecialEducationTeacher, goal.RoleParaprofessional}
	spec.Goals[0].PresentLevel = "Rated 3–5 for 91% of the day with level 4 support."
	plan, err = goal.NewPlan(spec)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := plan.Goal(0)
	fmt.Println(plan.Stage().Title(), "—", g.Target(), "goal focused on", g.Focus())
	for _, b := range g.Benchmarks() {
		fmt.Printf("TEP %d-%d, %d%% of the %s, support %s, by %s\n", b.BandLow(), b.BandHigh(), b.Threshold(), b.Basis(), b.Support(), b.Deadline())
	}
	for _, f := range goal.ReviewPlan(plan) {
		fmt.Println(f)
	}
	// Output:
	// Maintaining good functioning — intensity goal focused on De-escalation, Management of Demand
	// TEP 3-5, 90% of the day, support 4-or-less, by trimester-1
	// TEP 3-5, 90% of the day, support 3-or-less, by trimester-2
	// TEP 3-5, 90% of the day, support 2-or-less, by trimester-2
	// TEP 3-5, 90% of the day, support 1-or-less, by trimester-3
	// TEP 3-5, 90% of the day, support independent, by trimester-3
	// note time-limited goals[0].benchmarks[0]: due 2026-11-20, before the goal's review date 2027-01-15: progress toward it is reviewed only after it is due
}

// Validating a ladder that goes back: support rises on the third rung and
// the last deadline is before the one above it. Every problem is reported
// at once, each with its goal, benchmark and field.
func ExampleGoalSpec_Validate() {
	rung := func(level rubric.Intensity, by goal.Date) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{
			Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
			Support: goal.MustSupportAtMost(level), Threshold: 90, Deadline: goal.By(by),
			Focus: rubric.MustElementSet(rubric.Mood, rubric.Visual),
		})
	}
	spec := goal.GoalSpec{
		Stage:  goal.StageMaintaining,
		Target: goal.TargetIntensity,
		Focus:  rubric.MustElementSet(rubric.Mood, rubric.Visual),
		Benchmarks: []goal.Benchmark{
			rung(4, goal.MustDate(2026, time.November, 27)),
			rung(3, goal.MustDate(2027, time.March, 5)),
			rung(4, goal.MustDate(2027, time.April, 30)),
			rung(2, goal.MustDate(2027, time.April, 1)),
		},
	}
	err := spec.Validate()
	fmt.Println(errors.Is(err, goal.ErrNotMonotone))
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var be *goal.BenchmarkError
		if errors.As(e, &be) {
			fmt.Printf("benchmark %d, %s: %v\n", be.Benchmark, be.Field, be.Err)
		}
	}
	// Output:
	// true
	// benchmark 2, support: ladder not monotone: support rises from 3-or-less to 4-or-less
	// benchmark 3, deadline: ladder not monotone: deadline 2027-04-01 is before the earlier rung's 2027-04-30
}

// Asking for stage advice: a stage-2 student whose TEP was in band for only
// 70% of the rated minutes after support was lowered to level 3, then one
// who holds TEP at level 1 and spends 60% of the day in the mainstream
// classroom. The Advice carries the facts its reason rests on; package
// template words it (Set.Advice).
func ExampleAdvise() {
	plan, _ := goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{
		Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship),
	})
	advice := goal.Advise(goal.StageMaintaining, plan, goal.Evidence{
		Met:       []goal.BenchmarkRef{{Goal: 0, Benchmark: 0}},
		Intensity: 3,
		TEPBand:   rubric.MustBand[rubric.TEP](3, 5),
		TEPInBand: 70,
	})
	fmt.Println(advice.Action, advice.Support, advice.Reason, advice.HeldPercent)

	advice = goal.Advise(goal.StageMaintaining, plan, goal.Evidence{
		TEPBand: rubric.MustBand[rubric.TEP](3, 5), TEPInBand: 95, Intensity: 1, Mainstream: 60,
	})
	fmt.Println(advice.Action, advice.Stage, advice.Reason)
	// Output:
	// step-support-up 4-or-less tep-fell 90
	// next-stage mainstream mainstream-ready
}
