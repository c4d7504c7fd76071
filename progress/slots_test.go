package progress

import (
	"fmt"
	"testing"
	"time"
	"unsafe"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// A summary's day record is 20 bytes: a date and period set beside
// packed counts and the link to the student's next day.
func TestDayRecordSize(t *testing.T) {
	if got := unsafe.Sizeof(dayRecord{}); got != 20 {
		t.Errorf("dayRecord is %d bytes, want 20", got)
	}
}

// A record holds any DayTally unchanged — counts that fit its fields and
// counts that do not (negative, past 2,047, intensity units past 32,767,
// a maximum intensity past 7),
// which make it wide — and adding tallies to it adds them with
// DayTally.Add; joining records adds their tallies and joins their period
// sets.
func TestDayRecordHoldsTally(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		count := func(label string) int64 {
			if rapid.Bool().Draw(t, label+"narrow") {
				return rapid.Int64Range(0, 2100).Draw(t, label) // around the narrow fields' limit
			}
			return rapid.Int64().Draw(t, label)
		}
		date := goal.MustDate(2026, time.September, rapid.IntRange(1, 30).Draw(t, "day"))
		day := func(label string) DayTally {
			return DayTally{
				Date:           date,
				Tally:          Tally{Rated: count(label + "rated"), Qualifying: count(label + "qualifying")},
				InBand:         count(label + "inband"),
				Units:          count(label + "units"),
				SupportUnits:   count(label + "support"),
				IntensityUnits: 5*count(label+"intensity") + rapid.Int64Range(0, 4).Draw(t, label+"intensity+"),
				MaxIntensity:   rubric.Intensity(rapid.IntRange(0, 9).Draw(t, label+"max")),
			}
		}
		d, e := day("d"), day("e")
		var a dayArena
		r := a.at(a.add(uint32(date.Ordinal())))
		a.addTally(r, d)
		if got := a.tally(r); got != d {
			t.Fatalf("holding %+v: tally %+v", d, got)
		}
		p, q := periodSet(rapid.Uint32().Draw(t, "p")), periodSet(rapid.Uint32().Draw(t, "q"))
		r.periods = p
		o := a.at(a.add(uint32(date.Ordinal())))
		a.addTally(o, e)
		o.periods = q
		if repeat := a.join(r, o); repeat != (p&q != 0) {
			t.Fatalf("join: repeat %v with periods %b and %b", repeat, p, q)
		}
		if got, want := a.tally(r), d.Add(e); got != want {
			t.Fatalf("join: tally %+v, want %+v", got, want)
		}
		if r.periods != p|q {
			t.Fatalf("join: periods %b, want %b", r.periods, p|q)
		}
	})
}

// Counting rows into a day past what its narrow fields hold makes it wide
// and loses nothing: 200 rows of 600 minutes at intensity 5 is 120,000
// minutes and 600,000 intensity-minutes.
func TestDayRecordWidens(t *testing.T) {
	var a dayArena
	date := goal.MustDate(2027, time.March, 13)
	r := a.at(a.add(uint32(date.Ordinal())))
	for range 200 {
		a.count(r, &dayCounts{600, 600, 600, 600, 600, 3000}, rubric.IntensityExtreme)
	}
	want := DayTally{Date: date, Tally: Tally{Rated: 120000, Qualifying: 120000}, InBand: 120000, Units: 120000,
		SupportUnits: 120000, IntensityUnits: 600000, MaxIntensity: rubric.IntensityExtreme}
	if got := a.tally(r); got != want || !r.wide() {
		t.Errorf("wide %v, tally %+v; want wide, %+v", r.wide(), got, want)
	}
}

// slotLabelPool holds period labels of every shape the slot tables treat
// apart: one byte, two ASCII-led bytes, up to 7 bytes, longer, and
// non-ASCII; more than 32 of them, so that some go to the map of slots.
func slotLabelPool() []string {
	var pool []string
	for i := range 9 {
		pool = append(pool, fmt.Sprint(i+1), fmt.Sprintf("P%d", i+1), fmt.Sprintf("math-%d", i), fmt.Sprintf("period %d of the day", i), fmt.Sprintf("é%d", i))
	}
	return pool
}

// Slots marked in two summaries in different orders (so that their labels
// are numbered differently, and some have no bit) merge into the union:
// absorbing reports a repeat exactly when a slot is in both, and every
// slot of either is marked in the result, and no other.
func TestSlotsMerge(t *testing.T) {
	pool := slotLabelPool()
	students := []goal.StudentID{"S1", "S2"}
	rapid.Check(t, func(t *rapid.T) {
		type key struct {
			student goal.StudentID
			day     int
			label   string
		}
		draw := func(name string) (*Measurer, map[key]bool) {
			m := NewMeasurer(trackingBenchmark)
			marked := map[key]bool{}
			for range rapid.IntRange(0, 60).Draw(t, name+" rows") {
				k := key{rapid.SampledFrom(students).Draw(t, name+" student"), rapid.IntRange(1, 4).Draw(t, name+" day"), rapid.SampledFrom(pool).Draw(t, name+" label")}
				repeat, err := m.markSlot(k.student, goal.MustDate(2027, time.March, k.day), []byte(k.label))
				if err != nil {
					t.Fatal(err)
				}
				if repeat != marked[k] {
					t.Fatalf("%s: marking %v reports a repeat %v, want %v", name, k, repeat, marked[k])
				}
				marked[k] = true
			}
			return m, marked
		}
		a, inA := draw("a")
		b, inB := draw("b")
		both := false
		for k := range inB {
			both = both || inA[k]
		}
		merge := rapid.SampledFrom([]string{"absorb", "Merge"}).Draw(t, "merge")
		if merge == "absorb" {
			if repeat := a.Summary().absorb(b.Summary()); repeat != both {
				t.Fatalf("absorb reports a repeat %v, want %v", repeat, both)
			}
		} else {
			a.Summary().Merge(b.Summary())
		}
		// Every slot of either is marked in the result, and no other.
		after := a
		for _, id := range students {
			for day := 1; day <= 4; day++ {
				for _, label := range pool {
					k := key{id, day, label}
					repeat, err := after.markSlot(id, goal.MustDate(2027, time.March, day), []byte(label))
					if err != nil {
						t.Fatal(err)
					}
					if want := inA[k] || inB[k]; repeat != want {
						t.Fatalf("after %s, slot %v marked %v, want %v", merge, k, repeat, want)
					}
				}
			}
		}
	})
}

// A run adds to any day as its tally would: a narrow day whatever its
// counts (Summary.AddDay puts in counts larger than the day's minutes),
// a day the run makes wide, a wide day. The run is any exact run: each
// count at most its minutes, at most 2,047 of them, intensity units at
// most five times the minutes.
func TestDayRecordAddsRun(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		count := func(label string, most int64) int64 { return rapid.Int64Range(0, most).Draw(t, label) }
		day := DayTally{Tally: Tally{Rated: count("day rated", maxCount), Qualifying: count("day qualifying", maxCount)},
			InBand: count("day in band", maxCount), Units: count("day units", maxCount), SupportUnits: count("day support", maxCount),
			IntensityUnits: count("day intensity", maxIntUnits+10), MaxIntensity: rubric.Intensity(count("day maximum", 5))}
		if rapid.Bool().Draw(t, "near the intensity field's top") {
			day.IntensityUnits = maxIntUnits - count("room", 12000)
		}
		units := uint64(count("run units", maxCount))
		field := func(label string) uint64 { return uint64(count(label, int64(units))) }
		rated, qualifying, inBand, support := field("run rated"), field("run qualifying"), field("run in band"), field("run support")
		intensity, top := uint64(count("run intensity", int64(5*units))), count("run maximum", 5)
		run := runTally{counts: packCounts(rated, qualifying, inBand, units, support), weighted: intensity | units<<weightShift, seen: 1 << top}

		var a dayArena
		r := a.at(a.add(uint32(goal.MustDate(2027, time.March, 1).Ordinal())))
		a.addTally(r, day)
		want := a.tally(r).Add(DayTally{Tally: Tally{Rated: int64(rated), Qualifying: int64(qualifying)}, InBand: int64(inBand),
			Units: int64(units), SupportUnits: int64(support), IntensityUnits: int64(intensity), MaxIntensity: rubric.Intensity(top)})
		want.Date = a.tally(r).Date
		a.addRun(r, run)
		if got := a.tally(r); got != want {
			t.Fatalf("adding the run %+v to the day %+v gives %+v, want %+v", run, day, got, want)
		}
	})
}
