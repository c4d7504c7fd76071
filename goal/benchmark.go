package goal

import (
	"cmp"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"

	"github.com/iepgoal/iepgoal/rubric"
)

// Measure says what a benchmark rates: TEP over the school day, or
// proficiency in one soft-skill area. The zero value is unset.
type Measure uint8

// The measures a benchmark can use.
const (
	MeasureTEP       Measure = iota + 1 // tolerance, engagement and participation over the day
	MeasureSoftSkill                    // proficiency in one soft-skill area, per opportunity
)

var measures = newKeyed[Measure]("Measure", "measure", "tep", "soft-skill")

// IsValid reports whether m is MeasureTEP or MeasureSoftSkill.
func (m Measure) IsValid() bool { return measures.Valid(m) }

// Basis returns what the benchmark's percent is a percent of, which follows
// from the measure: of the day for TEP, of opportunities for a soft skill.
func (m Measure) Basis() Basis {
	switch m {
	case MeasureTEP:
		return BasisDay
	case MeasureSoftSkill:
		return BasisOpportunities
	}
	return 0
}

// String returns "tep" or "soft-skill" (the text form), "unset", or "%!Measure(9)".
func (m Measure) String() string { return measures.String(m) }

// ParseMeasure parses "tep" or "soft-skill", ignoring case.
func ParseMeasure(text string) (Measure, error) { return measures.Parse(text) }

// MarshalText returns "tep" or "soft-skill"; it fails for an invalid measure.
func (m Measure) MarshalText() ([]byte, error) { return measures.Marshal(m) }

// UnmarshalText parses text with [ParseMeasure].
func (m *Measure) UnmarshalText(text []byte) error { return measures.Unmarshal(text, m, ParseMeasure) }

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (m Measure) Value() (driver.Value, error) { return measures.Value(m) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed with [ParseMeasure].
func (m *Measure) Scan(src any) error { return measures.Scan(src, m, ParseMeasure) }

// Basis is what a benchmark's percent is taken over. The zero value is unset.
type Basis uint8

// The two bases of a percent.
const (
	// BasisDay: qualifying minutes ÷ rated minutes of the school day.
	BasisDay Basis = iota + 1
	// BasisOpportunities: qualifying opportunities ÷ rated opportunities provided.
	BasisOpportunities
)

var bases = enum.New[Basis]("Basis", "unset", "day", "opportunities")

// String returns "day" or "opportunities", "unset", or "%!Basis(9)".
func (b Basis) String() string { return bases.String(b) }

// Spec holds the fields of a [Benchmark] for [NewBenchmark]. It is a plain
// struct to fill in; a Benchmark is the validated, immutable value made from it.
type Spec struct {
	// Measure is MeasureTEP or MeasureSoftSkill.
	Measure Measure
	// TEP is the rating band for a TEP benchmark ("between a 3 and 5");
	// it must be zero for a soft-skill benchmark.
	TEP rubric.Band[rubric.TEP]
	// Skill is the soft-skill area of a soft-skill benchmark; zero for TEP.
	Skill rubric.SkillArea
	// Proficiency is the rating band of a soft-skill benchmark ("between a
	// 2 and 3"); it must be zero for a TEP benchmark.
	Proficiency rubric.Band[rubric.SoftSkill]
	// Support is the support condition; required.
	Support Support
	// Threshold is the percent to reach, 1–100 ("90% or more").
	Threshold int
	// Deadline is when the benchmark is due; it may be unset.
	Deadline Deadline
	// Focus names the therapeutic elements the benchmark focuses on. The
	// support condition applies to each of them as well as to the overall
	// intensity.
	Focus rubric.ElementSet
}

// Benchmark is one rung of a goal's ladder: "With a level 4 intensity of
// support or less, ______ will achieve between a 3 and 5 on the tolerance,
// engagement, and participation scale for 90% or more of the day by the end
// of the 2nd trimester." It is one value that both renders that sentence
// (package template) and is evaluated against observation data (package
// progress): what is written is what is measured.
//
// A Benchmark is immutable: build it with [NewBenchmark] and read it with
// its accessors; [Benchmark.Spec] returns its fields to derive a new one.
// It is comparable and safe for concurrent use. The zero value is not a
// valid benchmark. It carries no wording and no student name.
type Benchmark struct {
	spec Spec
}

// NewBenchmark validates spec and returns the benchmark. The error joins
// every problem found, each a *FieldError naming the field.
func NewBenchmark(spec Spec) (Benchmark, error) {
	if err := spec.validate(); err != nil {
		return Benchmark{}, err
	}
	return Benchmark{spec}, nil
}

// MustBenchmark is like [NewBenchmark] but panics on error; for tests and
// package-level variables.
func MustBenchmark(spec Spec) Benchmark {
	b, err := NewBenchmark(spec)
	if err != nil {
		panic(err)
	}
	return b
}

// Spec returns the benchmark's fields, to read them all at once or to build
// a changed copy with [NewBenchmark].
func (b Benchmark) Spec() Spec { return b.spec }

// IsZero reports whether b is the zero Benchmark.
func (b Benchmark) IsZero() bool { return b == Benchmark{} }

// Measure returns what the benchmark rates.
func (b Benchmark) Measure() Measure { return b.spec.Measure }

// Basis returns what the percent is taken over (from the measure).
func (b Benchmark) Basis() Basis { return b.spec.Measure.Basis() }

// TEPBand returns the rating band of a TEP benchmark (zero for a soft skill).
func (b Benchmark) TEPBand() rubric.Band[rubric.TEP] { return b.spec.TEP }

// Skill returns the soft-skill area of a soft-skill benchmark (zero for TEP).
func (b Benchmark) Skill() rubric.SkillArea { return b.spec.Skill }

// ProficiencyBand returns the rating band of a soft-skill benchmark (zero for TEP).
func (b Benchmark) ProficiencyBand() rubric.Band[rubric.SoftSkill] { return b.spec.Proficiency }

// Support returns the support condition.
func (b Benchmark) Support() Support { return b.spec.Support }

// Threshold returns the percent to reach, 1–100.
func (b Benchmark) Threshold() int { return b.spec.Threshold }

// Deadline returns when the benchmark is due (possibly unset).
func (b Benchmark) Deadline() Deadline { return b.spec.Deadline }

// Focus returns the therapeutic elements the benchmark focuses on.
func (b Benchmark) Focus() rubric.ElementSet { return b.spec.Focus }

// BandLow returns the low end of the rating band as a plain level number,
// whichever the measure; with BandHigh it lets wording treat both measures alike.
func (b Benchmark) BandLow() int {
	if b.spec.Measure == MeasureSoftSkill {
		return int(b.spec.Proficiency.Low())
	}
	return int(b.spec.TEP.Low())
}

// BandHigh returns the high end of the rating band as a plain level number.
func (b Benchmark) BandHigh() int {
	if b.spec.Measure == MeasureSoftSkill {
		return int(b.spec.Proficiency.High())
	}
	return int(b.spec.TEP.High())
}

// QualifiesInterval reports whether one rated interval of the school day
// counts toward a TEP benchmark's percent of the day. It is the predicate
// package progress calls on every row (through [Benchmark.Qualifier]); it
// does not allocate.
//
// The semantics (a choice of this library):
// an interval qualifies when
//
//   - its TEP rating is in the benchmark's band (an unrated interval never
//     qualifies, and the caller leaves it out of the rated minutes too), and
//   - its overall intensity is recorded and at most [Support.Limit], and
//   - every focus element recorded in its profile is at most that limit
//     (focus elements not recorded for the interval do not count against it).
//
// Only the upper bound of the support condition applies: "level 4 to 5"
// describes the support planned for a new student, and doing well under
// less support still counts. For a soft-skill benchmark it returns false.
func (b Benchmark) QualifiesInterval(tep rubric.TEP, overall rubric.Intensity, profile *rubric.SupportProfile) bool {
	return b.Qualifier().QualifiesInterval(tep, overall, profile)
}

// QualifiesOpportunity reports whether one opportunity to use the
// benchmark's soft skill counts toward its percent of opportunities: the
// proficiency rating is in the band, and the intensity of support recorded
// for the opportunity is at most [Support.Limit] (only the upper bound
// applies, as for [Benchmark.QualifiesInterval]; an opportunity with no
// intensity recorded does not qualify). An unrated opportunity never
// qualifies (and the caller leaves it out of the rated opportunities).
// Opportunities carry no element profile, so focus elements are not
// checked. For a TEP benchmark it returns false. It does not allocate.
func (b Benchmark) QualifiesOpportunity(rating rubric.SoftSkill, intensity rubric.Intensity) bool {
	return b.Qualifier().QualifiesOpportunity(rating, intensity)
}

// Compare orders benchmarks as a ladder climbs: TEP before soft skill (then
// by skill ID), more support allowed before less, then the rating band
// (lower first), then a lower threshold before a higher one, then deadline
// (dates and terms by their order, unset last), then focus elements. It is
// a total order consistent with ==; use it with slices.SortFunc.
func (b Benchmark) Compare(c Benchmark) int {
	x, y := b.spec, c.spec
	if r := cmp.Compare(int(x.Measure), int(y.Measure)); r != 0 {
		return r
	}
	if r := strings.Compare(x.Skill.ID(), y.Skill.ID()); r != 0 {
		return r
	}
	if r := strings.Compare(x.Skill.Phrase(), y.Skill.Phrase()); r != 0 {
		return r
	}
	if r := x.Support.Compare(y.Support); r != 0 {
		return r
	}
	if r := x.TEP.Compare(y.TEP); r != 0 {
		return r
	}
	if r := x.Proficiency.Compare(y.Proficiency); r != 0 {
		return r
	}
	if r := cmp.Compare(x.Threshold, y.Threshold); r != 0 {
		return r
	}
	if r := x.Deadline.Compare(y.Deadline); r != 0 {
		return r
	}
	return cmp.Compare(int(x.Focus), int(y.Focus))
}

func (s Spec) validate() error {
	var errs []error
	bad := func(field, value, why string, kind error) {
		errs = append(errs, &FieldError{Field: field, Value: value, Err: fmt.Errorf("%w: %s", kind, why)})
	}
	switch s.Measure {
	case MeasureTEP:
		if !s.TEP.IsValid() {
			bad("tep", s.TEP.String(), "a TEP benchmark needs a valid TEP band", ErrInvalid)
		}
		if !s.Proficiency.IsZero() || !s.Skill.IsZero() {
			bad("skill", s.Skill.ID(), "a TEP benchmark has no soft-skill area or proficiency band", ErrInvalid)
		}
	case MeasureSoftSkill:
		if s.Skill.IsZero() {
			bad("skill", "", "a soft-skill benchmark names its skill area", ErrInvalid)
		}
		if !s.Proficiency.IsValid() {
			bad("proficiency", s.Proficiency.String(), "a soft-skill benchmark needs a valid proficiency band", ErrInvalid)
		}
		if !s.TEP.IsZero() {
			bad("tep", s.TEP.String(), "a soft-skill benchmark has no TEP band", ErrInvalid)
		}
	default:
		bad("measure", s.Measure.String(), "want tep or soft-skill", ErrUnknownValue)
	}
	if !s.Support.IsValid() {
		bad("support", s.Support.String(), "a support condition is required", ErrInvalid)
	}
	if s.Threshold < 1 || s.Threshold > 100 {
		bad("threshold", fmt.Sprint(s.Threshold), "must be 1–100", rubric.ErrOutOfRange)
	}
	if !s.Deadline.IsValid() {
		bad("deadline", s.Deadline.String(), "not a valid date or term", ErrInvalid)
	}
	if !s.Focus.IsValid() {
		bad("focus", fmt.Sprint(uint32(s.Focus)), "unknown element bits", ErrInvalid)
	}
	return errors.Join(errs...)
}
