package goal

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Calendar gives the end dates of the school terms of one school year, so
// that a term deadline ("by the end of the 2nd trimester") can be resolved
// to a date and compared with date deadlines. The zero value knows no
// dates: it resolves only date deadlines. A Calendar is a small comparable
// value, safe for concurrent use. Its JSON form is an object from term key
// to date: {"trimester-1":"2026-11-27","school-year":"2027-06-25"}.
type Calendar struct {
	ends [numTerms + 1]Date
}

// NewCalendar returns the calendar with the given term end dates. Terms may
// be left out. The dates must follow the terms' order in the year (a term
// that ends later in the year — by [Deadline.Compare] — ends on a later or
// the same date, and terms that end together may differ by school but never
// cross a term that ends later), and all fall within 366 days. Errors are
// *FieldError values naming the term, wrapping [ErrInvalid].
func NewCalendar(ends map[Term]Date) (Calendar, error) {
	var c Calendar
	var errs []error
	for t, d := range ends {
		switch {
		case !t.IsValid():
			errs = append(errs, &FieldError{Field: "term", Value: t.String(), Err: ErrUnknownValue})
		case !d.IsValid():
			errs = append(errs, &FieldError{Field: t.Key(), Err: fmt.Errorf("%w: no end date", ErrInvalid)})
		default:
			c.ends[t] = d
		}
	}
	if len(errs) > 0 {
		return Calendar{}, errors.Join(errs...)
	}
	if err := c.check(); err != nil {
		return Calendar{}, err
	}
	return c, nil
}

// MustCalendar is like [NewCalendar] but panics on error; for tests and
// package-level variables.
func MustCalendar(ends map[Term]Date) Calendar {
	c, err := NewCalendar(ends)
	if err != nil {
		panic(err)
	}
	return c
}

// check reports term dates out of term order or spread over more than a year.
func (c Calendar) check() error {
	var errs []error
	var first, last Date
	for t := Term(1); t <= numTerms; t++ {
		d := c.ends[t]
		if !d.IsValid() {
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
		for u := Term(1); u <= numTerms; u++ {
			e := c.ends[u]
			if e.IsValid() && termInfo[u].twelfths > termInfo[t].twelfths && !e.After(d) {
				errs = append(errs, &FieldError{Field: u.Key(), Value: e.String(),
					Err: fmt.Errorf("%w: %s must end after %s (%s)", ErrInvalid, u.Key(), t.Key(), d)})
			}
		}
	}
	if last.DaysSince(first) > 366 {
		errs = append(errs, &FieldError{Field: "calendar", Value: first.String() + ".." + last.String(),
			Err: fmt.Errorf("%w: term ends span more than one school year", ErrInvalid)})
	}
	return errors.Join(errs...)
}

// IsZero reports whether the calendar knows no dates.
func (c Calendar) IsZero() bool { return c == Calendar{} }

// End returns the end date of term t and true, or false when the calendar
// does not know it.
func (c Calendar) End(t Term) (Date, bool) {
	if !t.IsValid() {
		return Date{}, false
	}
	return c.ends[t], c.ends[t].IsValid()
}

// Resolve returns the date a deadline falls on: a date deadline's date, a
// term deadline's end date from the calendar. It returns false for an unset
// deadline and for a term the calendar does not know.
func (c Calendar) Resolve(d Deadline) (Date, bool) {
	if dt, ok := d.Date(); ok {
		return dt, true
	}
	if t, ok := d.Term(); ok {
		return c.End(t)
	}
	return Date{}, false
}

// Order orders two deadlines in the school year: by their dates when the
// calendar resolves both, otherwise as [Deadline.Order] does (terms by
// their place in the year). It returns ok = false when the order is not
// known — an unset deadline, or a date against a term the calendar does
// not know.
func (c Calendar) Order(a, b Deadline) (int, bool) {
	da, okA := c.Resolve(a)
	db, okB := c.Resolve(b)
	if okA && okB {
		return da.Compare(db), true
	}
	return a.Order(b)
}

// MarshalJSON returns the calendar as a JSON object from term key to end
// date, in term declaration order.
func (c Calendar) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for t := Term(1); t <= numTerms; t++ {
		if d := c.ends[t]; d.IsValid() {
			if len(b) > 1 {
				b = append(b, ',')
			}
			b = append(append(append(b, '"'), t.Key()...), `":"`...)
			b = append(d.AppendText(b), '"')
		}
	}
	return append(b, '}'), nil
}

// UnmarshalJSON parses the form written by [Calendar.MarshalJSON] and
// validates it as [NewCalendar] does. Unknown terms and invalid dates are
// rejected with a *FieldError naming the member.
func (c *Calendar) UnmarshalJSON(data []byte) error {
	keys := make([]string, numTerms)
	for i := range keys {
		keys[i] = Term(i + 1).Key()
	}
	obj, err := decodeObject(data, "calendar", keys...)
	if err != nil {
		return err
	}
	ends := make(map[Term]Date, numTerms)
	var errs []error
	for _, key := range obj.names() {
		t, _ := ParseTerm(key)
		var d Date
		if err := obj.field(key, &d); err != nil {
			errs = append(errs, err)
			continue
		}
		ends[t] = d
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	nc, err := NewCalendar(ends)
	if err != nil {
		return err
	}
	*c = nc
	return nil
}

var _ json.Marshaler = Calendar{}
