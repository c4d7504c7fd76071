package template_test

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/bat"
	"github.com/iepgoal/iepgoal/rubric/instrument"
	"github.com/iepgoal/iepgoal/template"
)

// batAdministration builds a complete BAT administration from 56 digits
// (spaces ignored).
func batAdministration(date, levels string) instrument.Administration {
	a := instrument.Administration{School: "Lincoln Middle", Date: date, MainStrategy: "Check-in/check-out"}
	for _, d := range levels {
		if d != ' ' {
			a.Answers = append(a.Answers, instrument.Answer{Item: len(a.Answers) + 1, Level: instrument.MustParseResponse(string(d))})
		}
	}
	return a
}

var (
	//                                     A   B   C    D  E     F          G    H            I          J
	lastBAT = batAdministration("2026-05-15", "221 120 2110 22 11202 2110221012 0112 221100121101 1102100122 010")
	thisBAT = batAdministration("2027-05-14", "222 222 2222 22 22222 2222222222 2222 222222222222 2222222222 210")
)

func TestScoreReportBAT(t *testing.T) {
	d, err := template.ScoreReportOf(bat.Instrument(), &lastBAT, thisBAT)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := template.Default().ScoreReport(&b, template.Text, d); err != nil {
		t.Fatal(err)
	}
	want := `Benchmarks for Advanced Tiers: score report
School: Lincoln Middle
Date: 2027-05-14 (changes are since 2026-05-15)

Sections
  A. Tier 1: implementation of school-wide PBS: 100% (6 of 6 points), up 16.7 points
  B. Commitment: 100% (6 of 6 points), up 50 points
  C. Student identification: 100% (8 of 8 points), up 50 points
  D. Monitoring and evaluation: 100% (4 of 4 points), no change
  E. Tier 2: support systems: 100% (10 of 10 points), up 40 points
  F. Main Tier 2 strategy: implementation: 100% (20 of 20 points), up 40 points
  G. Main Tier 2 strategy: monitoring and evaluation: 100% (8 of 8 points), up 50 points
  H. Tier 3: intensive support systems: 100% (24 of 24 points), up 50 points
  I. Tier 3: assessment and plan development: 100% (20 of 20 points), up 50 points
  J. Tier 3: monitoring and evaluation: 50% (3 of 6 points), up 33.3 points

Groupings
  Foundations: 100% (18 of 18 points), up 38.9 points
  Tier 2: 100% (38 of 38 points), up 42.1 points
  Tier 3: 94% (47 of 50 points), up 48 points

Total: 97.3% (109 of 112 points), up 42.9 points
Moved up: items 3 (1 to 2), 4 (1 to 2), 6 (0 to 2), 8 (1 to 2), 9 (1 to 2), 10 (0 to 2), 13 (1 to 2), 14 (1 to 2), 16 (0 to 2), 19 (1 to 2), 20 (1 to 2), 21 (0 to 2), 24 (1 to 2), 25 (0 to 2), 26 (1 to 2), 28 (0 to 2), 29 (1 to 2), 30 (1 to 2), 34 (1 to 2), 35 (1 to 2), 36 (0 to 2), 37 (0 to 2), 38 (1 to 2), 40 (1 to 2), 41 (1 to 2), 42 (0 to 2), 43 (1 to 2), 44 (1 to 2), 45 (1 to 2), 46 (0 to 2), 48 (1 to 2), 49 (0 to 2), 50 (0 to 2), 51 (1 to 2), 54 (0 to 2)

Action plan
1. Item 55 (J), data used to change interventions: now partially in place, priority medium
   Goal: ______
   Tasks: ______
   Who: ______
   By when: ______
2. Item 56 (J), plans check their own fidelity: now not yet started, priority high
   Goal: ______
   Tasks: ______
   Who: ______
   By when: ______`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("score report (-want +got):\n%s", diff)
	}
}

func TestScoreReportPartialWithoutComparison(t *testing.T) {
	item := func(n int, label string) instrument.Item { return instrument.Item{Number: n, Label: label} }
	in := instrument.Must("Check", []instrument.Section{
		{ID: "A", Title: "One", Items: []instrument.Item{item(1, "first"), item(2, "second"), item(3, "third")}},
		{ID: "B", Title: "Two", Items: []instrument.Item{item(4, "fourth")}},
	}, []instrument.Grouping{{ID: "all", Title: "Everything", Sections: []string{"A", "B"}}})
	a := instrument.Administration{School: "Oak <Ridge> & Co", Date: "2027-05-14", Answers: []instrument.Answer{
		{Item: 1, Level: instrument.Full}, {Item: 3, Level: instrument.Full}}}
	d, err := template.ScoreReportOf(in, nil, a, instrument.AllowPartial())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format template.Format
		want   string
	}{
		{template.Text, `Check: score report
School: Oak <Ridge> & Co
Date: 2027-05-14

Sections
  A. One: 100% (4 of 4 points); not answered: item 2
  B. Two: not scored (no item answered); not answered: item 4

Groupings
  Everything: 100% (4 of 4 points); not answered: items 2 and 4

Total: 100% (4 of 4 points); not answered: items 2 and 4

Action plan
No answered item is below "fully in place"; there is nothing to plan.`},
		{template.HTML, `Check: score report
School: Oak &lt;Ridge&gt; &amp; Co
Date: 2027-05-14

Sections
  A. One: 100% (4 of 4 points); not answered: item 2
  B. Two: not scored (no item answered); not answered: item 4

Groupings
  Everything: 100% (4 of 4 points); not answered: items 2 and 4

Total: 100% (4 of 4 points); not answered: items 2 and 4

Action plan
No answered item is below "fully in place"; there is nothing to plan.`},
	}
	for _, tt := range tests {
		t.Run(tt.format.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := template.Default().ScoreReport(&b, tt.format, d); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("score report (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreReportRejectsBadData(t *testing.T) {
	good, err := template.ScoreReportOf(bat.Instrument(), &lastBAT, thisBAT)
	if err != nil {
		t.Fatal(err)
	}
	misdated := good
	misdated.Scores.Date = "2028-01-01"
	tests := []struct {
		name string
		data template.ScoreReportData
	}{
		{"zero data", template.ScoreReportData{}},
		{"comparison for another date", misdated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := template.Default().ScoreReport(&b, template.Text, tt.data)
			if !errors.Is(err, template.ErrInvalid) || b.Len() != 0 {
				t.Errorf("ScoreReport() = %v, wrote %d bytes, want ErrInvalid and nothing written", err, b.Len())
			}
		})
	}
}

func TestScoreReportReplacementIsChecked(t *testing.T) {
	_, err := template.New(template.Replace(template.NameScoreReport, "{{.Scores.Totl}}"))
	var e *template.Error
	if !errors.Is(err, template.ErrMissingField) || !errors.As(err, &e) || e.Template != template.NameScoreReport {
		t.Errorf("New(Replace with a missing field) error = %v, want ErrMissingField for %q", err, template.NameScoreReport)
	}
	s, err := template.New(template.Replace(template.NameScoreReport, "{{.Instrument}} {{percent .Scores.Total.Percent}}"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := template.ScoreReportOf(bat.Instrument(), nil, thisBAT)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := s.ScoreReport(&b, template.Text, d); err != nil || b.String() != "Benchmarks for Advanced Tiers 97.3%" {
		t.Errorf("replaced score report = %q, %v", b.String(), err)
	}
}

func TestScoreReportOfErrors(t *testing.T) {
	if _, err := template.ScoreReportOf(nil, nil, thisBAT); !errors.Is(err, template.ErrInvalid) {
		t.Errorf("ScoreReportOf(nil instrument) error = %v, want template.ErrInvalid", err)
	}
	incomplete := thisBAT
	incomplete.Answers = incomplete.Answers[:10]
	if _, err := template.ScoreReportOf(bat.Instrument(), nil, incomplete); !errors.Is(err, instrument.ErrUnanswered) {
		t.Errorf("ScoreReportOf(incomplete) error = %v, want instrument.ErrUnanswered", err)
	}
	if _, err := template.ScoreReportOf(bat.Instrument(), &thisBAT, lastBAT); !errors.Is(err, rubric.ErrInvalid) {
		t.Errorf("ScoreReportOf(previous after current) error = %v, want rubric.ErrInvalid", err)
	}
}

func TestScoreReportHelpers(t *testing.T) {
	changes := []struct {
		delta float64
		want  string
	}{
		{16.666, "up 16.7 points"}, {-50, "down 50 points"}, {0.04, "no change"}, {-0.04, "no change"}, {0, "no change"},
		{0.05, "up 0.1 points"}, {-33.333, "down 33.3 points"}, {math.NaN(), "%!PointsChange(NaN)"},
	}
	for _, tt := range changes {
		if got := template.PointsChange(tt.delta); got != tt.want {
			t.Errorf("PointsChange(%v) = %q, want %q", tt.delta, got, tt.want)
		}
	}
	lists := []struct {
		items []int
		want  string
	}{{nil, ""}, {[]int{4}, "4"}, {[]int{4, 17}, "4 and 17"}, {[]int{4, 17, 56}, "4, 17, and 56"}}
	for _, tt := range lists {
		if got := template.ItemNumbers(tt.items); got != tt.want {
			t.Errorf("ItemNumbers(%v) = %q, want %q", tt.items, got, tt.want)
		}
	}
	for in, want := range map[string]string{"": template.Blank, " \t": template.Blank, "Ms. Ruiz": "Ms. Ruiz"} {
		if got := template.OrBlank(in); got != want {
			t.Errorf("OrBlank(%q) = %q, want %q", in, got, want)
		}
		if got := template.StudentName(in); got != want {
			t.Errorf("StudentName(%q) = %q, want %q, as OrBlank", in, got, want)
		}
	}
}
