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
	var cut [8]int32
	if !splitSix(line, &cut) {
		return false
	}
	field := func(k int) []byte { return line[cut[k] : cut[k+1]-1] }
	l, m, iv := c.il, c.ms[0], &c.iv[0]
	period := field(l.period)
	bit, numbered := m.numberedBit(period)
	if !numbered || checkPeriod(period) != nil {
		return false
	}
	student := field(l.student)
	if len(student) == 0 {
		return false
	}
	var err error
	if iv.Date, err = c.cache.dateOf(field(l.date)); err != nil {
		return false
	}
	if iv.Minutes, err = parseMinutes(field(l.minutes)); err != nil {
		return false
	}
	var ok bool
	if iv.TEP, ok = digitLevel[rubric.TEP](field(l.tep)); !ok {
		return false
	}
	if iv.Intensity, ok = digitLevel[rubric.Intensity](field(l.intensity)); !ok {
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

// splitSix finds the fields of a line of exactly six fields with no
// quote, eight bytes at a time as recordScanner.split does (the last,
// partial, word read as the line's last eight bytes, its bytes already
// read masked off), and reports false for any other line. Field k is
// line[cut[k] : cut[k+1]-1].
func splitSix(line []byte, cut *[8]int32) bool {
	if len(line) < 8 {
		return false // too short for a row: the generic path says why
	}
	n := 0
	for i := 0; i < len(line); i += 8 {
		at, keep := i, ^uint64(0)
		if i+8 > len(line) {
			at = len(line) - 8
			keep <<= 8 * uint(i-at)
		}
		w := binary.LittleEndian.Uint64(line[at:])
		if byteMask(w, '"')&keep != 0 {
			return false
		}
		for m := byteMask(w, ',') & keep; m != 0; m &= m - 1 {
			n++
			cut[n&7] = int32(at + bits.TrailingZeros64(m)>>3 + 1)
		}
	}
	cut[0], cut[6] = 0, int32(len(line)+1)
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
