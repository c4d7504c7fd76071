package progress

import (
	"github.com/iepgoal/iepgoal/goal"
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
}

// NewMeasurer returns a measurer of b with an empty summary.
func NewMeasurer(b goal.Benchmark) *Measurer {
	return &Measurer{
		b:        b,
		isTEP:    b.Measure() == goal.MeasureTEP,
		bandLow:  uint8(b.BandLow()),
		bandHigh: uint8(b.BandHigh()),
		skill:    b.Skill().ID(),
		sum:      &Summary{},
	}
}

// Benchmark returns the benchmark being measured.
func (m *Measurer) Benchmark() goal.Benchmark { return m.b }

// Summary returns the summary measured so far. It stays the measurer's:
// observations added later update it.
func (m *Measurer) Summary() *Summary { return m.sum }

// dayOf returns the DayTally of the student's day; it checks a student ID
// the summary has not seen.
func (m *Measurer) dayOf(id StudentID, date goal.Date) (*DayTally, error) {
	if m.curDay != nil && date == m.curDate && id == m.curStudent && m.curGen == m.sum.gen {
		return m.curDay, nil
	}
	return m.findDay(id, date)
}

// findDay is the slow path of dayOf: another day of the same student (most
// often the next one), or another student.
func (m *Measurer) findDay(id StudentID, date goal.Date) (*DayTally, error) {
	hint := m.curDayAt
	if m.curDay == nil || id != m.curStudent || m.curGen != m.sum.gen {
		hint = -1
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
	if !m.isTEP {
		return nil
	}
	if !intervalMeasurable(iv) {
		return iv.Validate()
	}
	d, err := m.dayOf(iv.Student, iv.Date)
	if err != nil {
		return err
	}
	m.count(d, iv)
	return nil
}

// AddIntervals counts each interval of ivs in turn, as [Measurer.AddInterval]
// does. It stops at the first interval it rejects and returns how many it
// counted (the rejected interval's index) and that interval's *[RowError].
//
// A run of intervals of the same student and day is pooled in registers
// and written to the day once: the per-interval work is the checks, the
// in-band test and a call of [goal.Benchmark.QualifiesInterval].
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
		var acc DayTally
		j := i
		for ; j < len(ivs); j++ {
			iv := &ivs[j]
			if iv.Date != first.Date || iv.Student != first.Student || !intervalMeasurable(iv) {
				break
			}
			m.count(&acc, iv)
		}
		*d = d.Add(acc)
		i = j
	}
	return len(ivs), nil
}

// intervalMeasurable is the cheap check of what measurement relies on;
// [Interval.Validate] says what is wrong when it fails.
func intervalMeasurable(iv *Interval) bool {
	return iv.Minutes >= MinMinutes && iv.Minutes <= MaxMinutes && iv.TEP <= 5 && iv.Intensity <= 5 && iv.Date.IsValid() && iv.Student != ""
}

// count adds a measurable interval to d.
func (m *Measurer) count(d *DayTally, iv *Interval) {
	mins := int64(iv.Minutes)
	d.Units += mins
	if iv.Intensity != 0 {
		d.SupportUnits += mins
		d.IntensityUnits += mins * int64(iv.Intensity)
		d.MaxIntensity = max(d.MaxIntensity, iv.Intensity)
	}
	if iv.TEP == 0 {
		return
	}
	d.Rated += mins
	if uint8(iv.TEP) >= m.bandLow && uint8(iv.TEP) <= m.bandHigh {
		d.InBand += mins
		if m.b.QualifiesInterval(iv.TEP, iv.Intensity, &iv.Profile) {
			d.Qualifying += mins
		}
	}
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
