package template

import (
	"errors"
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// Names of the templates that word an assessment.
const (
	// NameProgress is the progress summary of one benchmark as of a date,
	// for a report card or a letter home: what was observed over the
	// window (the percent, and the support the student actually had) and
	// the verdict. Data: [ProgressData].
	NameProgress = "progress"
	// NameAssessment is the team's report of one benchmark's assessment:
	// status, baseline and aimline, trend, the phases of support with
	// each one's rate of improvement, decision rules, setback days,
	// support and the progress summary. Data: [AssessmentData].
	NameAssessment = "assessment"
	// NameStatus is a status in words ("on track"). Data: [assess.Status].
	NameStatus = "status"
	// NameDecision is a decision in words ("change the plan"). Data:
	// [assess.Decision].
	NameDecision = "decision"
)

// ProgressData is what the progress summary ([NameProgress]) renders: an
// assessment made by package progress/assess and the name of its student.
type ProgressData struct {
	Student    string
	Assessment assess.Assessment
}

func (d ProgressData) validate() error { return checkAssessment(d.Assessment) }

// AssessmentData is what the team's report of one assessment
// ([NameAssessment]) renders: the assessment, the student's name and the
// benchmark's number on the form ("2", or "1.2" in a plan of several goals).
type AssessmentData struct {
	Student    string
	Number     string
	Assessment assess.Assessment
}

func (d AssessmentData) validate() error { return checkAssessment(d.Assessment) }

// checkAssessment rejects an assessment that assess.Benchmark cannot have
// made: zero, or with numbers that contradict each other.
func checkAssessment(a assess.Assessment) error {
	w := a.Window
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: Assessment.%s: %s", ErrInvalid, field, fmt.Sprintf(format, args...)))
	}
	switch {
	case a.Benchmark.IsZero():
		bad("Benchmark", "zero goal.Benchmark")
	case !a.AsOf.IsValid():
		bad("AsOf", "zero Date")
	case !a.Status.IsValid():
		bad("Status", "%q: not assessed", a.Status)
	}
	if w.Days < 0 || w.Setbacks < 0 || w.Setbacks > w.Days {
		bad("Window", "%d rated days, %d setback days", w.Days, w.Setbacks)
	}
	if w.Rated < 0 || w.Qualifying < 0 || w.Qualifying > w.Rated || (w.Days == 0) != (w.Rated == 0) {
		bad("Window", "%d of %d units over %d days", w.Qualifying, w.Rated, w.Days)
	}
	if w.Days > 0 && (!w.First.IsValid() || w.Last.Before(w.First)) {
		bad("Window", "from %v to %v", w.First, w.Last)
	}
	return errors.Join(errs...)
}

// Progress writes the progress summary of assessment a for the student in
// format f. An assessment that is zero or inconsistent fails with
// [ErrInvalid].
func (s *Set) Progress(w io.Writer, f Format, student string, a assess.Assessment) error {
	return s.Execute(w, f, NameProgress, ProgressData{Student: student, Assessment: a})
}

// Assessment writes the team's report of assessment a, numbered as on the
// form, in format f.
func (s *Set) Assessment(w io.Writer, f Format, student, number string, a assess.Assessment) error {
	return s.Execute(w, f, NameAssessment, AssessmentData{Student: student, Number: number, Assessment: a})
}

// Due returns when the assessment's benchmark is due, for a sentence that
// goes on "by …": the date ("March 13, 2027"), or the term and the date the
// calendar placed it on ("the end of the 1st trimester (November 20,
// 2026)"); "" when the benchmark has no deadline. It is the template helper
// "due".
func Due(a assess.Assessment) string {
	d := a.Benchmark.Deadline()
	switch {
	case !a.Deadline.IsValid():
		return ""
	case d.IsZero():
		return DatePhrase(a.Deadline)
	}
	if _, isTerm := d.Term(); isTerm {
		return DeadlinePhrase(d) + " (" + DatePhrase(a.Deadline) + ")"
	}
	return DeadlinePhrase(d)
}

func init() {
	addFuncs(map[string]any{
		"due":        Due,
		"progressOf": func(student string, a assess.Assessment) ProgressData { return ProgressData{student, a} },
		"assessmentData": func(student, number string, a assess.Assessment) AssessmentData {
			return AssessmentData{Student: student, Number: number, Assessment: a}
		},
		"dateRange":  DateRange,
		"level":      Level,
		"signed":     Signed,
		"isStatus":   func(s assess.Status, key string) bool { return s.String() == key },
		"div":        func(a, b int64) float64 { return float64(a) / float64(b) },
		"capitalize": Capitalize,
		// supportPhases is the phases of support of an assessment's weekly
		// series, every run kept, as the chart shades them.
		"supportPhases": func(weeks []assess.WeekPoint) []assess.Phase { return assess.SupportPhases(weeks, 0) },
	})
	define(NameProgress, progressSamples)
	define(NameAssessment, assessmentSamples)
	define(NameStatus, func() []assess.Status { return assess.Statuses() })
	define(NameDecision, func() []assess.Decision {
		return []assess.Decision{assess.DecisionInsufficient, assess.DecisionContinue, assess.DecisionChange, assess.DecisionRaise}
	})
}

// NamePlanProgress is the team's progress report of a whole plan as of a
// date: for every goal, the rung worked on now and the report of each
// benchmark ([NameAssessment]), then the stage advice ([NameAdvice]).
// Data: [PlanProgressData].
const NamePlanProgress = "plan-progress"

// PlanProgressData is what the plan's progress report ([NamePlanProgress])
// renders: a plan assessment made by package progress/assess and the
// student's name.
type PlanProgressData struct {
	Student string
	Plan    assess.PlanAssessment
}

func (d PlanProgressData) validate() error {
	pa := d.Plan
	if pa.Plan.IsZero() || len(pa.Goals) != pa.Plan.Len() {
		return fmt.Errorf("%w: PlanAssessment: not made by assess.Plan", ErrInvalid)
	}
	for _, g := range pa.Goals {
		for _, a := range g.Benchmarks {
			if err := checkAssessment(a); err != nil {
				return err
			}
		}
	}
	return AdviceData{Plan: pa.Plan, Advice: pa.Advice}.validate()
}

// PlanProgress writes the progress report of plan assessment pa for the
// student in format f.
func (s *Set) PlanProgress(w io.Writer, f Format, student string, pa assess.PlanAssessment) error {
	return s.Execute(w, f, NamePlanProgress, PlanProgressData{Student: student, Plan: pa})
}

// BenchmarkNumber returns the number of benchmark b of goal g (both from
// 0) as the form writes it: "2" in a plan of one goal, "1.2" in a plan of
// several. It is the template helper "benchmarkNumber".
func BenchmarkNumber(p goal.Plan, g, b int) string {
	if p.Len() == 1 {
		return fmt.Sprint(b + 1)
	}
	return fmt.Sprintf("%d.%d", g+1, b+1)
}

func init() {
	addFuncs(map[string]any{
		"adviceData":      func(student string, p goal.Plan, a goal.Advice) AdviceData { return AdviceData{student, p, a} },
		"benchmarkNumber": BenchmarkNumber,
	})
	define(NamePlanProgress, planProgressSamples)
}
