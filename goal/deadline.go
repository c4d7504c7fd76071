package goal

import (
	"cmp"
	"fmt"
	"strings"
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

var termInfo = [numTerms + 1]struct {
	key     string
	ordinal int    // 1st, 2nd …; 0 for the school year
	unit    string // "trimester", "semester", "quarter", "school year"
	// fraction of the school year elapsed at the term's end, ×12, for
	// ordering terms of different kinds.
	twelfths int
}{
	{},
	{"trimester-1", 1, "trimester", 4},
	{"trimester-2", 2, "trimester", 8},
	{"trimester-3", 3, "trimester", 12},
	{"semester-1", 1, "semester", 6},
	{"semester-2", 2, "semester", 12},
	{"quarter-1", 1, "quarter", 3},
	{"quarter-2", 2, "quarter", 6},
	{"quarter-3", 3, "quarter", 9},
	{"quarter-4", 4, "quarter", 12},
	{"school-year", 0, "school year", 12},
}

// Terms returns every term, in declaration order.
func Terms() []Term {
	ts := make([]Term, numTerms)
	for i := range ts {
		ts[i] = Term(i + 1)
	}
	return ts
}

// IsValid reports whether t is one of the declared terms.
func (t Term) IsValid() bool { return t >= 1 && t <= numTerms }

// Key returns the term's identifier, e.g. "trimester-2"; "" when invalid.
func (t Term) Key() string {
	if !t.IsValid() {
		return ""
	}
	return termInfo[t].key
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

// String returns the term's key, or "%!Term(42)" for an invalid term.
func (t Term) String() string {
	if !t.IsValid() {
		return fmt.Sprintf("%%!Term(%d)", uint8(t))
	}
	return termInfo[t].key
}

// ParseTerm parses a term key such as "trimester-2" or "school-year",
// ignoring case.
func ParseTerm(s string) (Term, error) {
	for t := Term(1); t <= numTerms; t++ {
		if strings.EqualFold(s, termInfo[t].key) {
			return t, nil
		}
	}
	return 0, &FieldError{Field: "term", Value: s, Err: ErrUnknownValue}
}

// MarshalText returns the term's key; it fails for an invalid term.
func (t Term) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, &FieldError{Field: "term", Value: fmt.Sprint(uint8(t)), Err: ErrUnknownValue}
	}
	return []byte(t.Key()), nil
}

// UnmarshalText parses a term key with [ParseTerm].
func (t *Term) UnmarshalText(text []byte) error {
	p, err := ParseTerm(string(text))
	if err == nil {
		*t = p
	}
	return err
}

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

// Compare orders deadlines when their order is known from the values alone,
// and reports ok = false when it is not (a date against a term, or an unset
// deadline): use a [Calendar] to compare those. Terms compare by how far
// into the school year they end (the 1st semester ends with the 2nd quarter;
// the 3rd trimester, 2nd semester, 4th quarter and school year all end
// together).
func (d Deadline) Compare(e Deadline) (c int, ok bool) {
	switch {
	case d.date.IsValid() && e.date.IsValid():
		return d.date.Compare(e.date), true
	case d.term.IsValid() && e.term.IsValid():
		return cmp.Compare(termInfo[d.term].twelfths, termInfo[e.term].twelfths), true
	}
	return 0, false
}
