package progress

import (
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/enum"
)

// Report accounts for every row of an input: how many records were read
// and what became of each. Every row is in exactly one of Rated, Unrated,
// Rejected, Duplicates and OtherSkill, so
//
//	Rows == Rated + Unrated + Rejected + Duplicates + OtherSkill
//
// ([Report.Balanced]). The readers and the measuring functions fill one
// when [ReadOptions.Report] points to it. The zero value is the report of
// an empty input.
type Report struct {
	// Rows is the number of records read after the header: a quoted field
	// holding line breaks is one record, and blank lines are not records.
	Rows int64
	// Rated and Unrated are the rows counted, with a rating (TEP for an
	// interval, proficiency for an opportunity) and without one (absent,
	// not observed).
	Rated, Unrated int64
	// Rejected is the number of bad rows: the *RowError values yielded or
	// returned, each naming its line.
	Rejected int64
	// Duplicates is the number of rows not counted because they repeat an
	// earlier row's student, date and period under
	// [DuplicatesKeepFirst] or [DuplicatesKeepLast] (a repeat refused
	// under [DuplicatesRefuse] is Rejected).
	Duplicates int64
	// OtherSkill is the number of opportunities for a skill area that no
	// benchmark being measured targets (always 0 when only reading).
	OtherSkill int64
	// Students and Days are the students, and the student-days, with at
	// least one counted row.
	Students, Days int
}

// Balanced reports whether every row is in exactly one count.
func (r Report) Balanced() bool {
	return r.Rows == r.Rated+r.Unrated+r.Rejected+r.Duplicates+r.OtherSkill
}

// outcome is what became of one row: the count it goes to.
type outcome uint8

const (
	outRated outcome = iota + 1
	outUnrated
	outRejected
	outDuplicate
	outOtherSkill
)

// rowCounts counts rows by outcome, indexed by it: a row counts with one
// increment. Index 0 collects what is no row's (an I/O error, a bad
// header) and is in no count of the report.
type rowCounts [outOtherSkill + 1]int64

// report returns the report of the rows counted (Students and Days are
// the caller's to fill in): every row counted is in Rows and in exactly
// one other count.
func (n *rowCounts) report() Report {
	r := Report{Rated: n[outRated], Unrated: n[outUnrated], Rejected: n[outRejected], Duplicates: n[outDuplicate], OtherSkill: n[outOtherSkill]}
	r.Rows = r.Rated + r.Unrated + r.Rejected + r.Duplicates + r.OtherSkill
	return r
}

// since returns the rows counted after n was before.
func (n rowCounts) since(before rowCounts) rowCounts {
	for i := range n {
		n[i] -= before[i]
	}
	return n
}

// addRows adds the row counts of o (Students and Days are not additive:
// parts of an input may share them).
func (r *Report) addRows(o Report) {
	r.Rows += o.Rows
	r.Rated += o.Rated
	r.Unrated += o.Unrated
	r.Rejected += o.Rejected
	r.Duplicates += o.Duplicates
	r.OtherSkill += o.OtherSkill
}

// Duplicates is what reading does with an interval that repeats an earlier
// interval's student, date and period — the same rating entered twice, as
// when data collected offline is synced again. The zero value means
// [DuplicatesRefuse].
type Duplicates uint8

// The duplicate policies.
const (
	// DuplicatesRefuse makes a repeated row a bad row ([ErrDuplicate])
	// naming the line it repeats: the default, as counting a period twice
	// would inflate the day.
	DuplicatesRefuse Duplicates = iota + 1
	// DuplicatesKeepFirst counts the first row of a student, date and
	// period and passes over its repeats, counting them in
	// [Report.Duplicates].
	DuplicatesKeepFirst
	// DuplicatesKeepLast counts the last row of a student, date and period
	// (a correction entered later wins) and passes over the others. It
	// reads the input twice, so the input must be an io.ReaderAt and
	// io.Seeker (a file); a stream fails with [ErrNotRereadable].
	DuplicatesKeepLast
)

var duplicatePolicies = enum.New[Duplicates]("Duplicates", "", "refuse", "keep-first", "keep-last")

// String returns "refuse", "keep-first" or "keep-last", "" for the zero
// value, or "%!Duplicates(9)".
func (d Duplicates) String() string { return duplicatePolicies.String(d) }

// ParseDuplicates parses "refuse", "keep-first" or "keep-last", ignoring
// case.
func ParseDuplicates(s string) (Duplicates, error) {
	if d, ok := duplicatePolicies.Parse(s); ok {
		return d, nil
	}
	return 0, fmt.Errorf("progress: unknown duplicate policy %q (want %s): %w", s, duplicatePolicies.List(), ErrBadField)
}

func (d Duplicates) orDefault() Duplicates {
	if d == 0 {
		return DuplicatesRefuse
	}
	return d
}

// ErrNotRereadable reports an option that needs to read the input twice
// ([DuplicatesKeepLast]) given an input that can be read only once.
var ErrNotRereadable = errors.New("the input can be read only once")
