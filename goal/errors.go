package goal

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors name the kind of a failure; every error of this package
// wraps one of them (or one of package rubric's), so callers branch with
// [errors.Is].
var (
	// ErrUnknownValue reports text that names no value of the type (an
	// unknown term, measure or support form).
	ErrUnknownValue = errors.New("unknown value")
	// ErrInvalid reports a value that breaks a rule of the goal system: a
	// threshold outside 1–100, a band on the wrong scale, a missing field.
	ErrInvalid = errors.New("invalid")
)

// FieldError says which field of which value failed, with what value, and
// why. Err wraps a sentinel of this package or of package rubric.
type FieldError struct {
	Field string // the field, e.g. "threshold" or "support"
	Value string // the offending value as text ("" when absent)
	Err   error  // the reason
}

// Error returns `goal: threshold "0": invalid: must be 1–100`.
func (e *FieldError) Error() string {
	return fmt.Sprintf("goal: %s %q: %v", e.Field, e.Value, e.Err)
}

// Unwrap returns the reason.
func (e *FieldError) Unwrap() error { return e.Err }

// Sentinel errors of validation and decoding.
var (
	// ErrNotMonotone reports a ladder that goes back: support that rises,
	// a rating band that falls, a threshold that falls for the same support
	// and band, or a deadline earlier than the one before.
	ErrNotMonotone = errors.New("ladder not monotone")
	// ErrStageRule reports a goal or plan that breaks a rule of its stage:
	// too few focus elements, too much support in stage 4, the wrong number
	// of goals.
	ErrStageRule = errors.New("breaks a stage rule")
	// ErrUnknownField reports a JSON object member this package does not define.
	ErrUnknownField = errors.New("unknown field")
)

// BenchmarkError locates one problem in a plan, a goal or a benchmark
// ladder: which goal, which benchmark, which field. [PlanSpec.Validate] and
// [GoalSpec.Validate] return an [errors.Join] of them, one per problem, and
// JSON decoding of goals and plans reports the same way.
type BenchmarkError struct {
	// Goal is the goal's index in the plan (0 for a goal validated on its
	// own), or -1 when the problem is the plan's own.
	Goal int
	// Benchmark is the benchmark's index in the goal's ladder, or -1 when
	// the problem is the goal's (or the plan's) own.
	Benchmark int
	// Field is the JSON name of the field at fault: "support", "threshold",
	// "deadline", "focus", "goals", ….
	Field string
	// Err is the reason; it wraps a sentinel such as [ErrNotMonotone],
	// [ErrStageRule], [ErrInvalid] or one of package rubric's.
	Err error
}

// Error returns `goal: goals[1].benchmarks[2].support: …`, a JSON-style path
// to the field followed by the reason.
func (e *BenchmarkError) Error() string {
	return "goal: " + e.Path() + ": " + e.Err.Error()
}

// Path returns the location as a JSON-style path: "goals[1].benchmarks[2].support",
// "goals[0].focus" or "goals".
func (e *BenchmarkError) Path() string {
	var b strings.Builder
	if e.Goal >= 0 {
		fmt.Fprintf(&b, "goals[%d]", e.Goal)
		if e.Benchmark >= 0 {
			fmt.Fprintf(&b, ".benchmarks[%d]", e.Benchmark)
		}
	}
	if e.Field != "" {
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.Field)
	}
	return b.String()
}

// Unwrap returns the reason.
func (e *BenchmarkError) Unwrap() error { return e.Err }

// locate turns every error joined in err into a *BenchmarkError at goal g
// and benchmark i: a *FieldError keeps its field and value, a
// *BenchmarkError from a single goal takes goal index g. It returns nil for nil.
func locate(err error, g, i int) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, locate(e, g, i)...)
		}
		return out
	}
	var be *BenchmarkError
	if errors.As(err, &be) {
		c := *be
		c.Goal = g
		return []error{&c}
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		reason := fe.Err
		if fe.Value != "" {
			reason = fmt.Errorf("%q: %w", fe.Value, fe.Err)
		}
		return []error{&BenchmarkError{Goal: g, Benchmark: i, Field: fe.Field, Err: reason}}
	}
	return []error{&BenchmarkError{Goal: g, Benchmark: i, Err: err}}
}
