// Package iepgoal turns a therapeutic special-education program's IEP goal
// system into typed, testable Go code. This root package holds no code; it
// is the tour of the library.
//
// The packages, from the bottom up:
//
//   - [github.com/iepgoal/iepgoal/rubric]: the rating scales (TEP, intensity of
//     support, soft-skill proficiency), bands, therapeutic elements, support
//     profiles and soft-skill areas.
//   - [github.com/iepgoal/iepgoal/goal]: stages, benchmarks, goals, ladders,
//     validation and stage advice.
//   - [github.com/iepgoal/iepgoal/template]: the wording of goals and benchmarks.
//   - [github.com/iepgoal/iepgoal/progress]: observations, ingest, measurement
//     and assessment.
package iepgoal
