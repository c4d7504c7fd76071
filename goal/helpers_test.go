package goal_test

import (
	"reflect"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// allFields lets cmp look into the small comparable values of goal and
// rubric (bands, supports, deadlines), which keep their fields unexported.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// Short names for the values the program's sample benchmarks use.
var (
	tep35            = rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	skill23          = rubric.MustBand[rubric.SoftSkill](2, 3)
	skill34          = rubric.MustBand[rubric.SoftSkill](3, 4)
	skill45          = rubric.MustBand[rubric.SoftSkill](4, 5)
	support45        = goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme)
	groupWork        = rubric.MustSkillArea(rubric.SkillGroupWork, "working successfully in a group")
	twoFocus         = rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)
	march13          = goal.MustDate(2027, time.March, 13)
	june11           = goal.MustDate(2027, time.June, 11)
	schoolYearPeriod = goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2027, time.June, 25))
	schoolYear       = goal.MustCalendar(map[goal.Term]goal.Date{
		goal.Trimester1: goal.MustDate(2026, time.November, 27),
		goal.Trimester2: goal.MustDate(2027, time.March, 5),
		goal.Trimester3: goal.MustDate(2027, time.June, 18),
		goal.SchoolYear: goal.MustDate(2027, time.June, 25),
	})
)

func atMost(n rubric.Intensity) goal.Support { return goal.MustSupportAtMost(n) }

// specs returns the fields of each benchmark.
func specs(ladder []goal.Benchmark) []goal.Spec {
	out := make([]goal.Spec, len(ladder))
	for i, b := range ladder {
		out[i] = b.Spec()
	}
	return out
}
