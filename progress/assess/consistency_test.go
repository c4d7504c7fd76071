package assess_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

var consistencyBenchmark = goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
	Support: goal.MustSupportAtMost(4), Threshold: 80, Focus: rubric.MustElementSet(rubric.DeEscalation)})

func consistencyOf(t *testing.T, data string, opts assess.ConsistencyOptions) assess.Consistency {
	t.Helper()
	c, err := assess.ConsistencyOf(progress.ReadRatedIntervals(strings.NewReader(data), progress.ReadOptions{}), consistencyBenchmark, "S1", opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var week = assess.ConsistencyOptions{From: goal.MustDate(2026, 9, 14), To: goal.MustDate(2026, 9, 18)}

// TestConsistencyFlagsARater: over a week, raters A and B record support 3
// (de-escalation 3) in periods 1 and 2; rater C, who has period 3, records
// 5 (de-escalation 5). C is two levels above the others and is flagged,
// and so is period 3; A, one level below B and C pooled, is not.
func TestConsistencyFlagsARater(t *testing.T) {
	var b strings.Builder
	b.WriteString("student,date,period,minutes,tep,intensity,intensity:de-escalation,rater\n")
	for d := 14; d <= 18; d++ {
		fmt.Fprintf(&b, "S1,2026-09-%d,1,50,4,3,3,A\n", d)
		fmt.Fprintf(&b, "S1,2026-09-%d,2,50,3,3,3,B\n", d)
		fmt.Fprintf(&b, "S1,2026-09-%d,3,50,4,5,5,C\n", d)
		fmt.Fprintf(&b, "S2,2026-09-%d,1,50,1,5,5,A\n", d) // another student
	}
	c := consistencyOf(t, b.String(), week)
	type row struct {
		Key                   string
		Intervals             int
		Mean, Difference      float64
		Flagged               bool
		WithinLimit           int64
		TEP3, TEP4, ElemUnits int64
	}
	rows := func(gs []assess.SupportGroup) []row {
		var out []row
		for _, g := range gs {
			m, _ := g.MeanIntensity()
			out = append(out, row{g.Key, g.Intervals, m, g.Difference, g.Flagged, g.WithinLimit, g.TEP[3], g.TEP[4], g.Elements[0].Units})
		}
		return out
	}
	want := []row{
		{"A", 5, 3, -1, false, 250, 0, 250, 250}, // against (3 + 5) / 2
		{"B", 5, 3, -1, false, 250, 250, 0, 250},
		{"C", 5, 5, 2, true, 0, 0, 250, 250}, // against 3
	}
	if diff := cmp.Diff(want, rows(c.Raters)); diff != "" {
		t.Errorf("raters (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]row{
		{"1", 5, 3, -1, false, 250, 0, 250, 250}, {"2", 5, 3, -1, false, 250, 250, 0, 250}, {"3", 5, 5, 2, true, 0, 0, 250, 250},
	}, rows(c.Periods)); diff != "" {
		t.Errorf("periods (-want +got):\n%s", diff)
	}
	// Without the rater column: the periods alone.
	var noRater strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		noRater.WriteString(line[:strings.LastIndexByte(line, ',')] + "\n")
	}
	c2 := consistencyOf(t, noRater.String(), week)
	if c2.Raters != nil || !cmp.Equal(c.Periods, c2.Periods) {
		t.Errorf("without raters: raters %v, periods differ: %v", c2.Raters, cmp.Diff(c.Periods, c2.Periods))
	}
}

// TestPropertyOneRaterChangesNothing: adding a rater column with one rater
// leaves the periods as they were, and gives one rater group holding them
// all, with nobody to differ from.
func TestPropertyOneRaterChangesNothing(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cfg := progress.GenConfig{Seed: rapid.Uint64().Draw(t, "seed"), Students: 1, Days: rapid.IntRange(1, 30).Draw(t, "days")}
		var data bytes.Buffer
		iw := progress.NewIntervalWriter(&data, progress.FormatCSV, rubric.MustElementSet(rubric.DeEscalation))
		for iv := range progress.Generate(cfg) {
			iv.Profile = rubric.SupportProfile{}.With(rubric.DeEscalation, iv.Profile.Get(rubric.DeEscalation))
			_ = iw.Write(iv)
		}
		_ = iw.Flush()
		lines := strings.Split(strings.TrimSpace(data.String()), "\n")
		var rated strings.Builder
		rated.WriteString(lines[0] + ",rater\n")
		for _, l := range lines[1:] {
			rated.WriteString(l + ",R1\n")
		}
		opts := assess.ConsistencyOptions{From: progress.DefaultGenStart, To: progress.DefaultGenStart.AddDays(60)}
		read := func(s string) assess.Consistency {
			c, err := assess.ConsistencyOf(progress.ReadRatedIntervals(strings.NewReader(s), progress.ReadOptions{}), consistencyBenchmark, progress.GenStudentID(0), opts)
			if err != nil {
				t.Fatal(err)
			}
			return c
		}
		without, with := read(data.String()), read(rated.String())
		if diff := cmp.Diff(without.Periods, with.Periods); diff != "" {
			t.Fatalf("periods (-without +with a rater):\n%s", diff)
		}
		if without.Raters != nil || len(with.Raters) != 1 || with.Raters[0].Flagged || with.Raters[0].Difference != 0 {
			t.Fatalf("raters without %v, with %+v", without.Raters, with.Raters)
		}
		var units int64
		for _, p := range with.Periods {
			units += p.Units
		}
		if with.Raters[0].Units != units {
			t.Fatalf("the rater holds %d minutes, the periods %d", with.Raters[0].Units, units)
		}
	})
}

func TestConsistencyErrors(t *testing.T) {
	soft := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: rubric.MustSkillArea("group-work", "working in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](3, 5), Support: goal.MustSupportAtMost(2), Threshold: 80})
	empty := progress.ReadRatedIntervals(strings.NewReader("student,date,period,minutes,tep,intensity\n"), progress.ReadOptions{})
	for _, tt := range []struct {
		b    goal.Benchmark
		opts assess.ConsistencyOptions
	}{
		{soft, week},
		{consistencyBenchmark, assess.ConsistencyOptions{From: week.To, To: week.From}},
		{consistencyBenchmark, assess.ConsistencyOptions{From: week.From, To: week.To, FlagLevels: -1}},
	} {
		if _, err := assess.ConsistencyOf(empty, tt.b, "S1", tt.opts); err == nil {
			t.Errorf("ConsistencyOf(%v, %+v): no error", tt.b, tt.opts)
		}
	}
}
