package progress

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
)

// Summary holds, for one benchmark, each student's school days as
// [DayTally] values: the result of measurement. Summaries of parts of the
// data merge into the summary of the whole ([Summary.Merge]), so the work
// can be split across goroutines or machines.
//
// A day takes 20 bytes (its counts packed in small fields while they fit,
// which school days always do; a day that does not fit keeps a full
// DayTally aside), and days stay where they were first written: memory
// grows with the student-days held, not with the rows read.
//
// The zero value is the empty summary, ready to use and the identity of
// Merge. A Summary is not safe for concurrent mutation; concurrent reads are
// safe. It records no benchmark: merge only summaries of the same benchmark.
type Summary struct {
	index    studentIndex
	students []studentDays
	days     dayArena
	gen      uint64 // bumped when a measurer's cursor may be stale: days relinked or replaced (Merge, AddDay, decoding)
	// slots numbers the period labels of the periods sets, for the reading
	// that records which periods each day has had (nil when none does).
	slots *slotLabels
}

// studentDays is a student of a summary: their days are a chain of
// records of the summary's arena, in date order, one per date.
type studentDays struct {
	id          goal.StudentID
	first, last uint32 // the positions of the first and last day; noDay when none
	n           int32  // days in the chain
	// follower is 1 + the index of the student whose rows came after this
	// student's last time (0: none yet): in a file sorted by date, the
	// next student of a day is the same every day, and is found without
	// hashing.
	follower int32
}

// eachDay calls f with each of the student's days in date order.
func (s *Summary) eachDay(sd *studentDays, f func(r *dayRecord)) {
	for p := sd.first; p != noDay; {
		r := s.days.at(p)
		p = r.next
		f(r)
	}
}

// Len returns the number of students in the summary.
func (s *Summary) Len() int { return len(s.students) }

// Students returns the students in the summary, sorted.
func (s *Summary) Students() []goal.StudentID {
	ids := make([]goal.StudentID, len(s.students))
	for i := range s.students {
		ids[i] = s.students[i].id
	}
	slices.Sort(ids)
	return ids
}

// Days returns a copy of the student's days, sorted by date with one
// DayTally per date — the input of package progress/assess. It is nil for a student not in
// the summary.
func (s *Summary) Days(id goal.StudentID) []DayTally {
	if _, ok := s.lookup(id); !ok {
		return nil
	}
	return s.AppendDays(nil, id)
}

// AppendDays appends the student's days to dst, as [Summary.Days] returns
// them, and returns the extended slice: with a buffer reused from student
// to student, reading every student's days allocates nothing.
func (s *Summary) AppendDays(dst []DayTally, id goal.StudentID) []DayTally {
	i, ok := s.lookup(id)
	if !ok {
		return dst
	}
	sd := &s.students[i]
	dst = slices.Grow(dst, int(sd.n))
	for p := sd.first; p != noDay; {
		r := s.days.at(p)
		dst = append(dst, s.days.tally(r))
		p = r.next
	}
	return dst
}

// LastDate returns the latest day of any student in the summary (the zero
// Date for an empty summary): the natural "as of" date of a data set,
// taken from the data rather than from the clock.
func (s *Summary) LastDate() goal.Date {
	var last uint32
	for i := range s.students {
		if p := s.students[i].last; p != noDay {
			last = max(last, s.days.at(p).ord())
		}
	}
	return goal.DateFromOrdinal(int(last))
}

// Weeks returns the student's ISO weeks: [Weeks] of [Summary.Days].
func (s *Summary) Weeks(id goal.StudentID) []WeekTally { return Weeks(s.Days(id)) }

// All yields each student and a copy of their days, in student order.
// ([Summary.AppendDays] over [Summary.Students] reads them without a copy
// per student.)
func (s *Summary) All() iter.Seq2[goal.StudentID, []DayTally] {
	return func(yield func(goal.StudentID, []DayTally) bool) {
		for _, id := range s.Students() {
			if !yield(id, s.Days(id)) {
				return
			}
		}
	}
}

// student returns the index of the student's entry, creating it.
func (s *Summary) student(id goal.StudentID) int32 {
	if i, ok := s.lookup(id); ok {
		return i
	}
	id = goal.StudentID(strings.Clone(string(id))) // the summary's own: a reading passes a view of its buffer
	s.students = append(s.students, studentDays{id: id, first: noDay, last: noDay})
	s.indexLast()
	return int32(len(s.students) - 1)
}

// studentAfter returns the index of the student's entry, creating it
// (after checking the ID), when the rows of the student at index prev
// (-1: none) have just ended: it tries the student that followed prev
// last time before looking the ID up.
func (s *Summary) studentAfter(prev int32, id goal.StudentID) (int32, error) {
	if prev >= 0 {
		// A hint only: an entry taken over from another summary may hold
		// that summary's index.
		if f := s.students[prev].follower - 1; f >= 0 && int(f) < len(s.students) && sameStudent(s.students[f].id, id) {
			return f, nil
		}
	}
	i, seen := s.lookup(id)
	if !seen {
		if err := id.Validate(); err != nil {
			return 0, &RowError{Column: colStudent, Err: err}
		}
		i = s.student(id)
	}
	if prev >= 0 {
		s.students[prev].follower = i + 1
	}
	return i, nil
}

// day returns the position of the student's day of the date ordinal,
// linking an empty one in date order when there is none. from is the
// position of one of the student's days before the date, where a search
// through the chain starts (noDay: from the first day). A date after the
// student's last day, their last day and their first are found at once:
// input in date order, or in reverse date order, costs no search.
func (s *Summary) day(sd *studentDays, ord uint32, from uint32) uint32 {
	a := &s.days
	if sd.last == noDay {
		p := a.add(ord)
		sd.first, sd.last, sd.n = p, p, 1
		return p
	}
	switch last := a.at(sd.last); {
	case last.ord() < ord:
		p := a.add(ord)
		last.next = p // a new slab leaves the others where they are
		sd.last = p
		sd.n++
		return p
	case last.ord() == ord:
		return sd.last
	}
	switch first := a.at(sd.first); {
	case first.ord() == ord:
		return sd.first
	case ord < first.ord():
		p := a.add(ord)
		a.at(p).next = sd.first
		sd.first = p
		sd.n++
		return p
	}
	prev := sd.first
	if from != noDay && a.at(from).ord() < ord {
		prev = from
	}
	for {
		next := a.at(prev).next // not the end: the last day is after ord
		switch r := a.at(next); {
		case r.ord() == ord:
			return next
		case ord < r.ord():
			p := a.add(ord)
			a.at(p).next = next
			a.at(prev).next = p
			sd.n++
			return p
		}
		prev = next
	}
}

// AddDay adds d to the student's tally for d.Date (days of the same date
// add up with [DayTally.Add]). It is how a summary is built from tallies
// computed elsewhere. A DayTally without a date is ignored.
func (s *Summary) AddDay(id goal.StudentID, d DayTally) {
	if d.Date.IsZero() {
		return
	}
	s.gen++
	i := s.student(id) // before s.students is read: it may grow
	sd := &s.students[i]
	s.days.addTally(s.days.at(s.day(sd, uint32(d.Date.Ordinal()), noDay)), d)
}

// Merge adds every day of t into s; t is not changed. A day present in both
// adds up with [DayTally.Add]. Merge is associative and commutative — the
// result depends only on the days merged, not on the order — and the empty
// summary is its identity.
func (s *Summary) Merge(t *Summary) {
	switch {
	case t == nil:
		return
	case t == s:
		t = s.clone() // merging a summary with itself doubles it
	}
	s.copyAll(t)
}

// copyAll adds every day of t into s, as Merge does, and reports whether
// a day of both had a period counted in both.
func (s *Summary) copyAll(t *Summary) (repeat bool) {
	s.gen++
	remap := s.slotsOf(t)
	for j := range t.students {
		o := &t.students[j]
		i := s.student(o.id) // before s.students is read: it may grow
		repeat = s.copyDays(&s.students[i], t, o, remap) || repeat
	}
	return s.mergeExtra(t) || repeat
}

// copyDays adds the days of t's student o into sd, their period sets
// renumbered by remap; it reports whether a day of both had a period
// counted in both. Both chains are in date order, so one walk merges them.
func (s *Summary) copyDays(sd *studentDays, t *Summary, o *studentDays, remap slotRemap) (repeat bool) {
	at := noDay
	for p := o.first; p != noDay; {
		r := t.days.at(p)
		p = r.next
		periods, lost := remap.apply(o.id, r)
		at = s.day(sd, r.ord(), at)
		mine := s.days.at(at)
		repeat = mine.periods&periods != 0 || lost || repeat
		mine.periods |= periods
		s.days.addTally(mine, t.days.tally(r))
	}
	return repeat
}

// ErrOverlap reports two summaries that hold a day of the same student,
// given to [Summary.MergeDisjoint].
var ErrOverlap = errors.New("the summaries hold the same student-day")

// MergeDisjoint merges t into s as [Summary.Merge] does when no student
// has a day in both, and otherwise changes nothing and returns an error
// wrapping [ErrOverlap] that names the first such student and day. It is
// how summaries of batches measured apart (a district's weekly exports,
// a sync that may resend a day) merge without counting a day twice: cut
// batches at day boundaries, and a batch that holds a day again is
// refused rather than added. (A day split across batches on purpose is
// measured in one reading instead, where repeated periods are the reading
// rules' to decide: [ReadOptions.Duplicates].)
func (s *Summary) MergeDisjoint(t *Summary) error {
	if t == nil {
		return nil
	}
	for i := range t.students {
		o := &t.students[i]
		j, ok := s.lookup(o.id)
		if !ok {
			continue
		}
		if ord, both := s.commonDay(&s.students[j], t, o); both {
			return fmt.Errorf("progress: merging: student %q, %v: %w", string(o.id), goal.DateFromOrdinal(int(ord)), ErrOverlap)
		}
	}
	s.Merge(t)
	return nil
}

// commonDay returns the first date ordinal both sd (of s) and o (of t)
// have a day of, walking the two chains together.
func (s *Summary) commonDay(sd *studentDays, t *Summary, o *studentDays) (uint32, bool) {
	p, q := sd.first, o.first
	for p != noDay && q != noDay {
		r, u := s.days.at(p), t.days.at(q)
		switch {
		case r.ord() == u.ord():
			return r.ord(), true
		case r.ord() < u.ord():
			p = r.next
		default:
			q = u.next
		}
	}
	return 0, false
}

// absorb merges t into s like Merge, but takes over t's memory: t must
// not be used afterwards. t's days join s's arena where they are, and each
// student's chains are linked together — at once when one ends before the
// other begins, as the parts of a file split in order do — so nothing is
// copied. It reports whether a day of both had a period counted in both:
// a repeated row across the two parts of an input.
func (s *Summary) absorb(t *Summary) (repeat bool) {
	remap := s.slotsOf(t)
	shift, ok := s.days.adopt(&t.days)
	if !ok {
		repeat = s.copyAll(t) // more slabs than positions can number: copy instead
		*t = Summary{}
		return repeat
	}
	s.gen++
	for i := range t.students {
		o := t.students[i]
		if o.first == noDay {
			continue // a student without days is no student of the summary
		}
		o.first, o.last, o.follower = o.first+shift, o.last+shift, 0
		repeat = s.renumber(&o, remap) || repeat
		j, seen := s.lookup(o.id)
		if !seen {
			s.students = append(s.students, o)
			s.indexLast()
			continue
		}
		repeat = s.link(&s.students[j], &o) || repeat
	}
	repeat = s.mergeExtra(t) || repeat
	*t = Summary{}
	return repeat
}

// renumber renumbers the period sets of o's days (in s's arena) by remap,
// and reports whether a slot of a label beyond the first 32 was there
// already.
func (s *Summary) renumber(o *studentDays, remap slotRemap) (repeat bool) {
	if remap.identity() {
		return false
	}
	for p := o.first; p != noDay; {
		r := s.days.at(p)
		p = r.next
		var lost bool
		r.periods, lost = remap.apply(o.id, r)
		repeat = lost || repeat
	}
	return repeat
}

// link merges the chain of o into sd's, both in s's arena, relinking the
// records (a day of both adds o's into sd's); it reports whether a day of
// both had a period counted in both.
func (s *Summary) link(sd, o *studentDays) (repeat bool) {
	a := &s.days
	switch {
	case o.first == noDay:
		return false
	case sd.first == noDay:
		*sd = studentDays{id: sd.id, first: o.first, last: o.last, n: o.n, follower: sd.follower}
		return false
	case a.at(sd.last).ord() < a.at(o.first).ord():
		a.at(sd.last).next = o.first
		sd.last, sd.n = o.last, sd.n+o.n
		return false
	case a.at(o.last).ord() < a.at(sd.first).ord():
		a.at(o.last).next = sd.first
		sd.first, sd.n = o.first, sd.n+o.n
		return false
	}
	head, tail := noDay, noDay
	push := func(p uint32) {
		if tail == noDay {
			head = p
		} else {
			a.at(tail).next = p
		}
		tail = p
	}
	n := sd.n + o.n
	p, q := sd.first, o.first
	for p != noDay && q != noDay {
		r, u := a.at(p), a.at(q)
		cur := p
		switch {
		case r.ord() < u.ord():
			p = r.next
		case u.ord() < r.ord():
			cur, q = q, u.next
		default: // u is added into r and left out of the chain
			repeat = a.join(r, u) || repeat
			p, q = r.next, u.next
			n--
		}
		push(cur)
	}
	switch {
	case p != noDay:
		a.at(tail).next = p
		tail = sd.last
	case q != noDay:
		a.at(tail).next = q
		tail = o.last
	default:
		a.at(tail).next = noDay
	}
	sd.first, sd.last, sd.n = head, tail, n
	return repeat
}

func (s *Summary) clone() *Summary {
	c := &Summary{slots: s.slots.clone()}
	for i := range s.students {
		o := &s.students[i]
		i := c.student(o.id) // before c.students is read: it may grow
		sd := &c.students[i]
		s.eachDay(o, func(r *dayRecord) {
			mine := c.days.at(c.day(sd, r.ord(), sd.last))
			mine.periods = r.periods
			c.days.addTally(mine, s.days.tally(r))
		})
	}
	return c
}

// Equal reports whether s and t hold the same students with the same days.
func (s *Summary) Equal(t *Summary) bool {
	if s.Len() != t.Len() {
		return false
	}
	for i := range s.students {
		sd := &s.students[i]
		j, ok := t.lookup(sd.id)
		if !ok || !s.sameDays(sd, t, &t.students[j]) {
			return false
		}
	}
	return true
}

// sameDays reports whether sd of s and o of t hold the same tallies,
// whatever periods recorded them.
func (s *Summary) sameDays(sd *studentDays, t *Summary, o *studentDays) bool {
	if sd.n != o.n {
		return false
	}
	for p, q := sd.first, o.first; p != noDay; {
		r, u := s.days.at(p), t.days.at(q)
		if s.days.tally(r) != t.days.tally(u) {
			return false
		}
		p, q = r.next, u.next
	}
	return true
}
