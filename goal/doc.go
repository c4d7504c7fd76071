// Package goal models the therapeutic program's goal system — the four goal
// stages, benchmarks, goals and their benchmark ladders, plans, validation,
// SMART review and stage advice — as immutable values that carry no wording
// and no student name.
//
// # Stages
//
// A [Stage] is a column of the program's goal-development chart:
// [StageNewToProgram], [StageMaintaining], [StageSkillDeficit] and
// [StageMainstream]. [Stage.Profile] returns the chart's facts as data
// ([StageProfile]): how many goals, which scales, the minimum number of focus
// elements, the TEP band maintained, the typical support, the aim and the
// kinds of goal ([Target]).
//
// # Benchmarks
//
// A [Benchmark] is one rung of a ladder: a [Measure] (TEP over the day, or
// proficiency in one soft-skill area), a rating band on that measure's scale,
// a [Support] condition, a threshold percent, a [Basis] that follows from the
// measure, a [Deadline] (a [Date], the end of a [Term], or unset) and the
// therapeutic elements it focuses on. What a benchmark measures (our
// choice):
//
//   - percent of the day = qualifying minutes ÷ rated minutes × 100, and
//     percent of opportunities = qualifying opportunities ÷ rated
//     opportunities × 100; unrated intervals count in neither;
//   - an interval qualifies when its rating is in the band and the support
//     condition holds ([Benchmark.QualifiesInterval],
//     [Benchmark.QualifiesOpportunity]); the band is read as written, so a
//     rating above it does not count ("between a 2 and 3" is a 2 or a 3).
//     TEP bands reach 5, so this matters only on the soft-skill ladder,
//     where a student rated above a rung's band is measured on the next rung;
//   - the support condition bounds support from above only: "level 3 or
//     less" holds when the overall intensity and every recorded focus
//     element are ≤ 3; "level 4 to 5" counts up to 5, so doing well under
//     less support still counts; independent means intensity ≤ 1.
//
// # Goals and plans
//
// A [Goal] has a stage, a [Target], an ordered ladder of benchmarks, focus
// elements, a review date, responsible [Role] values and a
// free-text present level of performance. A [Plan] is one student's goals
// for one stage; the student is identified, if at all, by an opaque ID.
// Both are built from plain specs ([GoalSpec], [PlanSpec]) by [NewGoal] and
// [NewPlan], which validate. [StandardPlan], [EngagementLadder],
// [IntensityLadder] and [SoftSkillLadder] build the chart's ladders.
//
// Choices of ours where the program's documents are silent, each documented where it
// applies: the intensity ladder goes on to independent by default
// ([LadderOptions]); the stage-3 soft-skill ladder runs under the support the
// intensity ladder starts from; a ladder's rating band never falls; the
// advancement rules of [AdviceRules.Advise], including the mainstream share
// for stage 4; the SMART step sizes of [ReviewGoal].
//
// # Validation and review
//
// [GoalSpec.Validate] and [PlanSpec.Validate] report every problem at once;
// [GoalSpec.ValidateWith] takes a [Calendar] so that date and term
// deadlines can be compared, and a plan carries its own
// ([PlanSpec.Calendar]). [ReviewGoal] and
// [ReviewPlan] report SMART findings, which never make a goal invalid.
// [Advise] turns a plan and the latest [Evidence] into [Advice].
//
// # Zero values
//
// The zero value of every type means unset and is documented on the type:
// the zero [Stage], [Target], [Measure], [Term] and [Role] are invalid; the
// zero [Date] and [Deadline] are the blank on a form; the zero [Support],
// [Benchmark], [Goal] and [Plan] are not valid and have no JSON form; the
// zero [Calendar] knows no term dates; the zero [LadderOptions] asks for the
// chart's defaults.
//
// # Errors
//
// Every error wraps a sentinel: [ErrUnknownValue], [ErrInvalid],
// [ErrNotMonotone], [ErrStageRule], [ErrUnknownField], [ErrBadDate], or one
// of package rubric's such as [rubric.ErrOutOfRange]. Two structs say
// where: a *[FieldError] names the field and the value of one value that
// failed (parsing a [Date], a [Term] or a [Support], decoding or building a
// [Benchmark], a [Calendar] or [LadderOptions]); a *[BenchmarkError] locates
// a problem inside a goal or plan (which goal, which benchmark, which
// field). Validation and JSON decoding of goals and plans return an
// [errors.Join] of *BenchmarkError values, each carrying the reason of the
// *FieldError it came from. Branch with [errors.Is] and [errors.As];
// messages start with "goal:".
//
// # JSON
//
// Every type has a JSON form with stable member names, documented on its
// MarshalJSON (or its text form for [Stage], [Target], [Role], [Term],
// [Support], [Deadline] and [Date]). Decoding rejects unknown members, null
// and invalid values, and validates the whole value.
//
// # Concurrency
//
// All values are immutable once built (specs and options are plain structs
// owned by the caller) and safe for concurrent use. Nothing reads the clock:
// dates are parameters.
package goal
