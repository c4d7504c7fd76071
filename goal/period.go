package goal

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Period is the span of school days a plan is in effect, from its start
// date to its end date, both included: the period every deadline of the
// plan must fall in. Build one with [NewPeriod]. The zero value is the
// unset period (a plan that does not say when it runs, which the SMART
// review reports). A Period is a small comparable value, safe for
// concurrent use. Its JSON form is {"start":"2026-08-31","end":"2027-06-25"}.
type Period struct {
	start, end Date
}

// NewPeriod returns the period from start to end. Both must be set and
// start must not be after end; otherwise it returns a *[FieldError] for
// "period" wrapping [ErrInvalid].
func NewPeriod(start, end Date) (Period, error) {
	switch {
	case start.IsZero() || end.IsZero():
		return Period{}, &FieldError{Field: "period", Value: start.String() + ".." + end.String(), Err: fmt.Errorf("%w: a period has a start and an end date", ErrInvalid)}
	case start.After(end):
		return Period{}, &FieldError{Field: "period", Value: start.String() + ".." + end.String(), Err: fmt.Errorf("%w: the start %v is after the end %v", ErrInvalid, start, end)}
	}
	return Period{start, end}, nil
}

// MustPeriod is like [NewPeriod] but panics on error; for tests and
// package-level variables.
func MustPeriod(start, end Date) Period { return must(NewPeriod(start, end)) }

// Start returns the first day of the period (the zero Date when unset).
func (p Period) Start() Date { return p.start }

// End returns the last day of the period (the zero Date when unset).
func (p Period) End() Date { return p.end }

// IsZero reports whether the period is unset.
func (p Period) IsZero() bool { return p == Period{} }

// Contains reports whether d falls within the period, ends included. The
// unset period contains no date.
func (p Period) Contains(d Date) bool {
	return !p.IsZero() && d.IsValid() && !d.Before(p.start) && !d.After(p.end)
}

// String returns "2026-08-31..2027-06-25", or "" for the unset period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	return p.start.String() + ".." + p.end.String()
}

// MarshalJSON returns {"start":"2026-08-31","end":"2027-06-25"}; it fails
// for the unset period, which has no JSON form (leave the member out).
func (p Period) MarshalJSON() ([]byte, error) {
	if p.IsZero() {
		return nil, &FieldError{Field: "period", Err: fmt.Errorf("%w: the unset period has no JSON form", ErrInvalid)}
	}
	return json.Marshal(struct {
		Start Date `json:"start"`
		End   Date `json:"end"`
	}{p.start, p.end})
}

// UnmarshalJSON parses the form written by [Period.MarshalJSON] and checks
// it as [NewPeriod] does. Unknown members, members written twice and
// missing dates are rejected with a *[FieldError] naming the member.
func (p *Period) UnmarshalJSON(data []byte) error {
	obj, err := decodeObject(data, "period", "start", "end")
	if err != nil {
		return err
	}
	var start, end Date
	if err := errors.Join(obj.field("start", &start), obj.field("end", &end)); err != nil {
		return err
	}
	np, err := NewPeriod(start, end)
	if err != nil {
		return err
	}
	*p = np
	return nil
}
