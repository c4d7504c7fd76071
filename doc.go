// Package iepgoal turns a therapeutic special-education program's IEP goal
// system into typed, testable Go code. This root package holds no code; it
// is the tour of the library. Start with go run ./examples/quickstart, which
// does everything below for one student's year.
//
// # Scales
//
// Three 1–5 rating scales, each its own type in package
// [github.com/iepgoal/iepgoal/rubric]: [rubric.TEP] (tolerance, engagement
// and participation; higher is better, "fair to excellent" is 3–5),
// [rubric.Intensity] of support (lower is better: a more independent
// student) and [rubric.SoftSkill] proficiency in one [rubric.SkillArea].
// Zero means unrated. A [rubric.Band] is a range of levels ("between a 3
// and 5"). Each of the 17 therapeutic elements ([rubric.Element]:
// de-escalation, visual, staff to student ratio, …) has its own intensity
// rubric; a [rubric.SupportProfile] records each element's intensity for
// one rated interval, and the team records the overall intensity itself —
// the library never derives it.
//
// # Benchmarks, goals and plans
//
// A [goal.Benchmark] is one measurable step, built from a [goal.Spec] by
// [goal.NewBenchmark]: a measure (TEP over the day, or proficiency in a
// soft-skill area), a band, a [goal.Support] condition ("with a level 3
// intensity of support or less", or independent), a threshold ("90% or
// more"), a [goal.Deadline] (a date, or the end of a [goal.Term] that a
// [goal.Calendar] resolves) and the focus elements. A [goal.Goal] is an
// ordered ladder of benchmarks with a review date and the roles
// responsible; a [goal.Plan] is one student's goals for one [goal.Stage],
// identified by an opaque [goal.StudentID], never a name, and carries its
// period and its school calendar so that every term deadline resolves to a
// date. Plans, goals and benchmarks are
// immutable, validated when built and when read from JSON, and reviewed
// against the SMART criteria by [goal.ReviewPlan].
//
// # Stages
//
// A student moves through four stages: new to the program (raise TEP to the
// band for more of the day under high support), maintaining good functioning
// (keep TEP in band while support is lowered step by step), maintaining
// with an outlying skill deficit (the same, plus a soft-skill goal), and
// mostly mainstream (build the soft skill across settings with support at
// level 1 or less). [goal.StandardPlan] builds each stage's standard ladder,
// and [goal.Advise] says from a [goal.Evidence] whether to stay, work toward
// the next benchmark, move to the next stage, or step support back up.
//
// # Wording
//
// Package [github.com/iepgoal/iepgoal/template] holds every word a person
// reads. It renders every benchmark as the program's formal sentence ([template.Set.Benchmark]: "With a level 4
// to 5 intensity of support, Jordan will achieve between a 3 and 5 on the
// tolerance, engagement, and participation scale for 50% or more of the day
// by the end of the 1st trimester.") and as a plain-language version for
// paraprofessionals and families ([template.Set.Plain]); goals, plans,
// progress summaries and reports, stage advice, short labels and chart
// texts likewise, in text or HTML. A vendor replaces any
// template with [template.Replace] or [template.ReplaceFS]; a replacement
// that refers to a field the data lacks is rejected when the set is built.
// Every template has a Spanish text too, for families ([template.DefaultIn]),
// its terms from one glossary a district can override as data.
// Student names enter only here, as a parameter of rendering.
//
// # Progress
//
// Package [github.com/iepgoal/iepgoal/progress] is the data path. It reads
// rated intervals and soft-skill opportunities ([progress.ReadIntervals],
// CSV or JSON Lines) and measures benchmarks over them per student and day
// ([progress.MeasureCSV] into a [progress.Summary]): the percent of the day
// is qualifying minutes ÷ rated minutes, pooled into ISO weeks by summing
// minutes. [progress.MeasurePlan] measures every benchmark of a plan in one
// pass over the data. [progress.Generate] makes realistic sample years for
// examples, tests and benchmarks.
//
// # Judgement
//
// Package [github.com/iepgoal/iepgoal/progress/assess] judges where a
// student stands as of a date passed in. [assess.Benchmark] assesses one
// benchmark from the student's days: the [assess.Status] over a trailing
// window (final on and after the deadline: met or not met), the baseline
// and aimline, OLS and Theil–Sen trends, the four-point, trend-line and
// consecutive-days decision rules, the setback days (a goal can be met on
// paper while the student falls apart) and the support observed.
// [assess.Plan] assesses a whole plan in one call: every benchmark, the
// rung each goal works on, the [goal.Evidence] the data give and the stage
// advice of [goal.Advise]. [assess.Met] is the one rule for "met".
// [chart.Render] in package [github.com/iepgoal/iepgoal/progress/chart]
// draws an assessment as an SVG; its words come from the template set too.
//
// [assess.Report] makes the periodic progress report of a plan for a
// reporting period — per benchmark a district's progress code, whether
// progress is sufficient and why not, the numbers and the likelihood of
// meeting it — and [assess.CaseloadOf] rolls many students' reports up.
//
// The data are a single-case design: [assess.SupportPhases] finds the
// phases where the weekly level of support changes, each with its own
// trend, and package [github.com/iepgoal/iepgoal/progress/singlecase]
// computes the effect sizes researchers publish between two phases (NAP,
// Tau, Tau-U, Tau-BC, PND, PEM, PAND, IRD, PoGO).
//
// # Packages
//
//   - [github.com/iepgoal/iepgoal/rubric]: the rating vocabulary — scales,
//     bands, elements, support profiles, soft-skill areas;
//     [github.com/iepgoal/iepgoal/rubric/instrument] is a school team's
//     self-assessment model and [github.com/iepgoal/iepgoal/rubric/bat]
//     the Benchmarks for Advanced Tiers on it.
//   - [github.com/iepgoal/iepgoal/goal]: stages, benchmarks, goals, plans
//     with their period and calendar, ladders, student IDs, validation,
//     SMART review and stage advice.
//   - [github.com/iepgoal/iepgoal/progress]: observations, ingest and
//     measurement; [github.com/iepgoal/iepgoal/progress/assess] judges;
//     [github.com/iepgoal/iepgoal/progress/singlecase] compares phases;
//     [github.com/iepgoal/iepgoal/progress/interchange] writes Ed-Fi and
//     CEDS records and holds the JSON Schemas of the library's JSON;
//     [github.com/iepgoal/iepgoal/progress/chart] draws progress charts.
//   - [github.com/iepgoal/iepgoal/template]: every word a person reads, from
//     templates a program can replace.
//   - examples/: runnable programs — quickstart (the main example),
//     research (weekly, window and effect-size CSVs from a researcher's own
//     data), report (a student's periodic progress report, or a caseload's),
//     classroom (the support card, the rating sheet and support consistency),
//     effectsize (the effect sizes of two phases given as numbers),
//     vendor (JSON round trip, replaced wording and Ed-Fi records),
//     softskills (a stage-4 student); schemacheck is a nested module that
//     validates the library's JSON against its schemas.
//   - internal/: machinery several packages share, not API.
//
// Imports run one way: rubric ← goal ← progress ← progress/assess ←
// template ← progress/chart, progress/assess ← progress/singlecase,
// template ← progress/interchange (and
// rubric ← rubric/instrument ← rubric/bat).
//
// # What the library does not do
//
// It keeps no student names in its data, reads no clock, writes no logs,
// never derives an overall intensity of support from the elements, and has
// no storage, server or user interface: it is a library to embed. The
// choices it makes where the program's documents are silent are marked as
// its own in each package's documentation.
//
// [chart.Render]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/chart#Render
// [goal.Advise]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Advise
// [goal.Benchmark]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Benchmark
// [goal.Calendar]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Calendar
// [goal.Deadline]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Deadline
// [goal.Evidence]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Evidence
// [goal.Goal]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Goal
// [goal.NewBenchmark]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#NewBenchmark
// [goal.Plan]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Plan
// [goal.ReviewPlan]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#ReviewPlan
// [goal.Spec]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Spec
// [goal.StudentID]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#StudentID
// [goal.Stage]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Stage
// [goal.StandardPlan]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#StandardPlan
// [goal.Support]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Support
// [goal.Term]: https://pkg.go.dev/github.com/iepgoal/iepgoal/goal#Term
// [assess.Benchmark]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#Benchmark
// [assess.SupportPhases]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#SupportPhases
// [assess.Report]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#Report
// [assess.CaseloadOf]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#CaseloadOf
// [assess.Met]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#Met
// [assess.Plan]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#Plan
// [assess.Status]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress/assess#Status
// [progress.MeasurePlan]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress#MeasurePlan
// [progress.Generate]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress#Generate
// [progress.MeasureCSV]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress#MeasureCSV
// [progress.ReadIntervals]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress#ReadIntervals
// [progress.Summary]: https://pkg.go.dev/github.com/iepgoal/iepgoal/progress#Summary
// [rubric.Band]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#Band
// [rubric.Element]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#Element
// [rubric.Intensity]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#Intensity
// [rubric.SkillArea]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#SkillArea
// [rubric.SoftSkill]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#SoftSkill
// [rubric.SupportProfile]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#SupportProfile
// [rubric.TEP]: https://pkg.go.dev/github.com/iepgoal/iepgoal/rubric#TEP
// [template.DefaultIn]: https://pkg.go.dev/github.com/iepgoal/iepgoal/template#DefaultIn
// [template.Replace]: https://pkg.go.dev/github.com/iepgoal/iepgoal/template#Replace
// [template.ReplaceFS]: https://pkg.go.dev/github.com/iepgoal/iepgoal/template#ReplaceFS
// [template.Set.Benchmark]: https://pkg.go.dev/github.com/iepgoal/iepgoal/template#Set.Benchmark
// [template.Set.Plain]: https://pkg.go.dev/github.com/iepgoal/iepgoal/template#Set.Plain
package iepgoal
