// Package instrument models a school team's self-assessment of its
// behaviour-support systems — sections of numbered items, answered item by
// item on the 0–2 implementation scale — and scores it, compares two
// years and lists the action plan. Package
// [github.com/iepgoal/iepgoal/rubric/bat] defines the Benchmarks for
// Advanced Tiers with it. Its users are a school's team, once a year; a
// student's IEP is not among its data.
//
// # Model
//
// An [Instrument] ([New]) holds [Section] values of [Item] values, and
// [Grouping] values that score several sections together. A [Response] is
// one answer on the implementation scale: [NotStarted] (0), [Partial] (1)
// or [Full] (2), the numbers of the paper form; it cannot be converted from
// an integer, so the paper's 2 cannot be mistaken for the second answer
// ([ResponseOf] reads the paper's number). An [Administration] is one
// team's answers on one date; [Instrument.Validate] checks it,
// [Instrument.Score] scores it as percent of points possible per section,
// per grouping and in total, [Instrument.Diff] compares two
// administrations, and [Instrument.ActionPlan] lists every item below
// "fully in place" with a [Priority]. Answers are read from CSV
// ([Instrument.ReadAnswersCSV]) and an administration from JSON
// ([ReadAdministrationJSON]) with the line of every problem.
//
// Items of a section answered per strategy ([Section.PerStrategy]) are
// answered for the school's main strategy; answers for other strategies
// are recorded for planning but never scored.
//
// # Zero values
//
// The zero [Response] is "unanswered": it is not valid, its text form is
// empty, its JSON form null and its SQL form NULL. The zero [Priority] is
// "no priority set". The zero [Instrument] has no items; use the pointer
// [New] returns. The zero [Administration] does not validate.
//
// # Errors
//
// Errors wrap a sentinel: this package's [ErrUnknownItem],
// [ErrDuplicateItem], [ErrUnanswered] and [ErrNotPerStrategy], or package
// rubric's [rubric.ErrOutOfRange], [rubric.ErrEmpty], [rubric.ErrInvalid],
// [rubric.ErrUnknownLabel], [rubric.ErrSyntax] and
// [rubric.ErrUnsupportedType]. The location is in an
// *[AdministrationError] (a field or an answer), an *[IncompleteError]
// (the items left unanswered), an *[InputError] (a line and column of CSV
// or JSON input) or, for a response or priority that does not parse, a
// *[rubric.ParseError]. Branch with [errors.Is] and [errors.As].
//
// # Concurrency
//
// A *[Instrument] is immutable once built and safe for concurrent use.
// Responses and priorities are comparable values. An [Administration] is a
// plain record owned by its caller.
package instrument
