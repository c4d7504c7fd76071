package progress_test

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// The shared, labelled generators of the observation types for the
// property and state-machine tests.

var (
	// genStudent draws from a few IDs, some needing CSV quoting.
	genStudent = rapid.SampledFrom([]progress.StudentID{"S1", "S2", "S3", "a,b", `q"1`, "élève-7"})
	// genDate draws from the days around the 2026/27 year end (ISO week 53).
	genDate = rapid.Custom(func(t *rapid.T) goal.Date {
		return date("2026-12-21").AddDays(rapid.IntRange(0, 27).Draw(t, "day"))
	})
	genPeriod = rapid.SampledFrom([]string{"", "1", "2", "math", "3, art", `"x"`, " lead space"})
	genTEP    = rapid.Custom(func(t *rapid.T) rubric.TEP {
		return rubric.TEP(rapid.IntRange(0, 5).Draw(t, "tep"))
	})
	genIntensity = rapid.Custom(func(t *rapid.T) rubric.Intensity {
		return rubric.Intensity(rapid.IntRange(0, 5).Draw(t, "intensity"))
	})
	genProfile = rapid.Custom(func(t *rapid.T) rubric.SupportProfile {
		var p rubric.SupportProfile
		for _, e := range []rubric.Element{rubric.DeEscalation, rubric.Visual, rubric.Relationship} {
			p = p.With(e, genIntensity.Draw(t, e.Key()))
		}
		return p
	})
	genInterval = rapid.Custom(func(t *rapid.T) progress.Interval {
		return progress.Interval{
			Student:   genStudent.Draw(t, "student"),
			Date:      genDate.Draw(t, "date"),
			Period:    genPeriod.Draw(t, "period"),
			Minutes:   rapid.IntRange(progress.MinMinutes, progress.MaxMinutes).Draw(t, "minutes"),
			TEP:       genTEP.Draw(t, "tep"),
			Intensity: genIntensity.Draw(t, "intensity"),
			Profile:   genProfile.Draw(t, "profile"),
		}
	})
	genOpportunity = rapid.Custom(func(t *rapid.T) progress.Opportunity {
		return progress.Opportunity{
			Student:   genStudent.Draw(t, "student"),
			Date:      genDate.Draw(t, "date"),
			Skill:     rapid.SampledFrom([]string{rubric.SkillGroupWork, rubric.SkillCalmingDown}).Draw(t, "skill"),
			Rating:    rubric.SoftSkill(rapid.IntRange(0, 5).Draw(t, "rating")),
			Intensity: genIntensity.Draw(t, "intensity"),
		}
	})
	// genBenchmark draws TEP benchmarks of every band, support and focus.
	genBenchmark = rapid.Custom(func(t *rapid.T) goal.Benchmark {
		lo := rapid.IntRange(1, 5).Draw(t, "low")
		hi := rapid.IntRange(lo, 5).Draw(t, "high")
		var focus rubric.ElementSet
		if rapid.Bool().Draw(t, "focus") {
			focus = rubric.NewElementSet(rubric.DeEscalation, rubric.Visual)
		}
		return goal.MustBenchmark(goal.Spec{
			Measure:   goal.MeasureTEP,
			TEP:       rubric.MustBand(rubric.TEP(lo), rubric.TEP(hi)),
			Support:   goal.SupportAtMost(rubric.Intensity(rapid.IntRange(1, 5).Draw(t, "support"))),
			Threshold: 80,
			Focus:     focus,
		})
	})
)

// profileElements are the element columns the generated intervals use.
var profileElements = rubric.NewElementSet(rubric.DeEscalation, rubric.Visual, rubric.Relationship)
