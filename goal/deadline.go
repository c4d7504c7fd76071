package goal

import (
	"cmp"
	"database/sql/driver"
	"fmt"

	"github.com/iepgoal/iepgoal/internal/sqltext"
)

// Term is a school term whose end can serve as a deadline: "by the end of
// the 2nd trimester", "by the end of the school year". The zero value means
// no term. A Term's text form is its key ("trimester-2").
type Term uint8

// The school terms a deadline can name.
const (
	Trimester1 Term = iota + 1 // the 1st trimester
	Trimester2                 // the 2nd trimester
	Trimester3                 // the 3rd trimester
	Semester1                  // the 1st semester
	Semester2                  // the 2nd semester
	Quarter1                   // the 1st quarter
	Quarter2                   // the 2nd quarter
	Quarter3                   // the 3rd quarter
	Quarter4                   // the 4th quarter
	SchoolYear                 // the school year
)

const numTerms = 10

var terms = newKeyed[Term]("Term", "term", "trimester-1", "trimester-2", "trimester-3",
	"semester-1", "semester-2", "quarter-1", "quarter-2", "quarter-3", "quarter-4", "school-year")

var termInfo = [numTerms + 1]struct {
	ordinal int    // 1st, 2nd …; 0 for the school year
	unit    string // "trimester", "semester", "quarter", "school year"
	// fraction of the school year elapsed at the term's end, ×12, for
	// ordering terms of different kinds.
	twelfths int
}{
	{},
	{1, "trimester", 4},
	{2, "trimester", 8},
	{3, "trimester", 12},
	{1, "semester", 6},
	{2, "semester", 12},
	{1, "quarter", 3},
	{2, "quarter", 6},
	{3, "quarter", 9},
	{4, "quarter", 12},
	{0, "school year", 12},
}

// Terms returns every term, in declaration order.
func Terms() []Term { return terms.Values() }

// IsValid reports whether t is one of the declared terms.
func (t Term) IsValid() bool { return terms.Valid(t) }

// Key returns the term's identifier, e.g. "trimester-2"; "" when invalid.
func (t Term) Key() string {
	key, _ := terms.Name(t)
	return key
}

// Ordinal returns the term's number within the year (2 for the 2nd
// trimester), or 0 for [SchoolYear] and invalid terms.
func (t Term) Ordinal() int {
	if !t.IsValid() {
		return 0
	}
	return termInfo[t].ordinal
}

// Unit returns "trimester", "semester", "quarter" or "school year" ("" when invalid).
func (t Term) Unit() string {
	if !t.IsValid() {
		return ""
	}
	return termInfo[t].unit
}

// String returns the term's key, "unset", or "%!Term(42)" for an
// undeclared term.
func (t Term) String() string { return terms.String(t) }

// ParseTerm parses a term key such as "trimester-2" or "school-year",
// ignoring case.
func ParseTerm(s string) (Term, error) { return terms.Parse(s) }

// MarshalText returns the term's key; it fails for an invalid term.
func (t Term) MarshalText() ([]byte, error) { return terms.Marshal(t) }

// UnmarshalText parses a term key with [ParseTerm].
func (t *Term) UnmarshalText(text []byte) error { return terms.Unmarshal(text, t, ParseTerm) }

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (t Term) Value() (driver.Value, error) { return terms.Value(t) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed with [ParseTerm].
func (t *Term) Scan(src any) error { return terms.Scan(src, t, ParseTerm) }

// Deadline is when a benchmark is due: a calendar date, the end of a school
// term, or unset (written as a blank "______" on a form). The zero value is
// the unset deadline. A Deadline is a comparable value, safe for concurrent
// use. Its text form is "2027-03-13", a term key such as "trimester-2", or
// empty when unset.
type Deadline struct {
	date Date
	term Term
}

// By returns the deadline of a calendar date.
func By(d Date) Deadline { return Deadline{date: d} }

// ByEndOf returns the deadline of the end of a school term.
func ByEndOf(t Term) Deadline { return Deadline{term: t} }

// Date returns the deadline's date and true, or false when the deadline is a
// term or unset.
func (d Deadline) Date() (Date, bool) { return d.date, d.date.IsValid() }

// Term returns the deadline's term and true, or false when the deadline is a
// date or unset.
func (d Deadline) Term() (Term, bool) { return d.term, d.term != 0 }

// IsZero reports whether the deadline is unset.
func (d Deadline) IsZero() bool { return d == Deadline{} }

// IsValid reports whether the deadline is unset, a valid date, or a valid
// term — never both.
func (d Deadline) IsValid() bool {
	switch {
	case d.IsZero():
		return true
	case d.term != 0:
		return d.date.IsZero() && d.term.IsValid()
	}
	return true
}

// String returns the text form: the date, the term key, or "" when unset.
func (d Deadline) String() string {
	if d.term != 0 {
		return d.term.String()
	}
	return d.date.String()
}

// ParseDeadline parses a date ("2027-03-13"), a term key ("trimester-2"),
// or the empty string (unset).
func ParseDeadline(s string) (Deadline, error) {
	if s == "" {
		return Deadline{}, nil
	}
	if t, err := ParseTerm(s); err == nil {
		return ByEndOf(t), nil
	}
	d, err := ParseDate(s)
	if err != nil {
		return Deadline{}, &FieldError{Field: "deadline", Value: s, Err: fmt.Errorf("%w: want a date YYYY-MM-DD or a term such as trimester-2", ErrUnknownValue)}
	}
	return By(d), nil
}

// MarshalText returns the text form of the deadline.
func (d Deadline) MarshalText() ([]byte, error) {
	if !d.IsValid() {
		return nil, &FieldError{Field: "deadline", Value: d.String(), Err: ErrUnknownValue}
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses text with [ParseDeadline].
func (d *Deadline) UnmarshalText(text []byte) error {
	p, err := ParseDeadline(string(text))
	if err == nil {
		*d = p
	}
	return err
}

// Order orders deadlines when their order is known from the values alone,
// and reports ok = false when it is not (a date against a term, or an unset
// deadline): use [Calendar.Order] to place terms on dates. Terms are
// ordered by how far into the school year they end (the 1st semester ends
// with the 2nd quarter; the 3rd trimester, 2nd semester, 4th quarter and
// school year all end together). It is not a total order; [Deadline.Compare]
// is.
func (d Deadline) Order(e Deadline) (c int, ok bool) {
	switch {
	case d.date.IsValid() && e.date.IsValid():
		return d.date.Compare(e.date), true
	case d.term.IsValid() && e.term.IsValid():
		return cmp.Compare(termInfo[d.term].twelfths, termInfo[e.term].twelfths), true
	}
	return 0, false
}

// Compare is a total order on deadlines, for sorting: dates first (by
// date), then terms (in declaration order), then the unset deadline. It
// returns -1, 0 or +1 and is consistent with ==; it says nothing about
// which comes first in a school year when a date meets a term (see
// [Deadline.Order] and [Calendar.Order]).
func (d Deadline) Compare(e Deadline) int {
	rank := func(x Deadline) int {
		switch {
		case x.date.IsValid():
			return 0
		case x.term != 0:
			return 1
		}
		return 2
	}
	if r := cmp.Compare(rank(d), rank(e)); r != 0 {
		return r
	}
	if r := d.date.Compare(e.date); r != 0 {
		return r
	}
	return cmp.Compare(d.term, e.term)
}

// Value implements [driver.Valuer]: the text form, or NULL when unset.
func (d Deadline) Value() (driver.Value, error) { return sqltext.Value(d, d.IsZero()) }

// Scan implements [database/sql.Scanner]: NULL is the unset deadline, text
// is parsed with [ParseDeadline].
func (d *Deadline) Scan(src any) error { return scanText(src, "deadline", d) }
