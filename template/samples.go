package template

import (
	"fmt"
	"sync"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// The sample values below are what every build executes the templates
// against (see define). Between them they take every branch of the default
// templates: both measures, the three forms of support, the three forms of
// deadline, focus elements or none, a name, a name that needs escaping in
// HTML and no name.

// sampleStudents are the names the samples use.
var sampleStudents = []string{"Jordan", "", `<b>Al</b> & "Jo"`}

// sampleBenchmarks returns benchmarks covering every branch of the wording.
func sampleBenchmarks() []goal.Benchmark {
	groupWork, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	tep35 := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	focus := rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship)
	specs := []goal.Spec{
		{Measure: goal.MeasureTEP, TEP: tep35, Support: goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme),
			Threshold: 50, Deadline: goal.ByEndOf(goal.Trimester1)},
		{Measure: goal.MeasureTEP, TEP: tep35, Support: goal.MustSupportAtMost(rubric.IntensityModerate),
			Threshold: 90, Deadline: goal.By(goal.MustDate(2027, time.March, 13)), Focus: focus},
		{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPGood, rubric.TEPGood), Support: goal.Independent(),
			Threshold: 90, Deadline: goal.ByEndOf(goal.SchoolYear)},
		{Measure: goal.MeasureTEP, TEP: rubric.MustBand(rubric.TEPMarginal, rubric.TEPGood),
			Support: goal.MustSupportRange(rubric.IntensityMild, rubric.IntensityMild), Threshold: 1},
		{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: rubric.MustBand(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping),
			Support: goal.MustSupportAtMost(rubric.IntensityMinimal), Threshold: 75, Deadline: goal.By(goal.MustDate(2027, time.June, 11))},
		{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: rubric.MustBand(rubric.SoftSkillProficient, rubric.SoftSkillGeneralized),
			Support: goal.Independent(), Threshold: 100, Focus: focus},
	}
	out := make([]goal.Benchmark, len(specs))
	for i, spec := range specs {
		out[i] = goal.MustBenchmark(spec)
	}
	return out
}

func benchmarkSamples() []BenchmarkData {
	var out []BenchmarkData
	for i, b := range sampleBenchmarks() {
		out = append(out, BenchmarkData{sampleStudents[i%len(sampleStudents)], b})
	}
	return out
}

// sampleDays returns a student's school days from Monday 2026-08-31 at
// the given daily percents (100 rated minutes a day at intensity 3, with
// one day at level 5), a percent below 0 leaving the day unrated.
func sampleDays(pcts ...int) []progress.DayTally {
	var days []progress.DayTally
	d := goal.MustDate(2026, time.August, 31)
	for i, p := range pcts {
		for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			d = d.AddDays(1)
		}
		day := progress.DayTally{Date: d, Units: 100, SupportUnits: 100, IntensityUnits: 300, MaxIntensity: 3}
		if i == 3 {
			day.IntensityUnits, day.MaxIntensity = 500, 5
		}
		if p >= 0 {
			day.Tally = progress.Tally{Rated: 100, Qualifying: int64(p)}
			day.InBand = int64(min(100, p+10))
		}
		days = append(days, day)
		d = d.AddDays(1)
	}
	return days
}

// repeat returns n copies of p.
func repeat(n, p int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = p
	}
	return out
}

// sampleAssessments returns assessments that take every branch of the
// templates that word one: every status, met late, met and fallen back
// since (by the deadline and late), no ratings at all,
// both measures, the three forms of support, date, term and no deadline,
// setback days, support recorded or not, a trend or none.
func sampleAssessments() []assess.Assessment {
	benchmarks := sampleBenchmarks()
	calendar := goal.MustCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, time.November, 20), goal.SchoolYear: goal.MustDate(2027, time.June, 18)})
	climbing := append(append(repeat(30, 20), repeat(20, 60)...), repeat(40, 95)...)
	noSupport := sampleDays(repeat(12, 70)...)
	for i := range noSupport {
		noSupport[i].SupportUnits, noSupport[i].IntensityUnits, noSupport[i].MaxIntensity = 0, 0, 0
	}
	cases := []struct {
		b    goal.Benchmark
		days []progress.DayTally
		asOf goal.Date
		opts assess.Options
	}{
		{benchmarks[0], sampleDays(climbing...), goal.MustDate(2026, time.November, 20), assess.Options{Calendar: calendar}},             // met, term deadline
		{benchmarks[1], sampleDays(climbing...), goal.MustDate(2027, time.January, 8), assess.Options{}},                                 // met before its date deadline
		{benchmarks[1], sampleDays(append(repeat(140, 40), repeat(15, 95)...)...), goal.MustDate(2027, time.April, 2), assess.Options{}}, // met late
		{benchmarks[2], sampleDays(repeat(30, 85)...), goal.MustDate(2026, time.October, 9), assess.Options{Calendar: calendar}},
		{benchmarks[3], noSupport, goal.MustDate(2026, time.September, 30), assess.Options{}},                                                                        // no deadline, no support recorded
		{benchmarks[4], sampleDays(repeat(60, 40)...), goal.MustDate(2027, time.June, 11), assess.Options{}},                                                         // not met on the deadline day
		{benchmarks[5], sampleDays(50, 90), goal.MustDate(2026, time.September, 1), assess.Options{}},                                                                // not enough data
		{benchmarks[0], sampleDays(-1, -1, -1), goal.MustDate(2026, time.September, 2), assess.Options{Calendar: calendar}},                                          // nothing rated
		{benchmarks[4], sampleDays(-1, -1), goal.MustDate(2027, time.July, 1), assess.Options{}},                                                                     // nothing rated, not met
		{benchmarks[1], sampleDays(append(repeat(20, 40), repeat(10, 75)...)...), goal.MustDate(2026, time.October, 9), assess.Options{}},                            // on track
		{benchmarks[0], sampleDays(append(climbing, repeat(15, 30)...)...), goal.MustDate(2027, time.January, 22), assess.Options{Calendar: calendar}},               // met by the deadline, fallen back since
		{benchmarks[1], sampleDays(append(append(repeat(140, 40), repeat(15, 95)...), repeat(15, 30)...)...), goal.MustDate(2027, time.April, 23), assess.Options{}}, // met late, fallen back since
	}
	out := make([]assess.Assessment, len(cases))
	for i, c := range cases {
		a, err := assess.Benchmark(c.b, c.days, c.asOf, c.opts)
		if err != nil {
			panic(fmt.Sprintf("template: sample assessment %d: %v", i, err))
		}
		out[i] = a
	}
	return out
}

func progressSamples() []ProgressData {
	var out []ProgressData
	for i, a := range sampleAssessments() {
		out = append(out, ProgressData{sampleStudents[i%len(sampleStudents)], a})
	}
	return out
}

func assessmentSamples() []AssessmentData {
	var out []AssessmentData
	for i, a := range sampleAssessments() {
		out = append(out, AssessmentData{Student: sampleStudents[i%len(sampleStudents)], Number: fmt.Sprint(i + 1), Assessment: a})
	}
	return out
}

// samplePlans returns the standard plan of every stage, with and without
// deadlines, focus elements and skill areas where the stage allows, and a
// plan whose goals carry a review date, responsible roles and a present
// level.
func samplePlans() []goal.Plan {
	groupWork, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	help, _ := rubric.LookupSkillArea(rubric.SkillAskingForHelp)
	focus := rubric.MustElementSet(rubric.DeEscalation, rubric.Relationship)
	deadlines := []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2),
		goal.By(goal.MustDate(2027, time.June, 11))}
	calendar := goal.MustCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, time.November, 20), goal.Trimester2: goal.MustDate(2027, time.February, 12),
		goal.Trimester3: goal.MustDate(2027, time.May, 7)})
	options := []struct {
		stage goal.Stage
		opts  goal.LadderOptions
	}{
		{goal.StageNewToProgram, goal.LadderOptions{}},
		{goal.StageNewToProgram, goal.LadderOptions{Thresholds: goal.NarrativeThresholds, Deadlines: deadlines}},
		{goal.StageMaintaining, goal.LadderOptions{Focus: focus}},
		{goal.StageMaintaining, goal.LadderOptions{Focus: focus, EndLevel: rubric.IntensityMild, Deadlines: deadlines}},
		{goal.StageSkillDeficit, goal.LadderOptions{Focus: focus, Skills: []rubric.SkillArea{groupWork}, Deadlines: deadlines}},
		{goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork, help}}},
	}
	var plans []goal.Plan
	for _, o := range options {
		o.opts.Calendar = calendar
		p, err := goal.StandardPlan(o.stage, o.opts)
		if err != nil {
			panic(fmt.Sprintf("template: sample plan for stage %v: %v", o.stage, err))
		}
		plans = append(plans, p)
	}
	spec := plans[len(plans)-2].Spec()
	for i := range spec.Goals {
		spec.Goals[i].Review = goal.MustDate(2027, time.January, 15)
		spec.Goals[i].Responsible = []goal.Role{goal.RoleCaseManager, goal.RoleParaprofessional, goal.RoleParent}
		spec.Goals[i].PresentLevel = "Rated fair or better for about 60% of the day with high support."
	}
	spec.Goals[0].Responsible = nil
	return append(plans, goal.MustPlan(spec))
}

func planSamples() []PlanData {
	var out []PlanData
	for i, p := range samplePlans() {
		out = append(out, PlanData{sampleStudents[i%len(sampleStudents)], p})
	}
	return out
}

func goalSamples() []GoalData {
	var out []GoalData
	for i, p := range samplePlans() {
		for j, g := range p.Goals() {
			out = append(out, GoalData{sampleStudents[(i+j)%len(sampleStudents)], g, (i + j) % 3})
		}
	}
	return out
}

// adviceSamples returns advice with every reason, on plans of one and two
// goals.
func adviceSamples() []AdviceData {
	plans := samplePlans()
	stage1, stage2, stage3, stage4 := plans[0], plans[2], plans[4], plans[5]
	tep := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	ref := func(g, b int) goal.BenchmarkRef { return goal.BenchmarkRef{Goal: g, Benchmark: b} }
	cases := []struct {
		stage goal.Stage
		plan  goal.Plan
		ev    goal.Evidence
	}{
		{0, goal.Plan{}, goal.Evidence{}},
		{goal.StageSkillDeficit, stage2, goal.Evidence{}},
		{goal.StageMaintaining, stage2, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}, TEPBand: tep, TEPInBand: 62.5, Intensity: 3}},
		{goal.StageSkillDeficit, stage3, goal.Evidence{TEPBand: tep, TEPInBand: 70, Intensity: 5}},
		{goal.StageSkillDeficit, stage3, goal.Evidence{TEPBand: tep, TEPInBand: 70, Intensity: 2}},
		{goal.StageNewToProgram, stage1, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 2)}}},
		{goal.StageMaintaining, stage2, goal.Evidence{TEPBand: tep, TEPInBand: 95, Intensity: 1, Mainstream: 60}},
		{goal.StageMaintaining, stage2, goal.Evidence{TEPBand: tep, TEPInBand: 95, Intensity: 2, SkillDeficit: true}},
		{goal.StageMaintaining, goal.Plan{}, goal.Evidence{}},
		{goal.StageNewToProgram, stage1, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}}},
		{goal.StageNewToProgram, stage1, goal.Evidence{}},
		{goal.StageNewToProgram, stage1, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}, Missed: []goal.BenchmarkRef{ref(0, 1)}}},
		{goal.StageSkillDeficit, stage3, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0)}, Missed: []goal.BenchmarkRef{ref(0, 1)}, TEPBand: tep, TEPInBand: 95, Intensity: 3}},
		{goal.StageSkillDeficit, stage3, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0), ref(0, 1), ref(1, 0)}, TEPBand: tep, TEPInBand: 95, Intensity: 3}},
		{goal.StageMainstream, stage4, goal.Evidence{Met: []goal.BenchmarkRef{ref(0, 0), ref(0, 1), ref(0, 2), ref(0, 3), ref(0, 4), ref(0, 5)}, TEPBand: tep, TEPInBand: 95, Intensity: 1}},
	}
	var out []AdviceData
	for i, c := range cases {
		out = append(out, AdviceData{sampleStudents[i%len(sampleStudents)], c.plan, goal.Advise(c.stage, c.plan, c.ev)})
	}
	for _, p := range []goal.Plan{stage1, stage2, stage4} { // every ladder complete
		var met []goal.BenchmarkRef
		for g := range p.Len() {
			for b := range p.Goal(g).Len() {
				met = append(met, ref(g, b))
			}
		}
		out = append(out, AdviceData{"Jordan", p, goal.Advise(p.Stage(), p, goal.Evidence{Met: met, TEPBand: tep, TEPInBand: 95, Intensity: 2})})
	}
	return out
}

// planProgressSamples returns the plan assessments of a stage-1 and a
// stage-3 plan, for two students of a generated year.
func planProgressSamples() []PlanProgressData {
	plans := samplePlans()
	var out []PlanProgressData
	for i, p := range []goal.Plan{plans[1], plans[4]} {
		pa, err := assess.Plan(p, sampleMeasurement(p), "S00002", goal.MustDate(2026, time.November, 20), assess.PlanOptions{})
		if err != nil {
			panic(fmt.Sprintf("template: sample plan assessment %d: %v", i, err))
		}
		out = append(out, PlanProgressData{sampleStudents[i], pa})
	}
	return out
}

// sampleGenConfig is the generated data of the samples of assessments.
var sampleGenConfig = progress.GenConfig{Seed: 1, Students: 2, Days: 60}

// sampleMeasurement measures every benchmark of the plan on 60 generated
// school days of two students, their opportunities in each benchmark's
// skill area.
func sampleMeasurement(p goal.Plan) *progress.Summaries {
	cfg := sampleGenConfig
	measured := &progress.Summaries{}
	for _, g := range p.Goals() {
		for _, b := range g.Benchmarks() {
			m := progress.NewMeasurer(b)
			for iv := range progress.Generate(cfg) {
				_ = m.AddInterval(&iv)
			}
			for o := range progress.GenerateOpportunities(cfg) {
				o.Skill = b.Skill().ID()
				_ = m.AddOpportunity(&o)
			}
			measured.Add(b, m.Summary())
		}
	}
	return measured
}

// reportSamples are (computed once) progress reports of two plans for the first
// trimester, one as of its end with its breakdown by class period and one
// as of a date within it, with the default and the SELPA code sets.
var reportSamples = sync.OnceValue(func() []ReportData {
	plans := samplePlans()
	var out []ReportData
	for i, p := range []goal.Plan{plans[1], plans[4]} {
		period, err := assess.TermPeriod(p, goal.Trimester1)
		if err != nil {
			period = goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2026, time.November, 20))
		}
		codes, _ := assess.ShippedCodeSet([]string{"default", "selpa"}[i])
		opts := assess.ReportOptions{Codes: codes}
		if i == 1 {
			opts.AsOf = period.End().AddDays(-14)
		}
		r, err := assess.Report(p, sampleMeasurement(p), "S00002", period, opts)
		if err != nil {
			panic(fmt.Sprintf("template: sample report %d: %v", i, err))
		}
		if i == 0 {
			err = r.AddIntervals(func(yield func(progress.Interval, error) bool) {
				for iv := range progress.Generate(sampleGenConfig) {
					if !yield(iv, nil) {
						return
					}
				}
			})
			if err != nil {
				panic(fmt.Sprintf("template: sample report %d: %v", i, err))
			}
		}
		out = append(out, ReportData{sampleStudents[i], r})
	}
	return out
})

// caseloadSamples roll up the reports of the two students of the sample
// data on the second sample plan, and the second student's alone.
func caseloadSamples() []CaseloadData {
	p := samplePlans()[1]
	measured := sampleMeasurement(p)
	period, err := assess.TermPeriod(p, goal.Trimester1)
	if err != nil {
		period = goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2026, time.November, 20))
	}
	var reports []assess.ProgressReport
	for _, id := range []goal.StudentID{"S00001", "S00002"} {
		r, err := assess.Report(p, measured, id, period, assess.ReportOptions{AsOf: period.End().AddDays(-7)})
		if err != nil {
			panic(fmt.Sprintf("template: sample caseload report: %v", err))
		}
		reports = append(reports, r)
	}
	var out []CaseloadData
	for _, rs := range [][]assess.ProgressReport{reports, reports[1:]} {
		c, err := assess.CaseloadOf(rs, measured, nil)
		if err != nil {
			panic(fmt.Sprintf("template: sample caseload: %v", err))
		}
		out = append(out, CaseloadData{c})
	}
	return out
}
