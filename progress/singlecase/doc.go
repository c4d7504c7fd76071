// Package singlecase computes the effect sizes single-case researchers
// publish, between two phases of one student's series: a baseline phase
// A and a treatment phase B (the weeks before and after a change of
// support, say), each a list of points in time order — daily or weekly
// percents of a benchmark, or raw values.
//
// [Compare] returns the [Effects]: NAP with its Hanley–McNeil, unbiased
// and null standard errors and Newcombe's interval; Tau, Tau-U ("A vs B −
// trend A") and Tau-BC (baseline trend removed); PND, PEM, PAND and the
// robust IRD; and PoGO when a goal is given. Each formula, with its
// reference, is on [Effects]; the computations follow the R package
// SingleCaseES, and the tests check them against the published worked
// examples. [Autocorrelation] gives a phase's lag-1 autocorrelation, the
// caveat every standard error here carries: they assume independent
// points.
//
// The phases themselves — where support changed — come from
// [assess.SupportPhases] or [assess.PhasesFrom], which also give each
// phase's level and trend; [ComparePhases] compares two of them on the
// daily percents of a student's benchmark ([DailyPercents]), PoGO's goal
// being the benchmark's threshold.
//
// # Zero values
//
// The zero [Options] compares phases that improve upward ([Increase]),
// with a 95% interval and no goal. The zero [Number] is none: a measure
// that is not defined for the data, written as JSON null, never NaN. The
// zero [Direction] is the default, [Increase].
//
// # Errors
//
// Every error is an *[Error] naming the phase and point, or the option,
// at fault and wrapping [ErrInput]: an empty phase, a point that is not a
// finite number, a confidence level outside (0, 1), an unknown direction.
// Messages start with "singlecase: ".
//
// # Concurrency
//
// The functions keep no state and do not change their arguments: they
// are safe to call from many goroutines.
package singlecase
