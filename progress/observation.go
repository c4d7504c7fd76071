package progress

import (
	"fmt"

	"github.com/iepgoal/iepgoal/internal/printable"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Limits on the text fields of observations.
const (
	MaxPeriodBytes = 64  // the longest period label accepted
	MinMinutes     = 1   // the shortest interval, in minutes
	MaxMinutes     = 600 // the longest interval, in minutes (ten hours)
)

// Interval is one rated interval of a student's school day — typically a
// class period — as recorded on a rating sheet. A TEP benchmark's percent of
// the day is taken over intervals' minutes (see [Measurer]).
//
// The zero value is not a valid interval (it has no student, date or
// minutes). Within a valid interval a zero TEP means unrated (absent, not
// observed): its minutes count in neither the rated nor the qualifying
// minutes. A zero Intensity means the overall intensity was not recorded,
// and a zero Profile means no element intensity was recorded. Interval is a
// plain comparable value; copying it copies everything. It takes 56 bytes
// on a 64-bit machine (the profile is one word), so that a measurement
// streams through as few cache lines as the fields allow.
type Interval struct {
	Student   goal.StudentID        // who was rated
	Period    string                // the period label ("1", "math"); may be empty
	Minutes   int                   // length of the interval, 1–600
	Date      goal.Date             // the school day
	TEP       rubric.TEP            // the TEP rating, 0 = unrated
	Intensity rubric.Intensity      // the overall intensity of support, 0 = not recorded
	Profile   rubric.SupportProfile // intensity per therapeutic element
}

// Validate reports whether iv can be measured and written: a valid student
// ID and date, a period label of at most 64 printable bytes, minutes in
// 1–600, and levels on their scales. The error is a *[RowError] with Line 0
// naming the field.
func (iv Interval) Validate() error {
	if err := iv.Student.Validate(); err != nil {
		return &RowError{Column: colStudent, Err: err}
	}
	if !iv.Date.IsValid() {
		return &RowError{Column: colDate, Err: fmt.Errorf("%w: no date", goal.ErrBadDate)}
	}
	if err := checkPeriod(iv.Period); err != nil {
		return &RowError{Column: colPeriod, Err: err}
	}
	if err := checkMinutes(iv.Minutes); err != nil {
		return &RowError{Column: colMinutes, Err: err}
	}
	if iv.TEP != 0 && !iv.TEP.IsValid() {
		return &RowError{Column: colTEP, Err: fmt.Errorf("%w: TEP %d is not in 1–5", rubric.ErrOutOfRange, iv.TEP)}
	}
	if iv.Intensity != 0 && !iv.Intensity.IsValid() {
		return &RowError{Column: colIntensity, Err: fmt.Errorf("%w: intensity %d is not in 1–5", rubric.ErrOutOfRange, iv.Intensity)}
	}
	for e, v := range iv.Profile.All() {
		if !v.IsValid() {
			return &RowError{Column: elementColumnPrefix + e.Key(), Err: fmt.Errorf("%w: intensity %d is not in 1–5", rubric.ErrOutOfRange, v)}
		}
	}
	return nil
}

// Opportunity is one opportunity a student was given to use a soft skill,
// and how it went. A soft-skill benchmark's percent of opportunities is
// taken over the opportunities of its skill area (see [Measurer]).
//
// The zero value is not a valid opportunity. Within a valid opportunity a
// zero Rating means unrated (it counts in neither the rated nor the
// qualifying opportunities) and a zero Intensity means the support was not
// recorded. Opportunity is a plain comparable value.
type Opportunity struct {
	Student   goal.StudentID   // who was rated
	Date      goal.Date        // the school day
	Skill     string           // the soft-skill area's ID, e.g. "group-work" (see rubric.SkillArea)
	Rating    rubric.SoftSkill // the proficiency rating, 0 = unrated
	Intensity rubric.Intensity // the intensity of support, 0 = not recorded
}

// Validate reports whether o can be measured and written: a valid student
// ID, date and skill-area ID, and levels on their scales. The error is a
// *[RowError] with Line 0 naming the field.
func (o Opportunity) Validate() error {
	if err := o.Student.Validate(); err != nil {
		return &RowError{Column: colStudent, Err: err}
	}
	if !o.Date.IsValid() {
		return &RowError{Column: colDate, Err: fmt.Errorf("%w: no date", goal.ErrBadDate)}
	}
	if err := checkSkill(o.Skill); err != nil {
		return &RowError{Column: colSkill, Err: err}
	}
	if o.Rating != 0 && !o.Rating.IsValid() {
		return &RowError{Column: colRating, Err: fmt.Errorf("%w: rating %d is not in 1–5", rubric.ErrOutOfRange, o.Rating)}
	}
	if o.Intensity != 0 && !o.Intensity.IsValid() {
		return &RowError{Column: colIntensity, Err: fmt.Errorf("%w: intensity %d is not in 1–5", rubric.ErrOutOfRange, o.Intensity)}
	}
	return nil
}

// checkPeriod checks a period label: at most 64 bytes of printable UTF-8.
func checkPeriod[S string | []byte](s S) error {
	switch {
	case len(s) > MaxPeriodBytes:
		return fmt.Errorf("%w: period label of %d bytes, at most %d", ErrBadField, len(s), MaxPeriodBytes)
	case !printable.Valid(s):
		return fmt.Errorf("%w: period label %q is not printable UTF-8", ErrBadField, string(s))
	}
	return nil
}

// checkSkill checks a skill-area ID with the rules of [rubric.NewSkillArea].
func checkSkill(id string) error {
	if _, err := rubric.NewSkillArea(id, "x"); err != nil {
		return fmt.Errorf("%w: skill area ID: %w", ErrBadField, err)
	}
	return nil
}

// checkMinutes checks an interval length.
func checkMinutes(n int) error {
	if n < MinMinutes || n > MaxMinutes {
		return fmt.Errorf("%w: %d", ErrMinutes, n)
	}
	return nil
}
