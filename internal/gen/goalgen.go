package gen

import (
	"slices"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// Stage generates one of the four goal stages.
func Stage() *rapid.Generator[goal.Stage] { return rapid.SampledFrom(goal.Stages()) }

// Term generates one of the school terms.
func Term() *rapid.Generator[goal.Term] { return rapid.SampledFrom(goal.Terms()) }

// Date generates valid dates from 2000-01-01 to 2099-12-31.
func Date() *rapid.Generator[goal.Date] {
	first := goal.MustDate(2000, 1, 1)
	return rapid.Map(rapid.IntRange(0, 36524), first.AddDays)
}

// Deadline generates deadlines: unset, a date, or the end of a term.
func Deadline() *rapid.Generator[goal.Deadline] {
	return rapid.OneOf(rapid.Just(goal.Deadline{}), rapid.Map(Date(), goal.By), rapid.Map(Term(), goal.ByEndOf))
}

// Support generates valid support conditions: a range "4 to 5", a ceiling
// "3 or less", or independent.
func Support() *rapid.Generator[goal.Support] {
	ranged := rapid.Map(Band(Intensity()), func(b rubric.Band[rubric.Intensity]) goal.Support {
		return goal.MustSupportRange(b.Low(), b.High())
	})
	return rapid.OneOf(ranged, rapid.Map(Intensity(), goal.MustSupportAtMost), rapid.Just(goal.Independent()))
}

// Benchmark generates valid benchmarks of either measure, with any support,
// threshold, deadline and focus.
func Benchmark() *rapid.Generator[goal.Benchmark] {
	return rapid.Custom(func(t *rapid.T) goal.Benchmark {
		return BenchmarkOf(rapid.SampledFrom([]goal.Measure{goal.MeasureTEP, goal.MeasureSoftSkill}).Draw(t, "measure")).Draw(t, "benchmark")
	})
}

// BenchmarkOf generates valid benchmarks of one measure, with any band,
// support, threshold, deadline and focus.
func BenchmarkOf(m goal.Measure) *rapid.Generator[goal.Benchmark] {
	return rapid.Custom(func(t *rapid.T) goal.Benchmark {
		s := goal.Spec{
			Measure:   m,
			Support:   Support().Draw(t, "support"),
			Threshold: rapid.IntRange(1, 100).Draw(t, "threshold"),
			Deadline:  Deadline().Draw(t, "deadline"),
			Focus:     smallElementSet(0).Draw(t, "focus"),
		}
		if m == goal.MeasureSoftSkill {
			s.Skill, s.Proficiency = SkillArea().Draw(t, "skill"), Band(SoftSkill()).Draw(t, "proficiency")
		} else {
			s.TEP = Band(TEP()).Draw(t, "tep")
		}
		return goal.MustBenchmark(s)
	})
}

// Calendar generates valid calendars for a school year starting in
// September 2000–2098, knowing some or all of the term end dates.
func Calendar() *rapid.Generator[goal.Calendar] {
	// Days from September 1 to the end of a term, by its twelfths of the year.
	offsets := map[goal.Term]int{
		goal.Quarter1: 60, goal.Trimester1: 85, goal.Semester1: 120, goal.Quarter2: 120,
		goal.Trimester2: 170, goal.Quarter3: 200, goal.Trimester3: 290, goal.Semester2: 290,
		goal.Quarter4: 290, goal.SchoolYear: 290,
	}
	return rapid.Custom(func(t *rapid.T) goal.Calendar {
		start := goal.MustDate(rapid.IntRange(2000, 2098).Draw(t, "year"), 9, 1)
		ends := map[goal.Term]goal.Date{}
		for _, term := range goal.Terms() {
			if rapid.Bool().Draw(t, "has "+term.Key()) {
				ends[term] = start.AddDays(offsets[term] + rapid.IntRange(0, 9).Draw(t, term.Key()))
			}
		}
		return goal.MustCalendar(ends)
	})
}

// FullCalendar generates calendars that place every term, terms that end
// together in the year (the 3rd trimester, the 2nd semester, the 4th
// quarter and the school year) on the same date.
func FullCalendar() *rapid.Generator[goal.Calendar] {
	twelfths := map[goal.Term]int{
		goal.Quarter1: 3, goal.Trimester1: 4, goal.Semester1: 6, goal.Quarter2: 6,
		goal.Trimester2: 8, goal.Quarter3: 9, goal.Trimester3: 12, goal.Semester2: 12,
		goal.Quarter4: 12, goal.SchoolYear: 12,
	}
	return rapid.Custom(func(t *rapid.T) goal.Calendar {
		start := goal.MustDate(rapid.IntRange(2000, 2098).Draw(t, "year"), 9, 1)
		ends := map[goal.Term]goal.Date{}
		for term, k := range twelfths {
			ends[term] = start.AddDays(k * 25)
		}
		return goal.MustCalendar(ends)
	})
}

// Goal generates valid goals of any stage.
func Goal() *rapid.Generator[goal.Goal] {
	return rapid.Custom(func(t *rapid.T) goal.Goal { return GoalFor(Stage().Draw(t, "stage")).Draw(t, "goal") })
}

// GoalFor generates valid goals of one stage, with a target the stage uses.
func GoalFor(stage goal.Stage) *rapid.Generator[goal.Goal] {
	return rapid.Custom(func(t *rapid.T) goal.Goal {
		target := rapid.SampledFrom(stage.Profile().Targets).Draw(t, "target")
		var skill rubric.SkillArea
		if target == goal.TargetSoftSkill {
			skill = SkillArea().Draw(t, "skill")
		}
		return goal.MustGoal(GoalSpec(stage, target, skill).Draw(t, "spec"))
	})
}

// Plan generates valid plans of any stage.
func Plan() *rapid.Generator[goal.Plan] {
	return rapid.Custom(func(t *rapid.T) goal.Plan { return PlanFor(Stage().Draw(t, "stage")).Draw(t, "plan") })
}

// PlanFor generates valid plans of one stage: an engagement goal (stage 1),
// an intensity goal (stage 2), an intensity and a soft-skill goal (stage 3),
// one or two soft-skill goals on different areas (stage 4).
func PlanFor(stage goal.Stage) *rapid.Generator[goal.Plan] {
	return rapid.Custom(func(t *rapid.T) goal.Plan {
		spec := goal.PlanSpec{Stage: stage, Calendar: FullCalendar().Draw(t, "calendar"),
			Student: goal.StudentID(rapid.StringMatching(`(S-[0-9]{1,6})?`).Draw(t, "student"))}
		addGoal := func(target goal.Target, skill rubric.SkillArea) {
			spec.Goals = append(spec.Goals, GoalSpec(stage, target, skill).Draw(t, target.String()))
		}
		switch stage {
		case goal.StageNewToProgram:
			addGoal(goal.TargetEngagement, rubric.SkillArea{})
		case goal.StageMaintaining:
			addGoal(goal.TargetIntensity, rubric.SkillArea{})
		case goal.StageSkillDeficit:
			addGoal(goal.TargetIntensity, rubric.SkillArea{})
			addGoal(goal.TargetSoftSkill, SkillArea().Draw(t, "skill"))
		case goal.StageMainstream:
			first := SkillArea().Draw(t, "skill")
			addGoal(goal.TargetSoftSkill, first)
			if rapid.Bool().Draw(t, "second") {
				second := SkillArea().Draw(t, "skill2")
				if second.ID() == first.ID() {
					second = rubric.MustSkillArea(first.ID()+"-2", second.Phrase())
				}
				addGoal(goal.TargetSoftSkill, second)
			}
		}
		if rapid.Bool().Draw(t, "period") {
			spec.Period = periodAround(t, spec)
		}
		return goal.MustPlan(spec)
	})
}

// GoalSpec generates valid goal specs for a stage, target and skill area
// (zero unless the target is a soft skill): a monotone ladder of one to six
// benchmarks that keeps the stage's rules, with or without deadlines, review
// date, roles and present level.
func GoalSpec(stage goal.Stage, target goal.Target, skill rubric.SkillArea) *rapid.Generator[goal.GoalSpec] {
	return rapid.Custom(func(t *rapid.T) goal.GoalSpec {
		minFocus := 0
		if target == goal.TargetIntensity {
			minFocus = stage.Profile().MinFocusElements
		}
		s := goal.GoalSpec{Stage: stage, Target: target, Skill: skill,
			Focus:        smallElementSet(minFocus).Draw(t, "focus"),
			Review:       rapid.OneOf(rapid.Just(goal.Date{}), Date()).Draw(t, "review"),
			Responsible:  rapid.SliceOfNDistinct(rapid.SampledFrom(goal.Roles()), 0, 3, func(r goal.Role) goal.Role { return r }).Draw(t, "responsible"),
			PresentLevel: rapid.StringMatching(`([A-Z][a-z]{1,8}( [a-z]{1,8}){0,8}\.)?`).Draw(t, "presentLevel"),
		}
		s.Benchmarks = ladder(t, s, minFocus)
		return s
	})
}

// ladder draws a monotone ladder: supports, bands and deadlines are drawn
// independently and sorted, and a threshold only rises while support and
// band stay the same.
func ladder(t *rapid.T, g goal.GoalSpec, minFocus int) []goal.Benchmark {
	n := rapid.IntRange(1, 6).Draw(t, "rungs")
	supports := rapid.SliceOfN(supportFor(g), n, n).Draw(t, "supports")
	slices.SortStableFunc(supports, goal.Support.Compare)
	deadlines := deadlines(t, n)
	specs := make([]goal.Spec, n)
	for i := range specs {
		specs[i] = goal.Spec{Measure: g.Target.Measure(), Skill: g.Skill, Support: supports[i],
			Threshold: rapid.IntRange(1, 100).Draw(t, "threshold"), Deadline: deadlines[i],
			Focus: g.Focus & ElementSet().Draw(t, "focusMask")}
		if specs[i].Focus.Len() < minFocus {
			specs[i].Focus = g.Focus
		}
	}
	if g.Target == goal.TargetSoftSkill {
		bands := rapid.SliceOfN(Band(SoftSkill()), n, n).Draw(t, "bands")
		slices.SortStableFunc(bands, rubric.Band[rubric.SoftSkill].Compare)
		for i := range specs {
			specs[i].Proficiency = bands[i]
		}
	} else {
		levels := TEP()
		if g.Target == goal.TargetIntensity {
			levels = rapid.SampledFrom([]rubric.TEP{rubric.TEPFair, rubric.TEPGood, rubric.TEPExcellent})
		}
		bands := rapid.SliceOfN(Band(levels), n, n).Draw(t, "bands")
		slices.SortStableFunc(bands, rubric.Band[rubric.TEP].Compare)
		for i := range specs {
			specs[i].TEP = bands[i]
		}
	}
	out := make([]goal.Benchmark, n)
	for i := range specs {
		if i > 0 && specs[i].Support == specs[i-1].Support && specs[i].TEP == specs[i-1].TEP && specs[i].Proficiency == specs[i-1].Proficiency {
			specs[i].Threshold = max(specs[i].Threshold, specs[i-1].Threshold)
		}
		out[i] = goal.MustBenchmark(specs[i])
	}
	return out
}

// supportFor returns the support conditions a goal's stage allows.
func supportFor(g goal.GoalSpec) *rapid.Generator[goal.Support] {
	if g.Stage == goal.StageMainstream && g.Target == goal.TargetSoftSkill {
		return rapid.SampledFrom([]goal.Support{goal.MustSupportAtMost(rubric.IntensityMinimal), goal.Independent()})
	}
	return Support()
}

// deadlines draws n deadlines in order: all dates or all terms, some left unset.
func deadlines(t *rapid.T, n int) []goal.Deadline {
	kind := rapid.SampledFrom([]*rapid.Generator[goal.Deadline]{
		rapid.Just(goal.Deadline{}), rapid.Map(Date(), goal.By), rapid.Map(Term(), goal.ByEndOf),
	}).Draw(t, "deadlineKind")
	ds := rapid.SliceOfN(kind, n, n).Draw(t, "deadlines")
	slices.SortStableFunc(ds, func(a, b goal.Deadline) int { c, _ := a.Order(b); return c })
	for i := range ds {
		if rapid.IntRange(0, 4).Draw(t, "blank") == 0 {
			ds[i] = goal.Deadline{}
		}
	}
	return ds
}

// smallElementSet generates element sets of at least min and at most five elements.
func smallElementSet(min int) *rapid.Generator[rubric.ElementSet] {
	return rapid.Map(rapid.SliceOfNDistinct(Element(), min, 5, func(e rubric.Element) rubric.Element { return e }),
		func(es []rubric.Element) rubric.ElementSet { return rubric.MustElementSet(es...) })
}

// periodAround draws a period holding every deadline of the plan spec, or
// a year from the calendar's first term end when none is set.
func periodAround(t *rapid.T, spec goal.PlanSpec) goal.Period {
	start, _ := spec.Calendar.End(goal.Quarter1)
	end := start
	first := true
	for _, g := range spec.Goals {
		for _, b := range g.Benchmarks {
			d, ok := spec.Calendar.Resolve(b.Deadline())
			if !ok {
				continue
			}
			if first || d.Before(start) {
				start = d
			}
			if first || d.After(end) {
				end = d
			}
			first = false
		}
	}
	before := rapid.IntRange(0, 60).Draw(t, "periodBefore")
	after := rapid.IntRange(0, 60).Draw(t, "periodAfter")
	return goal.MustPeriod(start.AddDays(-before), end.AddDays(after))
}
