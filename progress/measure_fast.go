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
func (c *csvMeasure) fastLayout() func([]byte) int {
	if !fastPath || c.il == nil || len(c.il.names) != 6 || len(c.il.elements) != 0 || c.gate.keep != nil || c.gate.seen != c.ms[0] {
		return nil
	}
	c.ms[0].periodBits = c.ms[0].sum.slots.table() // the labels numbered so far
	return c.fastLine
}

// maxFastLine bounds the lines the fast path reads: a row of six plain
// fields is far shorter (a student ID is at most 64 bytes, a label 7).
const maxFastLine = 256

// fastLine counts the line at the start of buf — one the generic path
// would count without a word to say — and returns how many bytes it
// took, its line end included; it returns 0, leaving the line unread,
// for any other line, and for a line buf does not hold to its end.
func (c *csvMeasure) fastLine(buf []byte) int {
	var cut [8]int32
	n, took := splitLine(buf, &cut)
	if n == 0 {
		return 0
	}
	line := buf[:n]
	field := func(k int) []byte { return line[cut[k] : cut[k+1]-1] }
	l, m, iv := c.il, c.ms[0], &c.iv[0]
	period := field(l.period)
	bit, numbered := m.numberedBit(period)
	if !numbered || checkPeriod(period) != nil {
		return 0
	}
	student := field(l.student)
	if len(student) == 0 {
		return 0
	}
	var err error
	if iv.Date, err = c.cache.dateOf(field(l.date)); err != nil {
		return 0
	}
	if iv.Minutes, err = parseMinutes(field(l.minutes)); err != nil {
		return 0
	}
	var ok bool
	if iv.TEP, ok = digitLevel[rubric.TEP](field(l.tep)); !ok {
		return 0
	}
	if iv.Intensity, ok = digitLevel[rubric.Intensity](field(l.intensity)); !ok {
		return 0
	}
	iv.Profile = rubric.SupportProfile{}
	if lacksIntensity(iv, c.gate.allowUnrecorded) {
		return 0
	}
	// The student is looked up in the summary by the field's bytes, seen
	// in place; the summary keeps its own copy of a new student's ID.
	d, err := m.dayOf(goal.StudentID(unsafe.String(&student[0], len(student))), iv.Date)
	if err != nil || d.periods&(1<<bit) != 0 {
		return 0
	}
	iv.Student = m.curStudent
	d.periods |= 1 << bit
	m.pool(d, iv)
	for _, other := range c.ms[1:] {
		other.AddIntervals(c.iv[:]) // checked by the first: cannot fail
	}
	c.rows[counted(iv)]++
	return took
}

// splitLine finds, at the start of buf, a line of exactly six fields with
// no quote, reading eight bytes at a time (see [byteMask]) up to its '\n',
// as recordScanner.nextLine and split would cut it: n is the line's
// length without its line end ('\n', or "\r\n"), took with it. Field k
// is line[cut[k] : cut[k+1]-1]. n is 0 for any other line, and for one
// whose end is not within buf's first maxFastLine bytes (whole words):
// the generic path reads those.
func splitLine(buf []byte, cut *[8]int32) (n, took int) {
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
		if commas != 5 || end < 8 {
			return 0, 0 // a blank or short line: the generic path says what it is
		}
		cut[0], cut[6] = 0, int32(end+1)
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
