package goal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/iepgoal/iepgoal/rubric"
)

// benchmarkJSON is the JSON form of a [Benchmark]. The field names are
// stable; see [Benchmark.MarshalJSON].
type benchmarkJSON struct {
	Measure     Measure                       `json:"measure"`
	Basis       string                        `json:"basis"`
	TEP         rubric.Band[rubric.TEP]       `json:"tep,omitzero"`
	Skill       rubric.SkillArea              `json:"skill,omitzero"`
	Proficiency rubric.Band[rubric.SoftSkill] `json:"proficiency,omitzero"`
	Support     Support                       `json:"support"`
	Threshold   int                           `json:"threshold"`
	Deadline    Deadline                      `json:"deadline,omitzero"`
	Focus       rubric.ElementSet             `json:"focus,omitzero"`
}

var benchmarkFields = []string{"measure", "basis", "tep", "skill", "proficiency", "support", "threshold", "deadline", "focus"}

// MarshalJSON returns the benchmark as a JSON object with these members
// (zero-valued optional members are left out):
//
//	measure      "tep" or "soft-skill"
//	basis        "day" or "opportunities" (derived from measure; output only)
//	tep          TEP band "3-5" (TEP benchmarks)
//	skill        {"id":…,"phrase":…} (soft-skill benchmarks)
//	proficiency  soft-skill band "2-3" (soft-skill benchmarks)
//	support      "4-5", "3-or-less" or "independent"
//	threshold    percent, 1–100
//	deadline     "2027-03-13", a term key such as "trimester-2", or absent
//	focus        array of element keys ["de-escalation","visual"]
//
// It fails for the zero Benchmark.
func (b Benchmark) MarshalJSON() ([]byte, error) {
	if b.IsZero() {
		return nil, &FieldError{Field: "benchmark", Err: fmt.Errorf("%w: the zero Benchmark has no JSON form", ErrInvalid)}
	}
	s := b.spec
	return json.Marshal(benchmarkJSON{
		Measure: s.Measure, Basis: s.Measure.Basis().String(), TEP: s.TEP, Skill: s.Skill,
		Proficiency: s.Proficiency, Support: s.Support, Threshold: s.Threshold,
		Deadline: s.Deadline, Focus: s.Focus,
	})
}

// UnmarshalJSON parses the form written by [Benchmark.MarshalJSON] and
// validates it as [NewBenchmark] does. Unknown members, null, a "basis"
// that disagrees with the measure, and invalid values are rejected; the
// error joins one *FieldError per problem, each naming its member.
func (b *Benchmark) UnmarshalJSON(data []byte) error {
	obj, err := decodeObject(data, "benchmark", benchmarkFields...)
	if err != nil {
		return err
	}
	var s Spec
	var basis string
	errs := []error{
		obj.field("measure", &s.Measure),
		obj.field("basis", &basis),
		obj.field("tep", &s.TEP),
		obj.field("skill", &s.Skill),
		obj.field("proficiency", &s.Proficiency),
		obj.field("support", &s.Support),
		obj.field("threshold", &s.Threshold),
		obj.field("deadline", &s.Deadline),
		obj.field("focus", &s.Focus),
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if obj.has("basis") && basis != s.Measure.Basis().String() {
		return &FieldError{Field: "basis", Value: basis, Err: fmt.Errorf("%w: the measure %s is taken over %s", ErrInvalid, s.Measure, s.Measure.Basis())}
	}
	nb, err := NewBenchmark(s)
	if err != nil {
		return err
	}
	*b = nb
	return nil
}
