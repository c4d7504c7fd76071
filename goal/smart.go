package goal

import (
	"fmt"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"
)

// Criterion is one letter of SMART, as IEP guidance writes goals: specific, measurable,
// active, realistic and relevant, time-limited. The zero value is unset.
type Criterion uint8

// The SMART criteria.
const (
	CriterionSpecific    Criterion = iota + 1 // S: says exactly what is targeted
	CriterionMeasurable                       // M: measured objectively, from a stated present level
	CriterionActive                           // A: names who does what
	CriterionRelevant                         // R: realistic and relevant to the student's stage
	CriterionTimeLimited                      // T: deadlines and a review date
)

var criteria = enum.New[Criterion]("Criterion", "unset", "specific", "measurable", "active", "relevant", "time-limited")

// String returns the criterion's key ("time-limited"), "unset", or "%!Criterion(9)".
func (c Criterion) String() string { return criteria.String(c) }

// Severity says how much a SMART finding matters. The zero value is unset.
type Severity uint8

// The severities of a finding, least first.
const (
	SeverityNote    Severity = iota + 1 // worth a look; the goal still reads well
	SeverityWarning                     // the goal misses a SMART criterion
)

var severities = enum.New[Severity]("Severity", "unset", "note", "warning")

// String returns "note" or "warning", "unset", or "%!Severity(9)".
func (s Severity) String() string { return severities.String(s) }

// Finding is one observation of a SMART review. Unlike a validation error it
// does not make the goal invalid: a goal written on a blank form has no
// deadlines and is still a goal. Goal and Benchmark are indices as in
// [BenchmarkError] (-1 for the plan's or the goal's own findings).
type Finding struct {
	Goal, Benchmark int
	Criterion       Criterion
	Severity        Severity
	Message         string // what was found, in words a team can read
}

// String returns "warning time-limited goals[0].benchmarks[2]: no deadline".
func (f Finding) String() string {
	loc := (&BenchmarkError{Goal: f.Goal, Benchmark: f.Benchmark}).Path()
	return strings.TrimSpace(fmt.Sprintf("%s %s %s", f.Severity, f.Criterion, loc)) + ": " + f.Message
}

// The chart's largest steps between consecutive rungs, beyond which
// [ReviewGoal] reports a step as unrealistic (our reading of the chart).
const (
	maxSupportStep   = 1  // one intensity level per rung
	maxBandStep      = 1  // one proficiency level per band
	maxThresholdStep = 25 // 50 → 75 is the chart's largest rise
)

// ReviewGoal reviews one goal against SMART and returns its
// findings in ladder order (Goal index 0):
//
//   - time-limited: a benchmark without a deadline, a goal without a review date (warnings);
//     a benchmark due before the goal's review date (a note: progress toward
//     it is reviewed only after it is due), where the two can be ordered —
//     a date deadline here, a term deadline too in [ReviewPlan], which
//     places it with the plan's calendar;
//   - active: no responsible role (warning);
//   - measurable: no present level of performance (note);
//   - relevant: a target the stage does not use (warning), and a ladder
//     step larger than the chart's — support lowered by more than one
//     level, a band raised by more than one level, a threshold raised by
//     more than 25 points (notes, as "realistic").
func ReviewGoal(g Goal) []Finding { return reviewGoal(g, 0, Calendar{}) }

func reviewGoal(g Goal, gi int, cal Calendar) []Finding {
	var out []Finding
	add := func(b int, c Criterion, s Severity, format string, args ...any) {
		out = append(out, Finding{Goal: gi, Benchmark: b, Criterion: c, Severity: s, Message: fmt.Sprintf(format, args...)})
	}
	if !g.Stage().Profile().Allows(g.Target()) {
		add(-1, CriterionRelevant, SeverityWarning, "a %s goal is not one the chart uses in stage %d (%s)", g.Target(), g.Stage().Number(), g.Stage().Title())
	}
	if g.Review().IsZero() {
		add(-1, CriterionTimeLimited, SeverityWarning, "no review date is set")
	}
	if len(g.spec.Responsible) == 0 {
		add(-1, CriterionActive, SeverityWarning, "no one is named responsible for helping meet the goal")
	}
	if strings.TrimSpace(g.PresentLevel()) == "" {
		add(-1, CriterionMeasurable, SeverityNote, "the present level of performance is not stated")
	}
	for i, b := range g.spec.Benchmarks {
		if b.Deadline().IsZero() {
			add(i, CriterionTimeLimited, SeverityWarning, "no deadline")
		}
		if due, ok := cal.Resolve(b.Deadline()); ok && g.Review().IsValid() && due.Before(g.Review()) {
			add(i, CriterionTimeLimited, SeverityNote, "due %v, before the goal's review date %v: progress toward it is reviewed only after it is due", due, g.Review())
		}
		if i == 0 {
			continue
		}
		prev := g.spec.Benchmarks[i-1]
		if drop := int(prev.Support().Limit()) - int(b.Support().Limit()); drop > maxSupportStep {
			add(i, CriterionRelevant, SeverityNote, "support drops %d levels in one step (%s to %s); the chart lowers it one level at a time", drop, prev.Support(), b.Support())
		}
		if rise := b.BandLow() - prev.BandLow(); rise > maxBandStep {
			add(i, CriterionRelevant, SeverityNote, "the band rises %d levels in one step; the chart raises it one level at a time", rise)
		}
		if rise := b.Threshold() - prev.Threshold(); rise > maxThresholdStep {
			add(i, CriterionRelevant, SeverityNote, "the threshold rises %d points in one step; the chart's largest step is %d", rise, maxThresholdStep)
		}
	}
	return out
}

// ReviewPlan reviews every goal of the plan ([ReviewGoal], with term
// deadlines placed by the plan's calendar) and the plan as a whole: a plan
// without a period gets a time-limited warning, and in stage 3 the chart
// pairs an intensity goal with a soft-skill goal, so a plan missing either
// gets a relevance warning (Goal -1 for both).
func ReviewPlan(p Plan) []Finding {
	var out []Finding
	if p.period.IsZero() {
		out = append(out, Finding{Goal: -1, Benchmark: -1, Criterion: CriterionTimeLimited, Severity: SeverityWarning,
			Message: "the plan's period (when it starts and ends) is not set"})
	}
	targets := map[Target]bool{}
	for i, g := range p.goals {
		out = append(out, reviewGoal(g, i, p.calendar)...)
		targets[g.Target()] = true
	}
	if p.stage == StageSkillDeficit {
		for _, t := range []Target{TargetIntensity, TargetSoftSkill} {
			if !targets[t] {
				out = append(out, Finding{Goal: -1, Benchmark: -1, Criterion: CriterionRelevant, Severity: SeverityWarning,
					Message: fmt.Sprintf("stage 3 pairs an intensity goal with a soft-skill goal; this plan has no %s goal", t)})
			}
		}
	}
	return out
}
