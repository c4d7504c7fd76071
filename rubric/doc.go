// Package rubric is the typed vocabulary of the therapeutic program: the
// three 1–5 rating scales, bands of levels, therapeutic elements, support
// profiles and soft-skill areas.
package rubric
