package rubric_test

import (
	"encoding/json"
	"slices"
	"testing"

	"errors"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestParseBand(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.Band[rubric.TEP]
		wantErr error
	}{
		{"hyphen", "3-5", rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), nil},
		{"en dash", "3–5", rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), nil},
		{"to", "3 to 5", rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), nil},
		{"labels", "fair to excellent", rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), nil},
		{"labels with hyphen", "Fair-Good", rubric.MustBand(rubric.TEPFair, rubric.TEPGood), nil},
		{"mixed", "2 – good", rubric.MustBand(rubric.TEPMarginal, rubric.TEPGood), nil},
		{"single level", "4", rubric.MustBand(rubric.TEPGood, rubric.TEPGood), nil},
		{"single label padded", " excellent ", rubric.MustBand(rubric.TEPExcellent, rubric.TEPExcellent), nil},
		{"spaces around hyphen", " 1 - 2 ", rubric.MustBand(rubric.TEPInadequate, rubric.TEPMarginal), nil},
		{"empty", "", rubric.Band[rubric.TEP]{}, rubric.ErrEmpty},
		{"no low end", "-5", rubric.Band[rubric.TEP]{}, rubric.ErrEmpty},
		{"no high end", "3-", rubric.Band[rubric.TEP]{}, rubric.ErrEmpty},
		{"reversed", "5-3", rubric.Band[rubric.TEP]{}, rubric.ErrInvalid},
		{"reversed labels", "excellent to fair", rubric.Band[rubric.TEP]{}, rubric.ErrInvalid},
		{"high end off the scale", "3-6", rubric.Band[rubric.TEP]{}, rubric.ErrOutOfRange},
		{"negative high end", "3--1", rubric.Band[rubric.TEP]{}, rubric.ErrOutOfRange},
		{"zero low end", "0-3", rubric.Band[rubric.TEP]{}, rubric.ErrOutOfRange},
		{"unknown label", "fair to superb", rubric.Band[rubric.TEP]{}, rubric.ErrUnknownLabel},
		{"three ends", "1-2-3", rubric.Band[rubric.TEP]{}, rubric.ErrUnknownLabel},
		{"prose", "between a 3 and 5", rubric.Band[rubric.TEP]{}, rubric.ErrUnknownLabel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseBand[rubric.TEP](tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseBand(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestParseBandOtherScales(t *testing.T) {
	got, err := rubric.ParseBand[rubric.SoftSkill]("not yet demonstrated to developing")
	want := rubric.MustBand(rubric.SoftSkillNotYetDemonstrated, rubric.SoftSkillDeveloping)
	if got != want || err != nil {
		t.Errorf("ParseBand[SoftSkill] = %v, %v; want %v, nil", got, err, want)
	}
	if _, err := rubric.ParseBand[rubric.Intensity]("fair-good"); testcheck.ParseErrorKind(err) != rubric.ErrUnknownLabel {
		t.Errorf("ParseBand[Intensity](TEP labels) error = %v, want %v", err, rubric.ErrUnknownLabel)
	}
}

func TestNewBand(t *testing.T) {
	tests := []struct {
		name      string
		low, high rubric.Intensity
		wantErr   error
	}{
		{"range", rubric.IntensityHigh, rubric.IntensityExtreme, nil},
		{"single level", rubric.IntensityModerate, rubric.IntensityModerate, nil},
		{"reversed", rubric.IntensityExtreme, rubric.IntensityHigh, rubric.ErrInvalid},
		{"unrated low end", 0, rubric.IntensityHigh, rubric.ErrOutOfRange},
		{"high end off the scale", rubric.IntensityHigh, 6, rubric.ErrOutOfRange},
		{"both unset", 0, 0, rubric.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := rubric.NewBand(tc.low, tc.high)
			if testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Fatalf("NewBand(%d, %d) error = %v, want %v", tc.low, tc.high, err, tc.wantErr)
			}
			if err != nil {
				if !b.IsZero() {
					t.Errorf("NewBand(%d, %d) = %v with an error, want the zero band", tc.low, tc.high, b)
				}
				return
			}
			if b.Low() != tc.low || b.High() != tc.high || !b.IsValid() || b.Validate() != nil {
				t.Errorf("NewBand(%d, %d) = %v (valid %t)", tc.low, tc.high, b, b.IsValid())
			}
		})
	}
}

func TestAtMostAtLeast(t *testing.T) {
	tests := []struct {
		name string
		got  rubric.Band[rubric.Intensity]
		want rubric.Band[rubric.Intensity]
	}{
		{"4 or less", rubric.MustAtMost(rubric.IntensityHigh), rubric.MustBand(rubric.IntensityMinimal, rubric.IntensityHigh)},
		{"1 or less", rubric.MustAtMost(rubric.IntensityMinimal), rubric.MustBand(rubric.IntensityMinimal, rubric.IntensityMinimal)},
		{"4 or more", rubric.MustAtLeast(rubric.IntensityHigh), rubric.MustBand(rubric.IntensityHigh, rubric.IntensityExtreme)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

// TestAtMostAtLeastReject checks that the one-sided constructors never
// return the zero band silently: a level off the scale is an error naming
// the end at fault.
func TestAtMostAtLeastReject(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func() (rubric.Band[rubric.Intensity], error)
	}{
		{"at most unrated", func() (rubric.Band[rubric.Intensity], error) { return rubric.AtMost(rubric.Intensity(0)) }},
		{"at most 9", func() (rubric.Band[rubric.Intensity], error) { return rubric.AtMost(rubric.Intensity(9)) }},
		{"at least off the scale", func() (rubric.Band[rubric.Intensity], error) { return rubric.AtLeast(rubric.Intensity(7)) }},
	} {
		b, err := tc.make()
		var pe *rubric.ParseError
		if !errors.Is(err, rubric.ErrOutOfRange) || !errors.As(err, &pe) || !b.IsZero() {
			t.Errorf("%s = %v, %v; want the zero band and a *ParseError wrapping ErrOutOfRange", tc.name, b, err)
		}
	}
	if _, err := rubric.AtLeast(rubric.TEP(9)); !errors.Is(err, rubric.ErrOutOfRange) {
		t.Errorf("AtLeast(TEP(9)) error = %v, want ErrOutOfRange", err)
	}
}

func TestBandContains(t *testing.T) {
	fairToExcellent := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	var in []rubric.TEP
	for _, v := range append([]rubric.TEP{0, 6}, rubric.TEPLevels()...) {
		if fairToExcellent.Contains(v) {
			in = append(in, v)
		}
	}
	if want := []rubric.TEP{3, 4, 5}; !slices.Equal(in, want) {
		t.Errorf("3-5 contains %v, want %v", in, want)
	}
	var zero rubric.Band[rubric.TEP]
	for _, v := range append([]rubric.TEP{0}, rubric.TEPLevels()...) {
		if zero.Contains(v) {
			t.Errorf("the zero band contains %v", v)
		}
	}
}

func TestBandTextAndJSON(t *testing.T) {
	tests := []struct {
		name     string
		band     rubric.Band[rubric.TEP]
		text     string
		json     string
		str      string
		validErr error
	}{
		{"range", rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent), "3-5", `"3-5"`, "3-5", nil},
		{"single level", rubric.MustBand(rubric.TEPGood, rubric.TEPGood), "4-4", `"4-4"`, "4-4", nil},
		{"zero", rubric.Band[rubric.TEP]{}, "", `null`, "unset", rubric.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, err := tc.band.MarshalText()
			if string(text) != tc.text || err != nil {
				t.Errorf("MarshalText() = %q, %v; want %q, nil", text, err, tc.text)
			}
			data, err := json.Marshal(tc.band)
			if string(data) != tc.json || err != nil {
				t.Errorf("json.Marshal = %s, %v; want %s, nil", data, err, tc.json)
			}
			if got := tc.band.String(); got != tc.str {
				t.Errorf("String() = %q, want %q", got, tc.str)
			}
			if got := testcheck.ParseErrorKind(tc.band.Validate()); got != tc.validErr {
				t.Errorf("Validate() kind = %v, want %v", got, tc.validErr)
			}
			testcheck.TextRoundTrip(t, tc.band)
			testcheck.JSONRoundTrip(t, tc.band)
		})
	}
}

func TestBandUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.Band[rubric.SoftSkill]
		wantErr error
	}{
		{"string", `"2-3"`, rubric.MustBand(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping), nil},
		{"labels", `"emerging to developing"`, rubric.MustBand(rubric.SoftSkillEmerging, rubric.SoftSkillDeveloping), nil},
		{"null", `null`, rubric.Band[rubric.SoftSkill]{}, nil},
		{"empty string", `""`, rubric.Band[rubric.SoftSkill]{}, nil},
		{"reversed", `"4-2"`, rubric.Band[rubric.SoftSkill]{}, rubric.ErrInvalid},
		{"number", `3`, rubric.Band[rubric.SoftSkill]{}, rubric.ErrUnsupportedType},
		{"not JSON", `"2-3`, rubric.Band[rubric.SoftSkill]{}, rubric.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got rubric.Band[rubric.SoftSkill]
			err := got.UnmarshalJSON([]byte(tc.in))
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestBandCompare(t *testing.T) {
	bands := []rubric.Band[rubric.TEP]{
		rubric.MustBand(rubric.TEPGood, rubric.TEPExcellent),
		rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		rubric.MustBand(rubric.TEPFair, rubric.TEPGood),
		{},
	}
	slices.SortFunc(bands, rubric.Band[rubric.TEP].Compare)
	want := []rubric.Band[rubric.TEP]{
		{},
		rubric.MustBand(rubric.TEPFair, rubric.TEPGood),
		rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent),
		rubric.MustBand(rubric.TEPGood, rubric.TEPExcellent),
	}
	if !slices.Equal(bands, want) {
		t.Errorf("sorted = %v, want %v", bands, want)
	}
}
