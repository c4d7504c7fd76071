package progress_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// dateEqual lets cmp compare goal.Date values (unexported fields).
var dateEqual = cmp.Comparer(func(a, b goal.Date) bool { return a == b })

func date(s string) goal.Date {
	d, err := goal.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// handBenchmark: "With a level 3 intensity of support or less, ______ will
// achieve between a 3 and 5 …", focusing on de-escalation.
var handBenchmark = goal.MustBenchmark(goal.Spec{
	Measure:   goal.MeasureTEP,
	TEP:       rubric.MustBand[rubric.TEP](3, 5),
	Support:   goal.MustSupportAtMost(rubric.IntensityModerate),
	Threshold: 80,
	Focus:     rubric.MustElementSet(rubric.DeEscalation),
})

// handCSV is a small export worked by hand below. Columns are out of the
// usual order, one field is quoted, lines end in CRLF, and student B's row
// must not leak into A's weeks.
const handCSV = "date,student,tep,minutes,period,intensity,intensity:de-escalation\r\n" +
	// ISO week 53 of 2026 runs Monday 2026-12-28 to Sunday 2027-01-03.
	"2026-12-28,A,4,60,1,2,\r\n" + // in band, support 2 ≤ 3: qualifies
	"2026-12-28,A,5,50,2,4,\r\n" + // in band but over the support limit
	"2026-12-28,A,2,40,\"3, math\",2,\r\n" + // out of band
	"2026-12-31,A,3,30,1,3,4\r\n" + // in band, overall 3, but de-escalation 4 > 3
	"2026-12-31,A,,30,2,,\r\n" + // unrated (absent)
	"2027-01-01,A,3,60,1,1,1\r\n" + // qualifies, on the other side of the year end
	"2026-12-28,B,5,600,1,1,\r\n" +
	// Week 1 of 2027: a one-day week (Wednesday only).
	"2027-01-06,A,4,45,1,3,\r\n" + // qualifies
	"2027-01-06,A,1,45,2,3,\r\n" + // out of band: exactly half in band, not a setback
	// Week 2: every interval unrated.
	"2027-01-11,A,,50,1,,\r\n" +
	"2027-01-12,A,,50,1,,\r\n" +
	// Week 3: 10 of 160 minutes, 6.25%: a tie when rounded to one decimal.
	"2027-01-18,A,4,10,1,1,\r\n" +
	"2027-01-18,A,2,150,2,1,\r\n"

func TestMeasureHandComputed(t *testing.T) {
	s, err := progress.MeasureCSV(strings.NewReader(handCSV), handBenchmark, progress.MeasureOptions{})
	if err != nil {
		t.Fatalf("MeasureCSV: %v", err)
	}
	wantDays := []progress.DayTally{
		// 60+50+40 rated; 60 qualifying; 60+50 in band; intensity 60×2+50×4+40×2.
		{Date: date("2026-12-28"), Tally: progress.Tally{Rated: 150, Qualifying: 60}, InBand: 110, Units: 150, SupportUnits: 150, IntensityUnits: 400, MaxIntensity: 4},
		// 30 rated (in band, not qualifying); the unrated 30 minutes count only as units.
		{Date: date("2026-12-31"), Tally: progress.Tally{Rated: 30}, InBand: 30, Units: 60, SupportUnits: 30, IntensityUnits: 90, MaxIntensity: 3},
		{Date: date("2027-01-01"), Tally: progress.Tally{Rated: 60, Qualifying: 60}, InBand: 60, Units: 60, SupportUnits: 60, IntensityUnits: 60, MaxIntensity: 1},
		{Date: date("2027-01-06"), Tally: progress.Tally{Rated: 90, Qualifying: 45}, InBand: 45, Units: 90, SupportUnits: 90, IntensityUnits: 270, MaxIntensity: 3},
		{Date: date("2027-01-11"), Units: 50},
		{Date: date("2027-01-12"), Units: 50},
		{Date: date("2027-01-18"), Tally: progress.Tally{Rated: 160, Qualifying: 10}, InBand: 10, Units: 160, SupportUnits: 160, IntensityUnits: 160, MaxIntensity: 1},
	}
	if diff := cmp.Diff(wantDays, s.Days("A"), dateEqual); diff != "" {
		t.Errorf("Days(A) (-want +got):\n%s", diff)
	}
	wantWeeks := []progress.WeekTally{
		// 50%, the support of the three days pooled (150+30+60 minutes, 400+90+60)
		// (in band 110+30+60)
		{ISOYear: 2026, ISOWeek: 53, Tally: progress.Tally{Rated: 240, Qualifying: 120}, Days: 3, InBand: 200, SupportUnits: 240, IntensityUnits: 550},
		{ISOYear: 2027, ISOWeek: 1, Tally: progress.Tally{Rated: 90, Qualifying: 45}, Days: 1, InBand: 45, SupportUnits: 90, IntensityUnits: 270}, // 50%
		{ISOYear: 2027, ISOWeek: 2, Days: 2}, // no percent
		// 6.25%, and a setback day: 10 of 160 minutes in band
		{ISOYear: 2027, ISOWeek: 3, Tally: progress.Tally{Rated: 160, Qualifying: 10}, Days: 1, InBand: 10, SupportUnits: 160, IntensityUnits: 160, Setbacks: 1},
	}
	weeks := s.Weeks("A")
	if diff := cmp.Diff(wantWeeks, weeks); diff != "" {
		t.Errorf("Weeks(A) (-want +got):\n%s", diff)
	}
	if _, ok := weeks[2].Percent(); ok {
		t.Errorf("all-unrated week: Percent() ok = true, want false")
	}
	var setbacks []string
	for _, d := range s.Days("A") {
		if d.IsSetback() {
			setbacks = append(setbacks, d.Date.String())
		}
	}
	if diff := cmp.Diff([]string{"2027-01-18"}, setbacks); diff != "" {
		t.Errorf("setback days (-want +got):\n%s", diff)
	}
	wantB := []progress.DayTally{{Date: date("2026-12-28"), Tally: progress.Tally{Rated: 600, Qualifying: 600}, InBand: 600, Units: 600, SupportUnits: 600, IntensityUnits: 600, MaxIntensity: 1}}
	if diff := cmp.Diff(wantB, s.Days("B"), dateEqual); diff != "" {
		t.Errorf("Days(B) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]goal.StudentID{"A", "B"}, s.Students()); diff != "" {
		t.Errorf("Students() (-want +got):\n%s", diff)
	}
}

func TestMeasureSoftSkill(t *testing.T) {
	b := goal.MustBenchmark(goal.Spec{
		Measure:     goal.MeasureSoftSkill,
		Skill:       rubric.MustSkillArea(rubric.SkillGroupWork, "working successfully in a group"),
		Proficiency: rubric.MustBand[rubric.SoftSkill](2, 3),
		Support:     goal.MustSupportAtMost(rubric.IntensityMinimal),
		Threshold:   75,
	})
	const in = "student,date,skill,rating,intensity\n" +
		"A,2027-03-01,group-work,2,1\n" + // qualifies
		"A,2027-03-01,group-work,3,2\n" + // in band, support 2 > 1
		"A,2027-03-01,group-work,5,1\n" + // out of band
		"A,2027-03-01,group-work,,\n" + // unrated
		"A,2027-03-01,calming-down,3,1\n" // another skill: not this benchmark's data
	s, err := progress.MeasureCSV(strings.NewReader(in), b, progress.MeasureOptions{})
	if err != nil {
		t.Fatalf("MeasureCSV: %v", err)
	}
	want := []progress.DayTally{{Date: date("2027-03-01"), Tally: progress.Tally{Rated: 3, Qualifying: 1}, InBand: 2, Units: 4, SupportUnits: 3, IntensityUnits: 4, MaxIntensity: 2}}
	if diff := cmp.Diff(want, s.Days("A"), dateEqual); diff != "" {
		t.Errorf("Days(A) (-want +got):\n%s", diff)
	}
}

func TestMeasureErrorModes(t *testing.T) {
	const in = "student,date,period,minutes,tep,intensity\n" +
		"A,2027-03-01,1,50,4,2\n" +
		"A,2027-03-01,2,700,4,2\n" + // line 3: minutes
		"A,2027-03-02,1,50,9,2\n" + // line 4: TEP out of range
		"A,2027-03-03,1,50,4,2\n"
	b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(4), Threshold: 80})

	s, err := progress.MeasureCSV(strings.NewReader(in), b, progress.MeasureOptions{})
	var rerr *progress.RowError
	if s != nil || !errors.As(err, &rerr) || rerr.Line != 3 || rerr.Column != "minutes" || !errors.Is(err, progress.ErrMinutes) {
		t.Errorf("stop mode: MeasureCSV = %v, %v; want nil and line 3 minutes error", s, err)
	}

	s, err = progress.MeasureCSV(strings.NewReader(in), b, progress.MeasureOptions{ReadOptions: progress.ReadOptions{SkipBadRows: true}})
	var errs progress.RowErrors
	if !errors.As(err, &errs) || len(errs) != 2 {
		t.Fatalf("skip mode: error = %v, want RowErrors of 2", err)
	}
	if errs[1].Line != 4 || errs[1].Column != "tep" || !errors.Is(errs[1], rubric.ErrOutOfRange) || !errors.Is(err, progress.ErrBadRow) {
		t.Errorf("skip mode: second error = %v, want line 4 tep out of range", errs[1])
	}
	if s == nil || len(s.Days("A")) != 2 {
		t.Errorf("skip mode: summary days = %v, want the 2 good days", s.Days("A"))
	}
}

func TestMeasurerRejectsInvalid(t *testing.T) {
	m := progress.NewMeasurer(handBenchmark)
	ok := progress.Interval{Student: "A", Date: goal.MustDate(2027, time.March, 1), Minutes: 50, TEP: 4, Intensity: 2}
	tests := []struct {
		name   string
		change func(*progress.Interval)
		column string
		kind   error
	}{
		{"no student", func(iv *progress.Interval) { iv.Student = "" }, "student", goal.ErrBadStudentID},
		{"control character in student", func(iv *progress.Interval) { iv.Student = "A\x00" }, "student", goal.ErrBadStudentID},
		{"no date", func(iv *progress.Interval) { iv.Date = goal.Date{} }, "date", goal.ErrBadDate},
		{"zero minutes", func(iv *progress.Interval) { iv.Minutes = 0 }, "minutes", progress.ErrMinutes},
		{"601 minutes", func(iv *progress.Interval) { iv.Minutes = 601 }, "minutes", progress.ErrMinutes},
		{"TEP 6", func(iv *progress.Interval) { iv.TEP = 6 }, "tep", rubric.ErrOutOfRange},
		{"intensity 9", func(iv *progress.Interval) { iv.Intensity = 9 }, "intensity", rubric.ErrOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			iv := ok
			tt.change(&iv)
			err := m.AddInterval(&iv)
			var rerr *progress.RowError
			if !errors.As(err, &rerr) || rerr.Column != tt.column || !errors.Is(err, tt.kind) {
				t.Errorf("AddInterval(%+v) = %v, want a %q error wrapping %v", iv, err, tt.column, tt.kind)
			}
		})
	}
	if m.Summary().Len() != 0 {
		t.Errorf("rejected intervals were counted: %d students", m.Summary().Len())
	}
}

func TestMeasurerZeroAllocs(t *testing.T) {
	ivs := []progress.Interval{}
	for iv := range progress.Generate(progress.GenConfig{Seed: 3, Students: 3, Days: 10}) {
		ivs = append(ivs, iv)
	}
	m := progress.NewMeasurer(handBenchmark)
	m.AddIntervals(ivs) // create the days
	allocs := testing.AllocsPerRun(20, func() {
		progress.ResetTallies(m) // the days stay narrow: 41 passes would make them wide
		for i := range ivs {
			if err := m.AddInterval(&ivs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := m.AddIntervals(ivs); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("measuring %d intervals allocates %v times, want 0", len(ivs), allocs)
	}
}

// Reading a CSV allocates for its students, days and period labels, not
// for its rows: eight periods a day allocate no more than four, for the
// same students, days and labels (the four-period file takes P1–P4 and
// P5–P8 on alternate days).
func TestMeasureCSVAllocsFollowDays(t *testing.T) {
	csv := func(periods int) []byte {
		var b bytes.Buffer
		b.WriteString("student,date,period,minutes,tep,intensity\n")
		day := goal.MustDate(2026, 9, 1)
		for d := range 40 {
			for s := range 30 {
				first := 1
				if periods == 4 && d%2 == 1 {
					first = 5
				}
				for p := range periods {
					fmt.Fprintf(&b, "S%d,%s,P%d,45,%d,%d\n", s, day, first+p, 1+(s+p)%5, 1+p%5)
				}
			}
			day = day.AddDays(1)
		}
		return b.Bytes()
	}
	plain := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportAtMost(rubric.IntensityHigh), Threshold: 80})
	allocs := func(data []byte) float64 {
		return testing.AllocsPerRun(5, func() {
			if _, err := progress.MeasureCSV(bytes.NewReader(data), plain, progress.MeasureOptions{Workers: 1}); err != nil {
				t.Fatal(err)
			}
		})
	}
	four, eight := allocs(csv(4)), allocs(csv(8))
	t.Logf("4 periods a day: %v allocations; 8: %v", four, eight)
	if eight > four+4 { // a few for the longer label table
		t.Errorf("8 periods a day allocate %v times, 4 periods %v: want about the same", eight, four)
	}
}
