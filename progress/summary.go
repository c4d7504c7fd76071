package progress

import (
	"errors"
	"fmt"
	"iter"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Summary holds, for one benchmark, each student's school days as
// [DayTally] values: the result of measurement. Summaries of parts of the
// data merge into the summary of the whole ([Summary.Merge]), so the work
// can be split across goroutines or machines.
//
// The zero value is the empty summary, ready to use and the identity of
// Merge. A Summary is not safe for concurrent mutation; concurrent reads are
// safe. It records no benchmark: merge only summaries of the same benchmark.
type Summary struct {
	index    map[goal.StudentID]int32
	students []studentDays
	gen      uint64 // bumped when days may move in memory (Merge, AddDay)
	daysHint int    // the initial capacity of a new student's days
	// slots numbers the period labels of the periods sets, for the reading
	// that records which periods each day has had (nil when none does).
	slots *slotLabels
}

type studentDays struct {
	id   goal.StudentID
	days []dayRecord // sorted by date, one per date
	// follower is 1 + the index of the student whose rows came after this
	// student's last time (0: none yet): in a file sorted by date, the
	// next student of a day is the same every day, and is found without
	// hashing.
	follower int32
}

// dayRecord is one day of a student in a summary: its DayTally, and the
// set of period labels counted (bits of the summary's slots) for the
// reading rules on repeated rows, 0 when no reading recorded them. The
// set shares the date's word, so that a record is as large as a DayTally
// and counting a row touches one record.
type dayRecord struct {
	Date                                                           goal.Date
	periods                                                        periodSet
	Rated, Qualifying, InBand, Units, SupportUnits, IntensityUnits int64
	MaxIntensity                                                   rubric.Intensity
}

// recordOf returns the record of a DayTally, with no periods.
func recordOf(d DayTally) dayRecord {
	return dayRecord{Date: d.Date, Rated: d.Rated, Qualifying: d.Qualifying, InBand: d.InBand, Units: d.Units,
		SupportUnits: d.SupportUnits, IntensityUnits: d.IntensityUnits, MaxIntensity: d.MaxIntensity}
}

// tally returns the record's DayTally.
func (r *dayRecord) tally() DayTally {
	return DayTally{Date: r.Date, Tally: Tally{Rated: r.Rated, Qualifying: r.Qualifying}, InBand: r.InBand, Units: r.Units,
		SupportUnits: r.SupportUnits, IntensityUnits: r.IntensityUnits, MaxIntensity: r.MaxIntensity}
}

// add returns the sum of two records of the same day: the tallies add
// with [DayTally.Add], the period sets join.
func (r dayRecord) add(o dayRecord) dayRecord {
	sum := recordOf(r.tally().Add(o.tally()))
	sum.periods = r.periods | o.periods
	return sum
}

// tallies returns the days' tallies.
func tallies(days []dayRecord) []DayTally {
	out := make([]DayTally, len(days))
	for i := range days {
		out[i] = days[i].tally()
	}
	return out
}

// compareDate orders a day by date, for binary searches.
func compareDate(d dayRecord, date goal.Date) int { return d.Date.Compare(date) }

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
	i, ok := s.index[id]
	if !ok {
		return nil
	}
	return tallies(s.students[i].days)
}

// LastDate returns the latest day of any student in the summary (the zero
// Date for an empty summary): the natural "as of" date of a data set,
// taken from the data rather than from the clock.
func (s *Summary) LastDate() goal.Date {
	var last goal.Date
	for _, sd := range s.students {
		if n := len(sd.days); n > 0 && sd.days[n-1].Date.After(last) {
			last = sd.days[n-1].Date
		}
	}
	return last
}

// Weeks returns the student's ISO weeks: [Weeks] of [Summary.Days].
func (s *Summary) Weeks(id goal.StudentID) []WeekTally { return Weeks(s.Days(id)) }

// All yields each student and a copy of their days, in student order.
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
	if i, ok := s.index[id]; ok {
		return i
	}
	if s.index == nil {
		s.index = make(map[goal.StudentID]int32)
	}
	i := int32(len(s.students))
	s.index[id] = i
	n := max(s.daysHint, 4)
	s.students = append(s.students, studentDays{id: id, days: make([]dayRecord, 0, n)})
	return i
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
	i, seen := s.index[id]
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

// day returns the index of the student's DayTally for date, inserting an
// empty one in date order when there is none. hint is the index of a day
// returned recently (or -1): the day after it is tried first, so that
// date-ordered input finds its days in constant time.
func (sd *studentDays) day(date goal.Date, hint int) int {
	n := len(sd.days)
	if hint >= 0 && hint+1 < n && sd.days[hint+1].Date == date {
		return hint + 1
	}
	switch {
	case n == 0 || sd.days[n-1].Date.Before(date):
		sd.days = append(sd.days, dayRecord{Date: date})
		return n
	case sd.days[n-1].Date == date:
		return n - 1
	}
	i, found := slices.BinarySearchFunc(sd.days, date, compareDate)
	if !found {
		sd.days = slices.Insert(sd.days, i, dayRecord{Date: date})
	}
	return i
}

// AddDay adds d to the student's tally for d.Date (days of the same date
// add up with [DayTally.Add]). It is how a summary is built from tallies
// computed elsewhere. A DayTally without a date is ignored.
func (s *Summary) AddDay(id goal.StudentID, d DayTally) {
	if d.Date.IsZero() {
		return
	}
	s.gen++
	sd := &s.students[s.student(id)]
	p := &sd.days[sd.day(d.Date, -1)]
	*p = p.add(recordOf(d))
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
	s.gen++
	remap := s.slotsOf(t)
	for _, sd := range t.students {
		mine := &s.students[s.student(sd.id)]
		mine.merge(sd, remap, true)
	}
	s.mergeExtra(t)
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
	for _, sd := range t.students {
		i, ok := s.index[sd.id]
		if !ok {
			continue
		}
		mine := s.students[i].days
		for _, d := range sd.days {
			if _, found := slices.BinarySearchFunc(mine, d.Date, compareDate); found {
				return fmt.Errorf("progress: merging: student %q, %v: %w", string(sd.id), d.Date, ErrOverlap)
			}
		}
	}
	s.Merge(t)
	return nil
}

// absorb merges t into s like Merge, but takes over t's memory: t must
// not be used afterwards. It spares the copy of each student's days that
// only t has. It reports whether a day of both had a period counted in
// both: a repeated row across the two parts of an input.
func (s *Summary) absorb(t *Summary) (repeat bool) {
	s.gen++
	if s.index == nil {
		s.index = make(map[goal.StudentID]int32, len(t.students))
	}
	remap := s.slotsOf(t)
	for _, sd := range t.students {
		if _, ok := s.index[sd.id]; !ok && remap.identity() {
			s.index[sd.id] = int32(len(s.students))
			s.students = append(s.students, sd)
			continue
		}
		mine := &s.students[s.student(sd.id)]
		repeat = mine.merge(sd, remap, false) || repeat
	}
	repeat = s.mergeExtra(t) || repeat
	*t = Summary{}
	return repeat
}

func (s *Summary) clone() *Summary {
	c := &Summary{slots: s.slots.clone()}
	for _, sd := range s.students {
		i := c.student(sd.id)
		c.students[i].days = slices.Clone(sd.days)
	}
	return c
}

// merge adds o's days into sd (days of equal date add up), with o's
// period sets renumbered by remap, taking o's slice over when it can
// (never when copy is set: then o is left unchanged); it reports whether
// a day of both had a period counted in both.
func (sd *studentDays) merge(o studentDays, remap slotRemap, copy bool) (repeat bool) {
	theirs := o.days
	if len(theirs) == 0 {
		return false
	}
	if copy && (len(sd.days) == 0 || !remap.identity()) {
		theirs = slices.Clone(theirs)
	}
	repeat = remap.renumber(o.id, theirs)
	switch {
	case len(sd.days) == 0:
		sd.days = theirs
		return repeat
	case sd.days[len(sd.days)-1].Date.Before(theirs[0].Date):
		sd.days = append(sd.days, theirs...)
		return repeat
	}
	mine := sd.days
	days := make([]dayRecord, 0, len(mine)+len(theirs))
	for len(mine) > 0 || len(theirs) > 0 {
		switch {
		case len(theirs) == 0 || len(mine) > 0 && mine[0].Date.Before(theirs[0].Date):
			days, mine = append(days, mine[0]), mine[1:]
		case len(mine) == 0 || theirs[0].Date.Before(mine[0].Date):
			days, theirs = append(days, theirs[0]), theirs[1:]
		default:
			repeat = repeat || mine[0].periods&theirs[0].periods != 0
			days, mine, theirs = append(days, mine[0].add(theirs[0])), mine[1:], theirs[1:]
		}
	}
	sd.days = days
	return repeat
}

// Equal reports whether s and t hold the same students with the same days.
func (s *Summary) Equal(t *Summary) bool {
	if s.Len() != t.Len() {
		return false
	}
	for _, sd := range s.students {
		i, ok := t.index[sd.id]
		if !ok || !slices.EqualFunc(sd.days, t.students[i].days, sameTally) {
			return false
		}
	}
	return true
}

// sameTally reports whether two days hold the same tally, whatever
// periods recorded it.
func sameTally(a, b dayRecord) bool { return a.tally() == b.tally() }
