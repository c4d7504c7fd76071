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
func (c *csvMeasure) fastLayout() func([]byte, int) (int, int) {
	if !fastPath || c.il == nil || len(c.il.names) != 6 || len(c.il.elements) != 0 || c.gate.keep != nil || c.gate.seen != c.ms[0] {
		return nil
	}
	c.ms[0].periodBits = c.ms[0].sum.slots.table() // the labels numbered so far
	c.lead = c.lead[:0]
	return c.fastLines
}

// fastLines counts the lines at the start of buf that start in its first
// starts bytes, up to the first the fast path leaves (fastLine), and
// returns how many bytes and lines it took.
func (c *csvMeasure) fastLines(buf []byte, starts int) (n, lines int) {
	for n < starts {
		took := c.fastLine(buf[n:])
		if took == 0 {
			break
		}
		n, lines = n+took, lines+1
	}
	return n, lines
}

// maxFastLine bounds the lines the fast path reads: a row of six plain
// fields is far shorter (a student ID is at most 64 bytes, a label 7).
const maxFastLine = 256

// fastLine counts the line at the start of buf — one the generic path
// would count without a word to say — and returns how many bytes it
// took, its line end included; it returns 0, leaving the line unread,
// for any other line, and for a line buf does not hold to its end.
//
// When the student and the date lead the layout, a line that starts with
// the same bytes as the last line taken (its student, date and their
// commas) is of the same student-day: only the rest is read.
func (c *csvMeasure) fastLine(buf []byte) int {
	lead, rest := 0, buf // the fields known from the last line taken
	if p := len(c.lead); p > 0 && len(buf) > p && string(buf[:p]) == string(c.lead) {
		lead, rest = 2, buf[p:]
	}
	f := lineFields{lead: lead}
	n, took := splitLine(rest, 6-lead, &f.cut)
	if n == 0 {
		c.lead = c.lead[:0]
		return 0
	}
	f.line = rest[:n]
	if !c.countFast(&f) {
		c.lead = c.lead[:0]
		return 0
	}
	if lead == 0 && c.il.student < 2 && c.il.date < 2 {
		c.lead = append(c.lead[:0], f.line[:f.cut[2]]...)
	}
	return len(buf) - len(rest) + took
}

// lineFields are the fields of a line on the fast path: those after the
// lead (the fields known from the last line) as splitLine cut them.
type lineFields struct {
	line []byte
	cut  [8]int32
	lead int
}

// field returns field k of the line (k at least lead).
func (f *lineFields) field(k int) []byte {
	k -= f.lead
	return f.line[f.cut[k] : f.cut[k+1]-1]
}

// countFast counts the row of the fields, and reports whether it did;
// with a lead, the row's student and date are the last row's.
func (c *csvMeasure) countFast(f *lineFields) bool {
	l, m, iv := c.il, c.ms[0], &c.iv[0]
	period := f.field(l.period)
	bit, numbered := m.numberedBit(period)
	if !numbered || checkPeriod(period) != nil {
		return false
	}
	id := iv.Student
	if f.lead == 0 {
		student := f.field(l.student)
		if len(student) == 0 {
			return false
		}
		// The student is looked up in the summary by the field's bytes,
		// seen in place; the summary keeps its own copy of a new ID.
		id = goal.StudentID(unsafe.String(&student[0], len(student)))
		var err error
		if iv.Date, err = c.cache.dateOf(f.field(l.date)); err != nil {
			return false
		}
	}
	var err error
	if iv.Minutes, err = parseMinutes(f.field(l.minutes)); err != nil {
		return false
	}
	var ok bool
	if iv.TEP, ok = digitLevel[rubric.TEP](f.field(l.tep)); !ok {
		return false
	}
	if iv.Intensity, ok = digitLevel[rubric.Intensity](f.field(l.intensity)); !ok {
		return false
	}
	iv.Profile = rubric.SupportProfile{}
	if lacksIntensity(iv, c.gate.allowUnrecorded) {
		return false
	}
	d, err := m.dayOf(id, iv.Date)
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

// splitLine finds, at the start of buf, a line of exactly fields fields
// (at most 7) with no quote, reading eight bytes at a time (see
// [byteMask]) up to its '\n', as recordScanner.nextLine and split would
// cut it: n is the line's length without its line end ('\n', or "\r\n"),
// took with it. Field k is line[cut[k] : cut[k+1]-1]. n is 0 for any other
// line, and for one whose end is not within buf's first maxFastLine bytes
// (whole words): the generic path reads those.
func splitLine(buf []byte, fields int, cut *[8]int32) (n, took int) {
	commas := 0
	for i := 0; i+8 <= min(len(buf), maxFastLine); i += 8 {
		w := binary.LittleEndian.Uint64(buf[i:])
		keep := ^uint64(0)
		nl := byteMask(w, '\n')
		if nl != 0 {
			keep = nl&-nl - 1 // the bytes before the line end
		}
		if byteMask(w, '"')&keep != 0 {
			return 0, 0
		}
		for m := byteMask(w, ',') & keep; m != 0; m &= m - 1 {
			commas++
			cut[commas&7] = int32(i + bits.TrailingZeros64(m)>>3 + 1)
		}
		if nl == 0 {
			continue
		}
		end := i + bits.TrailingZeros64(nl)>>3
		took = end + 1
		if end > 0 && buf[end-1] == '\r' {
			end--
		}
		if commas != fields-1 {
			return 0, 0 // a blank line too: the generic path says what it is
		}
		cut[0], cut[fields] = 0, int32(end+1)
		return end, took
	}
	return 0, 0
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
