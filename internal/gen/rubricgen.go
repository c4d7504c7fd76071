// Package gen holds the shared rapid generators for the library's domain
// types, so that every package's property tests draw values the same way.
// It is test support, not API.
package gen

import (
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// TEP generates valid TEP ratings (1–5).
func TEP() *rapid.Generator[rubric.TEP] { return rapid.SampledFrom(rubric.TEPLevels()) }

// Intensity generates valid intensity-of-support levels (1–5).
func Intensity() *rapid.Generator[rubric.Intensity] {
	return rapid.SampledFrom(rubric.IntensityLevels())
}

// SoftSkill generates valid soft-skill proficiency ratings (1–5).
func SoftSkill() *rapid.Generator[rubric.SoftSkill] {
	return rapid.SampledFrom(rubric.SoftSkillLevels())
}

// OrUnrated generates the values of levels and, about one time in six, the
// zero value (unrated, as for an absent student).
func OrUnrated[L rubric.Level](levels *rapid.Generator[L]) *rapid.Generator[L] {
	return rapid.OneOf(levels, levels, levels, levels, levels, rapid.Just(L(0)))
}

// Band generates valid bands whose ends are drawn from levels, e.g.
// gen.Band(gen.TEP()).
func Band[L rubric.Level](levels *rapid.Generator[L]) *rapid.Generator[rubric.Band[L]] {
	return rapid.Custom(func(t *rapid.T) rubric.Band[L] {
		low, high := levels.Draw(t, "low"), levels.Draw(t, "high")
		if low > high {
			low, high = high, low
		}
		return rubric.MustBand(low, high)
	})
}

// Element generates one of the 17 therapeutic elements.
func Element() *rapid.Generator[rubric.Element] { return rapid.SampledFrom(rubric.Elements()) }

// ElementSet generates sets of therapeutic elements, the empty set included.
func ElementSet() *rapid.Generator[rubric.ElementSet] {
	return rapid.Map(rapid.SliceOfN(Element(), 0, rubric.NumElements), func(es []rubric.Element) rubric.ElementSet {
		return rubric.MustElementSet(es...)
	})
}

// SupportProfile generates support profiles: each element is recorded at a
// valid intensity or left unrecorded.
func SupportProfile() *rapid.Generator[rubric.SupportProfile] {
	return rapid.Custom(func(t *rapid.T) rubric.SupportProfile {
		var p rubric.SupportProfile
		for _, e := range rubric.Elements() {
			p = p.With(e, OrUnrated(Intensity()).Draw(t, e.Key()))
		}
		return p
	})
}

// SkillArea generates soft-skill areas: a built-in one, or a custom area
// with a valid identifier and phrase.
func SkillArea() *rapid.Generator[rubric.SkillArea] {
	custom := rapid.Custom(func(t *rapid.T) rubric.SkillArea {
		id := rapid.StringMatching(`[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}`).Draw(t, "id")
		phrase := rapid.StringMatching(`[a-zA-Z]{1,12}( [a-zA-Z,'()]{1,12}){0,6}`).Draw(t, "phrase")
		return rubric.MustSkillArea(id, phrase)
	})
	return rapid.OneOf(rapid.SampledFrom(rubric.BuiltinSkillAreas()), custom)
}
