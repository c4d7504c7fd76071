package chart

import (
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// TestDateLabels checks that the deadline and as-of labels sit in the top
// margin, inside the picture, and never on top of each other.
func TestDateLabels(t *testing.T) {
	asOf := goal.MustDate(2027, 5, 7)
	tests := []struct {
		name     string
		width    int
		deadline goal.Date
		asOfRow  int
	}{
		{"deadline long before", 0, goal.MustDate(2026, 11, 20), 0},
		{"deadline on the as-of date", 0, asOf, 0},
		{"deadline a day before", 0, asOf.AddDays(-1), 0},
		{"deadline a day after", 0, asOf.AddDays(1), 1},
		{"deadline long after", 0, goal.MustDate(2027, 9, 1), 0},
		{"no deadline", 0, goal.Date{}, 0},
		{"narrow picture, deadline two weeks before", 300, asOf.AddDays(-14), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 80})
			o, err := Options{Width: tt.width}.resolved()
			if err != nil {
				t.Fatal(err)
			}
			// A school year of weeks puts the as-of date at the right edge.
			weeks := []assess.WeekPoint{{Mid: goal.MustDate(2026, 9, 2)}, {Mid: goal.MustDate(2027, 5, 5)}}
			a := assess.Assessment{Benchmark: b, AsOf: asOf, Deadline: tt.deadline, Weeks: weeks, Status: assess.StatusOnTrack}
			c := newCanvas(a, o, newWords(template.Default(), a, "", nil), nil)
			deadline, asOfLabel, has := c.dateLabels()
			if has != tt.deadline.IsValid() {
				t.Fatalf("hasDeadline = %v, want %v", has, tt.deadline.IsValid())
			}
			labels := []dateLabel{asOfLabel}
			if has {
				labels = append(labels, deadline)
			}
			for _, l := range labels {
				x0, x1 := l.span()
				if x0 < 0 || x1 > float64(o.Width) {
					t.Errorf("%q spans %.0f–%.0f, outside the picture's 0–%d", l.text, x0, x1, o.Width)
				}
				if y := c.rowY(l.row); y >= c.top || y-dateLabelSize < 48 {
					t.Errorf("%q baseline %.0f: want in the top margin, below the subtitle (48) and above the plot (%.0f)", l.text, y, c.top)
				}
			}
			if has && deadline.overlaps(asOfLabel) {
				t.Errorf("labels overlap: %+v and %+v", deadline, asOfLabel)
			}
			if asOfLabel.row != tt.asOfRow {
				t.Errorf("as-of label on row %d, want %d", asOfLabel.row, tt.asOfRow)
			}
		})
	}
}

// TestDescribeHeldAimline checks that the description says the aimline is
// held at the goal line once the as-of date is past the deadline.
func TestDescribeHeldAimline(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 50})
	from, to := goal.MustDate(2026, 9, 2), goal.MustDate(2026, 11, 20)
	for _, tc := range []struct {
		name string
		asOf goal.Date
		want bool
	}{
		{"before the deadline", to.AddDays(-7), false},
		{"on the deadline", to, false},
		{"after the deadline", to.AddDays(1), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := assess.Assessment{Benchmark: b, AsOf: tc.asOf, Deadline: to, Status: assess.StatusOnTrack,
				Baseline: assess.Baseline{Tally: progress.Tally{Rated: 10, Qualifying: 2}, Days: 1},
				Aimline:  assess.Aimline{From: from, FromPercent: 20, To: to, ToPercent: 50}}
			w := newWords(template.Default(), a, "", nil)
			desc := w.description()
			if w.err != nil {
				t.Fatal(w.err)
			}
			if got := strings.Contains(desc, "held at the goal line, 50%"); got != tc.want {
				t.Errorf("the description mentions the held aimline: %v, want %v\n%s", got, tc.want, desc)
			}
		})
	}
}
