package progress

import (
	"encoding/binary"
	"math/bits"
	"unsafe"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// The fast path of CSV measurement. A file of the standard interval
// layout — the six columns, in any order, and no other — is read a line
// at a time: a line of six plain fields that the generic path would count
// without a word to say (no quote, a student, a date and a period label
// of up to seven bytes already numbered, minutes, levels written as digits,
// the intensity rule met, its period not counted yet for the day) is
// decoded by the generic path's own field parsers and counted in place.
// Any other line — a quote, a bad field, a repeat, a label met for the
// first time — is left, untouched, to the generic path, which then reads
// it as it reads every line: the fast path decides nothing of its own, so
// the results, the errors and the report are the same either way.

// fastPath turns the fast path on (a variable so that tests can compare
// the generic path's results).
var fastPath = true

// fastLayout returns the fast path of c, or nil when its input is not of
// the standard layout or its reading must see every row (the second pass
// of DuplicatesKeepLast).
func (c *csvMeasure) fastLayout() func([]byte) bool {
	if !fastPath || c.il == nil || len(c.il.names) != 6 || len(c.il.elements) != 0 || c.gate.keep != nil || c.gate.seen != c.ms[0] {
		return nil
	}
	return c.fastRow
}

// fastRow counts one line the generic path would count without a word to
// say, and reports whether it did; it leaves any other line unread.
func (c *csvMeasure) fastRow(line []byte) bool {
	var fields [6][]byte
	if !splitSix(line, &fields) {
		return false
	}
	l, m, iv := c.il, c.ms[0], &c.iv[0]
	period := fields[l.period]
	bit, numbered := m.numberedBit(period)
	if !numbered || checkPeriod(period) != nil {
		return false
	}
	student := fields[l.student]
	if len(student) == 0 {
		return false
	}
	var err error
	if iv.Date, err = c.cache.dateOf(fields[l.date]); err != nil {
		return false
	}
	if iv.Minutes, err = parseMinutes(fields[l.minutes]); err != nil {
		return false
	}
	var ok bool
	if iv.TEP, ok = digitLevel[rubric.TEP](fields[l.tep]); !ok {
		return false
	}
	if iv.Intensity, ok = digitLevel[rubric.Intensity](fields[l.intensity]); !ok {
		return false
	}
	iv.Profile = rubric.SupportProfile{}
	if lacksIntensity(iv, c.gate.allowUnrecorded) {
		return false
	}
	// The student is looked up in the summary by the field's bytes, seen
	// in place; the summary keeps its own copy of a new student's ID.
	d, err := m.dayOf(goal.StudentID(unsafe.String(&student[0], len(student))), iv.Date)
	if err != nil || d.periods&(1<<bit) != 0 {
		return false
	}
	iv.Student = m.curStudent
	d.periods |= 1 << bit
	m.pool(d, iv)
	for _, other := range c.ms[1:] {
		other.AddIntervals(c.iv[:]) // checked by the first: cannot fail
	}
	c.rows[counted(iv)]++
	return true
}

// splitSix cuts a line of exactly six fields with no quote into fields,
// eight bytes at a time as recordScanner.split does, and reports false
// for any other line.
func splitSix(line []byte, fields *[6][]byte) bool {
	n, start, i := 0, 0, 0
	for ; i+8 <= len(line); i += 8 {
		w := binary.LittleEndian.Uint64(line[i:])
		if byteMask(w, '"') != 0 {
			return false
		}
		for m := byteMask(w, ','); m != 0; m &= m - 1 {
			if n == 5 {
				return false
			}
			at := i + bits.TrailingZeros64(m)>>3
			fields[n] = line[start:at]
			n, start = n+1, at+1
		}
	}
	for ; i < len(line); i++ {
		switch line[i] {
		case ',':
			if n == 5 {
				return false
			}
			fields[n] = line[start:i]
			n, start = n+1, i+1
		case '"':
			return false
		}
	}
	fields[5] = line[start:]
	return n == 5
}

// numberedBit returns the bit of a period label of up to 7 bytes that the
// summary has numbered, and false for any other label.
func (m *Measurer) numberedBit(period []byte) (uint8, bool) {
	if k, tiny := tinyKey(period); tiny {
		if m.periodBits == nil || m.periodBits[k] == 0 {
			return 0, false
		}
		return m.periodBits[k] - 1, true
	}
	return m.sum.slots.numbered(period)
}
