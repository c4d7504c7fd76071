package rubric_test

import (
	"encoding/json"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestParseTEP(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.TEP
		wantErr error
	}{
		{"number", "3", rubric.TEPFair, nil},
		{"lowest number", "1", rubric.TEPInadequate, nil},
		{"highest number", "5", rubric.TEPExcellent, nil},
		{"leading zero is still the number", "04", rubric.TEPGood, nil},
		{"program label", "excellent", rubric.TEPExcellent, nil},
		{"label ignores case", "FaIr", rubric.TEPFair, nil},
		{"library label", "marginal", rubric.TEPMarginal, nil},
		{"zero is not a level", "0", 0, rubric.ErrOutOfRange},
		{"above the scale", "6", 0, rubric.ErrOutOfRange},
		{"negative", "-2", 0, rubric.ErrOutOfRange},
		{"beyond int64", "123456789012345678901234567890", 0, rubric.ErrOutOfRange},
		{"empty", "", 0, rubric.ErrEmpty},
		{"unknown label", "great", 0, rubric.ErrUnknownLabel},
		{"padded number", " 3", 0, rubric.ErrUnknownLabel},
		{"plus sign", "+3", 0, rubric.ErrUnknownLabel},
		{"fraction", "3.5", 0, rubric.ErrUnknownLabel},
		{"another scale's label", "moderate", 0, rubric.ErrUnknownLabel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseTEP(tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseTEP(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestParseIntensity(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.Intensity
		wantErr error
	}{
		{"number", "2", rubric.IntensityMild, nil},
		{"program label minimal", "minimal", rubric.IntensityMinimal, nil},
		{"program label extreme", "Extreme", rubric.IntensityExtreme, nil},
		{"library label", "HIGH", rubric.IntensityHigh, nil},
		{"above the scale", "9", 0, rubric.ErrOutOfRange},
		{"empty", "", 0, rubric.ErrEmpty},
		{"TEP label", "fair", 0, rubric.ErrUnknownLabel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseIntensity(tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseIntensity(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestParseSoftSkill(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.SoftSkill
		wantErr error
	}{
		{"number", "4", rubric.SoftSkillProficient, nil},
		{"label with spaces", "Not Yet Demonstrated", rubric.SoftSkillNotYetDemonstrated, nil},
		{"full top label", "generalized across settings", rubric.SoftSkillGeneralized, nil},
		{"part of a label", "generalized", 0, rubric.ErrUnknownLabel},
		{"zero", "0", 0, rubric.ErrOutOfRange},
		{"empty", "", 0, rubric.ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := rubric.ParseSoftSkill(tc.in)
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("ParseSoftSkill(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestRatingString(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"valid TEP", rubric.TEPGood.String(), "4"},
		{"unrated TEP", rubric.TEP(0).String(), "unrated"},
		{"TEP off the scale", rubric.TEP(9).String(), "%!TEP(9)"},
		{"TEP far off the scale", rubric.TEP(255).String(), "%!TEP(255)"},
		{"valid Intensity", rubric.IntensityExtreme.String(), "5"},
		{"Intensity off the scale", rubric.Intensity(6).String(), "%!Intensity(6)"},
		{"unrated SoftSkill", rubric.SoftSkill(0).String(), "unrated"},
		{"SoftSkill off the scale", rubric.SoftSkill(7).String(), "%!SoftSkill(7)"},
		{"TEP label", rubric.TEPFair.Label(), "fair"},
		{"label of unrated", rubric.TEP(0).Label(), ""},
		{"label off the scale", rubric.Intensity(8).Label(), ""},
		{"Intensity label", rubric.IntensityModerate.Label(), "moderate"},
		{"SoftSkill label", rubric.SoftSkillGeneralized.Label(), "generalized across settings"},
		{"meaning off the scale", rubric.SoftSkill(9).Meaning(), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

func TestEveryLevelHasLabelAndMeaning(t *testing.T) {
	for _, v := range rubric.TEPLevels() {
		if v.Label() == "" || v.Meaning() == "" || !v.IsValid() || v.IsZero() {
			t.Errorf("TEP %v: label %q, meaning %q, valid %t", v, v.Label(), v.Meaning(), v.IsValid())
		}
	}
	for _, v := range rubric.IntensityLevels() {
		if v.Label() == "" || v.Meaning() == "" || !v.IsValid() || v.IsZero() {
			t.Errorf("Intensity %v: label %q, meaning %q, valid %t", v, v.Label(), v.Meaning(), v.IsValid())
		}
	}
	for _, v := range rubric.SoftSkillLevels() {
		if v.Label() == "" || v.Meaning() == "" || !v.IsValid() || v.IsZero() {
			t.Errorf("SoftSkill %v: label %q, meaning %q, valid %t", v, v.Label(), v.Meaning(), v.IsValid())
		}
	}
}

func TestRatingZeroValueEncodings(t *testing.T) {
	var tep rubric.TEP
	if text, err := tep.MarshalText(); err != nil || len(text) != 0 {
		t.Errorf("TEP(0).MarshalText() = %q, %v; want empty, nil", text, err)
	}
	if data, err := json.Marshal(rubric.Intensity(0)); err != nil || string(data) != "null" {
		t.Errorf("json.Marshal(Intensity(0)) = %s, %v; want null, nil", data, err)
	}
	if v, err := rubric.SoftSkill(0).Value(); err != nil || v != nil {
		t.Errorf("SoftSkill(0).Value() = %v, %v; want nil, nil", v, err)
	}
	tep = rubric.TEPGood
	if err := tep.UnmarshalText(nil); err != nil || tep != 0 {
		t.Errorf("UnmarshalText(empty) gave %v, %v; want unrated, nil", tep, err)
	}
	type row struct {
		TEP rubric.TEP `json:"tep,omitzero"`
	}
	if data, err := json.Marshal(row{}); err != nil || string(data) != "{}" {
		t.Errorf("json.Marshal(omitzero unrated) = %s, %v; want {}", data, err)
	}
}

func TestRatingMarshalOffScale(t *testing.T) {
	tests := []struct {
		name string
		err  error
	}{
		{"TEP MarshalText", errOf(rubric.TEP(6).MarshalText())},
		{"TEP MarshalJSON", errOf(json.Marshal(rubric.TEP(6)))},
		{"Intensity AppendText", errOf(rubric.Intensity(200).AppendText(nil))},
		{"SoftSkill MarshalJSON", errOf(rubric.SoftSkill(6).MarshalJSON())},
		{"SoftSkill Value", errOf(rubric.SoftSkill(6).Value())},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := testcheck.ParseErrorKind(tc.err); got != rubric.ErrOutOfRange {
				t.Errorf("error %v is of kind %v, want %v", tc.err, got, rubric.ErrOutOfRange)
			}
		})
	}
}

func errOf[T any](_ T, err error) error { return err }

func TestRatingUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    rubric.TEP
		wantErr error
	}{
		{"number", `4`, rubric.TEPGood, nil},
		{"null is unrated", `null`, 0, nil},
		{"string number", `"3"`, rubric.TEPFair, nil},
		{"string label", `"Excellent"`, rubric.TEPExcellent, nil},
		{"escaped string", `"\u0032"`, rubric.TEPMarginal, nil},
		{"empty string is unrated", `""`, 0, nil},
		{"surrounding space", " 5\n", rubric.TEPExcellent, nil},
		{"out of range", `7`, 0, rubric.ErrOutOfRange},
		{"negative", `-1`, 0, rubric.ErrOutOfRange},
		{"zero", `0`, 0, rubric.ErrOutOfRange},
		{"string out of range", `"0"`, 0, rubric.ErrOutOfRange},
		{"unknown label", `"superb"`, 0, rubric.ErrUnknownLabel},
		{"fraction", `3.5`, 0, rubric.ErrUnsupportedType},
		{"exponent", `3e0`, 0, rubric.ErrUnsupportedType},
		{"boolean", `true`, 0, rubric.ErrUnsupportedType},
		{"array", `[3]`, 0, rubric.ErrUnsupportedType},
		{"object", `{"v":3}`, 0, rubric.ErrUnsupportedType},
		{"not JSON", `3x`, 0, rubric.ErrSyntax},
		{"unterminated string", `"3`, 0, rubric.ErrSyntax},
		{"nothing", ``, 0, rubric.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got rubric.TEP
			err := got.UnmarshalJSON([]byte(tc.in))
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("UnmarshalJSON(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}

func TestRatingsInAStruct(t *testing.T) {
	type interval struct {
		TEP       rubric.TEP       `json:"tep"`
		Intensity rubric.Intensity `json:"intensity"`
		Skill     rubric.SoftSkill `json:"skill"`
	}
	var got interval
	if err := json.Unmarshal([]byte(`{"tep":"fair","intensity":2,"skill":null}`), &got); err != nil {
		t.Fatalf("json.Unmarshal error = %v", err)
	}
	want := interval{rubric.TEPFair, rubric.IntensityMild, 0}
	if got != want {
		t.Errorf("json.Unmarshal = %+v, want %+v", got, want)
	}
	err := json.Unmarshal([]byte(`{"tep":9}`), &got)
	if testcheck.ParseErrorKind(err) != rubric.ErrOutOfRange {
		t.Errorf("json.Unmarshal(tep 9) error = %v, want %v", err, rubric.ErrOutOfRange)
	}
}

func TestLegacy2016(t *testing.T) {
	tests := []struct {
		legacy int
		want   rubric.Intensity
	}{
		{5, rubric.IntensityMinimal},
		{4, rubric.IntensityMild},
		{3, rubric.IntensityModerate},
		{2, rubric.IntensityHigh},
		{1, rubric.IntensityExtreme},
	}
	for _, tc := range tests {
		got, err := rubric.FromLegacy2016(tc.legacy)
		if got != tc.want || err != nil {
			t.Errorf("FromLegacy2016(%d) = %v, %v; want %v, nil", tc.legacy, got, err, tc.want)
		}
		if back := got.Legacy2016(); back != tc.legacy {
			t.Errorf("%v.Legacy2016() = %d, want %d", got, back, tc.legacy)
		}
	}
	for _, bad := range []int{0, 6, -1} {
		if _, err := rubric.FromLegacy2016(bad); testcheck.ParseErrorKind(err) != rubric.ErrOutOfRange {
			t.Errorf("FromLegacy2016(%d) error = %v, want %v", bad, err, rubric.ErrOutOfRange)
		}
	}
	if got := rubric.Intensity(0).Legacy2016(); got != 0 {
		t.Errorf("Intensity(0).Legacy2016() = %d, want 0", got)
	}
}

func TestMustParsePanicsOnBadInput(t *testing.T) {
	tests := []struct {
		name string
		f    func()
	}{
		{"MustParseTEP", func() { rubric.MustParseTEP("6") }},
		{"MustParseIntensity", func() { rubric.MustParseIntensity("") }},
		{"MustParseSoftSkill", func() { rubric.MustParseSoftSkill("great") }},
		{"MustBand", func() { rubric.MustBand(rubric.TEPGood, rubric.TEPFair) }},
		{"MustSkillArea", func() { rubric.MustSkillArea("Bad ID", "x") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", tc.name)
				}
			}()
			tc.f()
		})
	}
	if got := rubric.MustParseTEP("fair"); got != rubric.TEPFair {
		t.Errorf("MustParseTEP(fair) = %v, want %v", got, rubric.TEPFair)
	}
}
