package goal

import (
	"slices"

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
// The zero value is "no evidence": nothing met, nothing known. Package
// progress/assess derives it from the data (its plan assessment's
// Evidence); the team adds what the data cannot say (SkillDeficit,
// Mainstream).
type Evidence struct {
	// Met lists the benchmarks met as of the assessment. To find the rung
	// to work on, only the leading run of met rungs of each ladder counts;
	// the move from stage 1 needs only the engagement ladder's last rung.
	Met []BenchmarkRef
	// Missed lists the benchmarks whose deadline has passed unmet: their
	// verdict is final. When the rung a goal works on is one of them, the
	// advice says so ([ReasonDeadlineMissed], [GoalStep.Missed]) rather
	// than "keep working toward it".
	Missed []BenchmarkRef
	// Intensity is the student's current overall intensity of support (0
	// when not known).
	Intensity rubric.Intensity
	// TEPBand is the TEP band measured over the recent window — the band
	// of the TEP goal's current benchmark, which in stages 2–4 is the band
	// the stage maintains (3–5) — and TEPInBand the percent of the window's
	// rated minutes whose TEP rating was in it, whatever the support
	// (0–100). The zero band means TEP is not known.
	TEPBand   rubric.Band[rubric.TEP]
	TEPInBand float64
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

// Reason is which rule of [AdviceRules.Advise] gave the advice: the why
// that package template words ("TEP was in its band for only 62% of the
// rated minutes…"). The zero value is unset.
type Reason uint8

// The reasons advice is given, one per rule.
const (
	ReasonNoStage         Reason = iota + 1 // the student's stage is not set
	ReasonOtherStage                        // the plan is for another stage (Advice.PlanStage)
	ReasonTEPFell                           // TEP fell below the held percent in a stage that maintains it: step support up
	ReasonTEPFellAtMost                     // TEP fell, but support is already at its most (level 5): review the plan
	ReasonEngagementMet                     // stage 1's last engagement benchmark is met: move to stage 2
	ReasonMainstreamReady                   // TEP holds at level 1 support with enough mainstream time: move to stage 4
	ReasonSkillDeficit                      // the team names an outlying soft-skill deficit: move to stage 3
	ReasonNextBenchmark                     // a rung is met: work toward the next (Advice.Next)
	ReasonNotMetYet                         // the first rung is not met yet: keep working toward it
	ReasonNoPlan                            // there is no plan for the stage yet
	ReasonPlanComplete                      // every benchmark of the plan is met
	ReasonDeadlineMissed                    // the rung to work on was not met by its deadline: the team reviews it (Advice.Next)
)

var reasons = enum.New[Reason]("Reason", "unset", "no-stage", "other-stage", "tep-fell", "tep-fell-at-most",
	"engagement-met", "mainstream-ready", "skill-deficit", "next-benchmark", "not-met-yet", "no-plan", "plan-complete", "deadline-missed")

// String returns the reason's key ("tep-fell"), "unset", or "%!Reason(9)".
func (r Reason) String() string { return reasons.String(r) }

// IsValid reports whether r is a declared reason (not the zero value).
func (r Reason) IsValid() bool { return reasons.Valid(r) }

// Advice is the recommendation of [Advise]: what to do, and the facts the
// reason rests on, which package template words. It carries no words.
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
	// Reason is the rule that gave the advice.
	Reason Reason
	// From is the stage the advice was asked for (Stage is where to go).
	From Stage
	// PlanStage is the plan's stage, for [ReasonOtherStage].
	PlanStage Stage
	// Intensity is the support level the reason speaks of: the level TEP
	// fell at ([ReasonTEPFell], [ReasonTEPFellAtMost]) or the current level
	// ([ReasonMainstreamReady]); 0 otherwise.
	Intensity rubric.Intensity
	// Maintained is the TEP band the stage maintains (3–5 in stages 2–4).
	Maintained rubric.Band[rubric.TEP]
	// TEPBand, TEPInBand, Mainstream and HeldPercent are the evidence and
	// rule the reason rests on (see [Evidence] and [AdviceRules]).
	TEPBand     rubric.Band[rubric.TEP]
	TEPInBand   float64
	Mainstream  int
	HeldPercent float64
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
	// Missed reports that Next was not met by its deadline
	// ([Evidence.Missed]).
	Missed bool
}

// Complete reports whether every rung of the goal's ladder is met.
func (s GoalStep) Complete() bool { return s.Next == noRef }

// AdviceRules holds the numbers the advancement rules need beyond the
// program's documents, each our choice. The zero value asks for the
// defaults, [DefaultAdviceRules]; a field left 0 takes its default.
type AdviceRules struct {
	// MainstreamPercent is the least percent of the day in the mainstream
	// classroom for a move to stage 4 ("spending increased amounts of time
	// in the mainstream classroom"); 0 means 50, half the day.
	MainstreamPercent int
	// HeldPercent is the percent of the recent window's rated minutes that
	// must be in the TEP band for TEP to count as held ([Evidence.TEPInBand]):
	// below it, in a stage that maintains TEP, support steps back up; at or
	// above it TEP holds for a move to stage 4. 0 means 90, the program's
	// own bar for the day ("90% or more of the day"): the student is judged
	// to hold the band by the standard the benchmarks set.
	HeldPercent float64
}

// DefaultAdviceRules are the rules [Advise] uses: half the day in the
// mainstream classroom for a move to stage 4, and TEP held when 90% of the
// rated minutes are in band.
var DefaultAdviceRules = AdviceRules{MainstreamPercent: 50, HeldPercent: 90}

// withDefaults fills the fields left 0.
func (r AdviceRules) withDefaults() AdviceRules {
	if r.MainstreamPercent == 0 {
		r.MainstreamPercent = DefaultAdviceRules.MainstreamPercent
	}
	if r.HeldPercent == 0 {
		r.HeldPercent = DefaultAdviceRules.HeldPercent
	}
	return r
}

// Advise recommends the next step for a student at the given stage with the
// given plan and evidence, using [DefaultAdviceRules]; see [AdviceRules.Advise].
func Advise(stage Stage, plan Plan, ev Evidence) Advice {
	return DefaultAdviceRules.Advise(stage, plan, ev)
}

// Advise recommends the next step. It is a pure function of its arguments.
// The rules (our choice, from the program's narrative), first match wins:
//
//  1. Step support back up: in a stage that maintains TEP (2–4), when TEP
//     was in its band for less than r.HeldPercent of the recent rated
//     minutes, support goes back up one level from the current intensity
//     (or, when that is unknown, from the current rung's limit) — "we push
//     for performance only once there is safety". At level 5 there is no
//     level to step up to, and the team reviews the plan.
//  2. Next stage: 1 → 2 once the engagement ladder's last (90%) benchmark
//     is in Evidence.Met (the rungs below it need not be listed: meeting it
//     means the lower thresholds were reached as well); 2 or 3 → 4 once TEP
//     holds (at least r.HeldPercent in the maintained band), intensity is at
//     level 1 or less and the mainstream share reaches r.MainstreamPercent;
//     2 → 3 when the team names an outlying soft-skill deficit.
//  3. Next benchmark: a goal whose first rungs are met but not all of them.
//  4. Stay: otherwise, naming the benchmark still to reach.
//
// Action and Next follow the first goal that matches; the advice still
// covers every goal of the plan: [Advice.Steps] gives each goal's rung to
// work on. The [Reason] says which rule applied, and the facts it rests on
// are in the Advice, for package template to word.
//
// A plan for another stage than stage gives [ActionStay] with
// [ReasonOtherStage].
func (r AdviceRules) Advise(stage Stage, plan Plan, ev Evidence) Advice {
	r = r.withDefaults()
	base := Advice{Action: ActionStay, Stage: stage, From: stage, Next: noRef, PlanStage: plan.stage,
		Maintained: stage.Profile().MaintainedTEP, TEPBand: ev.TEPBand, TEPInBand: ev.TEPInBand,
		Mainstream: ev.Mainstream, HeldPercent: r.HeldPercent}
	switch {
	case !stage.IsValid():
		base.Reason = ReasonNoStage
		return base
	case !plan.IsZero() && plan.Stage() != stage:
		base.Reason = ReasonOtherStage
		return base
	}
	met := metRungs(plan, ev.Met)
	if a, ok := r.stepUp(base, plan, ev, met); ok {
		a.Steps = goalSteps(plan, met, ev.Missed)
		return a
	}
	if a, ok := r.nextStage(base, plan, ev); ok {
		return a
	}
	a := onLadder(base, plan, met, ev.Missed)
	a.Steps = goalSteps(plan, met, ev.Missed)
	return a
}

// goalSteps returns one [GoalStep] per goal, from the leading met rungs.
func goalSteps(plan Plan, met []int, missed []BenchmarkRef) []GoalStep {
	if len(met) == 0 {
		return nil
	}
	out := make([]GoalStep, len(met))
	for g, k := range met {
		out[g] = GoalStep{Goal: g, Met: k, Next: noRef}
		if k < plan.Goal(g).Len() {
			out[g].Next = BenchmarkRef{g, k}
			out[g].Missed = slices.Contains(missed, out[g].Next)
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

// held reports whether the evidence says TEP held its band.
func (r AdviceRules) held(ev Evidence) bool {
	return ev.TEPBand.IsValid() && ev.TEPInBand >= r.HeldPercent
}

func (r AdviceRules) stepUp(a Advice, plan Plan, ev Evidence, met []int) (Advice, bool) {
	if !a.Maintained.IsValid() || !ev.TEPBand.IsValid() || r.held(ev) {
		return Advice{}, false
	}
	current := ev.Intensity
	if current == 0 {
		current = currentLimit(plan, met)
	}
	a.Intensity = current
	if current == 0 || current >= rubric.IntensityExtreme {
		a.Reason = ReasonTEPFellAtMost
		return a, true
	}
	a.Action, a.Support, a.Reason = ActionStepSupportUp, MustSupportAtMost(current+1), ReasonTEPFell
	return a, true
}

// currentLimit returns the support limit of the rung the student works on
// in the plan's first TEP goal (engagement or intensity): its first unmet
// rung, or its last rung when all are met. It returns 0 when the plan has no
// TEP goal. Soft-skill goals are skipped: the support being lowered is the
// intensity ladder's.
func currentLimit(plan Plan, met []int) rubric.Intensity {
	if g := FirstTEPGoal(plan); g >= 0 {
		goal := plan.Goal(g)
		return goal.Benchmark(min(met[g], goal.Len()-1)).Support().Limit()
	}
	return 0
}

// FirstTEPGoal returns the index of the plan's first TEP goal (engagement
// or intensity) with a ladder, or -1: the goal whose support a step up
// changes, and whose current benchmark is measured for [Evidence.TEPBand].
func FirstTEPGoal(plan Plan) int {
	for g := range plan.Len() {
		if goal := plan.Goal(g); goal.Target().Measure() == MeasureTEP && goal.Len() > 0 {
			return g
		}
	}
	return -1
}

func (r AdviceRules) nextStage(a Advice, plan Plan, ev Evidence) (Advice, bool) {
	next := func(to Stage, why Reason) (Advice, bool) {
		a.Action, a.Stage, a.Reason = ActionNextStage, to, why
		return a, true
	}
	switch a.From {
	case StageNewToProgram:
		for g, goal := range plan.goals {
			if k := goal.Len(); goal.Target() == TargetEngagement && k > 0 && slices.Contains(ev.Met, BenchmarkRef{g, k - 1}) {
				return next(StageMaintaining, ReasonEngagementMet)
			}
		}
	case StageMaintaining, StageSkillDeficit:
		holds := r.held(ev) && ev.TEPBand.Low() >= a.Maintained.Low()
		if holds && ev.Intensity == rubric.IntensityMinimal && ev.Mainstream >= r.MainstreamPercent {
			a.Intensity = ev.Intensity
			return next(StageMainstream, ReasonMainstreamReady)
		}
		if a.From == StageMaintaining && ev.SkillDeficit {
			return next(StageSkillDeficit, ReasonSkillDeficit)
		}
	}
	return Advice{}, false
}

// onLadder advises on the plan's ladders when no stage change applies. The
// Action and Next follow the first goal with a next rung to climb, else the
// first goal not started.
func onLadder(a Advice, plan Plan, met []int, missed []BenchmarkRef) Advice {
	for g, k := range met {
		if k > 0 && k < plan.Goal(g).Len() {
			a.Action, a.Next, a.Reason = ActionNextBenchmark, BenchmarkRef{g, k}, ReasonNextBenchmark
			break
		}
	}
	for g, k := range met {
		if a.Next == noRef && k == 0 && plan.Goal(g).Len() > 0 {
			a.Next, a.Reason = BenchmarkRef{g, 0}, ReasonNotMetYet
		}
	}
	switch {
	case plan.Len() == 0:
		a.Reason = ReasonNoPlan
	case a.Next == noRef:
		a.Reason = ReasonPlanComplete
	case slices.Contains(missed, a.Next):
		a.Reason = ReasonDeadlineMissed
	}
	return a
}
