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

// A summary's day record carries its period set in the date's word: it
// is no larger than the DayTally it holds, so tracking repeated rows
// costs no memory per day.
func TestDayRecordSize(t *testing.T) {
	if r, d := unsafe.Sizeof(dayRecord{}), unsafe.Sizeof(DayTally{}); r != d {
		t.Errorf("dayRecord is %d bytes, DayTally %d", r, d)
	}
}

// A record holds a DayTally unchanged, and adding records adds their
// tallies with DayTally.Add and joins their period sets.
func TestDayRecordHoldsTally(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		day := func(label string) DayTally {
			return DayTally{
				Date:           goal.MustDate(2026, time.September, rapid.IntRange(1, 30).Draw(t, label+"day")),
				Tally:          Tally{Rated: rapid.Int64().Draw(t, label+"rated"), Qualifying: rapid.Int64().Draw(t, label+"qualifying")},
				InBand:         rapid.Int64().Draw(t, label+"inband"),
				Units:          rapid.Int64().Draw(t, label+"units"),
				SupportUnits:   rapid.Int64().Draw(t, label+"support"),
				IntensityUnits: rapid.Int64().Draw(t, label+"intensity"),
				MaxIntensity:   rubric.Intensity(rapid.IntRange(0, 5).Draw(t, label+"max")),
			}
		}
		d, e := day("d"), day("e")
		r := recordOf(d)
		if got := r.tally(); got != d {
			t.Fatalf("recordOf(%+v).tally() = %+v", d, got)
		}
		p, q := periodSet(rapid.Uint32().Draw(t, "p")), periodSet(rapid.Uint32().Draw(t, "q"))
		r.periods = p
		s := recordOf(e)
		s.periods = q
		sum := r.add(s)
		if got, want := sum.tally(), d.Add(e); got != want {
			t.Fatalf("add: tally %+v, want %+v", got, want)
		}
		if sum.periods != p|q {
			t.Fatalf("add: periods %b, want %b", sum.periods, p|q)
		}
	})
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
