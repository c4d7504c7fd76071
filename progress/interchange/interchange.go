package interchange

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

// ErrInput reports an input the records cannot be made from; every
// *[Error] wraps it.
var ErrInput = errors.New("invalid interchange input")

// Error says which input was wrong and why.
type Error struct {
	Field string
	Err   error // wraps ErrInput
}

// Error returns `interchange: report: invalid interchange input: …`.
func (e *Error) Error() string { return "interchange: " + e.Field + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *Error) Unwrap() error { return e.Err }

func inputError(field, format string, args ...any) error {
	return &Error{Field: field, Err: fmt.Errorf("%w: "+format, append([]any{ErrInput}, args...)...)}
}

// Identifiers are the district's identifiers the records carry. The zero
// value is documented in the package doc.
type Identifiers struct {
	StudentUniqueID         string
	StudentIEPAssociationID string
	EducationOrganizationID int64
	IEPFinalizedDate        goal.Date
	// ProgramName names the program in evaluations; "" means
	// "Therapeutic program".
	ProgramName string
	// Namespace is the descriptor namespace of the library's own codes;
	// "" means "uri://iepgoal.org".
	Namespace string
	// GoalID returns the id of rung r of goal g (both from 0); nil means
	// "G<g+1>-B<r+1>".
	GoalID func(g, r int) string
}

func (ids Identifiers) goalID(g, r int) string {
	if ids.GoalID != nil {
		return ids.GoalID(g, r)
	}
	return fmt.Sprintf("G%d-B%d", g+1, r+1)
}

func (ids Identifiers) namespace() string {
	if ids.Namespace == "" {
		return "uri://iepgoal.org"
	}
	return strings.TrimSuffix(ids.Namespace, "/")
}

func (ids Identifiers) programName() string {
	if ids.ProgramName == "" {
		return "Therapeutic program"
	}
	return ids.ProgramName
}

// The Ed-Fi descriptors the records use.
const (
	GoalTypeFunctionalPerformance = "uri://ed-fi.org/IEPGoalTypeDescriptor#Functional Performance"
	EvaluationTypeStudent         = "uri://ed-fi.org/ProgramEvaluationTypeDescriptor#Student evaluation"
	ProgramTypeSpecialEducation   = "uri://ed-fi.org/ProgramTypeDescriptor#Special Education"
)

// MaxGoalDetails and MaxTitle are Ed-Fi's lengths for iepGoalDetails and
// programEvaluationTitle, in characters.
const (
	MaxGoalDetails = 2048
	MaxTitle       = 50
)

// StudentReference is Ed-Fi's reference to a student.
type StudentReference struct {
	StudentUniqueID string `json:"studentUniqueId"`
}

// StudentIEPReference is the SEDM extension's reference to the IEP.
type StudentIEPReference struct {
	StudentIEPAssociationID        string                         `json:"studentIEPAssociationID"`
	EducationOrganizationReference EducationOrganizationReference `json:"educationOrganizationReference"`
	IEPFinalizedDate               goal.Date                      `json:"iepFinalizedDate,omitzero"`
}

// EducationOrganizationReference is Ed-Fi's reference to an organization.
type EducationOrganizationReference struct {
	EducationOrganizationID int64 `json:"educationOrganizationId"`
}

// StudentIEPGoal is one benchmark as the Ed-Fi special-education
// extension's StudentIEPGoal (see the package doc for each member).
type StudentIEPGoal struct {
	IEPGoalID                      string              `json:"iepGoalID"`
	StudentReference               StudentReference    `json:"studentReference"`
	StudentIEPReference            StudentIEPReference `json:"studentIEPReference"`
	IEPGoalDescriptor              string              `json:"iepGoalDescriptor"`
	IEPGoalDetails                 string              `json:"iepGoalDetails"`
	GoalAchievementPeriodBeginDate goal.Date           `json:"goalAchievementPeriodBeginDate,omitzero"`
	GoalAchievementPeriodEndDate   goal.Date           `json:"goalAchievementPeriodEndDate,omitzero"`
	Ext                            GoalExt             `json:"_ext"`
}

// GoalExt is the _ext member of a [StudentIEPGoal]: the library's own
// description, under its namespace key, so that nothing is lost.
type GoalExt struct {
	IEPGoal GoalExtension `json:"iepgoal"`
}

// GoalExtension is the structured benchmark behind a [StudentIEPGoal].
type GoalExtension struct {
	Goal      int            `json:"goal"` // from 1
	Rung      int            `json:"rung"` // from 1
	Stage     goal.Stage     `json:"stage"`
	Benchmark goal.Benchmark `json:"benchmark"`
}

// GoalRecords returns the plan's benchmarks as StudentIEPGoal records, in
// plan order, worded by set (nil: template.Default()).
func GoalRecords(plan goal.Plan, ids Identifiers, set *template.Set) ([]StudentIEPGoal, error) {
	if plan.IsZero() {
		return nil, inputError("plan", "the zero Plan")
	}
	set = orDefault(set)
	var out []StudentIEPGoal
	for gi, g := range plan.Goals() {
		for bi, b := range g.Benchmarks() {
			var sentence strings.Builder
			if err := set.Benchmark(&sentence, template.Text, "", b); err != nil {
				return nil, err
			}
			details := sentence.String()
			if utf8.RuneCountInString(details) > MaxGoalDetails {
				return nil, inputError(fmt.Sprintf("goals[%d].benchmarks[%d]", gi, bi), "the sentence has more than %d characters", MaxGoalDetails)
			}
			end, ok := plan.Deadline(b)
			if !ok {
				end = plan.Period().End()
			}
			out = append(out, StudentIEPGoal{
				IEPGoalID:        ids.goalID(gi, bi),
				StudentReference: StudentReference{ids.StudentUniqueID},
				StudentIEPReference: StudentIEPReference{StudentIEPAssociationID: ids.StudentIEPAssociationID,
					EducationOrganizationReference: EducationOrganizationReference{ids.EducationOrganizationID}, IEPFinalizedDate: ids.IEPFinalizedDate},
				IEPGoalDescriptor:              GoalTypeFunctionalPerformance,
				IEPGoalDetails:                 details,
				GoalAchievementPeriodBeginDate: plan.Period().Start(),
				GoalAchievementPeriodEndDate:   end,
				Ext:                            GoalExt{GoalExtension{Goal: gi + 1, Rung: bi + 1, Stage: plan.Stage(), Benchmark: b}},
			})
		}
	}
	return out, nil
}

func orDefault(set *template.Set) *template.Set {
	if set == nil {
		return template.Default()
	}
	return set
}

// checkReport refuses a report not made by assess.Report.
func checkReport(r assess.ProgressReport) error {
	if r.Codes == nil || r.Period.IsZero() || len(r.Goals) != len(r.Plan.Goals) {
		return inputError("report", "not made by assess.Report")
	}
	return nil
}
