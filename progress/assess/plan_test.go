package assess_test

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// allFields lets cmp look into the library's small values.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// TestPlanEqualsEachBenchmarkAlone is the plan property: the assessment of
// every benchmark of a plan equals assessing that benchmark alone from the
// student's days with the plan's calendar; the evidence lists exactly the
// benchmarks met; the current rung follows the leading met rungs; and the
// advice is goal.Advise of that evidence.
func TestPlanEqualsEachBenchmarkAlone(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		plan := gen.Plan().Draw(t, "plan")
		spec := plan.Spec()
		spec.Student = ""
		plan = goal.MustPlan(spec) // a plan for no particular student, assessed for S00001
		id := goal.StudentID("S00001")
		cfg := progress.GenConfig{Seed: rapid.Uint64().Draw(t, "seed"), Students: 2, Days: rapid.IntRange(1, 60).Draw(t, "days")}
		var ivs, ops bytes.Buffer
		iw := progress.NewIntervalWriter(&ivs, progress.FormatCSV, rubric.MustElementSet(rubric.Elements()...)) // a column for every focus element
		for iv := range progress.Generate(cfg) {
			if err := iw.Write(iv); err != nil {
				t.Fatal(err)
			}
		}
		if err := iw.Flush(); err != nil {
			t.Fatal(err)
		}
		ow := progress.NewOpportunityWriter(&ops, progress.FormatCSV)
		for o := range progress.GenerateOpportunities(cfg) {
			for _, g := range plan.Goals() { // every skill area of the plan gets the student's opportunities
				if g.Target() == goal.TargetSoftSkill {
					o.Skill = g.Skill().ID()
					_ = ow.Write(o)
				}
			}
		}
		_ = ow.Flush()
		measured, err := progress.MeasurePlan([]goal.Plan{plan}, &ivs, &ops, progress.MeasureOptions{})
		if err != nil {
			t.Fatal(err)
		}
		asOf := progress.DefaultGenStart.AddDays(rapid.IntRange(0, 120).Draw(t, "asOf"))
		pa, err := assess.Plan(plan, measured, id, asOf, assess.PlanOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var met []goal.BenchmarkRef
		for gi, g := range plan.Goals() {
			ga := pa.Goals[gi]
			for bi, b := range g.Benchmarks() {
				days, _ := measured.Days(b, id)
				alone, err := assess.Benchmark(b, days, asOf, assess.Options{Calendar: plan.Calendar()})
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(alone, ga.Benchmarks[bi], allFields); diff != "" {
					t.Fatalf("goal %d benchmark %d (-alone +in the plan):\n%s", gi, bi, diff)
				}
				if alone.Status == assess.StatusMet {
					met = append(met, goal.BenchmarkRef{Goal: gi, Benchmark: bi})
				}
			}
			want := -1
			for bi, a := range ga.Benchmarks {
				if a.Status != assess.StatusMet {
					want = bi
					break
				}
			}
			if ga.Current != want {
				t.Fatalf("goal %d: current rung %d, want %d", gi, ga.Current, want)
			}
		}
		if diff := cmp.Diff(met, pa.Evidence.Met); diff != "" {
			t.Fatalf("Evidence.Met (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(goal.Advise(plan.Stage(), plan, pa.Evidence), pa.Advice, allFields); diff != "" {
			t.Fatalf("Advice (-Advise(evidence) +got):\n%s", diff)
		}
	})
}

// TestPlanEvidence works the evidence of a stage-2 plan by hand: TEP in
// band for 95 of 100 minutes a day on the current (second) rung's window,
// support at level 2.5 on the last days (rounded up to 3), the first rung met.
func TestPlanEvidence(t *testing.T) {
	focus := rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)
	plan, err := goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{Focus: focus})
	if err != nil {
		t.Fatal(err)
	}
	spec := plan.Spec()
	spec.Student = "S1"
	plan = goal.MustPlan(spec)
	var days []progress.DayTally
	for d := goal.MustDate(2026, 9, 7); len(days) < 20; d = d.AddDays(1) {
		if d.Weekday() == 0 || d.Weekday() == 6 {
			continue
		}
		level := int64(2 + len(days)%2)
		days = append(days, progress.DayTally{Date: d, Tally: progress.Tally{Rated: 100, Qualifying: 92}, InBand: 95, Units: 100,
			SupportUnits: 100, IntensityUnits: 100 * level, MaxIntensity: rubric.Intensity(level)})
	}
	measured := &progress.Summaries{}
	for i, b := range plan.Goal(0).Benchmarks() {
		s := &progress.Summary{}
		for _, d := range days {
			if i > 0 { // only the first rung (support 4 or less) qualifies
				d.Qualifying = 0
			}
			s.AddDay("S1", d)
		}
		measured.Add(b, s)
	}
	pa, err := assess.Plan(plan, measured, "", days[len(days)-1].Date, assess.PlanOptions{Mainstream: 20})
	if err != nil {
		t.Fatal(err)
	}
	want := goal.Evidence{Met: []goal.BenchmarkRef{{Goal: 0, Benchmark: 0}}, Intensity: 3,
		TEPBand: rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), TEPInBand: 95, Mainstream: 20}
	if diff := cmp.Diff(want, pa.Evidence, allFields); diff != "" {
		t.Errorf("Evidence (-want +got):\n%s", diff)
	}
	if pa.Goals[0].Current != 1 || pa.Advice.Action != goal.ActionNextBenchmark || pa.Student != "S1" {
		t.Errorf("current rung %d, advice %v, student %q; want 1, next-benchmark, S1", pa.Goals[0].Current, pa.Advice.Action, pa.Student)
	}
}

func TestPlanErrors(t *testing.T) {
	plan, err := goal.StandardPlan(goal.StageNewToProgram, goal.LadderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	spec := plan.Spec()
	spec.Student = "S1"
	named := goal.MustPlan(spec)
	measured := &progress.Summaries{}
	for _, b := range plan.Goal(0).Benchmarks()[:2] {
		s := &progress.Summary{}
		s.AddDay("S1", progress.DayTally{Date: goal.MustDate(2026, 9, 7), Tally: progress.Tally{Rated: 10}})
		measured.Add(b, s)
	}
	asOf := goal.MustDate(2026, 9, 8)
	for _, tc := range []struct {
		name    string
		plan    goal.Plan
		student goal.StudentID
		opts    assess.PlanOptions
		want    error
	}{
		{"zero plan", goal.Plan{}, "S1", assess.PlanOptions{}, assess.ErrOption},
		{"no student anywhere", plan, "", assess.PlanOptions{}, assess.ErrOption},
		{"another student's plan", named, "S2", assess.PlanOptions{}, assess.ErrOption},
		{"a student not in the data", plan, "S9", assess.PlanOptions{}, assess.ErrUnknownStudent},
		{"a bad student ID", plan, "S1 ", assess.PlanOptions{}, goal.ErrBadStudentID},
		{"a calendar in the options", plan, "S1", assess.PlanOptions{Options: assess.Options{Calendar: goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: asOf})}}, assess.ErrOption},
		{"a benchmark not measured", plan, "S1", assess.PlanOptions{}, progress.ErrNotMeasured},
	} {
		if _, err := assess.Plan(tc.plan, measured, tc.student, asOf, tc.opts); !errors.Is(err, tc.want) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.want)
		}
	}
}

// BenchmarkPlan assesses a stage-2 plan (the intensity ladder) for one
// student as of the end of a generated school year.
func BenchmarkPlan(b *testing.B) {
	start := progress.DefaultGenStart
	plan, err := goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{
		Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.Visual),
		Calendar: goal.MustCalendar(map[goal.Term]goal.Date{
			goal.Trimester1: start.AddDays(80), goal.Trimester2: start.AddDays(165), goal.Trimester3: start.AddDays(250)}),
		Period: goal.MustPeriod(start, start.AddDays(300)),
	})
	if err != nil {
		b.Fatal(err)
	}
	var ivs bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&ivs, progress.GenConfig{Seed: 1, Students: 1, Days: 180}); err != nil {
		b.Fatal(err)
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, &ivs, nil, progress.MeasureOptions{})
	if err != nil {
		b.Fatal(err)
	}
	asOf := measured.LastDate()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Plan(plan, measured, "S00001", asOf, assess.PlanOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
