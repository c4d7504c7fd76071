package progress_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// measure runs a fresh Measurer over ivs.
func measure(t tb, b goal.Benchmark, ivs []progress.Interval) *progress.Summary {
	m := progress.NewMeasurer(b)
	if _, err := m.AddIntervals(ivs); err != nil {
		t.Fatalf("AddIntervals: %v", err)
	}
	return m.Summary()
}

func TestPercentInRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := measure(t, genBenchmark.Draw(t, "benchmark"), rapid.SliceOf(genInterval).Draw(t, "intervals"))
		for id, days := range s.All() {
			for _, w := range progress.Weeks(days) {
				p, ok := w.Percent()
				if ok != (w.Rated > 0) || p < 0 || p > 100 {
					t.Fatalf("%s week %d-W%d: Percent() = %v, %v from %+v", id, w.ISOYear, w.ISOWeek, p, ok, w.Tally)
				}
			}
			for _, d := range days {
				if d.Qualifying > d.InBand || d.InBand > d.Rated || d.Rated > d.Units || d.SupportUnits > d.Units {
					t.Fatalf("%s %s: inconsistent counts %+v", id, d.Date, d)
				}
			}
		}
	})
}

func TestQualifyingIntervalNeverLowersPercent(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		extra := genInterval.Draw(t, "extra")
		// Make it qualify: a rating in band under minimal support.
		extra.TEP, extra.Intensity, extra.Profile = rubric.TEP(b.BandHigh()), rubric.IntensityMinimal, rubric.SupportProfile{}
		if !b.QualifiesInterval(extra.TEP, extra.Intensity, &extra.Profile) {
			t.Fatalf("%+v does not qualify", extra)
		}
		before := measure(t, b, ivs).Weeks(extra.Student)
		after := measure(t, b, append(ivs, extra)).Weeks(extra.Student)
		y, w := extra.Date.ISOWeek()
		old, oldOK := progress.Tally{}, false
		for _, wk := range before {
			if wk.ISOYear == y && wk.ISOWeek == w {
				old, oldOK = wk.Tally, true
			}
		}
		for _, wk := range after {
			if wk.ISOYear != y || wk.ISOWeek != w {
				continue
			}
			p1, _ := old.Percent()
			p2, ok := wk.Percent()
			if !ok || (oldOK && old.Rated > 0 && p2 < p1) {
				t.Fatalf("week %d-W%d: percent went from %v (%+v) to %v (%+v)", y, w, p1, old, p2, wk.Tally)
			}
		}
	})
}

func TestSplitMergeEqualsOnePass(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		whole := measure(t, b, ivs)
		// Cut at random points, measure the parts, merge them in a random order.
		cuts := rapid.SliceOfN(rapid.IntRange(0, len(ivs)), 0, 4).Draw(t, "cuts")
		var parts []*progress.Summary
		start := 0
		for _, c := range append(cuts, len(ivs)) {
			if c < start {
				continue
			}
			parts = append(parts, measure(t, b, ivs[start:c]))
			start = c
		}
		order := rapid.Permutation(parts).Draw(t, "order")
		var merged progress.Summary
		for _, p := range order {
			merged.Merge(p)
		}
		if !merged.Equal(whole) || !whole.Equal(&merged) {
			t.Fatalf("merged parts differ from one pass")
		}
	})
}

func TestMergeLaws(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		gen := rapid.SliceOfN(genInterval, 0, 20)
		x, y, z := gen.Draw(t, "x"), gen.Draw(t, "y"), gen.Draw(t, "z")
		m := func(parts ...[]progress.Interval) *progress.Summary {
			var s progress.Summary
			for _, p := range parts {
				s.Merge(measure(t, b, p))
			}
			return &s
		}
		// (x ⊕ y) ⊕ z = x ⊕ (y ⊕ z)
		left := m(x, y)
		left.Merge(m(z))
		right := m(x)
		right.Merge(m(y, z))
		if !left.Equal(right) {
			t.Fatalf("Merge is not associative")
		}
		// x ⊕ y = y ⊕ x
		if !m(x, y).Equal(m(y, x)) {
			t.Fatalf("Merge is not commutative")
		}
		// x ⊕ 0 = 0 ⊕ x = x
		id := measure(t, b, x)
		var zero progress.Summary
		withZero := measure(t, b, x)
		withZero.Merge(&zero)
		zero.Merge(id)
		if !withZero.Equal(id) || !zero.Equal(id) {
			t.Fatalf("the empty summary is not the identity")
		}
		// x ⊕ x doubles every count.
		twice := measure(t, b, x)
		twice.Merge(twice)
		if !twice.Equal(measure(t, b, append(append([]progress.Interval(nil), x...), x...))) {
			t.Fatalf("merging a summary with itself is not measuring its data twice")
		}
	})
}

func TestAddDay(t *testing.T) {
	var s progress.Summary
	d := progress.DayTally{Date: date("2027-03-02"), Tally: progress.Tally{Rated: 10, Qualifying: 5}, Units: 10}
	s.AddDay("A", d)
	s.AddDay("A", progress.DayTally{Date: date("2027-03-01"), Units: 3})
	s.AddDay("A", d)
	s.AddDay("A", progress.DayTally{}) // no date: ignored
	got := s.Days("A")
	if len(got) != 2 || got[0].Date != date("2027-03-01") || got[1].Rated != 20 || got[1].Qualifying != 10 {
		t.Errorf("Days(A) = %+v, want 03-01 then 03-02 doubled", got)
	}
	if s.Days("nobody") != nil {
		t.Errorf("Days of an unknown student is not nil")
	}
}

// TestMeasurerMatchesNaive checks the measurer (its run pooling, day cache
// and remembered predicate answers) against the naive model, one interval
// at a time and in slices, over intervals in any order.
func TestMeasurerMatchesNaive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		one := progress.NewMeasurer(b)
		for i := range ivs {
			if err := one.AddInterval(&ivs[i]); err != nil {
				t.Fatal(err)
			}
		}
		want := naiveDays(b, ivs)
		for name, s := range map[string]*progress.Summary{"AddInterval": one.Summary(), "AddIntervals": measure(t, b, ivs)} {
			got := map[goal.StudentID][]progress.DayTally{}
			for id, days := range s.All() {
				got[id] = days
			}
			if diff := cmp.Diff(want, got, dateEqual); diff != "" {
				t.Fatalf("%s differs from the naive model (-want +got):\n%s", name, diff)
			}
		}
	})
}

// TestMergeDisjoint: batches cut at day boundaries merge into the summary
// of all the data; a batch merged again (a day sent twice) is refused and
// leaves the summary as it was.
func TestMergeDisjoint(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		type day struct {
			id   goal.StudentID
			date goal.Date
		}
		batchOf := map[day]int{}
		var batches [2][]progress.Interval
		for _, iv := range ivs {
			k := day{iv.Student, iv.Date}
			if _, ok := batchOf[k]; !ok {
				batchOf[k] = rapid.IntRange(0, 1).Draw(t, "batch")
			}
			batches[batchOf[k]] = append(batches[batchOf[k]], iv)
		}
		whole := measure(t, b, ivs)
		merged := measure(t, b, batches[0])
		second := measure(t, b, batches[1])
		if err := merged.MergeDisjoint(second); err != nil {
			t.Fatalf("batches cut at days: %v", err)
		}
		if !merged.Equal(whole) {
			t.Fatal("the merged batches differ from the whole")
		}
		if len(batches[1]) == 0 {
			return
		}
		before := measure(t, b, ivs)
		err := merged.MergeDisjoint(second)
		if !errors.Is(err, progress.ErrOverlap) || !merged.Equal(before) {
			t.Fatalf("a batch merged again: %v, summary changed %v", err, !merged.Equal(before))
		}
	})
}
