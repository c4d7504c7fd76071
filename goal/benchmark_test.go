package goal_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// allSupports returns every valid support condition: 15 ranges, 5 ceilings
// and independent.
func allSupports() []goal.Support {
	var out []goal.Support
	for low := rubric.Intensity(1); low <= 5; low++ {
		for high := low; high <= 5; high++ {
			out = append(out, goal.MustSupportRange(low, high))
		}
		out = append(out, goal.MustSupportAtMost(low))
	}
	return append(out, goal.Independent())
}

func allBands[L rubric.Level]() []rubric.Band[L] {
	var out []rubric.Band[L]
	for low := L(1); low <= 5; low++ {
		for high := low; high <= 5; high++ {
			out = append(out, rubric.MustBand(low, high))
		}
	}
	return out
}

// naiveInterval is the reference reading of what a benchmark measures: the rating is in
// the band, the overall intensity is recorded and within the limit, and
// every focus element recorded is within the limit.
func naiveInterval(band rubric.Band[rubric.TEP], s goal.Support, focus rubric.ElementSet, tep rubric.TEP, overall rubric.Intensity, p *rubric.SupportProfile) bool {
	if tep == 0 || tep < band.Low() || tep > band.High() {
		return false
	}
	if overall == 0 || overall > s.Band().High() {
		return false
	}
	if p != nil {
		for _, e := range focus.Elements() {
			if v := p.Get(e); v != 0 && v > s.Band().High() {
				return false
			}
		}
	}
	return true
}

func naiveOpportunity(band rubric.Band[rubric.SoftSkill], s goal.Support, rating rubric.SoftSkill, intensity rubric.Intensity) bool {
	return rating != 0 && band.Low() <= rating && rating <= band.High() && intensity != 0 && intensity <= s.Band().High()
}

func TestQualifiesIntervalAgreesWithReferenceOnEveryCombination(t *testing.T) {
	a, b := rubric.DeEscalation, rubric.Visual
	focusSets := []rubric.ElementSet{0, rubric.MustElementSet(a), rubric.MustElementSet(a, b)}
	var profiles []*rubric.SupportProfile
	profiles = append(profiles, nil)
	for va := rubric.Intensity(0); va <= 5; va++ {
		for vb := rubric.Intensity(0); vb <= 5; vb++ {
			p := rubric.SupportProfile{}.With(a, va).With(b, vb).With(rubric.Mood, 5) // Mood is never a focus here
			profiles = append(profiles, &p)
		}
	}
	checked := 0
	for _, band := range allBands[rubric.TEP]() {
		for _, s := range allSupports() {
			for _, focus := range focusSets {
				bm := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: band, Support: s, Threshold: 90, Focus: focus})
				for tep := rubric.TEP(0); tep <= 5; tep++ {
					for overall := rubric.Intensity(0); overall <= 5; overall++ {
						for _, p := range profiles {
							got := bm.QualifiesInterval(tep, overall, p)
							if want := naiveInterval(band, s, focus, tep, overall, p); got != want {
								t.Fatalf("band %v support %v focus %v: QualifiesInterval(%d, %d, %v) = %v, want %v", band, s, focus, tep, overall, p, got, want)
							}
							checked++
						}
					}
				}
			}
		}
	}
	if want := 15 * 21 * 3 * 6 * 6 * 37; checked != want {
		t.Errorf("checked %d combinations, want %d", checked, want)
	}
}

func TestQualifiesOpportunityAgreesWithReferenceOnEveryCombination(t *testing.T) {
	for _, band := range allBands[rubric.SoftSkill]() {
		for _, s := range allSupports() {
			bm := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: band, Support: s, Threshold: 75})
			for r := rubric.SoftSkill(0); r <= 5; r++ {
				for v := rubric.Intensity(0); v <= 5; v++ {
					if got, want := bm.QualifiesOpportunity(r, v), naiveOpportunity(band, s, r, v); got != want {
						t.Fatalf("band %v support %v: QualifiesOpportunity(%d, %d) = %v, want %v", band, s, r, v, got, want)
					}
				}
			}
		}
	}
}

func TestQualifiesAgreesWithReferenceOnGeneratedValues(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := gen.Benchmark().Draw(t, "benchmark")
		p := gen.SupportProfile().Draw(t, "profile")
		tep := gen.OrUnrated(gen.TEP()).Draw(t, "tep")
		overall := gen.OrUnrated(gen.Intensity()).Draw(t, "overall")
		skill := gen.OrUnrated(gen.SoftSkill()).Draw(t, "skill")
		wantInterval := b.Measure() == goal.MeasureTEP && naiveInterval(b.TEPBand(), b.Support(), b.Focus(), tep, overall, &p)
		if got := b.QualifiesInterval(tep, overall, &p); got != wantInterval {
			t.Fatalf("QualifiesInterval(%d, %d, %v) = %v, want %v", tep, overall, p, got, wantInterval)
		}
		wantOpp := b.Measure() == goal.MeasureSoftSkill && naiveOpportunity(b.ProficiencyBand(), b.Support(), skill, overall)
		if got := b.QualifiesOpportunity(skill, overall); got != wantOpp {
			t.Fatalf("QualifiesOpportunity(%d, %d) = %v, want %v", skill, overall, got, wantOpp)
		}
	})
}

func TestQualifiesDoesNotAllocate(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(3), Threshold: 90, Focus: twoFocus})
	s := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: skill23, Support: atMost(1), Threshold: 75})
	p := rubric.SupportProfile{}.With(rubric.DeEscalation, 3).With(rubric.Visual, 2)
	q := b.Qualifier()
	sink := false
	allocs := testing.AllocsPerRun(1000, func() {
		sink = b.QualifiesInterval(rubric.TEPGood, 3, &p) != sink
		sink = s.QualifiesOpportunity(2, 1) != sink
		sink = q.QualifiesInterval(rubric.TEPGood, 3, &p) != sink
		sink = q.QualifiesOpportunity(2, 1) != sink
	})
	if allocs != 0 {
		t.Errorf("the qualifying predicates (Benchmark and Qualifier) allocate %v times per call, want 0", allocs)
	}
}

func BenchmarkQualifiesInterval(b *testing.B) {
	bm := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep35, Support: atMost(3), Threshold: 90, Focus: twoFocus})
	p := rubric.SupportProfile{}.With(rubric.DeEscalation, 3).With(rubric.Visual, 2)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for tep := rubric.TEP(1); tep <= 5; tep++ {
			if bm.QualifiesInterval(tep, rubric.Intensity(tep), &p) {
				n++
			}
		}
	}
	b.ReportMetric(float64(b.N*5)/b.Elapsed().Seconds(), "rows/s")
	_ = n
}

func BenchmarkQualifiesOpportunity(b *testing.B) {
	bm := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: skill23, Support: atMost(1), Threshold: 75})
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for r := rubric.SoftSkill(1); r <= 5; r++ {
			if bm.QualifiesOpportunity(r, 1) {
				n++
			}
		}
	}
	_ = n
}

// checkTotalOrder checks that cmp is antisymmetric, consistent with ==, and
// transitive on the three values.
func checkTotalOrder[T comparable](t *rapid.T, cmp func(T, T) int, a, b, c T) {
	if cmp(a, b) != -cmp(b, a) {
		t.Fatalf("Compare(%v, %v) = %d but Compare(%v, %v) = %d", a, b, cmp(a, b), b, a, cmp(b, a))
	}
	if (cmp(a, b) == 0) != (a == b) {
		t.Fatalf("Compare(%v, %v) = %d, but == says %v", a, b, cmp(a, b), a == b)
	}
	if cmp(a, a) != 0 {
		t.Fatalf("Compare(%v, itself) = %d", a, cmp(a, a))
	}
	if cmp(a, b) <= 0 && cmp(b, c) <= 0 && cmp(a, c) > 0 {
		t.Fatalf("not transitive: %v ≤ %v ≤ %v but Compare(a, c) = %d", a, b, c, cmp(a, c))
	}
}

func TestBenchmarkCompareIsATotalOrderConsistentWithEquality(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := gen.Benchmark().Draw(t, "a")
		// Near neighbours make equal and nearly equal pairs likely.
		b := rapid.OneOf(rapid.Just(a), gen.Benchmark(), mutated(a)).Draw(t, "b")
		c := rapid.OneOf(rapid.Just(b), gen.Benchmark(), mutated(b)).Draw(t, "c")
		checkTotalOrder(t, goal.Benchmark.Compare, a, b, c)
	})
}

func TestSupportCompareIsATotalOrderConsistentWithEquality(t *testing.T) {
	all := allSupports()
	for _, a := range all {
		for _, b := range all {
			for _, c := range all {
				if goal.Support.Compare(a, b) != -goal.Support.Compare(b, a) || (a.Compare(b) == 0) != (a == b) ||
					(a.Compare(b) <= 0 && b.Compare(c) <= 0 && a.Compare(c) > 0) {
					t.Fatalf("Support.Compare is not a total order on %v, %v, %v", a, b, c)
				}
			}
		}
	}
}

// mutated generates b with one field changed to another valid value.
func mutated(b goal.Benchmark) *rapid.Generator[goal.Benchmark] {
	return rapid.Custom(func(t *rapid.T) goal.Benchmark {
		s := b.Spec()
		switch rapid.IntRange(0, 3).Draw(t, "field") {
		case 0:
			s.Support = gen.Support().Draw(t, "support")
		case 1:
			s.Threshold = rapid.IntRange(1, 100).Draw(t, "threshold")
		case 2:
			s.Deadline = gen.Deadline().Draw(t, "deadline")
		case 3:
			s.Focus = gen.ElementSet().Draw(t, "focus")
		}
		return goal.MustBenchmark(s)
	})
}
