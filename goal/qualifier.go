package goal

import "github.com/iepgoal/iepgoal/rubric"

// Qualifier is a benchmark's qualifying predicate alone: its rating bands,
// its support condition and its focus elements, without the threshold,
// deadline or wording. It is what package progress asks about every
// observation; [Benchmark.QualifiesInterval] and
// [Benchmark.QualifiesOpportunity] delegate to it, so the two always agree.
// Get it from [Benchmark.Qualifier].
//
// A Qualifier is a small comparable value, safe for concurrent use. The
// zero value qualifies nothing.
type Qualifier struct {
	tep         rubric.Band[rubric.TEP]
	proficiency rubric.Band[rubric.SoftSkill]
	support     Support
	focus       rubric.ElementSet
}

// Qualifier returns the benchmark's qualifying predicate.
func (b Benchmark) Qualifier() Qualifier {
	return Qualifier{tep: b.spec.TEP, proficiency: b.spec.Proficiency, support: b.spec.Support, focus: b.spec.Focus}
}

// QualifiesInterval is [Benchmark.QualifiesInterval] of the benchmark q
// came from: the TEP rating is in the band, the overall intensity is
// recorded and at most the support limit, and so is every focus element
// recorded in the profile (a nil profile records none). It does not allocate.
func (q Qualifier) QualifiesInterval(tep rubric.TEP, overall rubric.Intensity, profile *rubric.SupportProfile) bool {
	return q.tep.Contains(tep) && q.support.Allows(overall) &&
		(q.focus == 0 || profile == nil || profile.MaxOf(q.focus) <= q.support.Limit())
}

// QualifiesOpportunity is [Benchmark.QualifiesOpportunity] of the benchmark
// q came from: the proficiency rating is in the band and the intensity is
// recorded and at most the support limit. It does not allocate.
func (q Qualifier) QualifiesOpportunity(rating rubric.SoftSkill, intensity rubric.Intensity) bool {
	return q.proficiency.Contains(rating) && q.support.Allows(intensity)
}
