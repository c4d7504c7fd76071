package schemacheck

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/interchange"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
	"github.com/iepgoal/iepgoal/template"
)

// compile returns every schema of the library, compiled.
func compile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	out := map[string]*jsonschema.Schema{}
	for _, name := range interchange.SchemaNames() {
		data, _ := interchange.Schema(name)
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		id := "urn:iepgoal:schema:" + name
		if err := c.AddResource(id, doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if out[name], err = c.Compile(id); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	return out
}

// validate checks one JSON document against its schema.
func validate(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(doc)
}

// documents returns JSON documents the library writes, by schema: two
// plans (the stage-1 ladder, and a stage-3 plan with a focus and a
// soft-skill goal), their benchmarks and calendars, assessments,
// progress reports and interchange records of generated data, the ingest
// report of the reading, and a BAT administration.
func documents(t *testing.T) map[string][][]byte {
	t.Helper()
	docs := map[string][][]byte{}
	add := func(name string, v any) {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs[name] = append(docs[name], data)
	}
	calendar := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: goal.MustDate(2026, 11, 20),
		goal.Trimester2: goal.MustDate(2027, 2, 12), goal.Trimester3: goal.MustDate(2027, 5, 7), goal.SchoolYear: goal.MustDate(2027, 6, 18)})
	period := goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2027, 6, 25))
	groupWork, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	var plans []goal.Plan
	for _, stage := range []goal.Stage{goal.StageNewToProgram, goal.StageSkillDeficit} {
		var skills []rubric.SkillArea
		if stage == goal.StageSkillDeficit {
			skills = []rubric.SkillArea{groupWork}
		}
		goals, err := goal.StandardGoals(stage, goal.LadderOptions{
			Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.Visual), Skills: skills,
			Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.By(goal.MustDate(2027, 5, 7))},
			Calendar:  calendar,
		})
		if err != nil {
			t.Fatal(err)
		}
		goals[0].Review, goals[0].Responsible, goals[0].PresentLevel = goal.MustDate(2026, 10, 30), []goal.Role{goal.RoleCaseManager}, "about a quarter of the day"
		p, err := goal.NewPlan(goal.PlanSpec{Student: "S00001", Stage: stage, Goals: goals, Calendar: calendar, Period: period})
		if err != nil {
			t.Fatal(err)
		}
		plans = append(plans, p)
		add("plan", p)
		add("calendar", p.Calendar())
		for _, g := range p.Goals() {
			for _, b := range g.Benchmarks() {
				add("benchmark", b)
			}
		}
	}
	cfg := progress.GenConfig{Seed: 2, Students: 2, Days: 120}
	var ivs, ops bytes.Buffer
	iw := progress.NewIntervalWriter(&ivs, progress.FormatCSV, rubric.MustElementSet(rubric.Elements()...))
	for iv := range progress.Generate(cfg) {
		_ = iw.Write(iv)
	}
	_ = iw.Flush()
	ow := progress.NewOpportunityWriter(&ops, progress.FormatCSV)
	for o := range progress.GenerateOpportunities(cfg) {
		o.Skill = rubric.SkillGroupWork
		_ = ow.Write(o)
	}
	_ = ow.Flush()
	var ingest progress.Report
	for range progress.ReadIntervals(bytes.NewReader(ivs.Bytes()), progress.ReadOptions{Report: &ingest}) {
	}
	add("ingest-report", ingest)
	measured, err := progress.MeasurePlan(plans, bytes.NewReader(ivs.Bytes()), bytes.NewReader(ops.Bytes()), progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ids := interchange.Identifiers{StudentUniqueID: "604821", EducationOrganizationID: 255901}
	for _, p := range plans {
		for _, term := range []goal.Term{goal.Trimester1, goal.Trimester2} {
			rp, err := assess.TermPeriod(p, term)
			if err != nil {
				t.Fatal(err)
			}
			r, err := assess.Report(p, measured, "", rp, assess.ReportOptions{AsOf: min2(rp.End(), goal.MustDate(2027, 2, 12))})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.AddIntervals(progress.ReadIntervals(bytes.NewReader(ivs.Bytes()), progress.ReadOptions{})); err != nil {
				t.Fatal(err)
			}
			doc, err := template.Default().ReportDocument(r)
			if err != nil {
				t.Fatal(err)
			}
			add("progress-report", doc)
			for _, g := range r.Plan.Goals {
				for _, a := range g.Benchmarks {
					add("assessment", a)
				}
			}
			evals, err := interchange.Evaluations(r, ids, nil)
			if err != nil {
				t.Fatal(err)
			}
			records, err := interchange.ProgressRecords(r, ids, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := range evals {
				add("student-program-evaluation", evals[i])
				add("ceds-progress", records[i])
			}
		}
		goals, err := interchange.GoalRecords(p, ids, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range goals {
			add("student-iep-goal", g)
		}
	}
	add("bat-administration", instrument.Administration{School: "Lincoln Middle", Date: "2027-05-14", Respondents: []string{"A. Lee"},
		MainStrategy: "check-in/check-out", Answers: []instrument.Answer{{Item: 1, Level: instrument.Full}, {Item: 2, Level: instrument.Partial}, {Item: 3}}})
	return docs
}

func min2(a, b goal.Date) goal.Date {
	if a.After(b) {
		return b
	}
	return a
}

// TestTheLibrarysJSONValidates: every document the library writes, of
// every kind, validates against its schema.
func TestTheLibrarysJSONValidates(t *testing.T) {
	schemas := compile(t)
	docs := documents(t)
	for _, name := range interchange.SchemaNames() {
		if len(docs[name]) == 0 {
			t.Errorf("no %s document to validate", name)
		}
		for i, data := range docs[name] {
			if err := validate(t, schemas[name], data); err != nil {
				t.Errorf("%s %d does not validate: %v\n%.600s", name, i, err, data)
			}
		}
	}
}

// TestTheSchemasRejectTheBadDocuments: every document of the table the
// library's decoders are tested on (progress/interchange's
// testdata/bad-documents.json) is rejected by its schema too.
func TestTheSchemasRejectTheBadDocuments(t *testing.T) {
	schemas := compile(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "progress", "interchange", "testdata", "bad-documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	var table []struct {
		Schema   string          `json:"schema"`
		Why      string          `json:"why"`
		Document json.RawMessage `json:"document"`
	}
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	if len(table) < 10 {
		t.Fatalf("%d bad documents", len(table))
	}
	for _, bad := range table {
		s, ok := schemas[bad.Schema]
		if !ok {
			t.Errorf("%s: no such schema", bad.Schema)
			continue
		}
		if err := validate(t, s, bad.Document); err == nil {
			t.Errorf("%s, %s: the schema accepts %s", bad.Schema, bad.Why, bad.Document)
		}
	}
}
