package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/interchange"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// district are the identifiers the vendor's district gives the student
// and the IEP: the library has none of its own.
var district = interchange.Identifiers{StudentUniqueID: "604821", StudentIEPAssociationID: "IEP-2026-604821",
	EducationOrganizationID: 255901001, IEPFinalizedDate: goal.MustDate(2026, 8, 24), ProgramName: "Therapeutic day program"}

// writeEdFi writes the plan's goal records and the first trimester's
// evaluations and CEDS progress records to dir as JSON files, from a
// generated term of the student's ratings, worded by the vendor's set,
// and the JSON Schemas of the library's JSON under dir/schemas.
func writeEdFi(dir string, set *template.Set, plan goal.Plan) error {
	intervals, opportunities, err := sampleData(plan.Student())
	if err != nil {
		return err
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(intervals), bytes.NewReader(opportunities), progress.MeasureOptions{})
	if err != nil {
		return err
	}
	period, err := assess.TermPeriod(plan, goal.Trimester1)
	if err != nil {
		return err
	}
	r, err := assess.Report(plan, measured, "", period, assess.ReportOptions{})
	if err != nil {
		return err
	}
	if err := r.AddIntervals(progress.ReadIntervals(bytes.NewReader(intervals), progress.ReadOptions{})); err != nil {
		return err
	}
	goals, err := interchange.GoalRecords(plan, district, set)
	if err != nil {
		return err
	}
	evaluations, err := interchange.Evaluations(r, district, set)
	if err != nil {
		return err
	}
	records, err := interchange.ProgressRecords(r, district, set)
	if err != nil {
		return err
	}
	files := map[string][]byte{}
	for name, v := range map[string]any{"student-iep-goals.json": goals, "student-program-evaluations.json": evaluations, "ceds-progress.json": records} {
		data, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			return err
		}
		files[name] = append(data, '\n')
	}
	for _, name := range interchange.SchemaNames() {
		schema, _ := interchange.Schema(name)
		files[filepath.Join("schemas", name+".schema.json")] = schema
	}
	return writeFiles(filepath.Clean(dir), files)
}

// sampleData generates the first trimester of the student's ratings (the
// generator's first student, under the plan's ID): intervals with a
// column for every element, and group-work opportunities.
func sampleData(id goal.StudentID) (intervals, opportunities []byte, err error) {
	cfg := progress.GenConfig{Seed: 4, Students: 1, Days: 60}
	var ivs, ops bytes.Buffer
	iw := progress.NewIntervalWriter(&ivs, progress.FormatCSV, rubric.MustElementSet(rubric.Elements()...))
	for iv := range progress.Generate(cfg) {
		iv.Student = id
		if err := iw.Write(iv); err != nil {
			return nil, nil, err
		}
	}
	if err := iw.Flush(); err != nil {
		return nil, nil, err
	}
	ow := progress.NewOpportunityWriter(&ops, progress.FormatCSV)
	for o := range progress.GenerateOpportunities(cfg) {
		o.Student, o.Skill = id, rubric.SkillGroupWork
		if err := ow.Write(o); err != nil {
			return nil, nil, err
		}
	}
	if err := ow.Flush(); err != nil {
		return nil, nil, err
	}
	return ivs.Bytes(), ops.Bytes(), nil
}
