// Package iepgoal turns a therapeutic special-education program's IEP goal
// system into typed, testable Go code. This root package holds no code; it
// is the tour of the library.
//
// # The model in a page
//
// Scales. Three 1–5 rating scales, each its own type in package
// [github.com/iepgoal/iepgoal/rubric]: TEP (tolerance, engagement and
// participation; higher is better, "fair to excellent" is 3–5), intensity
// of support (lower is better: a more independent student), and soft-skill
// proficiency in one soft-skill area. Zero means unrated. Each of the 17
// therapeutic elements (de-escalation, visual, staff to student ratio, …)
// has its own intensity rubric; a support profile records the intensity of
// each element for one rated interval, and the team records the overall
// intensity itself — the library never derives it.
//
// Benchmarks. A benchmark is one measurable step: a measure (TEP over the
// day, or proficiency in a soft-skill area), a band on that measure's
// scale ("between a 3 and 5"), a support condition ("with a level 3
// intensity of support or less", or independent), a threshold ("90% or
// more"), a basis (percent of the day, or of opportunities provided), a
// deadline, and the therapeutic elements it focuses on.
//
// Goals. A goal is an ordered ladder of benchmarks with a review date and
// the people responsible; a plan is one student's goals for one stage.
//
// Stages. A student moves through four stages: new to the program (raise
// TEP to the band for more of the day under high support), maintaining
// good functioning (keep TEP in band while support is lowered step by
// step), maintaining with an outlying skill deficit (the same, plus a
// soft-skill goal), and mostly mainstream (build the soft skill across
// settings with support at level 1 or less). Each stage has a standard
// ladder, and advice says when a student is ready for the next.
//
// Wording. Every benchmark reads as the program's formal sentence ("With a
// level 4 to 5 intensity of support, Jordan will achieve between a 3 and 5
// on the tolerance, engagement, and participation scale for 50% or more of
// the day by the end of the 1st trimester.") and as a plain-language
// version for paraprofessionals and families. Student names enter only
// when text is rendered.
//
// Progress. Ratings recorded through the day are measured against a
// benchmark (qualifying minutes ÷ rated minutes), assessed over a window
// as of a given date with the usual decision rules, and drawn as a chart;
// the days that went badly are reported, not only the average.
//
// # Packages
//
//   - [github.com/iepgoal/iepgoal/rubric]: the vocabulary — the three
//     scales as distinct types with their labels and meanings, bands of
//     levels, therapeutic elements, support profiles and soft-skill areas.
//   - [github.com/iepgoal/iepgoal/goal]: stages, benchmarks, goals, plans and
//     their ladders; validation, SMART review and stage advice.
//   - [github.com/iepgoal/iepgoal/template]: the wording of benchmarks, goals
//     and plans, formal and plain, from templates a program can replace.
//   - [github.com/iepgoal/iepgoal/progress]: observations and their ingest,
//     measurement and assessment; [github.com/iepgoal/iepgoal/progress/chart]
//     draws progress charts as SVG.
//   - examples/: runnable programs; examples/quickstart is the main example
//     (go run ./examples/quickstart).
//   - internal/: shared test generators and helpers, not API.
//
// Each package imports only those above it in this list: rubric ← goal ←
// template, progress.
//
// The choices the library makes where the program's documents are silent
// are marked as ours in each package's documentation.
package iepgoal
