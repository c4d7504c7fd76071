package progress

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// dayRecord is one student-day of a summary, in 24 bytes: the date and
// the day's largest overall intensity share a word, the counts of its
// DayTally are 16-bit fields, periods is the set of period labels counted
// (bits of the summary's slots, for the reading rules on repeated rows),
// and next links the student's days in date order: a summary's days are
// appended to its arena as they are met and never move.
//
// A day whose tally does not fit — a count over 65,535 (a student-day of
// more than 45 days' minutes) or below zero, or a maximum intensity over
// 7, which only [Summary.AddDay] can put in — is wide: its DayTally lives
// in the arena's wide table, and the first two count fields hold its
// index there. Measured data never come near it, and nothing is lost when
// they do.
type dayRecord struct {
	word    uint32 // the date's ordinal (dateBits), the maximum intensity (3 bits), the wide flag
	periods periodSet
	next    uint32    // the position of the student's next day; noDay after the last
	counts  [6]uint16 // rated, qualifying, in band, units, support units, intensity units
}

const (
	dateBits     = 22 // a valid Date's ordinal is under 2^22 (year 9999 ends at 3,652,365)
	dateMask     = 1<<dateBits - 1
	maxIntShift  = dateBits
	maxIntMask   = 7 << maxIntShift
	wideFlag     = 1 << (dateBits + 3)
	maxNarrow    = 1<<16 - 1
	maxNarrowInt = 7
	noDay        = ^uint32(0) // the end of a chain of days
)

// The counts of a day in the order of dayRecord.counts.
const (
	cRated = iota
	cQualifying
	cInBand
	cUnits
	cSupport
	cIntensity
)

// dayCounts are the counts a row or a run of rows adds to a day, in the
// order of dayRecord.counts.
type dayCounts [6]uint64

// ord returns the ordinal of the day's date.
func (r *dayRecord) ord() uint32 { return r.word & dateMask }

// date returns the day's date.
func (r *dayRecord) date() goal.Date { return goal.DateFromOrdinal(int(r.ord())) }

// wide reports whether the day's tally is in the wide table.
func (r *dayRecord) wide() bool { return r.word&wideFlag != 0 }

// wideIndex returns the index of a wide day's tally in the wide table.
func (r *dayRecord) wideIndex() uint32 { return uint32(r.counts[0]) | uint32(r.counts[1])<<16 }

// mark records the period of bit b in the day's set, and reports whether
// it was there already.
func (r *dayRecord) mark(b uint8) (repeat bool) {
	repeat = r.periods&(1<<b) != 0
	r.periods |= 1 << b
	return repeat
}

// dayArena holds a summary's days: slabs of records that never move (a
// new slab is added when the last is full, none is ever copied or grown),
// addressed by position (slab number × slabSize + index), and the wide
// table.
type dayArena struct {
	slabs [][]dayRecord
	wide  []DayTally
}

// Slabs start small, for the many small summaries, and double up to
// slabSize records (384 KiB).
const (
	slabBits  = 14
	slabSize  = 1 << slabBits
	firstSlab = 16
	maxSlabs  = 1 << (32 - slabBits) // positions are 32 bits; noDay is never a record's
)

// at returns the record at position p.
func (a *dayArena) at(p uint32) *dayRecord { return &a.slabs[p>>slabBits][p&(slabSize-1)] }

// add appends an empty day of the date ordinal, linked to nothing, and
// returns its position. A summary holds at most about four billion days
// (96 GiB of records): past that, add panics.
func (a *dayArena) add(ord uint32) uint32 {
	n := len(a.slabs)
	if n == 0 || len(a.slabs[n-1]) == cap(a.slabs[n-1]) {
		size := firstSlab
		if n > 0 {
			size = min(2*cap(a.slabs[n-1]), slabSize)
		}
		if n == maxSlabs-1 {
			panic("progress: a summary of more than 4 billion student-days")
		}
		a.slabs = append(a.slabs, make([]dayRecord, 0, size))
		n++
	}
	last := &a.slabs[n-1]
	p := uint32(n-1)<<slabBits | uint32(len(*last))
	*last = append(*last, dayRecord{word: ord, next: noDay})
	return p
}

// count adds c to the day r, and raises its maximum intensity to
// maxIntensity. A day whose counts would leave their fields is made wide.
func (a *dayArena) count(r *dayRecord, c *dayCounts, maxIntensity rubric.Intensity) {
	if !r.wide() && maxIntensity <= maxNarrowInt {
		var sum [6]uint64
		var all uint64
		for i := range sum {
			sum[i] = uint64(r.counts[i]) + c[i]
			all |= sum[i]
		}
		if all <= maxNarrow {
			for i := range sum {
				r.counts[i] = uint16(sum[i])
			}
			if m := uint32(maxIntensity) << maxIntShift; m > r.word&maxIntMask {
				r.word = r.word&^maxIntMask | m
			}
			return
		}
	}
	a.addWide(r, DayTally{Tally: Tally{Rated: int64(c[cRated]), Qualifying: int64(c[cQualifying])}, InBand: int64(c[cInBand]),
		Units: int64(c[cUnits]), SupportUnits: int64(c[cSupport]), IntensityUnits: int64(c[cIntensity]), MaxIntensity: maxIntensity})
}

// addTally adds d (its date aside) to the day r.
func (a *dayArena) addTally(r *dayRecord, d DayTally) {
	if fitsNarrow(d) {
		c := dayCounts{uint64(d.Rated), uint64(d.Qualifying), uint64(d.InBand), uint64(d.Units), uint64(d.SupportUnits), uint64(d.IntensityUnits)}
		a.count(r, &c, d.MaxIntensity)
		return
	}
	a.addWide(r, d)
}

// fitsNarrow reports whether every count of d fits a narrow day's field.
func fitsNarrow(d DayTally) bool {
	for _, n := range [...]int64{d.Rated, d.Qualifying, d.InBand, d.Units, d.SupportUnits, d.IntensityUnits} {
		if uint64(n) > maxNarrow {
			return false
		}
	}
	return d.MaxIntensity <= maxNarrowInt
}

// addWide adds d to the day r, making it wide first.
func (a *dayArena) addWide(r *dayRecord, d DayTally) {
	if !r.wide() {
		i := uint32(len(a.wide))
		a.wide = append(a.wide, a.tally(r))
		r.counts = [6]uint16{uint16(i), uint16(i >> 16)}
		r.word |= wideFlag
	}
	w := &a.wide[r.wideIndex()]
	date := w.Date
	*w = w.Add(d)
	w.Date = date
}

// tally returns the day's DayTally.
func (a *dayArena) tally(r *dayRecord) DayTally {
	if r.wide() {
		return a.wide[r.wideIndex()]
	}
	c := &r.counts
	return DayTally{Date: r.date(), Tally: Tally{Rated: int64(c[cRated]), Qualifying: int64(c[cQualifying])}, InBand: int64(c[cInBand]),
		Units: int64(c[cUnits]), SupportUnits: int64(c[cSupport]), IntensityUnits: int64(c[cIntensity]),
		MaxIntensity: rubric.Intensity(r.word & maxIntMask >> maxIntShift)}
}

// join adds the day o into r: the tallies add, the period sets join. It
// reports whether a period was in both.
func (a *dayArena) join(r, o *dayRecord) (repeat bool) {
	repeat = r.periods&o.periods != 0
	r.periods |= o.periods
	a.addTally(r, a.tally(o))
	return repeat
}

// adopt appends b's slabs and wide table to a's, and returns the amount
// b's positions move by (their slabs' new numbers); b's records are
// relinked to their new positions. It reports false, changing nothing,
// when the positions would not fit 32 bits.
func (a *dayArena) adopt(b *dayArena) (shift uint32, ok bool) {
	if len(a.slabs)+len(b.slabs) >= maxSlabs {
		return 0, false
	}
	shift = uint32(len(a.slabs)) << slabBits
	wideShift := uint32(len(a.wide))
	for _, slab := range b.slabs {
		for i := range slab {
			r := &slab[i]
			if r.next != noDay {
				r.next += shift
			}
			if r.wide() {
				j := r.wideIndex() + wideShift
				r.counts[0], r.counts[1] = uint16(j), uint16(j>>16)
			}
		}
	}
	a.slabs = append(a.slabs, b.slabs...)
	a.wide = append(a.wide, b.wide...)
	return shift, true
}
