package assess_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

// planJSON is a stage-1 plan as a vendor stores it: the student's opaque
// ID, the plan's period and school calendar, and the engagement ladder.
const planJSON = `{"student": "S00001", "stage": "new-to-program",
 "period": {"start": "2026-08-31", "end": "2027-06-25"},
 "calendar": {"trimester-1": "2026-11-20", "trimester-2": "2027-02-12", "trimester-3": "2027-05-07"},
 "goals": [{"stage": "new-to-program", "target": "engagement", "benchmarks": [
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 50, "deadline": "trimester-1"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 75, "deadline": "trimester-2"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 90, "deadline": "trimester-3"}]}]}`

// From a plan's JSON and a CSV of rated intervals to where the student
// stands on the plan, worded: one pass over the data measures every
// benchmark, assess.Plan judges them as of a date and advises, and the
// template set words the current benchmark and the advice.
func ExamplePlan() {
	intervals := generatedCSV(progress.GenConfig{Seed: 3, Students: 4, Days: 40})

	var plan goal.Plan
	if err := json.Unmarshal([]byte(planJSON), &plan); err != nil {
		fmt.Println(err)
		return
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, intervals, nil, progress.MeasureOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	pa, err := assess.Plan(plan, measured, "", goal.MustDate(2026, 10, 23), assess.PlanOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	current, _ := pa.Goals[0].CurrentAssessment()
	words := template.Default()
	if err := words.Progress(os.Stdout, template.Text, "Jordan", current); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	if err := words.Advice(os.Stdout, template.Text, "Jordan", plan, pa.Advice); err != nil {
		fmt.Println(err)
	}
	// Output:
	// From October 12 to October 23, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 83% of the day; support was at level 2.4 on average, never above 3: the benchmark of 90% or more is not met yet, and progress is on track to meet it by the end of the 3rd trimester (May 7, 2027). 1 of those days went badly.
	// Benchmark 2 is met; work toward benchmark 3 (TEP 3–5 with support 4 to 5, 90% of the day).
}

// A term deadline is placed on a date by the plan's calendar: the first
// benchmark is due at the end of the 1st trimester, November 20, 2026, and
// on that day its verdict is final — for a student behind, at risk the day
// before and not met on the day.
func ExamplePlan_termDeadline() {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(planJSON), &plan); err != nil {
		fmt.Println(err)
		return
	}
	spec := plan.Spec()
	spec.Student = "S00006" // the same plan for another student
	plan = goal.MustPlan(spec)
	intervals := generatedCSV(progress.GenConfig{Seed: 1, Students: 8, Days: 180})
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, intervals, nil, progress.MeasureOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, asOf := range []goal.Date{goal.MustDate(2026, 11, 19), goal.MustDate(2026, 11, 20)} {
		pa, err := assess.Plan(plan, measured, "", asOf, assess.PlanOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		first := pa.Goals[0].Benchmarks[0]
		fmt.Printf("as of %v: benchmark 1, due %v (%s), is %v\n", asOf, first.Deadline, first.Benchmark.Deadline(), first.Status)
	}
	// Output:
	// as of 2026-11-19: benchmark 1, due 2026-11-20 (trimester-1), is at-risk
	// as of 2026-11-20: benchmark 1, due 2026-11-20 (trimester-1), is not-met
}

// generatedCSV returns the CSV of the generator's rated intervals, as a
// vendor's export would hold them.
func generatedCSV(cfg progress.GenConfig) *bytes.Buffer {
	var csv bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&csv, cfg); err != nil {
		panic(err) // the generator writes to memory, which does not fail
	}
	return &csv
}
