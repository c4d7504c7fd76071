// Package interchange turns a plan and its progress reports into the
// records other systems read: the Ed-Fi special-education extension's
// StudentIEPGoal, one per benchmark ([GoalRecords]); Ed-Fi's
// StudentProgramEvaluation, one per benchmark and reporting period
// ([Evaluations]); and a CEDS-shaped progress record ([ProgressRecords]).
// Identifiers come from the caller ([Identifiers]): the library has no
// district ids. No record names a student: the student is their ID, and
// every sentence is worded without a name.
//
// # Mapping
//
// The records' members and where each comes from:
//
//	StudentIEPGoal (Ed-Fi SEDM extension names)
//	  iepGoalID                        Identifiers.GoalID(goal, rung), "G1-B2" by default
//	  studentReference.studentUniqueId Identifiers.StudentUniqueID
//	  studentIEPReference              Identifiers: studentIEPAssociationID, educationOrganizationReference.educationOrganizationId, iepFinalizedDate
//	  iepGoalDescriptor                uri://ed-fi.org/IEPGoalTypeDescriptor#Functional Performance
//	  iepGoalDetails                   the formal benchmark sentence, the name left blank (at most 2048 characters)
//	  goalAchievementPeriodBeginDate   the plan period's start
//	  goalAchievementPeriodEndDate     the benchmark's deadline as the plan's calendar places it, else the plan period's end
//	  _ext.iepgoal                     goal, rung (from 1), stage key, and the benchmark in the library's JSON (band, support, threshold, basis, focus, deadline)
//
//	StudentProgramEvaluation (Ed-Fi)
//	  programEvaluationReference       programEducationOrganizationId (Identifiers.EducationOrganizationID),
//	                                   programEvaluationPeriodDescriptor (Identifiers.Namespace + "/ProgramEvaluationPeriodDescriptor#" + the period "START..END"),
//	                                   programEvaluationTitle (the benchmark's short title, at most 50 characters),
//	                                   programEvaluationTypeDescriptor (uri://ed-fi.org/ProgramEvaluationTypeDescriptor#Student evaluation),
//	                                   programName (Identifiers.ProgramName), programTypeDescriptor (uri://ed-fi.org/ProgramTypeDescriptor#Special Education)
//	  studentReference.studentUniqueId Identifiers.StudentUniqueID
//	  evaluationDate                   the report's as-of date
//	  evaluationDuration               the minutes (or opportunities) rated in the period
//	  summaryEvaluationNumericRating   the window percent (absent without one)
//	  summaryEvaluationRatingLevelDescriptor  Identifiers.Namespace + "/RatingLevelDescriptor#" + the progress code
//	  summaryEvaluationComment         the family's sentences for the benchmark, without a name
//	  studentEvaluationElements        per therapeutic element recorded, its mean intensity over the period
//	  _ext.iepgoal                     iepGoalID, the code set, standing, sufficient, reason code, likelihood level
//
//	ProgressRecord (CEDS Goal Performance and Goal Measurement Criterion)
//	  goalId                           as iepGoalID
//	  goalPerformanceDate              the report's as-of date
//	  goalStatusCode                   the progress code of the report's code set
//	  goalAchievementCode              the HL7 FHIR goal-achievement code of the same reading
//	  currentPerformanceDescription    the progress summary, without a name
//	  goalMeasurementCriterion         accuracyPercent (the threshold as a decimal, 0.9 for 90%),
//	                                   attempts (rated units in the window), successes (qualifying units in the window)
//
// # Schemas
//
// [Schema] returns the JSON Schema (draft 2020-12) of each document the
// library writes ([SchemaNames]): its plans, benchmarks and calendars,
// assessments, progress reports (template.ReportDocument), ingest reports,
// BAT administrations and the three records above. Each is self-contained
// and declares every member, so a document with a member it does not know
// is refused. The schemas are made from the Go types, and the library's
// tests check the two against each other and validate its JSON against
// them.
//
// # Zero values and errors
//
// The zero [Identifiers] gives ids "G1-B1", …, no student or IEP ids
// (empty members), the education organization 0 and the namespace
// "uri://iepgoal.org". Every error is the template set's or an *[Error]
// naming the input at fault.
package interchange
