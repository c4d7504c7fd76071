package assess_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
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
// template set words the whole.
func ExamplePlan() {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(planJSON), &plan); err != nil {
		log.Fatal(err)
	}
	intervals := generatedCSV(progress.GenConfig{Seed: 3, Students: 4, Days: 40})
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, intervals, nil, progress.MeasureOptions{})
	if err != nil {
		log.Fatal(err)
	}
	pa, err := assess.Plan(plan, measured, "", goal.MustDate(2026, 10, 23), assess.PlanOptions{})
	if err != nil {
		log.Fatal(err)
	}
	if err := template.Default().PlanProgress(os.Stdout, template.Text, "Jordan", pa); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Progress of Jordan's plan as of October 23, 2026 (stage 1: New to the program)
	//
	// Goal 1 (engagement): benchmark 3 is the one worked on now.
	//
	// Benchmark 1: TEP 3–5 with support 4 to 5, 50% of the day, due the end of the 1st trimester (November 20, 2026)
	//   status     met: 83% over the last 10 rated days (October 12 to October 23, 2026)
	//   baseline   29.1% over the first 5 rated days; aimline to 50% by November 20, 2026 (+1.86 points a week)
	//   trend      +6.23 points a week over 8 weeks (Theil–Sen; least squares +6.01); the trend line has been at 50% or more since September 11, 2026
	//   phases     level 4 August 31 to September 20, 2026, 52.8% on average, +23.55 points a week; level 3 September 21 to October 18, 2026, 68.6% on average, +6.56 points a week; level 2 October 19 to October 25, 2026, 86% on average
	//   decision   raise the goal (four-point rule: raise the goal, trend line: raise the goal, consecutive-days rule: continue the plan)
	//   setbacks   10 days so far, 1 in the window; the last on October 19, 2026
	//   support    mean level 3 then 2.1 (the window's first and last 3 days), at most 3
	//   in words   From October 12 to October 23, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 83% of the day; support was at level 2.4 on average, never above 3: the benchmark of 50% or more is met. 1 of those days went badly.
	//
	// Benchmark 2: TEP 3–5 with support 4 to 5, 75% of the day, due the end of the 2nd trimester (February 12, 2027)
	//   status     met: 83% over the last 10 rated days (October 12 to October 23, 2026)
	//   baseline   29.1% over the first 5 rated days; aimline to 75% by February 12, 2027 (+1.97 points a week)
	//   trend      +6.23 points a week over 8 weeks (Theil–Sen; least squares +6.01); the trend line has been at 75% or more since October 9, 2026
	//   phases     level 4 August 31 to September 20, 2026, 52.8% on average, +23.55 points a week; level 3 September 21 to October 18, 2026, 68.6% on average, +6.56 points a week; level 2 October 19 to October 25, 2026, 86% on average
	//   decision   raise the goal (four-point rule: raise the goal, trend line: raise the goal, consecutive-days rule: continue the plan)
	//   setbacks   10 days so far, 1 in the window; the last on October 19, 2026
	//   support    mean level 3 then 2.1 (the window's first and last 3 days), at most 3
	//   in words   From October 12 to October 23, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 83% of the day; support was at level 2.4 on average, never above 3: the benchmark of 75% or more is met. 1 of those days went badly.
	//
	// Benchmark 3: TEP 3–5 with support 4 to 5, 90% of the day, due the end of the 3rd trimester (May 7, 2027)
	//   status     on track: 83% over the last 10 rated days (October 12 to October 23, 2026)
	//   baseline   29.1% over the first 5 rated days; aimline to 90% by May 7, 2027 (+1.73 points a week)
	//   trend      +6.23 points a week over 8 weeks (Theil–Sen; least squares +6.01); at this rate it reaches 90% on October 26, 2026
	//   phases     level 4 August 31 to September 20, 2026, 52.8% on average, +23.55 points a week; level 3 September 21 to October 18, 2026, 68.6% on average, +6.56 points a week; level 2 October 19 to October 25, 2026, 86% on average
	//   decision   raise the goal (four-point rule: raise the goal, trend line: raise the goal, consecutive-days rule: continue the plan)
	//   setbacks   10 days so far, 1 in the window; the last on October 19, 2026
	//   support    mean level 3 then 2.1 (the window's first and last 3 days), at most 3
	//   in words   From October 12 to October 23, 2026, over 10 rated days, Jordan achieved between a 3 and 5 on the tolerance, engagement, and participation scale for 83% of the day; support was at level 2.4 on average, never above 3: the benchmark of 90% or more is not met yet, and progress is on track to meet it by the end of the 3rd trimester (May 7, 2027). 1 of those days went badly.
	//
	// Stage advice: Benchmark 2 is met; work toward benchmark 3 (TEP 3–5 with support 4 to 5, 90% of the day).
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
