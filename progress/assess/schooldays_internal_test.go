package assess

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
)

// TestSchoolDaysEnds: the walk of days ends at the last date there is and
// on a zero date, and skips weekends and the days without school.
func TestSchoolDaysEnds(t *testing.T) {
	last := goal.MustDate(9999, 12, 31) // a Friday
	tests := []struct {
		name     string
		from, to goal.Date
		noSchool []goal.Date
		want     []goal.Date
	}{
		{"the last days there are", last.AddDays(-3), last, nil, []goal.Date{last.AddDays(-3), last.AddDays(-2), last.AddDays(-1), last}},
		{"from the zero date", goal.Date{}, last, nil, nil},
		{"to the zero date", last, goal.Date{}, nil, nil},
		{"a week without Wednesday", goal.MustDate(2026, 11, 30), goal.MustDate(2026, 12, 6), []goal.Date{goal.MustDate(2026, 12, 2)},
			[]goal.Date{goal.MustDate(2026, 11, 30), goal.MustDate(2026, 12, 1), goal.MustDate(2026, 12, 3), goal.MustDate(2026, 12, 4)}},
	}
	for _, tt := range tests {
		got := schoolDays(tt.from, tt.to, tt.noSchool)
		if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b goal.Date) bool { return a == b })); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}
