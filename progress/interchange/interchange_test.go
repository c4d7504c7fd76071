package interchange_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/interchange"
	"github.com/iepgoal/iepgoal/template"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// quickstartPlan is the quickstart's plan: the stage-1 engagement ladder
// of student S00006.
const quickstartPlan = `{"student": "S00006", "stage": "new-to-program",
 "period": {"start": "2026-08-31", "end": "2027-06-25"},
 "calendar": {"trimester-1": "2026-11-20", "trimester-2": "2027-02-12", "trimester-3": "2027-05-07"},
 "goals": [{"stage": "new-to-program", "target": "engagement", "benchmarks": [
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 50, "deadline": "trimester-1"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 75, "deadline": "trimester-2"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 90, "deadline": "trimester-3"}]}]}`

var ids = interchange.Identifiers{StudentUniqueID: "604821", StudentIEPAssociationID: "IEP-2026-604821",
	EducationOrganizationID: 255901001, IEPFinalizedDate: goal.MustDate(2026, 8, 24)}

// quickstart returns the quickstart's plan and its report for the first
// trimester as of October 30, 2026, on the quickstart's sample data, with
// the intervals added, and the data.
func quickstart(t *testing.T) (goal.Plan, assess.ProgressReport) {
	t.Helper()
	var plan goal.Plan
	if err := json.Unmarshal([]byte(quickstartPlan), &plan); err != nil {
		t.Fatal(err)
	}
	var data bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&data, progress.GenConfig{Seed: 1, Students: 8, Days: 180}); err != nil {
		t.Fatal(err)
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(data.Bytes()), nil, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	period, _ := assess.TermPeriod(plan, goal.Trimester1)
	r, err := assess.Report(plan, measured, "", period, assess.ReportOptions{AsOf: goal.MustDate(2026, 10, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.AddIntervals(progress.ReadIntervals(bytes.NewReader(data.Bytes()), progress.ReadOptions{})); err != nil {
		t.Fatal(err)
	}
	return plan, r
}

func golden(t *testing.T, name string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

// TestGolden: the three records of the quickstart's sample, against
// their golden files; no record names the student.
func TestGolden(t *testing.T) {
	plan, r := quickstart(t)
	goals, err := interchange.GoalRecords(plan, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	evals, err := interchange.Evaluations(r, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	records, err := interchange.ProgressRecords(r, ids, nil)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "student-iep-goals", goals)
	golden(t, "student-program-evaluations", evals)
	golden(t, "ceds-progress", records)
	for _, e := range evals {
		if n := utf8.RuneCountInString(e.ProgramEvaluationReference.ProgramEvaluationTitle); n > interchange.MaxTitle {
			t.Errorf("title %q: %d characters", e.ProgramEvaluationReference.ProgramEvaluationTitle, n)
		}
	}
	if len(goals) != 3 || len(evals) != 3 || len(records) != 3 {
		t.Errorf("%d goals, %d evaluations, %d records; want a record per benchmark", len(goals), len(evals), len(records))
	}
}

func TestErrorsAndDefaults(t *testing.T) {
	if _, err := interchange.GoalRecords(goal.Plan{}, ids, nil); !errors.Is(err, interchange.ErrInput) {
		t.Errorf("the zero plan: %v, want ErrInput", err)
	}
	for _, f := range []func(assess.ProgressReport, interchange.Identifiers, *template.Set) error{
		func(r assess.ProgressReport, i interchange.Identifiers, s *template.Set) error {
			_, err := interchange.Evaluations(r, i, s)
			return err
		},
		func(r assess.ProgressReport, i interchange.Identifiers, s *template.Set) error {
			_, err := interchange.ProgressRecords(r, i, s)
			return err
		},
	} {
		if err := f(assess.ProgressReport{}, ids, nil); !errors.Is(err, interchange.ErrInput) {
			t.Errorf("the zero report: %v, want ErrInput", err)
		}
	}
	plan, r := quickstart(t)
	goals, _ := interchange.GoalRecords(plan, interchange.Identifiers{}, nil)
	evals, _ := interchange.Evaluations(r, interchange.Identifiers{}, nil)
	if goals[2].IEPGoalID != "G1-B3" || !strings.HasPrefix(evals[0].SummaryEvaluationRatingLevelDescriptor, "uri://iepgoal.org/RatingLevelDescriptor#") ||
		evals[0].ProgramEvaluationReference.ProgramName != "Therapeutic program" {
		t.Errorf("defaults: %q, %q, %q", goals[2].IEPGoalID, evals[0].SummaryEvaluationRatingLevelDescriptor, evals[0].ProgramEvaluationReference.ProgramName)
	}
	// A vendor's longer title is cut to Ed-Fi's 50 characters.
	long, err := template.New(template.Replace(template.NameEvaluationTitle, `{{.Number}}. {{template "label" (benchmarkData "" .Benchmark)}}, as the team wrote it`))
	if err != nil {
		t.Fatal(err)
	}
	evals, err = interchange.Evaluations(r, ids, long)
	if err != nil {
		t.Fatal(err)
	}
	if title := evals[0].ProgramEvaluationReference.ProgramEvaluationTitle; utf8.RuneCountInString(title) != interchange.MaxTitle || !strings.HasSuffix(title, "…") {
		t.Errorf("a long title: %q", title)
	}
}
