package progress_test

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The shared, labelled generators of the observation types for the
// property and state-machine tests.

var (
	// genStudent draws from a few IDs, some needing CSV quoting.
	genStudent = rapid.SampledFrom([]goal.StudentID{"S1", "S2", "S3", "a,b", `q"1`, "élève-7"})
	// genDate draws from the days around the 2026/27 year end (ISO week 53).
	genDate = rapid.Custom(func(t *rapid.T) goal.Date {
		return date("2026-12-21").AddDays(rapid.IntRange(0, 27).Draw(t, "day"))
	})
	genPeriod    = rapid.SampledFrom([]string{"", "1", "2", "math", "3, art", `"x"`, " lead space"})
	genTEP       = gen.OrUnrated(gen.TEP())
	genIntensity = gen.OrUnrated(gen.Intensity())
	genProfile   = rapid.Custom(func(t *rapid.T) rubric.SupportProfile {
		var p rubric.SupportProfile
		for _, e := range []rubric.Element{rubric.DeEscalation, rubric.Visual, rubric.Relationship} {
			p = p.With(e, genIntensity.Draw(t, e.Key()))
		}
		return p
	})
	// genInterval draws a good row: a rated one records its overall
	// intensity, as the default reading rules require.
	genInterval = rapid.Custom(func(t *rapid.T) progress.Interval {
		iv := progress.Interval{
			Student:   genStudent.Draw(t, "student"),
			Date:      genDate.Draw(t, "date"),
			Period:    genPeriod.Draw(t, "period"),
			Minutes:   rapid.IntRange(progress.MinMinutes, progress.MaxMinutes).Draw(t, "minutes"),
			TEP:       genTEP.Draw(t, "tep"),
			Intensity: genIntensity.Draw(t, "intensity"),
			Profile:   genProfile.Draw(t, "profile"),
		}
		if iv.TEP != 0 && iv.Intensity == 0 {
			iv.Intensity = gen.Intensity().Draw(t, "recorded intensity")
		}
		return iv
	})
	// genIntervals draws good rows of distinct slots (student, date and
	// period): a file the default reading rules read whole.
	genIntervals = func(minLen, maxLen int) *rapid.Generator[[]progress.Interval] {
		return rapid.SliceOfNDistinct(genInterval, minLen, maxLen, slotOf)
	}
	genOpportunity = rapid.Custom(func(t *rapid.T) progress.Opportunity {
		o := progress.Opportunity{
			Student:   genStudent.Draw(t, "student"),
			Date:      genDate.Draw(t, "date"),
			Skill:     rapid.SampledFrom([]string{rubric.SkillGroupWork, rubric.SkillCalmingDown}).Draw(t, "skill"),
			Rating:    rubric.SoftSkill(rapid.IntRange(0, 5).Draw(t, "rating")),
			Intensity: genIntensity.Draw(t, "intensity"),
		}
		if o.Rating != 0 && o.Intensity == 0 {
			o.Intensity = gen.Intensity().Draw(t, "recorded intensity")
		}
		return o
	})
	// genBenchmark draws TEP benchmarks whose focus elements are among the
	// element columns the tests write (profileElements).
	genBenchmark = rapid.Custom(func(t *rapid.T) goal.Benchmark {
		spec := gen.BenchmarkOf(goal.MeasureTEP).Draw(t, "benchmark").Spec()
		spec.Focus &= profileElements
		return goal.MustBenchmark(spec)
	})
)

// slot is what makes two intervals the same one entered twice.
type slot struct {
	student goal.StudentID
	date    goal.Date
	period  string
}

func slotOf(iv progress.Interval) slot { return slot{iv.Student, iv.Date, iv.Period} }

// profileElements are the element columns the generated intervals use.
var profileElements = rubric.MustElementSet(rubric.DeEscalation, rubric.Visual, rubric.Relationship)
