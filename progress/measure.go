package progress

import (
	"math/bits"
	"unsafe"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Measurer measures one benchmark over a stream of observations, student
// by student and day by day, into a [Summary]. It is the in-memory engine
// under [Measure]; use it directly when observations are already decoded.
//
// For a TEP benchmark it takes intervals: an interval's minutes count as
// units of its day; when it is rated they count as rated, as in band when
// the TEP rating is in the benchmark's band (whatever the support), and as
// qualifying when [goal.Benchmark.QualifiesInterval] says so (rating in
// band and support within the limit). For a soft-skill benchmark it takes
// the opportunities of the benchmark's skill area, one unit each, judged by
// [goal.Benchmark.QualifiesOpportunity]. Observations of the other kind, or
// of another skill area, are not the benchmark's data and are not counted.
//
// Observations may come in any order; input sorted by student then date
// (as [Generate] writes it) is fastest, since the measurer caches the last
// student and day. A Measurer is for one goroutine: give each goroutine
// its own and [Summary.Merge] their summaries. Build it with [NewMeasurer].
type Measurer struct {
	b     goal.Benchmark
	isTEP bool
	// the benchmark's rating band as plain numbers (low, high), for the
	// in-band test of an opportunity, which does not depend on support
	bandLow, bandHigh uint8
	skill             string
	sum               *Summary

	// the cache of the last day written
	curStudent goal.StudentID
	curIndex   int32 // the student's index in sum.students
	curDate    goal.Date
	curDay     *dayRecord
	curAt      uint32 // curDay's position in the summary's arena
	curGen     uint64

	// the fast path's pending run (pool): rows of the day pend, counted
	// but not yet written to it
	pend     *dayRecord
	pending  runTally
	pendRows int

	// periodBits is the summary's table of the bits of short period
	// labels (sum.slots.tiny), held here to spare two loads a row; nil
	// until a slot is marked.
	periodBits *[1 << 16]uint8

	q      goal.Qualifier // the benchmark's predicate
	memo   [8]qualifyMemo // by overall intensity (8 for &7 indexing)
	inBand [8]uint64      // by TEP level: 1 when in the benchmark's band
}

// NewMeasurer returns a measurer of b with an empty summary.
func NewMeasurer(b goal.Benchmark) *Measurer {
	m := &Measurer{
		b:        b,
		isTEP:    b.Measure() == goal.MeasureTEP,
		bandLow:  uint8(b.BandLow()),
		bandHigh: uint8(b.BandHigh()),
		skill:    b.Skill().ID(),
		sum:      &Summary{},
		q:        b.Qualifier(),
	}
	for t := range m.inBand {
		if b.TEPBand().Contains(rubric.TEP(t)) {
			m.inBand[t] = 1
		}
	}
	for v := range m.memo {
		m.fillMemo(rubric.Intensity(v), &rubric.SupportProfile{})
	}
	return m
}

// Benchmark returns the benchmark being measured.
func (m *Measurer) Benchmark() goal.Benchmark { return m.b }

// Summary returns the summary measured so far. It stays the measurer's:
// observations added later update it.
func (m *Measurer) Summary() *Summary {
	m.flushRun()
	return m.sum
}

// dayOf returns the record of the student's day; it checks a student ID
// the summary has not seen. The same day as the last one, and the next
// day of the same student, are found without a call.
func (m *Measurer) dayOf(id goal.StudentID, date goal.Date) (*dayRecord, error) {
	if m.curDay != nil && m.curGen == m.sum.gen && sameStudent(id, m.curStudent) {
		if date == m.curDate {
			return m.curDay, nil
		}
		if next := m.curDay.next; next != noDay {
			if r := m.sum.days.at(next); r.ord() == uint32(date.Ordinal()) {
				m.curDate, m.curDay, m.curAt = date, r, next
				return r, nil
			}
		}
	}
	return m.findDay(id, date)
}

// findDay is the slow path of dayOf: another day of the same student, or
// another student.
func (m *Measurer) findDay(id goal.StudentID, date goal.Date) (*dayRecord, error) {
	from := m.curAt
	if m.curDay == nil || !sameStudent(id, m.curStudent) || m.curGen != m.sum.gen {
		from = noDay
		prev := int32(-1) // the student just finished, when the cursor is current
		if m.curDay != nil && m.curGen == m.sum.gen {
			prev = m.curIndex
		}
		i, err := m.sum.studentAfter(prev, id)
		if err != nil {
			return nil, err
		}
		m.curStudent, m.curIndex = m.sum.students[i].id, i // the summary's copy: id may be a view of a buffer
		m.periodBits = m.sum.slots.table()                 // the summary may have been replaced
	}
	at := m.sum.day(&m.sum.students[m.curIndex], uint32(date.Ordinal()), from)
	m.curDate, m.curDay, m.curAt, m.curGen = date, m.sum.days.at(at), at, m.sum.gen
	return m.curDay, nil
}

// AddInterval counts one interval. It checks what measurement relies on
// (a student, a date, minutes in 1–600, levels on their scales) and
// returns a *[RowError] without counting the interval when that fails; it
// does not allocate otherwise. For a soft-skill benchmark it does nothing.
func (m *Measurer) AddInterval(iv *Interval) error {
	one := [1]Interval{*iv}
	_, err := m.AddIntervals(one[:])
	return err
}

// AddIntervals counts each interval of ivs in turn, as [Measurer.AddInterval]
// does. It stops at the first interval it rejects and returns how many it
// counted (the rejected interval's index) and that interval's *[RowError].
// It does not allocate.
//
// Whether an interval qualifies is always [goal.Benchmark.QualifiesInterval]'s
// answer (asked of the benchmark's [goal.Qualifier], to which it delegates).
// As the predicate is a pure function of the rating, the overall intensity
// and the profile, the measurer asks it about every rating level once for
// each support (intensity and profile) it meets and reuses the answers
// while the support stays the same — a student's support changes far less
// often than rows. A run of intervals of the same student and day is
// pooled in packed counters in registers and written to the day once.
func (m *Measurer) AddIntervals(ivs []Interval) (int, error) {
	if !m.isTEP {
		return len(ivs), nil
	}
	for i := 0; i < len(ivs); {
		first := &ivs[i]
		if !intervalMeasurable(first) {
			return i, first.Validate()
		}
		d, err := m.dayOf(first.Student, first.Date)
		if err != nil {
			return i, err
		}
		i += m.addRun(d, ivs[i:min(len(ivs), i+maxRun)])
	}
	return len(ivs), nil
}

// addRun counts into d the leading intervals of run that share the first
// one's student (the same string data) and date and are measurable, and
// returns how many it counted: at least one, as the caller has checked the
// first. Between stretches of counting it asks the predicate when a row's
// support is not in the memo.
func (m *Measurer) addRun(d *dayRecord, run []Interval) int {
	var t runTally
	n := 0
	for {
		k, c, miss := countRows(&m.memo, run, n)
		n = k
		t = runTally{judged: t.judged + c.judged, recorded: t.recorded + c.recorded, seen: t.seen | c.seen}
		if !miss {
			break
		}
		m.ask(&run[n])
	}
	m.sum.days.countRun(d, t)
	return n
}

// countRun adds what the rows of a run counted to their day.
func (a *dayArena) countRun(d *dayRecord, t runTally) {
	rated, inBand, qualifying := unpack(t.judged)
	units, support, intensity := unpack(t.recorded)
	a.addCounts(d, rated, qualifying, inBand, units, support, intensity, rubric.Intensity(bits.Len8(t.seen)-1))
}

// pool counts the interval, of the day d, into the measurer's pending
// run, which is written to its day at once when a row of another day
// comes (flushRun): the rows of a day are counted as addRun counts them,
// one at a time. iv must be measurable.
func (m *Measurer) pool(d *dayRecord, iv *Interval) {
	if d != m.pend || m.pendRows == maxRun {
		m.flushRun()
		m.pend = d
	}
	e := &m.memo[iv.Intensity&7]
	if !e.holds(&iv.Profile) {
		m.ask(iv)
	}
	j, r, v := e.row(iv)
	m.pending = runTally{m.pending.judged + j, m.pending.recorded + r, m.pending.seen | v}
	m.pendRows++
}

// flushRun writes the pending run to its day.
func (m *Measurer) flushRun() {
	if m.pend != nil {
		m.sum.days.countRun(m.pend, m.pending)
		m.pend, m.pending, m.pendRows = nil, runTally{}, 0
	}
}

// runTally is what rows of a run add to their day: judged packs the
// rated, in-band and qualifying minutes, recorded the minutes, the minutes
// with an overall intensity and intensity × minutes (see [pack]), and seen
// has bit v set when overall intensity v was met (a bit set costs no
// branch, unlike a running maximum).
type runTally struct {
	judged, recorded uint64
	seen             uint8
}

// countRows counts the rows of run from index k on while they belong to
// the run (as [Measurer.addRun] says) and their support is in memo. It
// returns the index of the first row it did not count, what the rows
// counted add up to, and whether it stopped there for want of a memo entry.
//
// The counting is branch-free (ratings vary at random from row to row, so
// branches on them would be mispredicted): per row, the minutes multiply
// two packed words of 0/1 multipliers looked up by level. The loop calls
// nothing and compares each row with the first in memory, so that its
// values stay in registers.
func countRows(memo *[8]qualifyMemo, run []Interval, k int) (int, runTally, bool) {
	first := &run[0]
	var judged, recorded uint64
	var seen uint8
	rows := run[k:]
	n, miss := len(rows), false
	for j := range rows {
		iv := &rows[j]
		if iv.Date != first.Date || unsafe.StringData(string(iv.Student)) != unsafe.StringData(string(first.Student)) ||
			len(iv.Student) != len(first.Student) || !levelsMeasurable(iv) {
			n = j
			break
		}
		e := &memo[iv.Intensity&7]
		if !e.holds(&iv.Profile) {
			n, miss = j, true
			break
		}
		j, r, v := e.row(iv)
		judged, recorded, seen = judged+j, recorded+r, seen|v
	}
	return k + n, runTally{judged, recorded, seen}, miss
}

// row returns what one row whose support is the memo's adds to a run.
func (e *qualifyMemo) row(iv *Interval) (judged, recorded uint64, seen uint8) {
	mins := uint64(iv.Minutes)
	return mins * e.judged[iv.TEP&7], mins * e.recorded, 1 << (iv.Intensity & 7)
}

// packedCounts: three counts of a run packed in a uint64, fieldBits bits
// each. A row adds at most 600 minutes × 5 (the intensity-weighted field),
// so fields cannot overflow into each other within maxRun rows.
const (
	fieldBits = 21
	fieldMask = 1<<fieldBits - 1
	maxRun    = 512
)

// The packed accumulators of a run must not overflow: maxRun rows of the
// largest contribution fit in a field.
const _ = uint(fieldMask - maxRun*MaxMinutes*5)

// pack returns the packed word of three counts.
func pack(a, b, c uint64) uint64 { return a | b<<fieldBits | c<<(2*fieldBits) }

// unpack returns the three counts of a packed word.
func unpack(w uint64) (a, b, c uint64) {
	return w & fieldMask, w >> fieldBits & fieldMask, w >> (2 * fieldBits) & fieldMask
}

// qualifyMemo holds the answers of [goal.Benchmark.QualifiesInterval] —
// a pure function of its arguments — for one overall intensity and one
// support profile: judged[t] packs the multipliers of rated, in-band and
// qualifying minutes for an interval rated TEP t under that support, and
// recorded those of its minutes, its minutes with support recorded and
// intensity × minutes. The measurer keeps one per overall intensity
// level. A student's support changes far less often than rows (it is the
// same through most of a day and for weeks at a time), so the predicate is
// asked about each rating level once per support seen, and its answers are
// used as given.
type qualifyMemo struct {
	judged   [8]uint64
	recorded uint64
	profile  rubric.ProfileKey // the support profile the answers are for
}

// holds reports whether the memo is for profile.
func (e *qualifyMemo) holds(profile *rubric.SupportProfile) bool { return e.profile.Matches(profile) }

// ask fills the memo of iv's overall intensity with the predicate's
// answers for iv's support.
func (m *Measurer) ask(iv *Interval) {
	m.fillMemo(iv.Intensity, &iv.Profile)
}

// fillMemo fills the memo of an overall intensity (0–7) with the
// predicate's answers for that intensity and profile.
func (m *Measurer) fillMemo(overall rubric.Intensity, profile *rubric.SupportProfile) {
	e := &m.memo[overall&7]
	e.profile = profile.Key()
	v := uint64(overall)
	e.recorded = pack(1, min(v, 1), v)
	for t := range rubric.TEP(len(e.judged)) {
		var qualifies uint64
		if m.q.QualifiesInterval(t, overall, profile) {
			qualifies = 1
		}
		e.judged[t] = pack(min(uint64(t), 1), m.inBand[t], qualifies)
	}
}

// sameStudent is a == b, first comparing where the strings point: the
// intervals of one student usually share one interned string.
func sameStudent(a, b goal.StudentID) bool {
	return len(a) == len(b) && (unsafe.StringData(string(a)) == unsafe.StringData(string(b)) || a == b)
}

// intervalMeasurable is the cheap check of what measurement relies on;
// [Interval.Validate] says what is wrong when it fails.
func intervalMeasurable(iv *Interval) bool {
	return levelsMeasurable(iv) && iv.Date.IsValid() && iv.Student != ""
}

// levelsMeasurable checks the minutes and levels of an interval.
func levelsMeasurable(iv *Interval) bool {
	return uint(iv.Minutes-MinMinutes) <= MaxMinutes-MinMinutes && iv.TEP <= 5 && iv.Intensity <= 5
}

// AddOpportunity counts one opportunity of the benchmark's skill area (one
// unit); opportunities of other areas, and every opportunity for a TEP
// benchmark, are not counted. It returns a *[RowError] for an opportunity
// without a student or date or with levels off their scales, and does not
// allocate otherwise.
func (m *Measurer) AddOpportunity(o *Opportunity) error {
	if m.skill == "" || o.Skill != m.skill {
		return nil
	}
	if o.Rating > 5 || o.Intensity > 5 || !o.Date.IsValid() || o.Student == "" {
		return o.Validate()
	}
	d, err := m.dayOf(o.Student, o.Date)
	if err != nil {
		return err
	}
	c := dayCounts{cUnits: 1}
	if o.Intensity != 0 {
		c[cSupport], c[cIntensity] = 1, uint64(o.Intensity)
	}
	if o.Rating != 0 {
		c[cRated] = 1
		if uint8(o.Rating) >= m.bandLow && uint8(o.Rating) <= m.bandHigh {
			c[cInBand] = 1
			if m.q.QualifiesOpportunity(o.Rating, o.Intensity) {
				c[cQualifying] = 1
			}
		}
	}
	m.sum.days.count(d, &c, o.Intensity)
	return nil
}
