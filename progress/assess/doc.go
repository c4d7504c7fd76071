// Package assess judges where a student stands on IEP benchmarks as of a
// date passed in (never read from the clock), from the days package
// progress measured: one benchmark ([Benchmark]) or a whole plan ([Plan]).
//
// # One benchmark
//
// [Benchmark] returns an [Assessment]: the [Status] (met, on track, at
// risk, not met, not enough data) over a trailing [Window] of rated days,
// the [Baseline] and the [Aimline] to the threshold at the deadline, the
// weekly series, OLS and Theil–Sen [Trend] lines with the projection, the
// four-point, trend-line and consecutive-days decision rules and their
// combined [Decision], the setback days (a goal can be met on paper while
// the student falls apart, so the bad days are listed, not averaged away)
// and whether support rose. Its documentation states the rules that choose
// each status. Two are the library's choice: on and after its deadline a
// benchmark is met or not met, nothing else — the verdict of an
// end-of-term report written on that day is final — and one met only after
// it says so ([Assessment.MetLate]). [Met] is the one rule for "met":
// Benchmark uses it, and so does any program that reports "met" for its own
// threshold. [TrailingWindow] gives the window alone, for callers that need
// only that of many students.
//
// # A plan
//
// [Plan] assesses every benchmark of a plan in one call, its term
// deadlines placed by the plan's own calendar, and returns a
// [PlanAssessment]: each goal's assessments and the rung it works on now,
// the [goal.Evidence] the data give (its rules are documented on Plan) and
// the stage advice of [goal.AdviceRules.Advise]. Package template words an
// assessment, a plan assessment and the advice; package progress/chart
// draws an assessment.
//
// # Progress reports
//
// [Report] reports a student's plan for a reporting period ([TermPeriod]
// gives a term's): a [ProgressReport] with, for every benchmark, its
// [Standing], a [Code] of a district's [CodeSet], whether progress is
// [Sufficient] and the [Reason] when not, the numbers behind them, the
// [Likelihood] of meeting it by its deadline ([LikelihoodOf]), the
// period's tally and, once [ProgressReport.AddIntervals] has read the
// intervals again, the breakdown by class period; and the period's
// [Completeness]. Code sets are data: [ParseCodeSet] reads and checks a
// district's; [ShippedCodeSet] gives the five that ship. [CaseloadOf]
// rolls many students' reports up. Package template words a report for
// the team, for the family and as a page, and gives its JSON document.
//
// # Consistency
//
// [ConsistencyOf] shows how consistently the adults record a student's
// support over a window, per rater and per class period ([Consistency]),
// and flags a group whose recorded support stands more than
// [DefaultFlagLevels] from the others'.
//
// # Phases
//
// A student's series falls into phases of support, as a single-case
// design does: [SupportPhases] finds them where the weekly level of
// support ([WeekSupport], the one rule the chart shades by) changes, with
// a minimum length; [PhasesFrom] takes the dates a team recorded a change
// of intervention. Each [Phase] has its span, its points, their mean and
// median and its own OLS and Theil–Sen trends (the rate of improvement
// under that support). Package progress/singlecase computes the effect
// sizes between two phases.
//
// # Zero values
//
// The zero [Options] and [PlanOptions] ask for the defaults documented on
// each field. The zero [Status] means "not assessed", the zero [Decision]
// and [Rule] "not evaluated", the zero [TrendMethod] the default
// (Theil–Sen). The zero [Assessment] and [PlanAssessment] are "not
// assessed"; the zero [Window], [Baseline], [Aimline] and [Trend] are
// empty or undefined, as each type documents.
//
// # Errors
//
// Every error is an *[Error] naming the input at fault and wrapping
// [ErrOption], [ErrDayOrder], [ErrUnknownStudent], or another package's
// sentinel ([goal.ErrUnresolvedDeadline] for a term deadline the calendar
// does not place, progress.ErrNotMeasured, goal.ErrBadStudentID). Branch
// with [errors.Is] and [errors.As]; messages start with "assess: ".
//
// # Concurrency
//
// The functions keep no state and are safe for concurrent use; the values
// they return are plain data, safe for concurrent reads.
package assess
