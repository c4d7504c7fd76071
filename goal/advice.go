package goal

import (
	"fmt"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/rubric"
)

// BenchmarkRef points at one benchmark of a plan: goal index and benchmark
// index, both from 0.
type BenchmarkRef struct {
	Goal, Benchmark int
}

// noRef is the BenchmarkRef of "no benchmark".
var noRef = BenchmarkRef{-1, -1}

// Evidence is what a team knows at an assessment, the input of [Advise].
// The zero value is "no evidence": nothing met, nothing known.
type Evidence struct {
	// Met lists the benchmarks met as of the assessment (package progress
	// decides "met"). To find the rung to work on, only the leading run of
	// met rungs of each ladder counts; the move from stage 1 needs only the
	// engagement ladder's last rung.
	Met []BenchmarkRef
	// Intensity is the student's current overall intensity of support (0
	// when not known).
	Intensity rubric.Intensity
	// TEPHeld is the band the student's TEP ratings have held over the
	// recent window, e.g. 3–5; the zero band when not known.
	TEPHeld rubric.Band[rubric.TEP]
	// SkillDeficit reports that the team names an outlying soft-skill deficit.
	SkillDeficit bool
	// Mainstream is the percent of the school day spent in the mainstream
	// classroom, 0–100.
	Mainstream int
}

// Action is the kind of step [Advise] recommends. The zero value is unset.
type Action uint8

// The steps a team can take after an assessment.
const (
	ActionStay          Action = iota + 1 // keep working on the current benchmark
	ActionNextBenchmark                   // the current benchmark is met: work toward the next rung
	ActionNextStage                       // the stage's aim is reached: write a plan for the next stage
	ActionStepSupportUp                   // TEP fell while support was lowered: step support back up one level
)

var actions = enum.New[Action]("Action", "unset", "stay", "next-benchmark", "next-stage", "step-support-up")

// String returns the action's key ("next-stage"), "unset", or "%!Action(9)".
func (a Action) String() string { return actions.String(a) }

// Advice is the recommendation of [Advise].
type Advice struct {
	// Action is the recommended step.
	Action Action
	// Stage is the stage to be in next: the next stage for
	// [ActionNextStage], the current stage otherwise.
	Stage Stage
	// Next is the benchmark to work toward (for [ActionStay] and
	// [ActionNextBenchmark]), or {-1, -1} when there is none.
	Next BenchmarkRef
	// Support is the support to step back up to, for [ActionStepSupportUp]
	// ("level 3 intensity of support or less"); zero otherwise.
	Support Support
	// Steps says, for every goal of the plan in plan order, where its
	// ladder stands and which rung to work on next, so that the advice
	// covers each goal of a two-goal plan (stage 3's intensity and
	// soft-skill goals, stage 4's soft skills), not only the one Next
	// names. It is empty for [ActionNextStage] (the plan gives way to the
	// next stage's), and when there is no plan, no valid stage or a plan
	// for another stage.
	Steps []GoalStep
	// Reason explains the advice in words a team can read; benchmarks and
	// goals are numbered from 1 there, as on the form. For a plan of more
	// than one goal it names each goal, its current rung and what to do
	// next for it.
	Reason string
}

// GoalStep is where one goal of a plan stands in an [Advice]. The zero
// value is not meaningful; [Advise] fills every field.
type GoalStep struct {
	// Goal is the goal's index in the plan, from 0.
	Goal int
	// Met is how many leading rungs of the goal's ladder are met (see
	// [Evidence.Met]).
	Met int
	// Next is the rung to work toward: the first one not met, or {-1, -1}
	// when the whole ladder is met.
	Next BenchmarkRef
}

// Complete reports whether every rung of the goal's ladder is met.
func (s GoalStep) Complete() bool { return s.Next == noRef }

// AdviceRules holds the numbers the advancement rules need beyond the seed.
// The zero value requires no mainstream time; use [DefaultAdviceRules].
type AdviceRules struct {
	// MainstreamPercent is the least percent of the day in the mainstream
	// classroom for a move to stage 4 ("spending increased amounts of time
	// in the mainstream classroom"; the number is our choice).
	MainstreamPercent int
}

// DefaultAdviceRules are the rules [Advise] uses: half the day in the
// mainstream classroom for a move to stage 4.
var DefaultAdviceRules = AdviceRules{MainstreamPercent: 50}

// Advise recommends the next step for a student at the given stage with the
// given plan and evidence, using [DefaultAdviceRules]; see [AdviceRules.Advise].
func Advise(stage Stage, plan Plan, ev Evidence) Advice {
	return DefaultAdviceRules.Advise(stage, plan, ev)
}

// Advise recommends the next step. It is a pure function of its arguments.
// The rules (our choice, from the seed's narrative; DOMAIN.md §2), first
// match wins:
//
//  1. Step support back up: in a stage that maintains TEP (2–4), when the
//     band TEP held falls below the maintained band (3–5), support goes back
//     up one level from the current intensity (or, when that is unknown,
//     from the current rung's limit) — "we push for performance only once
//     there is safety" (seed 002).
//  2. Next stage: 1 → 2 once the engagement ladder's last (90%) benchmark
//     is in Evidence.Met (the rungs below it need not be listed); 2 or 3 → 4 once TEP holds in band, intensity is at level 1 or
//     less and the mainstream share reaches r.MainstreamPercent; 2 → 3 when
//     the team names an outlying soft-skill deficit.
//  3. Next benchmark: a goal whose first rungs are met but not all of them.
//  4. Stay: otherwise, naming the benchmark still to reach.
//
// Action and Next follow the first goal that matches; the advice still
// covers every goal of the plan: [Advice.Steps] gives each goal's rung to
// work on, and for a plan of several goals (stage 3's intensity and
// soft-skill goals, stage 4's two soft skills) the reason names each goal,
// its current rung and what to do next for it — after a step up of support,
// for the goals other than the intensity goal.
//
// A plan for another stage than stage gives [ActionStay] with a reason.
func (r AdviceRules) Advise(stage Stage, plan Plan, ev Evidence) Advice {
	stay := Advice{Action: ActionStay, Stage: stage, Next: noRef}
	switch {
	case !stage.IsValid():
		stay.Reason = "the student's stage is not set; choose the stage before asking for advice"
		return stay
	case !plan.IsZero() && plan.Stage() != stage:
		stay.Reason = fmt.Sprintf("the plan is for stage %d (%s), not stage %d; write a plan for the current stage", plan.Stage().Number(), plan.Stage().Title(), stage.Number())
		return stay
	}
	met := metRungs(plan, ev.Met)
	if a, ok := stepUp(stage, plan, ev, met); ok {
		a.Reason += meanwhile(plan, met)
		a.Steps = goalSteps(plan, met)
		return a
	}
	if a, ok := r.nextStage(stage, plan, ev); ok {
		return a
	}
	a := onLadder(stage, plan, met)
	a.Steps = goalSteps(plan, met)
	return a
}

// goalSteps returns one [GoalStep] per goal, from the leading met rungs.
func goalSteps(plan Plan, met []int) []GoalStep {
	if len(met) == 0 {
		return nil
	}
	out := make([]GoalStep, len(met))
	for g, k := range met {
		out[g] = GoalStep{Goal: g, Met: k, Next: noRef}
		if k < plan.Goal(g).Len() {
			out[g].Next = BenchmarkRef{g, k}
		}
	}
	return out
}

// metRungs returns, per goal, how many leading rungs of its ladder are met.
func metRungs(plan Plan, refs []BenchmarkRef) []int {
	isMet := make(map[BenchmarkRef]bool, len(refs))
	for _, r := range refs {
		isMet[r] = true
	}
	out := make([]int, plan.Len())
	for g := range out {
		for out[g] < plan.Goal(g).Len() && isMet[BenchmarkRef{g, out[g]}] {
			out[g]++
		}
	}
	return out
}

func stepUp(stage Stage, plan Plan, ev Evidence, met []int) (Advice, bool) {
	band := stage.Profile().MaintainedTEP
	if !band.IsValid() || !ev.TEPHeld.IsValid() || ev.TEPHeld.Low() >= band.Low() {
		return Advice{}, false
	}
	current := ev.Intensity
	if current == 0 {
		current = currentLimit(plan, met)
	}
	if current == 0 || current >= rubric.IntensityExtreme {
		return Advice{Action: ActionStay, Stage: stage, Next: noRef,
			Reason: fmt.Sprintf("TEP has fallen to %d-%d, below the %d-%d the stage maintains, and support cannot be stepped up from the current level; the team reviews the plan", ev.TEPHeld.Low(), ev.TEPHeld.High(), band.Low(), band.High())}, true
	}
	up := current + 1
	return Advice{Action: ActionStepSupportUp, Stage: stage, Next: noRef, Support: MustSupportAtMost(up),
		Reason: fmt.Sprintf("TEP has fallen to %d-%d, below the %d-%d the stage maintains, while support was at level %d; step support back up to level %d and lower it again once TEP holds (we push for performance only once there is safety)",
			ev.TEPHeld.Low(), ev.TEPHeld.High(), band.Low(), band.High(), current, up)}, true
}

// currentLimit returns the support limit of the rung the student works on
// in the plan's first TEP goal (engagement or intensity): its first unmet
// rung, or its last rung when all are met. It returns 0 when the plan has no
// TEP goal. Soft-skill goals are skipped: the support being lowered is the
// intensity ladder's.
func currentLimit(plan Plan, met []int) rubric.Intensity {
	if g := firstTEPGoal(plan); g >= 0 {
		goal := plan.Goal(g)
		return goal.Benchmark(min(met[g], goal.Len()-1)).Support().Limit()
	}
	return 0
}

// firstTEPGoal returns the index of the plan's first TEP goal (engagement
// or intensity) with a ladder, or -1.
func firstTEPGoal(plan Plan) int {
	for g := range plan.Len() {
		if goal := plan.Goal(g); goal.Target().Measure() == MeasureTEP && goal.Len() > 0 {
			return g
		}
	}
	return -1
}

func (r AdviceRules) nextStage(stage Stage, plan Plan, ev Evidence) (Advice, bool) {
	next := func(to Stage, format string, args ...any) (Advice, bool) {
		return Advice{Action: ActionNextStage, Stage: to, Next: noRef, Reason: fmt.Sprintf(format, args...)}, true
	}
	band := stage.Profile().MaintainedTEP
	switch stage {
	case StageNewToProgram:
		for g, goal := range plan.goals {
			// The 90% rung met is enough (DOMAIN.md §2): meeting it means
			// the lower thresholds were reached as well.
			if k := goal.Len(); goal.Target() == TargetEngagement && k > 0 && slices.Contains(ev.Met, BenchmarkRef{g, k - 1}) {
				last := goal.Benchmark(k - 1)
				return next(StageMaintaining, "the engagement goal's last benchmark (TEP %d-%d for %d%% of the day) is met; move to stage 2 and start lowering the intensity of support",
					last.BandLow(), last.BandHigh(), last.Threshold())
			}
		}
	case StageMaintaining, StageSkillDeficit:
		holds := ev.TEPHeld.IsValid() && ev.TEPHeld.Low() >= band.Low()
		if holds && ev.Intensity == rubric.IntensityMinimal && ev.Mainstream >= r.MainstreamPercent {
			return next(StageMainstream, "TEP holds at %d-%d with intensity at level 1 and %d%% of the day in the mainstream classroom; move to stage 4 and build soft skills across settings",
				ev.TEPHeld.Low(), ev.TEPHeld.High(), ev.Mainstream)
		}
		if stage == StageMaintaining && ev.SkillDeficit {
			return next(StageSkillDeficit, "the team names an outlying soft-skill deficit; move to stage 3 and add a soft-skill goal beside the intensity goal")
		}
	}
	return Advice{}, false
}

// onLadder advises on the plan's ladders when no stage change applies. The
// Action and Next follow the first goal with a next rung to climb, else the
// first goal not started; the reason of a plan with several goals speaks
// of each of them ([everyGoal]).
func onLadder(stage Stage, plan Plan, met []int) Advice {
	a := Advice{Action: ActionStay, Stage: stage, Next: noRef}
	for g, k := range met {
		if k > 0 && k < plan.Goal(g).Len() {
			a.Action, a.Next = ActionNextBenchmark, BenchmarkRef{g, k}
			a.Reason = fmt.Sprintf("benchmark %d of goal %d is met; work toward benchmark %d", k, g+1, k+1)
			break
		}
	}
	for g, k := range met {
		if a.Next == noRef && k == 0 && plan.Goal(g).Len() > 0 {
			a.Next = BenchmarkRef{g, 0}
			a.Reason = fmt.Sprintf("benchmark 1 of goal %d is not met yet; keep working toward it", g+1)
		}
	}
	switch {
	case plan.Len() == 0:
		a.Reason = "there is no plan yet; write one for the stage"
	case a.Next == noRef:
		a.Reason = "every benchmark of the plan is met; " + completeHint(stage)
	case plan.Len() > 1:
		a.Reason = everyGoal(plan, met, -1)
	}
	return a
}

// everyGoal words, for each goal of the plan but skip, its current rung and
// what to do next for it: "goal 1 (intensity): benchmark 2 is met, work
// toward benchmark 3 (TEP 3-5 for 90% of the day, support 3-or-less); goal
// 2 (working successfully in a group): …".
func everyGoal(plan Plan, met []int, skip int) string {
	var parts []string
	for g, k := range met {
		if g != skip {
			parts = append(parts, goalClause(plan.Goal(g), g, k))
		}
	}
	return strings.Join(parts, "; ")
}

// meanwhile words the goals other than the plan's first TEP goal, whose
// support a step up changes, for a plan with more than one goal; "" otherwise.
func meanwhile(plan Plan, met []int) string {
	if plan.Len() < 2 {
		return ""
	}
	return "; meanwhile " + everyGoal(plan, met, firstTEPGoal(plan))
}

// goalClause words one goal's place on its ladder, k leading rungs met.
func goalClause(gl Goal, g, k int) string {
	name := fmt.Sprintf("goal %d (%s)", g+1, goalName(gl))
	switch n := gl.Len(); {
	case n == 0:
		return name + ": no benchmarks yet, write its ladder"
	case k >= n:
		return fmt.Sprintf("%s: all %d benchmarks are met", name, n)
	case k == 0:
		return fmt.Sprintf("%s: benchmark 1 (%s) is not met yet, keep working toward it", name, rungText(gl.Benchmark(0)))
	}
	return fmt.Sprintf("%s: benchmark %d is met, work toward benchmark %d (%s)", name, k, k+1, rungText(gl.Benchmark(k)))
}

// goalName names a goal by its target, a soft-skill goal by its skill area.
func goalName(gl Goal) string {
	if gl.Target() == TargetSoftSkill && !gl.Skill().IsZero() {
		return gl.Skill().Phrase()
	}
	return gl.Target().String()
}

// rungText describes a benchmark in a few words: "TEP 3-5 for 90% of the
// day, support 3-or-less" or "3-4 in 80% of opportunities, support 1-or-less".
func rungText(b Benchmark) string {
	var s string
	if b.Measure() == MeasureSoftSkill {
		s = fmt.Sprintf("%d-%d in %d%% of opportunities", b.BandLow(), b.BandHigh(), b.Threshold())
	} else {
		s = fmt.Sprintf("TEP %d-%d for %d%% of the day", b.BandLow(), b.BandHigh(), b.Threshold())
	}
	if sup := b.Support(); !sup.IsZero() {
		s += ", support " + sup.String()
	}
	return s
}

func completeHint(stage Stage) string {
	switch stage {
	case StageMaintaining, StageSkillDeficit:
		return "the student moves to stage 4 once TEP holds in band with intensity at level 1 or less and more of the day is spent in the mainstream classroom"
	case StageMainstream:
		return "the team reviews the plan and may target another soft skill"
	}
	return "the team reviews the plan"
}
