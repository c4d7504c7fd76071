// Package bat defines the Benchmarks for Advanced Tiers (BAT), a school
// team's yearly self-assessment of its Tier 2 and Tier 3 behaviour-support
// systems, with the instrument model of package
// [github.com/iepgoal/iepgoal/rubric].
//
// The BAT has 56 items in ten sections, A–J, each answered on the 0–2
// implementation scale ([instrument.Response]): 0 not yet started, 1 partially
// in place, 2 fully in place, 112 points in all. Sections B–D are the
// foundations, E–G Tier 2 and H–J Tier 3 ([GroupFoundations], [GroupTier2],
// [GroupTier3]); section A (Tier 1) counts only in the total. Items 18–31
// (sections F and G) are answered for the school's main Tier 2 strategy,
// named in [instrument.Administration.MainStrategy]; answers for other
// strategies may be recorded with [instrument.Answer.Strategy] but do not
// count. Item labels and level descriptors are short summaries in the
// library's own words, not the published item text. [Instrument] returns
// the instrument; score, compare and plan with its methods
// ([instrument.Instrument.Score], [instrument.Instrument.Diff],
// [instrument.Instrument.ActionPlan]) and render a score report with
// [github.com/iepgoal/iepgoal/template.ScoreReportOf] and
// [github.com/iepgoal/iepgoal/template.Set.ScoreReport].
//
// # Zero values
//
// The package has no types of its own with state; see package rubric for
// the zero values of [instrument.Administration], [instrument.Response] and
// [instrument.Scores].
//
// # Errors
//
// The package returns no errors of its own: validation, scoring and reading
// errors come from package rubric and wrap its sentinels
// ([instrument.ErrUnknownItem], [instrument.ErrUnanswered], …) in a
// [*instrument.AdministrationError], [*instrument.IncompleteError] or
// [*instrument.InputError].
//
// # Concurrency
//
// The instrument returned by [Instrument] is immutable and safe for
// concurrent use.
package bat
