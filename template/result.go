package template

import (
	"errors"
	"fmt"
	"math"

	"github.com/iepgoal/iepgoal/goal"
)

// Result is a benchmark's measured result over a window of days: the data
// contract between package progress, which fills it, and the progress
// summary template ([NameProgress]), which words it. The benchmark itself
// (its band, support condition and threshold) travels beside it in
// [ProgressData]; Result does not copy the threshold.
//
// The zero value is not valid (its Status is the zero goal.Status, "not
// assessed"). A Result is a plain
// comparable value, safe for concurrent use.
type Result struct {
	// Status is the verdict: met, on track, at risk, not met (deadline
	// passed), or not enough data to judge. It is package progress's
	// Assessment.Status as is (both packages use [goal.Status]).
	Status goal.Status
	// Percent is the measured percent of the day (TEP) or of opportunities
	// (soft skill) that qualified, 0–100. It is meaningful only when
	// HasPercent is true, and must be 0 otherwise.
	Percent float64
	// HasPercent is false when nothing in the window was rated, so there is
	// no percent at all (Status is then goal.StatusNotEnoughData).
	HasPercent bool
	// From and To are the first and last day of the window, inclusive. Each
	// may be the zero Date, which renders as a blank; when both are set,
	// From is not after To.
	From, To goal.Date
	// RatedDays is the number of days in the window with at least one
	// rating that counts for the benchmark; at least 1 when HasPercent.
	RatedDays int
	// SetbackDays is the number of rated days that went badly (as package
	// progress defines a setback day), 0–RatedDays. Seed 002 asks that
	// these be reported, not only the average; the summary mentions them
	// when there are any.
	SetbackDays int
}

// Met reports whether the status is [goal.StatusMet].
func (r Result) Met() bool { return r.Status == goal.StatusMet }

// Validate returns nil for a consistent result, and otherwise an error
// joining one *ResultError per broken rule, each naming the field.
func (r Result) Validate() error {
	var errs []error
	bad := func(field string, format string, args ...any) {
		errs = append(errs, &ResultError{Field: field, Reason: fmt.Sprintf(format, args...)})
	}
	if !r.Status.IsValid() {
		bad("Status", "%d: want a declared goal.Status (met … not-enough-data)", uint8(r.Status))
	}
	switch {
	case math.IsNaN(r.Percent) || r.Percent < 0 || r.Percent > 100:
		bad("Percent", "%v: want 0–100", r.Percent)
	case !r.HasPercent && r.Percent != 0:
		bad("Percent", "%v without HasPercent: want 0", r.Percent)
	}
	if !r.HasPercent && r.Status != goal.StatusNotEnoughData && r.Status.IsValid() {
		bad("HasPercent", "false with status %v: a judged benchmark has a percent", r.Status)
	}
	if r.From.IsValid() && r.To.IsValid() && r.From.After(r.To) {
		bad("From", "%v is after To %v", r.From, r.To)
	}
	switch {
	case r.RatedDays < 0:
		bad("RatedDays", "%d: want 0 or more", r.RatedDays)
	case r.HasPercent && r.RatedDays == 0:
		bad("RatedDays", "0 with HasPercent: a percent needs at least one rated day")
	}
	if r.SetbackDays < 0 || r.SetbackDays > max(r.RatedDays, 0) {
		bad("SetbackDays", "%d: want 0–RatedDays (%d)", r.SetbackDays, r.RatedDays)
	}
	return errors.Join(errs...)
}

// ResultError says which field of a [Result] is inconsistent and why. It
// wraps [ErrInvalid].
type ResultError struct {
	Field  string // the Result field, e.g. "Percent"
	Reason string // what is wrong and what was expected
}

// Error returns `template: Result.Percent 120: want 0–100`.
func (e *ResultError) Error() string { return "template: Result." + e.Field + " " + e.Reason }

// Unwrap returns [ErrInvalid].
func (e *ResultError) Unwrap() error { return ErrInvalid }
