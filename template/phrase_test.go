package template

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "0th"}, {1, "1st"}, {2, "2nd"}, {3, "3rd"}, {4, "4th"}, {10, "10th"},
		{11, "11th"}, {12, "12th"}, {13, "13th"}, {21, "21st"}, {22, "22nd"}, {23, "23rd"},
		{101, "101st"}, {111, "111th"}, {112, "112th"}, {-1, "-1st"}, {-12, "-12th"},
	}
	for _, tt := range tests {
		if got := Ordinal(tt.n); got != tt.want {
			t.Errorf("Ordinal(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestOrdinalProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(-100000, 100000).Draw(t, "n")
		got := Ordinal(n)
		digits, suffix := got[:len(got)-2], got[len(got)-2:]
		if digits != strconv.Itoa(n) {
			t.Fatalf("Ordinal(%d) = %q: number part %q", n, got, digits)
		}
		abs := max(n, -n)
		want := "th"
		if abs%100/10 != 1 {
			want = [10]string{"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"}[abs%10]
		}
		if suffix != want {
			t.Fatalf("Ordinal(%d) = %q, want suffix %q", n, got, want)
		}
	})
}

func TestPercent(t *testing.T) {
	tests := []struct {
		name string
		p    float64
		want string
	}{
		{"whole", 90, "90%"},
		{"half", 87.5, "87.5%"},
		{"rounded to one decimal", 100.0 / 3, "33.3%"},
		{"rounds up to whole", 89.96, "90%"},
		{"zero", 0, "0%"},
		{"negative zero", math.Copysign(0, -1), "0%"},
		{"hundred", 100, "100%"},
		{"NaN", math.NaN(), "%!Percent(NaN)"},
		{"infinity", math.Inf(1), "%!Percent(+Inf)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Percent(tt.p); got != tt.want {
				t.Errorf("Percent(%v) = %q, want %q", tt.p, got, tt.want)
			}
		})
	}
}

// FuzzPercent checks that Percent agrees with the number it was given: the
// text parses back to within half a tenth of it.
func FuzzPercent(f *testing.F) {
	for _, p := range []float64{0, 50, 87.5, 100.0 / 3, 99.95, 100, 1e-9, 1234567.89} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p float64) {
		if math.IsNaN(p) || math.IsInf(p, 0) || math.Abs(p) > 1e12 {
			return
		}
		got := Percent(p)
		text, ok := strings.CutSuffix(got, "%")
		if !ok || strings.HasSuffix(text, ".0") {
			t.Fatalf("Percent(%v) = %q: want a number, no trailing .0, then %%", p, got)
		}
		back, err := strconv.ParseFloat(text, 64)
		if err != nil || math.Abs(back-p) > 0.05+1e-9*math.Abs(p) {
			t.Fatalf("Percent(%v) = %q, which reads back as %v (%v)", p, got, back, err)
		}
	})
}

func TestBandPhrase(t *testing.T) {
	tests := []struct {
		low, high int
		want      string
	}{
		{3, 5, "between a 3 and 5"},
		{2, 3, "between a 2 and 3"},
		{4, 4, "a 4"},
	}
	for _, tt := range tests {
		if got := BandPhrase(tt.low, tt.high); got != tt.want {
			t.Errorf("BandPhrase(%d, %d) = %q, want %q", tt.low, tt.high, got, tt.want)
		}
	}
}

func TestSupportPhrase(t *testing.T) {
	tests := []struct {
		name string
		s    goal.Support
		want string
	}{
		{"range", goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme), "a level 4 to 5 intensity of support"},
		{"ceiling", goal.MustSupportAtMost(rubric.IntensityModerate), "a level 3 intensity of support or less"},
		{"ceiling at 1", goal.MustSupportAtMost(rubric.IntensityMinimal), "a level 1 intensity of support or less"},
		{"one-level range", goal.MustSupportRange(rubric.IntensityHigh, rubric.IntensityHigh), "a level 4 intensity of support"},
		{"independent has no clause", goal.Independent(), ""},
		{"unset has no clause", goal.Support{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SupportPhrase(tt.s); got != tt.want {
				t.Errorf("SupportPhrase(%v) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}

func TestDeadlinePhrase(t *testing.T) {
	tests := []struct {
		name string
		d    goal.Deadline
		want string
	}{
		{"date", goal.By(goal.MustDate(2027, time.March, 13)), "March 13, 2027"},
		{"date in one digit", goal.By(goal.MustDate(2026, time.September, 1)), "September 1, 2026"},
		{"1st trimester", goal.ByEndOf(goal.Trimester1), "the end of the 1st trimester"},
		{"2nd trimester", goal.ByEndOf(goal.Trimester2), "the end of the 2nd trimester"},
		{"3rd trimester", goal.ByEndOf(goal.Trimester3), "the end of the 3rd trimester"},
		{"2nd semester", goal.ByEndOf(goal.Semester2), "the end of the 2nd semester"},
		{"4th quarter", goal.ByEndOf(goal.Quarter4), "the end of the 4th quarter"},
		{"school year", goal.ByEndOf(goal.SchoolYear), "the end of the school year"},
		{"unset", goal.Deadline{}, "______"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DeadlinePhrase(tt.d); got != tt.want {
				t.Errorf("DeadlinePhrase(%v) = %q, want %q", tt.d, got, tt.want)
			}
		})
	}
	if got := DatePhrase(goal.Date{}); got != Blank {
		t.Errorf("DatePhrase(zero) = %q, want %q", got, Blank)
	}
}

func TestJoinList(t *testing.T) {
	tests := []struct {
		items []string
		want  string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a and b"},
		{[]string{"a", "b", "c"}, "a, b, and c"},
		{[]string{"a", "b", "c", "d"}, "a, b, c, and d"},
	}
	for _, tt := range tests {
		if got := JoinList(tt.items); got != tt.want {
			t.Errorf("JoinList(%q) = %q, want %q", tt.items, got, tt.want)
		}
	}
}

func TestStudentName(t *testing.T) {
	for in, want := range map[string]string{"Jordan": "Jordan", "": Blank, " \t": Blank, `<b>Al</b>`: `<b>Al</b>`} {
		if got := StudentName(in); got != want {
			t.Errorf("StudentName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlainWords(t *testing.T) {
	groupWork, _ := rubric.LookupSkillArea(rubric.SkillGroupWork)
	tep := func(low, high rubric.TEP) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand(low, high),
			Support: goal.Independent(), Threshold: 90})
	}
	soft := func(low, high rubric.SoftSkill) goal.Benchmark {
		return goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork,
			Proficiency: rubric.MustBand(low, high), Support: goal.Independent(), Threshold: 90})
	}
	bands := []struct {
		name string
		b    goal.Benchmark
		want string
	}{
		{"fair to excellent", tep(3, 5), "rated fair or better"},
		{"good to excellent", tep(4, 5), "rated good or better"},
		{"one level", tep(4, 4), "rated good"},
		{"adjacent", tep(2, 3), "rated marginal or fair"},
		{"wide", tep(2, 4), "rated marginal to good"},
		{"soft skill emerging", soft(2, 3), "rated emerging or developing"},
		{"soft skill top", soft(4, 5), "rated proficient or better"},
		{"zero benchmark", goal.Benchmark{}, ""},
	}
	for _, tt := range bands {
		t.Run(tt.name, func(t *testing.T) {
			if got := PlainBand(tt.b); got != tt.want {
				t.Errorf("PlainBand(%s) = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
	supports := []struct {
		s    goal.Support
		want string
	}{
		{goal.MustSupportRange(4, 5), "high to extreme support"},
		{goal.MustSupportRange(2, 2), "mild support"},
		{goal.MustSupportAtMost(3), "moderate support or less"},
		{goal.Independent(), "minimal support"},
		{goal.Support{}, ""},
	}
	for _, tt := range supports {
		if got := PlainSupport(tt.s); got != tt.want {
			t.Errorf("PlainSupport(%v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestListHelpers(t *testing.T) {
	got := ElementNames(rubric.MustElementSet(rubric.Visual, rubric.DeEscalation, rubric.StaffToStudentRatio))
	if diff := cmp.Diff([]string{"De-escalation", "Staff to Student Ratio", "Visual"}, got); diff != "" {
		t.Errorf("ElementNames mismatch (-want +got):\n%s", diff)
	}
	roles := RoleTitles([]goal.Role{goal.RoleCaseManager, goal.RoleParent})
	if diff := cmp.Diff([]string{"case manager", "parent or guardian"}, roles); diff != "" {
		t.Errorf("RoleTitles mismatch (-want +got):\n%s", diff)
	}
	if got, want := Plural(1, "day", "days"), "1 day"; got != want {
		t.Errorf("Plural(1) = %q, want %q", got, want)
	}
	if got, want := Plural(0, "day", "days"), "0 days"; got != want {
		t.Errorf("Plural(0) = %q, want %q", got, want)
	}
}
