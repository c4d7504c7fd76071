package walk_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/examples/internal/walk"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

var tep = goal.MustBenchmark(goal.Spec{
	Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
	Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80,
})

// days returns n school days from Monday 2026-08-31, 100 minutes rated a
// day, q qualifying and inBand in band, at intensity level.
func days(n int, q, inBand int64, level int64) []progress.DayTally {
	var out []progress.DayTally
	for d := goal.MustDate(2026, 8, 31); len(out) < n; d = d.AddDays(1) {
		if d.Weekday() == 0 || d.Weekday() == 6 {
			continue
		}
		out = append(out, progress.DayTally{Date: d, Tally: progress.Tally{Rated: 100, Qualifying: q}, InBand: inBand, Units: 100,
			SupportUnits: 100, IntensityUnits: 100 * level, MaxIntensity: rubric.Intensity(level)})
	}
	return out
}

func assessed(t *testing.T, ref goal.BenchmarkRef, ds []progress.DayTally) walk.Assessed {
	t.Helper()
	m := walk.Measured{Ref: ref, Benchmark: tep, Days: ds}
	a, err := m.Assess(ds[len(ds)-1].Date, progress.AssessOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return walk.Assessed{Measured: m, Assessment: a}
}

func TestEvidence(t *testing.T) {
	met := assessed(t, goal.BenchmarkRef{Goal: 0, Benchmark: 0}, days(10, 95, 95, 2))
	notMet := assessed(t, goal.BenchmarkRef{Goal: 0, Benchmark: 1}, days(10, 50, 85, 3))
	tests := []struct {
		name string
		xs   []walk.Assessed
		team walk.Team
		want goal.Evidence
	}{
		{name: "nothing assessed", team: walk.Team{Mainstream: 40}, want: goal.Evidence{Mainstream: 40}},
		{
			name: "met, 95% in band: band held",
			xs:   []walk.Assessed{met},
			want: goal.Evidence{Met: []goal.BenchmarkRef{{Goal: 0, Benchmark: 0}}, Intensity: 2, TEPHeld: rubric.MustBand[rubric.TEP](3, 5)},
		},
		{
			name: "not met, 85% in band: band not held; the last assessment's intensity",
			xs:   []walk.Assessed{notMet},
			team: walk.Team{SkillDeficit: true},
			want: goal.Evidence{Intensity: 3, SkillDeficit: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := walk.Evidence(tt.xs, tt.team)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b rubric.Band[rubric.TEP]) bool { return a == b })); diff != "" {
				t.Errorf("Evidence (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResultIsValid(t *testing.T) {
	for _, x := range []walk.Assessed{assessed(t, goal.BenchmarkRef{}, days(3, 50, 50, 3)), assessed(t, goal.BenchmarkRef{}, days(12, 90, 90, 1))} {
		if err := walk.Result(x.Assessment).Validate(); err != nil {
			t.Errorf("Result(%v assessment).Validate() = %v", x.Assessment.Status, err)
		}
	}
}

func TestCurrentAndNumber(t *testing.T) {
	xs := []walk.Assessed{
		assessed(t, goal.BenchmarkRef{Goal: 0, Benchmark: 0}, days(10, 95, 95, 2)),
		assessed(t, goal.BenchmarkRef{Goal: 0, Benchmark: 1}, days(10, 50, 50, 2)),
		assessed(t, goal.BenchmarkRef{Goal: 0, Benchmark: 2}, days(10, 50, 50, 2)),
		assessed(t, goal.BenchmarkRef{Goal: 1, Benchmark: 0}, days(10, 95, 95, 2)),
	}
	var got []string
	for _, x := range walk.Current(xs) {
		got = append(got, x.Number(2))
	}
	if diff := cmp.Diff([]string{"1.2"}, got); diff != "" {
		t.Errorf("Current (-want +got):\n%s", diff)
	}
	if got := xs[1].Number(1); got != "2" {
		t.Errorf("Number(1) = %q, want %q", got, "2")
	}
}

func TestMeasurePlanUnknownStudent(t *testing.T) {
	plan := goal.MustPlan(goal.PlanSpec{Stage: goal.StageNewToProgram, Goals: mustGoals(t)})
	data := []byte("student,date,period,minutes,tep,intensity\nS1,2026-09-01,1,50,4,4\n")
	if _, err := walk.MeasurePlan(plan, data, "S2"); !errors.Is(err, walk.ErrUnknownStudent) {
		t.Errorf("MeasurePlan(S2) = %v, want ErrUnknownStudent", err)
	}
	ms, err := walk.MeasurePlan(plan, data, "S1")
	if err != nil || len(ms) != 3 || ms[2].Days[0].Qualifying != 50 {
		t.Errorf("MeasurePlan(S1) = %v, %v; want 3 benchmarks with 50 qualifying minutes", ms, err)
	}
	if got := walk.LastDay(ms); got != goal.MustDate(2026, 9, 1) {
		t.Errorf("LastDay = %v, want 2026-09-01", got)
	}
}

func mustGoals(t *testing.T) []goal.GoalSpec {
	gs, err := goal.StandardGoals(goal.StageNewToProgram, goal.LadderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return gs
}
