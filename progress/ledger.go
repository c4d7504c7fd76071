package progress

import (
	"math/bits"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
)

// slot is the identity of an interval for duplicates: two rows with the
// same student, date and period are the same interval entered twice.
type slot struct {
	student goal.StudentID
	date    goal.Date
	period  string
}

// ledger records which periods of each student-day have been counted, to
// find repeated rows, and which student-days have any row. It costs 12
// bytes a student-day: a date and a 64-bit set of period labels (the
// first 64 distinct labels; any later one is kept in a map). A ledger is
// used by one goroutine.
type ledger struct {
	index    map[goal.StudentID]int32
	students []ledgerDays
	labels   []string         // the label of each bit
	bits     map[string]uint8 // label → bit, for the first 64 labels
	extra    map[slot]bool    // slots of labels beyond the first 64
	quick    [16]quickLabel   // a cache of short labels' bits

	// the student-day of the last row
	curID    goal.StudentID
	curDate  goal.Date
	curIndex int32
	curAt    int
	curOK    bool
}

type ledgerDays struct {
	id    goal.StudentID
	dates []goal.Date // sorted
	sets  []uint64    // the period set of each date
}

// quickLabel caches the bit of a label of up to 7 bytes, keyed by its
// bytes and length packed in a word.
type quickLabel struct {
	key uint64 // 0 = empty
	bit uint8
}

const noBit = 255 // the label has no bit: it is one beyond the first 64

// mark records a row of the student-day with the period, and reports
// whether that period was already recorded for it (a repeat).
func (l *ledger) mark(id goal.StudentID, date goal.Date, period []byte) bool {
	set := l.day(id, date)
	bit := l.bit(period)
	if bit == noBit {
		k := slot{id, date, string(period)}
		if l.extra[k] {
			return true
		}
		if l.extra == nil {
			l.extra = make(map[slot]bool)
		}
		l.extra[k] = true
		return false
	}
	if *set&(1<<bit) != 0 {
		return true
	}
	*set |= 1 << bit
	return false
}

// touch records that the student-day has a row, without a period.
func (l *ledger) touch(id goal.StudentID, date goal.Date) { l.day(id, date) }

// day returns the period set of the student-day, adding the day.
func (l *ledger) day(id goal.StudentID, date goal.Date) *uint64 {
	if l.curOK && date == l.curDate && sameStudent(id, l.curID) {
		return &l.students[l.curIndex].sets[l.curAt]
	}
	i, ok := l.index[id]
	if !ok {
		if l.index == nil {
			l.index = make(map[goal.StudentID]int32)
		}
		i = int32(len(l.students))
		l.index[id] = i
		l.students = append(l.students, ledgerDays{id: id})
	}
	ld := &l.students[i]
	at := ld.find(date)
	l.curID, l.curDate, l.curIndex, l.curAt, l.curOK = id, date, i, at, true
	return &ld.sets[at]
}

// find returns the index of date, inserting it in order.
func (ld *ledgerDays) find(date goal.Date) int {
	n := len(ld.dates)
	if n == 0 || ld.dates[n-1].Before(date) {
		ld.dates = append(ld.dates, date)
		ld.sets = append(ld.sets, 0)
		return n
	}
	at, found := slices.BinarySearchFunc(ld.dates, date, goal.Date.Compare)
	if !found {
		ld.dates = slices.Insert(ld.dates, at, date)
		ld.sets = slices.Insert(ld.sets, at, 0)
	}
	return at
}

// bit returns the bit of a period label, giving a new label the next one.
// Labels of up to 7 bytes are looked up in a small cache first: a day's
// few period labels recur row after row.
func (l *ledger) bit(period []byte) uint8 {
	if len(period) > 7 {
		return l.bitOf(period)
	}
	key := uint64(len(period)+1) << 56
	for i, c := range period {
		key |= uint64(c) << (8 * i)
	}
	q := &l.quick[(key*0x9E3779B97F4A7C15)>>60]
	if q.key != key {
		*q = quickLabel{key, l.bitOf(period)}
	}
	return q.bit
}

// bitOf is bit without the cache.
func (l *ledger) bitOf(period []byte) uint8 {
	if b, ok := l.bits[string(period)]; ok {
		return b
	}
	if len(l.labels) >= 64 {
		return noBit
	}
	if l.bits == nil {
		l.bits = make(map[string]uint8)
	}
	b := uint8(len(l.labels))
	l.labels = append(l.labels, string(period))
	l.bits[string(period)] = b
	return b
}

// merge adds the student-days and periods of o into l, and reports the
// first slot both hold (a repeat across the two), if any. A student only
// o holds is taken over whole when the two ledgers number the period
// labels alike (the usual case: parts of one file meet its labels in the
// same order), so merging the parts of a split input costs a step per
// student, not per day.
func (l *ledger) merge(o *ledger) (repeat slot, found bool) {
	remap := make([]uint8, len(o.labels))
	identity := true
	for i, label := range o.labels {
		remap[i] = l.bitOf([]byte(label))
		identity = identity && remap[i] == uint8(i)
	}
	for _, od := range o.students {
		if _, ok := l.index[od.id]; !ok && identity {
			l.adopt(od)
			continue
		}
		for k, date := range od.dates {
			set := l.day(od.id, date)
			for rest := od.sets[k]; rest != 0; rest &= rest - 1 {
				b := bits.TrailingZeros64(rest)
				if r := remap[b]; r != noBit {
					if *set&(1<<r) != 0 && !found {
						repeat, found = slot{od.id, date, o.labels[b]}, true
					}
					*set |= 1 << r
				} else if l.mark(od.id, date, []byte(o.labels[b])) && !found {
					repeat, found = slot{od.id, date, o.labels[b]}, true
				}
			}
		}
	}
	for k := range o.extra {
		if l.mark(k.student, k.date, []byte(k.period)) && !found {
			repeat, found = k, true
		}
	}
	return repeat, found
}

// adopt takes over the days of a student l does not hold.
func (l *ledger) adopt(od ledgerDays) {
	if l.index == nil {
		l.index = make(map[goal.StudentID]int32)
	}
	l.index[od.id] = int32(len(l.students))
	l.students = append(l.students, od)
}

// counts returns how many students and student-days hold a row.
func (l *ledger) counts() (students, days int) {
	for _, ld := range l.students {
		days += len(ld.dates)
	}
	return len(l.students), days
}
