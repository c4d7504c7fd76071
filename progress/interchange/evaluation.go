package interchange

import (
	"strings"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

// ProgramEvaluationReference is Ed-Fi's reference to a program
// evaluation.
type ProgramEvaluationReference struct {
	ProgramEducationOrganizationID    int64  `json:"programEducationOrganizationId"`
	ProgramEvaluationPeriodDescriptor string `json:"programEvaluationPeriodDescriptor"`
	ProgramEvaluationTitle            string `json:"programEvaluationTitle"`
	ProgramEvaluationTypeDescriptor   string `json:"programEvaluationTypeDescriptor"`
	ProgramName                       string `json:"programName"`
	ProgramTypeDescriptor             string `json:"programTypeDescriptor"`
}

// ProgramEvaluationElementReference is Ed-Fi's reference to an element of
// a program evaluation: the evaluation's identity and the element's title.
type ProgramEvaluationElementReference struct {
	ProgramEvaluationReference
	ProgramEvaluationElementTitle string `json:"programEvaluationElementTitle"`
}

// StudentEvaluationElement is one element of a student's evaluation: a
// therapeutic element and its mean intensity over the period.
type StudentEvaluationElement struct {
	ProgramEvaluationElementReference ProgramEvaluationElementReference `json:"programEvaluationElementReference"`
	EvaluationElementNumericRating    float64                           `json:"evaluationElementNumericRating"`
}

// StudentProgramEvaluation is one benchmark of a progress report as
// Ed-Fi's StudentProgramEvaluation (see the package doc for each member).
type StudentProgramEvaluation struct {
	ProgramEvaluationReference             ProgramEvaluationReference `json:"programEvaluationReference"`
	StudentReference                       StudentReference           `json:"studentReference"`
	EvaluationDate                         goal.Date                  `json:"evaluationDate"`
	EvaluationDuration                     int64                      `json:"evaluationDuration"`
	SummaryEvaluationNumericRating         *float64                   `json:"summaryEvaluationNumericRating,omitempty"`
	SummaryEvaluationRatingLevelDescriptor string                     `json:"summaryEvaluationRatingLevelDescriptor"`
	SummaryEvaluationComment               string                     `json:"summaryEvaluationComment"`
	StudentEvaluationElements              []StudentEvaluationElement `json:"studentEvaluationElements"`
	Ext                                    EvaluationExt              `json:"_ext"`
}

// EvaluationExt is the _ext member of a [StudentProgramEvaluation].
type EvaluationExt struct {
	IEPGoal EvaluationExtension `json:"iepgoal"`
}

// EvaluationExtension is what a report says of the benchmark beyond
// Ed-Fi's members.
type EvaluationExtension struct {
	IEPGoalID  string                 `json:"iepGoalID"`
	Codes      string                 `json:"codes"`
	Standing   assess.Standing        `json:"standing"`
	Sufficient assess.Sufficiency     `json:"sufficient"`
	Reason     string                 `json:"reason"`
	Likelihood assess.LikelihoodLevel `json:"likelihood"`
}

// Evaluations returns each benchmark of the report as a
// StudentProgramEvaluation, in plan order, worded by set (nil:
// template.Default()). The elements are those of
// [assess.ProgressReport.Elements]: add the intervals to the report first
// for them.
func Evaluations(r assess.ProgressReport, ids Identifiers, set *template.Set) ([]StudentProgramEvaluation, error) {
	if err := checkReport(r); err != nil {
		return nil, err
	}
	set = orDefault(set)
	ns := ids.namespace()
	var out []StudentProgramEvaluation
	for gi, g := range r.Goals {
		for bi, b := range g.Benchmarks {
			a := b.Assessment
			title, err := evaluationTitle(set, template.BenchmarkNumber(r.Plan.Plan, gi, bi), a.Benchmark)
			if err != nil {
				return nil, err
			}
			ref := ProgramEvaluationReference{
				ProgramEducationOrganizationID:    ids.EducationOrganizationID,
				ProgramEvaluationPeriodDescriptor: ns + "/ProgramEvaluationPeriodDescriptor#" + r.Period.Start().String() + ".." + r.Period.End().String(),
				ProgramEvaluationTitle:            title,
				ProgramEvaluationTypeDescriptor:   EvaluationTypeStudent,
				ProgramName:                       ids.programName(),
				ProgramTypeDescriptor:             ProgramTypeSpecialEducation,
			}
			var comment strings.Builder
			if b.Standing != assess.StandingNotIntroduced {
				if err := set.Execute(&comment, template.Text, template.NameReportFamilyBenchmark, template.FamilyBenchmarkData{Benchmark: b}); err != nil {
					return nil, err
				}
			}
			e := StudentProgramEvaluation{
				ProgramEvaluationReference:             ref,
				StudentReference:                       StudentReference{ids.StudentUniqueID},
				EvaluationDate:                         r.AsOf,
				EvaluationDuration:                     b.InPeriod.Rated,
				SummaryEvaluationRatingLevelDescriptor: ns + "/RatingLevelDescriptor#" + b.Code.Code,
				SummaryEvaluationComment:               comment.String(),
				StudentEvaluationElements:              []StudentEvaluationElement{},
				Ext: EvaluationExt{EvaluationExtension{IEPGoalID: ids.goalID(gi, bi), Codes: r.Codes.Name, Standing: b.Standing,
					Sufficient: b.Sufficient, Reason: b.ReasonCode.Code, Likelihood: b.Likelihood.Level}},
			}
			if p, ok := a.Window.Percent(); ok && b.Standing != assess.StandingNotIntroduced {
				e.SummaryEvaluationNumericRating = &p
			}
			for _, es := range r.Elements {
				if mean, ok := es.Mean(); ok {
					e.StudentEvaluationElements = append(e.StudentEvaluationElements, StudentEvaluationElement{
						ProgramEvaluationElementReference: ProgramEvaluationElementReference{ref, es.Element.String()},
						EvaluationElementNumericRating:    mean,
					})
				}
			}
			out = append(out, e)
		}
	}
	return out, nil
}

// evaluationTitle renders the benchmark's short title, cut to MaxTitle
// characters (an ellipsis last) should a template run longer (a replaced
// one, or a skill area with a long ID).
func evaluationTitle(set *template.Set, number string, b goal.Benchmark) (string, error) {
	var title strings.Builder
	if err := set.Execute(&title, template.Text, template.NameEvaluationTitle, template.TitleData{Number: number, Benchmark: b}); err != nil {
		return "", err
	}
	t := title.String()
	if utf8.RuneCountInString(t) > MaxTitle {
		runes := []rune(t)
		t = string(runes[:MaxTitle-1]) + "…"
	}
	return t, nil
}

// ProgressRecord is one benchmark of a progress report in the shape of
// CEDS's Goal Performance and Goal Measurement Criterion (see the package
// doc for each member).
type ProgressRecord struct {
	GoalID                        string               `json:"goalId"`
	GoalPerformanceDate           goal.Date            `json:"goalPerformanceDate"`
	GoalStatusCode                string               `json:"goalStatusCode"`
	GoalAchievementCode           string               `json:"goalAchievementCode"`
	CurrentPerformanceDescription string               `json:"currentPerformanceDescription"`
	GoalMeasurementCriterion      MeasurementCriterion `json:"goalMeasurementCriterion"`
}

// MeasurementCriterion is CEDS's Goal Measurement Criterion: the accuracy
// percent asked for, as a decimal, and the attempts and successes
// observed.
type MeasurementCriterion struct {
	AccuracyPercent float64 `json:"accuracyPercent"`
	Attempts        int64   `json:"attempts"`
	Successes       int64   `json:"successes"`
}

// ProgressRecords returns each benchmark of the report as a CEDS-shaped
// progress record, in plan order: the status code of the report's code
// set and the HL7 FHIR goal-achievement code of the same reading, worded
// by set (nil: template.Default()).
func ProgressRecords(r assess.ProgressReport, ids Identifiers, set *template.Set) ([]ProgressRecord, error) {
	if err := checkReport(r); err != nil {
		return nil, err
	}
	set = orDefault(set)
	fhir, err := assess.ShippedCodeSet("fhir")
	if err != nil {
		return nil, err
	}
	var out []ProgressRecord
	for gi, g := range r.Goals {
		for bi, b := range g.Benchmarks {
			a := b.Assessment
			var summary strings.Builder
			if b.Standing != assess.StandingNotIntroduced {
				if err := set.Progress(&summary, template.Text, "", a); err != nil {
					return nil, err
				}
			}
			out = append(out, ProgressRecord{
				GoalID:                        ids.goalID(gi, bi),
				GoalPerformanceDate:           r.AsOf,
				GoalStatusCode:                b.Code.Code,
				GoalAchievementCode:           fhir.Code(b.Reading()).Code,
				CurrentPerformanceDescription: summary.String(),
				GoalMeasurementCriterion: MeasurementCriterion{AccuracyPercent: float64(a.Benchmark.Threshold()) / 100,
					Attempts: a.Window.Rated, Successes: a.Window.Qualifying},
			})
		}
	}
	return out, nil
}
