package progress

import (
	"encoding/binary"
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
	// per-row in-band test that does not depend on support
	bandLow, bandHigh uint8
	skill             string
	sum               *Summary

	// the cache of the last day written
	curStudent StudentID
	curIndex   int32 // the student's index in sum.students
	curDate    goal.Date
	curDay     *DayTally
	curDayAt   int // curDay's index in the student's days
	curGen     uint64

	memo   [8]qualifyMemo // by overall intensity (8 for &7 indexing)
	inBand [8]int64       // by TEP level: 1 when in the benchmark's band
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
	}
	for t := range m.inBand {
		if b.TEPBand().Contains(rubric.TEP(t)) {
			m.inBand[t] = 1
		}
	}
	return m
}

// Benchmark returns the benchmark being measured.
func (m *Measurer) Benchmark() goal.Benchmark { return m.b }

// Summary returns the summary measured so far. It stays the measurer's:
// observations added later update it.
func (m *Measurer) Summary() *Summary { return m.sum }

// dayOf returns the DayTally of the student's day; it checks a student ID
// the summary has not seen.
func (m *Measurer) dayOf(id StudentID, date goal.Date) (*DayTally, error) {
	if m.curDay != nil && date == m.curDate && sameStudent(id, m.curStudent) && m.curGen == m.sum.gen {
		return m.curDay, nil
	}
	return m.findDay(id, date)
}

// findDay is the slow path of dayOf: another day of the same student (most
// often the next one), or another student.
func (m *Measurer) findDay(id StudentID, date goal.Date) (*DayTally, error) {
	hint := m.curDayAt
	if m.curDay == nil || !sameStudent(id, m.curStudent) || m.curGen != m.sum.gen {
		hint = -1
		if m.curDay != nil && m.curGen == m.sum.gen {
			// Size new students' days like the one just finished.
			m.sum.daysHint = max(m.sum.daysHint, len(m.sum.students[m.curIndex].days))
		}
		i, seen := m.sum.index[id]
		if !seen {
			if err := checkStudent(string(id)); err != nil {
				return nil, &RowError{Column: colStudent, Err: err}
			}
			i = m.sum.student(id)
		}
		m.curStudent, m.curIndex = id, i
	}
	sd := &m.sum.students[m.curIndex]
	at := sd.day(date, hint)
	m.curDate, m.curDay, m.curDayAt, m.curGen = date, &sd.days[at], at, m.sum.gen
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
// answer. As the predicate is a pure function of the rating, the overall
// intensity and the profile, the measurer asks it about every rating level
// once for each support (intensity and profile) it meets and reuses the
// answers while the support stays the same — a student's support changes
// far less often than rows. A run of intervals of the same student and day
// is pooled in registers and written to the day once.
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
		var units, support, intensity, rated, inBand, qualifying int64
		maxIntensity := d.MaxIntensity
		j := i
		for ; j < len(ivs); j++ {
			iv := &ivs[j]
			// The first interval of the run passed intervalMeasurable; the
			// others share its date and student, so the rest of the check is left.
			if iv.Date != first.Date || !sameStudent(iv.Student, first.Student) || !levelsMeasurable(iv) {
				break
			}
			// Branch-free counting (ratings vary at random from row to row,
			// so branches on them would be mispredicted): a level indexes
			// a table of 0/1 multipliers.
			mins := int64(iv.Minutes)
			units += mins
			support += mins * nonZero[iv.Intensity&7]
			intensity += mins * int64(iv.Intensity)
			maxIntensity = max(maxIntensity, iv.Intensity)
			rated += mins * nonZero[iv.TEP&7]
			inBand += mins * m.inBand[iv.TEP&7]
			e := &m.memo[iv.Intensity&7]
			if !e.valid || !sameProfile(&e.profile, &iv.Profile) {
				m.ask(e, iv)
			}
			qualifying += mins * e.qualifies[iv.TEP&7]
		}
		d.Units += units
		d.SupportUnits += support
		d.IntensityUnits += intensity
		d.MaxIntensity = maxIntensity
		d.Rated += rated
		d.InBand += inBand
		d.Qualifying += qualifying
		i = j
	}
	return len(ivs), nil
}

// qualifyMemo holds the answers of [goal.Benchmark.QualifiesInterval] —
// a pure function of its arguments — for one overall intensity and one
// support profile: qualifies[t] is 1 when an interval rated TEP t under
// that support qualifies, 0 when not. The measurer keeps one per overall
// intensity level. A student's support changes far less often than rows
// (it is the same through most of a day and for weeks at a time), so the
// predicate is asked about each rating level once per support seen, and
// its answers are used as given.
type qualifyMemo struct {
	valid     bool
	profile   rubric.SupportProfile
	qualifies [8]int64
}

// ask fills e with the predicate's answers for iv's support.
func (m *Measurer) ask(e *qualifyMemo, iv *Interval) {
	*e = qualifyMemo{valid: true, profile: iv.Profile}
	for t := range rubric.TEP(6) {
		if m.b.QualifiesInterval(t, iv.Intensity, &iv.Profile) {
			e.qualifies[t] = 1
		}
	}
}

// nonZero maps a level (0–5) to 1 when it is rated or recorded, 0 when
// not. Its length of 8 lets an index masked with &7 skip bounds checks.
var nonZero = [8]int64{0, 1, 1, 1, 1, 1}

// sameProfile is *a == *b without the call to runtime.memequal that
// comparing 17-byte arrays costs: the profiles are read as bytes, eight at
// a time.
func sameProfile(a, b *rubric.SupportProfile) bool {
	const n = unsafe.Sizeof(rubric.SupportProfile{})
	x := unsafe.Slice((*byte)(unsafe.Pointer(a)), n)
	y := unsafe.Slice((*byte)(unsafe.Pointer(b)), n)
	return binary.LittleEndian.Uint64(x) == binary.LittleEndian.Uint64(y) &&
		binary.LittleEndian.Uint64(x[8:]) == binary.LittleEndian.Uint64(y[8:]) &&
		x[16] == y[16]
}

// sameStudent is a == b, first comparing where the strings point: the
// intervals of one student usually share one interned string.
func sameStudent(a, b StudentID) bool {
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
	d.Units++
	if o.Intensity != 0 {
		d.SupportUnits++
		d.IntensityUnits += int64(o.Intensity)
		d.MaxIntensity = max(d.MaxIntensity, o.Intensity)
	}
	if o.Rating == 0 {
		return nil
	}
	d.Rated++
	if uint8(o.Rating) >= m.bandLow && uint8(o.Rating) <= m.bandHigh {
		d.InBand++
		if m.b.QualifiesOpportunity(o.Rating, o.Intensity) {
			d.Qualifying++
		}
	}
	return nil
}
