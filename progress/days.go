package progress

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// dayRecord is one student-day of a summary, in 20 bytes: the date, the
// day's largest overall intensity and the top bits of its intensity units
// share a word; lo and hi hold the rest of the counts of its DayTally in
// packed fields (see [dayRecord.load]); periods is the set of period
// labels counted (bits of the summary's slots, for the reading rules on
// repeated rows); and next links the student's days in date order: a
// summary's days are appended to its arena as they are met and never move.
//
// A day whose tally does not fit — more than 2,047 units of a count (34
// hours of minutes in one day) or fewer than none, or a maximum intensity
// over 7, which only [Summary.AddDay] can put in — is wide: its DayTally
// lives in the arena's wide table, and lo holds its index there. Measured
// school days never come near it, and nothing is lost when they do.
type dayRecord struct {
	word    uint32 // the date's ordinal (dateBits), the maximum intensity (3 bits), the wide flag, the intensity units' top bits
	periods periodSet
	next    uint32 // the position of the student's next day; noDay after the last
	lo, hi  uint32 // the packed counts
}

const (
	dateBits    = 22 // a valid Date's ordinal is under 2^22 (year 9999 ends at 3,652,365)
	dateMask    = 1<<dateBits - 1
	maxIntShift = dateBits
	maxIntMask  = 7 << maxIntShift
	wideFlag    = 1 << (dateBits + 3)
	topShift    = dateBits + 4 // the top bits of the intensity units
	noDay       = ^uint32(0)   // the end of a chain of days

	countBits    = 11 // each count but the intensity units
	countMask    = 1<<countBits - 1
	lowIntBits   = 64 - 5*countBits // the intensity units' bits in lo and hi; the rest are the word's top bits
	maxCount     = countMask
	maxIntUnits  = 1<<(lowIntBits+32-topShift) - 1
	maxNarrowInt = 7
)

// A narrow day's intensity units go up to 5 × its units.
const _ = uint(maxIntUnits - 5*maxCount)

// The counts of a day in the order of dayCounts.
const (
	cRated = iota
	cQualifying
	cInBand
	cUnits
	cSupport
	cIntensity
)

// dayCounts are counts in the order above: what rows add to a day.
type dayCounts [6]uint64

// load returns the counts of a narrow day in the order of dayCounts: the
// first five in countBits bits each of lo and hi (as one 64-bit word),
// the intensity units in the remaining bits with their top bits in the
// word.
func (r *dayRecord) load() (rated, qualifying, inBand, units, support, intensity uint64) {
	w := uint64(r.lo) | uint64(r.hi)<<32
	rated, qualifying, inBand, units, support = unpackCounts(w)
	return rated, qualifying, inBand, units, support, w>>(5*countBits) | uint64(r.word>>topShift)<<lowIntBits
}

// store sets the counts of a narrow day, and raises its maximum
// intensity to maxIntensity; the values must fit (fitsNarrow).
func (r *dayRecord) store(rated, qualifying, inBand, units, support, intensity uint64, maxIntensity uint32) {
	w := packCounts(rated, qualifying, inBand, units, support) | intensity<<(5*countBits)
	r.lo, r.hi = uint32(w), uint32(w>>32)
	r.word = raiseMax(r.word&(1<<topShift-1)|uint32(intensity>>lowIntBits)<<topShift, maxIntensity)
}

// raiseMax returns a narrow day's word with its maximum intensity raised
// to v.
func raiseMax(word, v uint32) uint32 {
	return word&^maxIntMask | max(word&maxIntMask, v<<maxIntShift)
}

// packCounts returns the word of a narrow day's first five counts, in the
// order of dayCounts, countBits bits each from bit 0; each must fit.
func packCounts(rated, qualifying, inBand, units, support uint64) uint64 {
	return rated | qualifying<<countBits | inBand<<(2*countBits) | units<<(3*countBits) | support<<(4*countBits)
}

// unpackCounts returns the five counts of a word of packCounts (or of a
// narrow day's lo and hi).
func unpackCounts(w uint64) (rated, qualifying, inBand, units, support uint64) {
	return w & countMask, w >> countBits & countMask, w >> (2 * countBits) & countMask, w >> (3 * countBits) & countMask,
		w >> (4 * countBits) & countMask
}

// fits reports whether the run t adds to the day r in one addition
// (addFitting): r is narrow and each of its fields has room for the run's
// minutes, which bound each of the run's counts, so that no field can
// carry into the next; and its intensity units leave room for five times
// a field's largest count, the most such a run can bring. A run whose
// counts overflowed (one not exact) never fits: its minutes exceed a
// field.
func (r *dayRecord) fits(t runTally) bool {
	return !r.wide() && countsBound(uint64(r.lo)|uint64(r.hi)<<32)+t.units() <= maxCount && r.word>>topShift <= roomTop
}

// roomTop is the largest top part of a narrow day's intensity units that
// leaves room for 5 × maxCount more.
const roomTop = (maxIntUnits - 5*maxCount) >> lowIntBits

// addFitting adds a run that fits the day r — its counts (a word of
// packCounts), its intensity units and its largest intensity: the counts
// to lo and hi's fields in one addition, the intensity units to the day's
// (their low bits in hi, the rest in the word's top bits).
func (r *dayRecord) addFitting(counts, intensity uint64, maxIntensity uint32) {
	w := uint64(r.lo) | uint64(r.hi)<<32
	sum := w>>(5*countBits) + intensity // the day's low bits and the run's
	w = w&(1<<(5*countBits)-1) + counts | sum<<(5*countBits)
	r.lo, r.hi = uint32(w), uint32(w>>32)
	r.word = raiseMax(r.word+uint32(sum>>lowIntBits)<<topShift, maxIntensity)
}

// countsBound returns a bound on the largest of the five counts of a narrow
// day's lo and hi (or of a word of packCounts), in a few instructions:
// their bitwise or.
func countsBound(w uint64) uint64 {
	return (w | w>>countBits | w>>(2*countBits) | w>>(3*countBits) | w>>(4*countBits)) & countMask
}

// addRun adds what the rows of a run counted to the day r, in one
// addition when it fits and through addCounts (which makes the day wide
// when it must) otherwise; t must be exact.
func (a *dayArena) addRun(r *dayRecord, t runTally) {
	if r.fits(t) {
		r.addFitting(t.counts, t.intensityUnits(), uint32(t.maxIntensity()))
		return
	}
	rated, qualifying, inBand, units, support := unpackCounts(t.counts)
	a.addCounts(r, rated, qualifying, inBand, units, support, t.intensityUnits(), t.maxIntensity())
}

// fitsNarrow reports whether counts (in the order of dayCounts) and a
// maximum intensity fit a narrow day's fields.
func fitsNarrow(rated, qualifying, inBand, units, support, intensity, maxIntensity uint64) bool {
	return rated|qualifying|inBand|units|support <= maxCount && intensity <= maxIntUnits && maxIntensity <= maxNarrowInt
}

// ord returns the ordinal of the day's date.
func (r *dayRecord) ord() uint32 { return r.word & dateMask }

// date returns the day's date.
func (r *dayRecord) date() goal.Date { return goal.DateFromOrdinal(int(r.ord())) }

// wide reports whether the day's tally is in the wide table.
func (r *dayRecord) wide() bool { return r.word&wideFlag != 0 }

// wideIndex returns the index of a wide day's tally in the wide table.
func (r *dayRecord) wideIndex() uint32 { return r.lo }

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
// slabSize records (320 KiB).
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
// (80 GiB of records): past that, add panics.
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
// maxIntensity: addCounts of counts in the order of dayCounts.
func (a *dayArena) count(r *dayRecord, c *dayCounts, maxIntensity rubric.Intensity) {
	a.addCounts(r, c[cRated], c[cQualifying], c[cInBand], c[cUnits], c[cSupport], c[cIntensity], maxIntensity)
}

// addCounts adds the counts to the day r, and raises its maximum
// intensity to maxIntensity. A day whose counts would leave their fields
// is made wide.
func (a *dayArena) addCounts(r *dayRecord, rated, qualifying, inBand, units, support, intensity uint64, maxIntensity rubric.Intensity) {
	if !r.wide() {
		r0, q0, b0, u0, s0, i0 := r.load()
		r1, q1, b1, u1, s1, i1 := r0+rated, q0+qualifying, b0+inBand, u0+units, s0+support, i0+intensity
		if fitsNarrow(r1, q1, b1, u1, s1, i1, uint64(maxIntensity)) {
			r.store(r1, q1, b1, u1, s1, i1, uint32(maxIntensity))
			return
		}
	}
	a.addWide(r, DayTally{Tally: Tally{Rated: int64(rated), Qualifying: int64(qualifying)}, InBand: int64(inBand),
		Units: int64(units), SupportUnits: int64(support), IntensityUnits: int64(intensity), MaxIntensity: maxIntensity})
}

// addTally adds d (its date aside) to the day r.
func (a *dayArena) addTally(r *dayRecord, d DayTally) {
	c := dayCounts{uint64(d.Rated), uint64(d.Qualifying), uint64(d.InBand), uint64(d.Units), uint64(d.SupportUnits), uint64(d.IntensityUnits)}
	if fitsNarrow(c[0], c[1], c[2], c[3], c[4], c[5], uint64(d.MaxIntensity)) { // a negative count reads as too large
		a.count(r, &c, d.MaxIntensity)
		return
	}
	a.addWide(r, d)
}

// addWide adds d to the day r, making it wide first.
func (a *dayArena) addWide(r *dayRecord, d DayTally) {
	if !r.wide() {
		i := uint32(len(a.wide))
		a.wide = append(a.wide, a.tally(r))
		r.lo, r.hi = i, 0
		r.word = r.word&(1<<topShift-1) | wideFlag
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
	rated, qualifying, inBand, units, support, intensity := r.load()
	return DayTally{Date: r.date(), Tally: Tally{Rated: int64(rated), Qualifying: int64(qualifying)}, InBand: int64(inBand),
		Units: int64(units), SupportUnits: int64(support), IntensityUnits: int64(intensity),
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
				r.lo += wideShift
			}
		}
	}
	a.slabs = append(a.slabs, b.slabs...)
	a.wide = append(a.wide, b.wide...)
	return shift, true
}
