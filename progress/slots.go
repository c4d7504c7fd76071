package progress

import (
	"math/bits"

	"github.com/iepgoal/iepgoal/goal"
)

// slot is the identity of an interval for duplicates: two rows with the
// same student, date and period are the same interval entered twice.
type slot struct {
	student goal.StudentID
	date    goal.Date
	period  string
}

// periodSet is the set of period labels counted for one student-day, as
// bits numbered by a summary's slotLabels. It lives in the day's record
// (dayRecord), so that the lookup that finds the day to count a row in
// also finds whether the row's period was counted.
type periodSet uint32

// maxSetLabels is how many labels a periodSet numbers; a summary keeps
// the slots of any later label in a map.
const maxSetLabels = 32

const noBit = 255 // the label has no bit: it is one beyond the first 32

// slotLabels numbers the period labels of a summary's period sets, and
// holds the slots of labels beyond the first 32.
type slotLabels struct {
	labels []string // the label of each bit
	bits   map[string]uint8
	tiny   *[1 << 16]uint8 // bit+1 of the labels of one or two bytes, by their bytes; 0 = none yet
	short  [64]shortLabel  // the bits of labels of up to 7 bytes, by a hash of their bytes
	extra  map[slot]bool
}

// shortLabel caches the bit of a label of up to 7 bytes: its bytes and
// length packed in key (0 = empty entry).
type shortLabel struct {
	key uint64
	bit uint8
}

// bit returns the bit of a period label, giving a new label the next one.
// A label of up to 7 bytes ("3", "P3", "math") is found by its bytes
// packed in a word in a small open-addressed table, without hashing it as
// a string.
func (sl *slotLabels) bit(period []byte) uint8 {
	switch len(period) {
	case 1, 2:
		return sl.tinyBit(period)
	case 0:
		return sl.bitOf(period)
	}
	key, ok := shortKey(period)
	if !ok {
		return sl.bitOf(period)
	}
	e, found := sl.shortEntry(key)
	switch {
	case found:
		return e.bit
	case e == nil:
		return sl.bitOf(period) // the table is full
	}
	b := sl.bitOf(period)
	*e = shortLabel{key, b}
	return b
}

// shortKey returns the key of a label of up to 7 bytes in the table of
// short labels: its bytes and length packed in a word.
func shortKey(period []byte) (uint64, bool) {
	if len(period) > 7 {
		return 0, false
	}
	key := uint64(len(period)+1) << 56
	for i, c := range period {
		key |= uint64(c) << (8 * i)
	}
	return key, true
}

// shortEntry returns the entry of the short-label table for key, and
// whether it holds key; otherwise the empty entry where it goes (nil when
// the table is full).
func (sl *slotLabels) shortEntry(key uint64) (*shortLabel, bool) {
	h := (key * 0x9E3779B97F4A7C15) >> 58
	for range len(sl.short) {
		e := &sl.short[h]
		switch e.key {
		case key:
			return e, true
		case 0:
			return e, false
		}
		h = (h + 1) & (uint64(len(sl.short)) - 1)
	}
	return nil, false
}

// numbered returns the bit of a label of 3 to 7 bytes that has one (ok
// false for any other: a label not met yet, one beyond the first 32, a
// longer one), without numbering a new one.
func (sl *slotLabels) numbered(period []byte) (uint8, bool) {
	if sl == nil || len(period) < 3 {
		return 0, false
	}
	key, ok := shortKey(period)
	if !ok {
		return 0, false
	}
	if e, found := sl.shortEntry(key); found && e.bit != noBit {
		return e.bit, true
	}
	return 0, false
}

// tinyKey returns the key of a label of one or two bytes in the table of
// tiny labels: a one-byte label's key is its byte (below 256); a two-byte
// label whose first byte is ASCII has key 0x8000 | first<<8 | second, so
// the two never meet. Any other label has no key.
func tinyKey(period []byte) (uint16, bool) {
	switch {
	case len(period) == 1:
		return uint16(period[0]), true
	case len(period) == 2 && period[0] < 0x80:
		return 1<<15 | uint16(period[0])<<8 | uint16(period[1]), true
	}
	return 0, false
}

// table returns the table of tiny labels (nil when there is none yet).
func (sl *slotLabels) table() *[1 << 16]uint8 {
	if sl == nil {
		return nil
	}
	return sl.tiny
}

// tinyBit is bit for a label of one or two bytes ("3", "P3"): a table
// lookup by its key; a label without one takes the map.
func (sl *slotLabels) tinyBit(period []byte) uint8 {
	k, ok := tinyKey(period)
	if !ok {
		return sl.bitOf(period)
	}
	if sl.tiny == nil {
		sl.tiny = new([1 << 16]uint8)
	}
	if b := sl.tiny[k]; b != 0 {
		return b - 1
	}
	b := sl.bitOf(period)
	if b != noBit {
		sl.tiny[k] = b + 1
	}
	return b
}

// bitOf is bit without the table of short labels.
func (sl *slotLabels) bitOf(period []byte) uint8 {
	if b, ok := sl.bits[string(period)]; ok {
		return b
	}
	if len(sl.labels) >= maxSetLabels {
		return noBit
	}
	if sl.bits == nil {
		sl.bits = make(map[string]uint8)
	}
	b := uint8(len(sl.labels))
	sl.labels = append(sl.labels, string(period))
	sl.bits[string(period)] = b
	return b
}

// markExtra records a slot of a label beyond the first 32 and reports
// whether it was already recorded.
func (sl *slotLabels) markExtra(k slot) bool {
	if sl.extra[k] {
		return true
	}
	if sl.extra == nil {
		sl.extra = make(map[slot]bool)
	}
	sl.extra[k] = true
	return false
}

func (sl *slotLabels) clone() *slotLabels {
	if sl == nil {
		return nil
	}
	c := &slotLabels{}
	for _, label := range sl.labels {
		c.bitOf([]byte(label))
	}
	for k := range sl.extra {
		c.markExtra(k)
	}
	return c
}

// slotRemap renumbers the period sets of one summary into another's.
type slotRemap struct {
	// byByte maps each byte of a source set to its bits in the target
	// numbering (a set renumbers in four lookups); nil when the numbering
	// is the same.
	byByte *[4][256]periodSet
	lost   periodSet // the source bits with no target bit: the target has numbered 32 labels
	labels []string  // the source's labels
	into   *slotLabels
}

// slotsOf returns the renumbering of t's period sets into s's, giving s
// the labels it lacks.
func (s *Summary) slotsOf(t *Summary) slotRemap {
	if t.slots == nil || len(t.slots.labels) == 0 {
		return slotRemap{}
	}
	if s.slots == nil {
		s.slots = &slotLabels{}
	}
	to := make([]uint8, len(t.slots.labels))
	same := true
	for i, label := range t.slots.labels {
		to[i] = s.slots.bitOf([]byte(label))
		same = same && to[i] == uint8(i)
	}
	if same {
		return slotRemap{}
	}
	r := slotRemap{byByte: new([4][256]periodSet), labels: t.slots.labels, into: s.slots}
	for b, target := range to {
		if target == noBit {
			r.lost |= 1 << b
			continue
		}
		for v := range 256 {
			if v&(1<<(b%8)) != 0 {
				r.byByte[b/8][v] |= 1 << target
			}
		}
	}
	return r
}

// identity reports whether the renumbering changes nothing.
func (r slotRemap) identity() bool { return r.byByte == nil }

// apply returns the period set of the student's day renumbered; the
// slots of bits with no target bit go to the target's map, and repeat
// reports whether one was there already.
func (r slotRemap) apply(id goal.StudentID, day *dayRecord) (p periodSet, repeat bool) {
	if r.identity() {
		return day.periods, false
	}
	t := r.byByte
	p = day.periods
	for gone := p & r.lost; gone != 0; gone &= gone - 1 {
		label := r.labels[bits.TrailingZeros32(uint32(gone))]
		repeat = r.into.markExtra(slot{id, day.date(), label}) || repeat
	}
	return t[0][p&0xff] | t[1][p>>8&0xff] | t[2][p>>16&0xff] | t[3][p>>24], repeat
}

// mergeExtra adds t's slots of labels beyond the first 32 into s, and
// reports whether one was in both.
func (s *Summary) mergeExtra(t *Summary) (repeat bool) {
	if t.slots == nil || len(t.slots.extra) == 0 {
		return false
	}
	for k := range t.slots.extra {
		b := s.slots.bitOf([]byte(k.period))
		if b == noBit {
			repeat = s.slots.markExtra(k) || repeat
			continue
		}
		i := s.student(k.student) // before s.students is read: it may grow
		sd := &s.students[i]
		repeat = s.days.at(s.day(sd, uint32(k.date.Ordinal()), noDay)).mark(b) || repeat
	}
	return repeat
}

// markSlot records a row of the student-day with the period label, and
// reports whether that period was already recorded for the day. It finds
// the day as counting the row will, so the count that follows finds it
// without a second lookup.
func (m *Measurer) markSlot(id goal.StudentID, date goal.Date, period []byte) (bool, error) {
	if _, err := m.dayOf(id, date); err != nil {
		return false, err
	}
	return m.markDaySlot(id, date, period), nil
}

// markDaySlot is markSlot for the day just found (m's current day).
func (m *Measurer) markDaySlot(id goal.StudentID, date goal.Date, period []byte) (repeat bool) {
	s := m.sum
	if s.slots == nil {
		s.slots = &slotLabels{}
	}
	b := s.slots.bit(period)
	m.periodBits = s.slots.tiny
	if b == noBit {
		return s.slots.markExtra(slot{id, date, string(period)})
	}
	return m.curDay.mark(b)
}

// countSlot counts ivs[0] — one decoded interval — unless its slot
// (student, date and period) was counted already, which it reports. It
// finds the day once for both, and a label of one or two bytes in a table.
func (m *Measurer) countSlot(ivs []Interval, period []byte) (repeat bool, err error) {
	iv := &ivs[0]
	if !intervalMeasurable(iv) {
		return false, iv.Validate()
	}
	d, err := m.dayOf(iv.Student, iv.Date)
	if err != nil {
		return false, err
	}
	b := uint8(noBit)
	if k, ok := tinyKey(period); ok && m.periodBits != nil {
		b = m.periodBits[k] - 1 // 0 - 1 = noBit: not numbered yet
	}
	if b != noBit {
		repeat = d.mark(b)
	} else {
		repeat = m.markDaySlot(iv.Student, iv.Date, period)
	}
	if !repeat {
		m.countOne(d, &ivs[0])
	}
	return repeat, nil
}

// touchDay records that the student-day has a row.
func (m *Measurer) touchDay(id goal.StudentID, date goal.Date) error {
	_, err := m.dayOf(id, date)
	return err
}

// counts returns how many students and student-days the summary holds.
func (s *Summary) counts() (students, days int) {
	for i := range s.students {
		days += int(s.students[i].n)
	}
	return len(s.students), days
}
