package assess_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// benchReports measures the stage-1 ladder on a generated school year of
// students and returns the plan (for no particular student), the
// measurement and the first trimester.
func benchReports(b *testing.B, students int) (goal.Plan, *progress.Summaries, goal.Period) {
	b.Helper()
	var plan goal.Plan
	if err := json.Unmarshal([]byte(strings.Replace(planJSON, `"student": "S00001", `, "", 1)), &plan); err != nil {
		b.Fatal(err)
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, generatedCSV(progress.GenConfig{Seed: 2, Students: students, Days: 180}), nil, progress.MeasureOptions{})
	if err != nil {
		b.Fatal(err)
	}
	period, err := assess.TermPeriod(plan, goal.Trimester2)
	if err != nil {
		b.Fatal(err)
	}
	return plan, measured, period
}

// BenchmarkReport makes one student's report of the three-rung ladder for
// the second trimester (a school year of data).
func BenchmarkReport(b *testing.B) {
	plan, measured, period := benchReports(b, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := assess.Report(plan, measured, progress.GenStudentID(0), period, assess.ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCaseload makes the reports of every student of a caseload and
// rolls them up.
func BenchmarkCaseload(b *testing.B) {
	for _, students := range []int{100, 1000} {
		b.Run(fmt.Sprintf("students=%d", students), func(b *testing.B) {
			plan, measured, period := benchReports(b, students)
			codes, _ := assess.ShippedCodeSet("default")
			b.ReportAllocs()
			for b.Loop() {
				reports := make([]assess.ProgressReport, students)
				for i := range reports {
					r, err := assess.Report(plan, measured, progress.GenStudentID(i), period, assess.ReportOptions{Codes: codes})
					if err != nil {
						b.Fatal(err)
					}
					reports[i] = r
				}
				if _, err := assess.CaseloadOf(reports, measured, nil); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(students)*float64(b.N)/b.Elapsed().Seconds(), "students/s")
		})
	}
}
