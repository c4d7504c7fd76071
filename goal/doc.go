// Package goal models the goal system of the therapeutic program: the four
// goal stages, benchmarks, goals and their benchmark ladders, validation,
// SMART review and stage advice.
package goal
