package template

import (
	"fmt"
	"time"

	"github.com/iepgoal/iepgoal/goal"
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

func sampleResults() []Result {
	from, to := goal.MustDate(2027, time.March, 1), goal.MustDate(2027, time.March, 12)
	return []Result{
		{Status: goal.StatusMet, Percent: 92.5, HasPercent: true, From: from, To: to, RatedDays: 10},
		{Status: goal.StatusOnTrack, Percent: 81, HasPercent: true, From: from, To: to, RatedDays: 10, SetbackDays: 2},
		{Status: goal.StatusAtRisk, Percent: 0, HasPercent: true, From: from, To: to, RatedDays: 5, SetbackDays: 1},
		{Status: goal.StatusNotMet, Percent: 70, HasPercent: true, From: from, To: to, RatedDays: 10},
		{Status: goal.StatusNotEnoughData, Percent: 60, HasPercent: true, From: from, To: to, RatedDays: 1},
		{Status: goal.StatusNotEnoughData},
	}
}

func progressSamples() []ProgressData {
	var out []ProgressData
	benchmarks := sampleBenchmarks()
	for i, r := range sampleResults() {
		for j, b := range benchmarks {
			out = append(out, ProgressData{sampleStudents[(i+j)%len(sampleStudents)], b, r})
		}
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
