package rubric_test

import (
	"database/sql"
	"database/sql/driver"
	"testing"
	"time"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

var (
	_ sql.Scanner   = (*rubric.TEP)(nil)
	_ sql.Scanner   = (*rubric.Intensity)(nil)
	_ sql.Scanner   = (*rubric.SoftSkill)(nil)
	_ driver.Valuer = rubric.TEP(0)
	_ driver.Valuer = rubric.Intensity(0)
	_ driver.Valuer = rubric.SoftSkill(0)
)

func TestScan(t *testing.T) {
	tests := []struct {
		name    string
		src     any
		want    rubric.Intensity
		wantErr error
	}{
		{"NULL is unrated", nil, 0, nil},
		{"integer", int64(4), rubric.IntensityHigh, nil},
		{"text number", "2", rubric.IntensityMild, nil},
		{"bytes label", []byte("Extreme"), rubric.IntensityExtreme, nil},
		{"empty text is unrated", "", 0, nil},
		{"zero integer", int64(0), 0, rubric.ErrOutOfRange},
		{"integer above", int64(6), 0, rubric.ErrOutOfRange},
		{"integer that wraps a byte", int64(259), 0, rubric.ErrOutOfRange},
		{"negative integer", int64(-3), 0, rubric.ErrOutOfRange},
		{"huge integer", int64(1 << 62), 0, rubric.ErrOutOfRange},
		{"text out of range", "7", 0, rubric.ErrOutOfRange},
		{"unknown text", "lots", 0, rubric.ErrUnknownLabel},
		{"float", 3.0, 0, rubric.ErrUnsupportedType},
		{"bool", true, 0, rubric.ErrUnsupportedType},
		{"time", time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), 0, rubric.ErrUnsupportedType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := rubric.IntensityMinimal // a failed Scan must not change it
			if tc.wantErr == nil {
				got = 0
			}
			err := got.Scan(tc.src)
			if tc.wantErr != nil && got != rubric.IntensityMinimal {
				t.Errorf("failed Scan(%#v) changed the value to %v", tc.src, got)
			}
			if tc.wantErr == nil && got != tc.want {
				t.Errorf("Scan(%#v) = %v, want %v", tc.src, got, tc.want)
			}
			if testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("Scan(%#v) error = %v, want %v", tc.src, err, tc.wantErr)
			}
		})
	}
}

func TestScanTEPAndSoftSkill(t *testing.T) {
	var tep rubric.TEP
	if err := tep.Scan(int64(5)); err != nil || tep != rubric.TEPExcellent {
		t.Errorf("TEP.Scan(5) = %v, %v; want %v, nil", tep, err, rubric.TEPExcellent)
	}
	if err := tep.Scan(int64(300)); testcheck.ParseErrorKind(err) != rubric.ErrOutOfRange {
		t.Errorf("TEP.Scan(300) error = %v, want %v", err, rubric.ErrOutOfRange)
	}
	var skill rubric.SoftSkill
	if err := skill.Scan([]byte("emerging")); err != nil || skill != rubric.SoftSkillEmerging {
		t.Errorf("SoftSkill.Scan(emerging) = %v, %v; want %v, nil", skill, err, rubric.SoftSkillEmerging)
	}
	if err := skill.Scan(nil); err != nil || skill != 0 {
		t.Errorf("SoftSkill.Scan(nil) = %v, %v; want unrated, nil", skill, err)
	}
}

func TestValue(t *testing.T) {
	tests := []struct {
		name    string
		v       driver.Valuer
		want    driver.Value
		wantErr error
	}{
		{"unrated TEP is NULL", rubric.TEP(0), nil, nil},
		{"TEP", rubric.TEPGood, int64(4), nil},
		{"Intensity", rubric.IntensityMinimal, int64(1), nil},
		{"SoftSkill", rubric.SoftSkillGeneralized, int64(5), nil},
		{"TEP off the scale", rubric.TEP(9), nil, rubric.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.v.Value()
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("Value() = %#v, %v; want %#v, %v", got, err, tc.want, tc.wantErr)
			}
			if err == nil && !driver.IsValue(got) {
				t.Errorf("Value() = %#v is not a driver.Value", got)
			}
		})
	}
}
