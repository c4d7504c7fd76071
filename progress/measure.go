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
	pend    *dayRecord
	pending runTally

	// periodBits is the summary's table of the bits of short period
	// labels (sum.slots.tiny), held here to spare two loads a row; nil
	// until a slot is marked.
	periodBits *[1 << 16]uint8

	q      goal.Qualifier    // the benchmark's predicate
	memo   memoTable         // by overall intensity
	inBand [numLevels]uint64 // by TEP level: 1 when in the benchmark's band
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
		if r := m.cursorDay(date); r != nil {
			return r, nil
		}
	}
	return m.findDay(id, date)
}

// cursorDay returns the record of the cursor's student's day of date when
// it is the cursor's day or the next one, moving the cursor to it, and nil
// otherwise. The cursor must be current.
func (m *Measurer) cursorDay(date goal.Date) *dayRecord {
	if date == m.curDate {
		return m.curDay
	}
	if next := m.curDay.next; next != noDay {
		if r := m.sum.days.at(next); r.ord() == uint32(date.Ordinal()) {
			m.curDate, m.curDay, m.curAt = date, r, next
			return r
		}
	}
	return nil
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
// pooled in packed counters in registers and written to the day at once
// (row by row in the rare run of more minutes than a day's field holds).
func (m *Measurer) AddIntervals(ivs []Interval) (int, error) {
	if !m.isTEP {
		return len(ivs), nil
	}
	var cursorSP *byte // the student string, as ivs hold it, of the cursor's day
	cursorSL := 0
	for i := 0; i < len(ivs); {
		run := ivs[i:]
		n, counts, weighted, seen, miss := countRows(&m.memo, run)
		if miss {
			n, counts, weighted, seen = m.countMisses(run, n, runTally{counts, weighted, seen})
		}
		first := &run[0]
		if n == 0 || !first.Date.IsValid() || first.Student == "" {
			return i, first.Validate()
		}
		sp, sl := unsafe.StringData(string(first.Student)), len(first.Student)
		var d *dayRecord
		if sp == cursorSP && sl == cursorSL { // within one call, the same string is the same student
			d = m.cursorDay(first.Date)
		}
		if d == nil {
			var err error
			if d, err = m.dayOf(first.Student, first.Date); err != nil {
				return i, err
			}
			cursorSP, cursorSL = sp, sl
		}
		if t := (runTally{counts, weighted, seen}); d.fits(t) { // addRun's first step, inlined
			d.addFitting(t.counts, t.intensityUnits(), uint32(t.maxIntensity()))
		} else {
			m.addRows(d, run[:n], t)
		}
		i += n
	}
	return len(ivs), nil
}

// countMisses goes on counting the run of run[0] after countRows stopped
// at run[n] for want of its support in the memo, having counted t: it
// asks the predicate and counts on until the run ends, or until it holds
// maxRun rows (it then holds fewer than twice that). It returns how many
// rows of the run it counted in all and what they add up to.
func (m *Measurer) countMisses(run []Interval, n int, t runTally) (int, uint64, uint64, uint8) {
	for miss := true; miss && n < maxRun; {
		m.ask(&run[n])
		var k int
		var c, w uint64
		var v uint8
		k, c, w, v, miss = countRows(&m.memo, run[n:]) // run[n] is of the run: its student and date are run[0]'s
		n, t = n+k, t.plus(runTally{c, w, v})
	}
	return n, t.counts, t.weighted, t.seen
}

// addRows adds the counts of rows, a run counted as t, to their day d.
// When the run holds more minutes than a day's field (its packed counts
// then overflowed into each other), the rows are added one at a time.
func (m *Measurer) addRows(d *dayRecord, rows []Interval, t runTally) {
	if t.exact() {
		m.sum.days.addRun(d, t)
		return
	}
	for i := range rows {
		m.countOne(d, &rows[i])
	}
}

// countOne counts one measurable interval into its day d.
func (m *Measurer) countOne(d *dayRecord, iv *Interval) {
	m.sum.days.addRun(d, m.row(iv))
}

// row returns what one measurable interval adds to its day, asking the
// predicate when its support is not in the memo.
func (m *Measurer) row(iv *Interval) runTally {
	e := &m.memo[iv.Intensity]
	if !e.holds(&iv.Profile) {
		m.ask(iv)
	}
	mins := uint64(iv.Minutes)
	return runTally{mins * e.counts[iv.TEP], mins * e.weight, 1 << iv.Intensity}
}

// pool counts the interval, of the day d, into the measurer's pending
// run, which is written to its day at once when a row of another day
// comes (flushRun), or before the run's minutes would leave a day's
// field: the rows of a day are counted as AddIntervals counts a run, one
// at a time. iv must be measurable.
func (m *Measurer) pool(d *dayRecord, iv *Interval) {
	if d != m.pend || m.pending.units()+uint64(iv.Minutes) > maxCount {
		m.flushRun()
		m.pend = d
	}
	m.pending = m.pending.plus(m.row(iv))
}

// flushRun writes the pending run to its day.
func (m *Measurer) flushRun() {
	if m.pend != nil {
		m.sum.days.addRun(m.pend, m.pending)
		m.pend, m.pending = nil, runTally{}
	}
}

// runTally is what rows of a run add to their day. counts holds the
// rated, qualifying, in-band, recorded and supported minutes in the
// fields of a narrow day (see [packCounts]); weighted holds intensity ×
// minutes in its low weightShift bits and the minutes above them; seen
// has bit v set when overall intensity v was met (a bit set costs no
// branch, unlike a running maximum).
//
// Each row adds its minutes (at most 600) to a field of counts, so the
// fields hold their sums exactly while the run's minutes, each field's
// bound, fit a field ([runTally.exact]); weighted's parts cannot overflow
// within a run (fewer than 2 × maxRun rows).
type runTally struct {
	counts, weighted uint64
	seen             uint8
}

// weightShift is where the minutes start in a runTally's weighted word.
const weightShift = 32

// maxRun is the most rows countRows counts at once; a run holds fewer
// than twice that (see [Measurer.countMisses]), so that its intensity ×
// minutes fit below weightShift.
const maxRun = 1 << 16

const _ = uint(1<<weightShift - 1 - 2*maxRun*MaxMinutes*5)

// plus returns what the rows of t and u add up to.
func (t runTally) plus(u runTally) runTally {
	return runTally{t.counts + u.counts, t.weighted + u.weighted, t.seen | u.seen}
}

// units returns the minutes of the run.
func (t runTally) units() uint64 { return t.weighted >> weightShift }

// intensityUnits returns the intensity × minutes of the run.
func (t runTally) intensityUnits() uint64 { return t.weighted & (1<<weightShift - 1) }

// exact reports whether the run's counts fit their fields.
func (t runTally) exact() bool { return t.units() <= maxCount }

// maxIntensity returns the largest overall intensity of the run's rows.
func (t runTally) maxIntensity() rubric.Intensity { return rubric.Intensity(bits.Len8(t.seen) - 1) }

// countRows counts the leading rows of rows that belong to the run of the
// first one (its student string and date, levels measurable) and whose
// support is in memo, at most maxRun. It returns how many it counted,
// what they add up to, and whether it stopped at a row of the run for
// want of its support in the memo.
//
// The counting is branch-free (ratings vary at random from row to row, so
// branches on them would be mispredicted): per row, the minutes multiply
// two words of multipliers looked up by level. The loop calls nothing and
// compares each row with the first in memory, which leaves the registers
// to the counts.
func countRows(memo *memoTable, rows []Interval) (n int, counts, weighted uint64, seen uint8, miss bool) {
	if len(rows) == 0 {
		return 0, 0, 0, 0, false
	}
	rows = rows[:min(len(rows), maxRun)]
	first := &rows[0]
	for j := range rows {
		iv := &rows[j]
		if iv.Date != first.Date || unsafe.StringData(string(iv.Student)) != unsafe.StringData(string(first.Student)) ||
			len(iv.Student) != len(first.Student) || !levelsMeasurable(iv) {
			return j, counts, weighted, seen, false
		}
		e := &memo[iv.Intensity]
		if !e.holds(&iv.Profile) {
			return j, counts, weighted, seen, true
		}
		mins := uint64(iv.Minutes)
		counts += mins * e.counts[iv.TEP]
		weighted += mins * e.weight
		seen |= 1 << iv.Intensity
	}
	return len(rows), counts, weighted, seen, false
}

// qualifyMemo holds the answers of [goal.Benchmark.QualifiesInterval] —
// a pure function of its arguments — for one overall intensity and one
// support profile: counts[t] holds the multipliers (0 or 1, in the fields
// of a runTally's counts) of the rated, qualifying, in-band, recorded and
// supported minutes of an interval rated TEP t under that support, and
// weight those of intensity × minutes and of the minutes (in the parts of
// a runTally's weighted word). The measurer keeps one per overall intensity
// level. A student's support changes far less often than rows (it is the
// same through most of a day and for weeks at a time), so the predicate is
// asked about each rating level once per support seen, and its answers are
// used as given.
type qualifyMemo struct {
	counts  [numLevels]uint64
	weight  uint64
	profile rubric.ProfileKey // the support profile the answers are for
}

// numLevels is the number of levels a TEP rating or an overall intensity
// can have in a measurable interval: 0 (unrated, not recorded) to 5. The
// measurer's tables have one entry per level, so that a level it has
// checked indexes them without a bounds check.
const numLevels = 6

// memoTable holds a measurer's memos, one per overall intensity.
type memoTable [numLevels]qualifyMemo

// holds reports whether the memo is for profile.
func (e *qualifyMemo) holds(profile *rubric.SupportProfile) bool { return e.profile.Matches(profile) }

// ask fills the memo of iv's overall intensity with the predicate's
// answers for iv's support.
func (m *Measurer) ask(iv *Interval) {
	m.fillMemo(iv.Intensity, &iv.Profile)
}

// fillMemo fills the memo of an overall intensity (0–5) with the
// predicate's answers for that intensity and profile.
func (m *Measurer) fillMemo(overall rubric.Intensity, profile *rubric.SupportProfile) {
	e := &m.memo[overall]
	e.profile = profile.Key()
	v := uint64(overall)
	e.weight = v | 1<<weightShift
	for t := range rubric.TEP(len(e.counts)) {
		var qualifies uint64
		if m.q.QualifiesInterval(t, overall, profile) {
			qualifies = 1
		}
		e.counts[t] = packCounts(min(uint64(t), 1), qualifies, m.inBand[t], 1, min(v, 1))
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
