package interchange_test

import (
	"encoding/json"
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/interchange"
)

// A plan's benchmarks as Ed-Fi StudentIEPGoal records, with the district's
// identifiers.
func ExampleGoalRecords() {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(quickstartPlan), &plan); err != nil {
		fmt.Println(err)
		return
	}
	goals, err := interchange.GoalRecords(plan, interchange.Identifiers{StudentUniqueID: "604821"}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(goals[0].IEPGoalID, goals[0].GoalAchievementPeriodEndDate)
	fmt.Println(goals[0].IEPGoalDetails)
	// Output:
	// G1-B1 2026-11-20
	// With a level 4 to 5 intensity of support, ______ will achieve between a 3 and 5 on the tolerance, engagement, and participation scale for 50% or more of the day by the end of the 1st trimester.
}
