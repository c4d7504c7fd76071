package interchange

import (
	"embed"
	"slices"
)

// The JSON Schemas (draft 2020-12) of the JSON the library writes, one
// per document, each self-contained ($defs for every type it uses, no
// member it does not declare). A test regenerates them from the Go types
// and checks them against the embedded files, so the two cannot drift;
// another validates the library's JSON against them with a JSON Schema
// validator.
//
//go:embed schemas/*.schema.json
var schemas embed.FS

// schemaNames are the documents that have a schema.
var schemaNames = []string{
	"plan", "benchmark", "calendar", "assessment", "progress-report", "ingest-report", "bat-administration",
	"student-iep-goal", "student-program-evaluation", "ceds-progress",
}

// SchemaNames returns the names of the schemas, one per document the
// library writes: "plan" (goal.Plan), "benchmark" (goal.Benchmark),
// "calendar" (goal.Calendar), "assessment" (assess.Assessment, as
// encoding/json writes it), "progress-report" (template.ReportDocument),
// "ingest-report" (progress.Report), "bat-administration"
// (instrument.Administration), "student-iep-goal" ([StudentIEPGoal]),
// "student-program-evaluation" ([StudentProgramEvaluation]) and
// "ceds-progress" ([ProgressRecord]).
func SchemaNames() []string { return slices.Clone(schemaNames) }

// Schema returns the schema of that name (see [SchemaNames]), its $id
// "urn:iepgoal:schema:<name>", and false for an unknown name.
func Schema(name string) ([]byte, bool) {
	if !slices.Contains(schemaNames, name) {
		return nil, false
	}
	data, err := schemas.ReadFile("schemas/" + name + ".schema.json")
	return data, err == nil
}
