package goal_test

import (
	"errors"
	"testing"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"pgregory.net/rapid"
)

func TestDateISOWeek(t *testing.T) {
	for _, tc := range []struct {
		date           string
		wantYear, week int
	}{
		{"2026-12-28", 2026, 53}, // 2026 has 53 ISO weeks (it starts on a Thursday)
		{"2026-12-31", 2026, 53},
		{"2027-01-01", 2026, 53}, // a Friday: still week 53 of 2026
		{"2027-01-03", 2026, 53},
		{"2027-01-04", 2027, 1},
		{"2020-12-31", 2020, 53}, // leap year starting on a Wednesday
		{"2021-01-03", 2020, 53},
		{"2024-12-30", 2025, 1}, // a Monday whose Thursday is in 2025
		{"2025-12-29", 2026, 1},
		{"2027-03-13", 2027, 10},
		{"2000-01-01", 1999, 52},
		{"0001-01-01", 1, 1},
		{"9999-12-31", 9999, 52},
	} {
		t.Run(tc.date, func(t *testing.T) {
			d, err := goal.ParseDate(tc.date)
			if err != nil {
				t.Fatal(err)
			}
			if y, w := d.ISOWeek(); y != tc.wantYear || w != tc.week {
				t.Errorf("ParseDate(%q).ISOWeek() = %d, %d, want %d, %d", tc.date, y, w, tc.wantYear, tc.week)
			}
		})
	}
}

func TestDateAgreesWithTime(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Date().Draw(t, "date")
		tm := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC)
		y, w := tm.ISOWeek()
		if gy, gw := d.ISOWeek(); gy != y || gw != w {
			t.Fatalf("%v.ISOWeek() = %d, %d; time says %d, %d", d, gy, gw, y, w)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v; time says %v", d, d.Weekday(), tm.Weekday())
		}
		if got := goal.DateFromTime(tm); got != d {
			t.Fatalf("DateFromTime(%v) = %v, want %v", tm, got, d)
		}
		n := rapid.IntRange(-400, 400).Draw(t, "days")
		if got, want := d.AddDays(n), goal.DateFromTime(tm.AddDate(0, 0, n)); got != want || got.DaysSince(d) != n {
			t.Fatalf("%v.AddDays(%d) = %v, want %v", d, n, got, want)
		}
	})
}

func TestDateTextRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := gen.Date().Draw(t, "date")
		text, err := d.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back goal.Date
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, d)
		}
		if p, err := goal.ParseDate(d.String()); err != nil || p != d {
			t.Fatalf("ParseDate(%q) = %v, %v", d, p, err)
		}
	})
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{"", "2027-02-29", "2024-02-30", "2027-13-01", "0000-01-01", "2027-1-01", "2027/01/01", "２０２７-01-01", "+027-01-01", "2027-01-01T00:00"} {
		d, err := goal.ParseDate(in)
		if err == nil || !errors.Is(err, goal.ErrBadDate) {
			t.Errorf("ParseDate(%q) = %v, %v; want an error wrapping ErrBadDate", in, d, err)
		}
		var fe *goal.FieldError
		if !errors.As(err, &fe) || fe.Field != "date" || fe.Value != in {
			t.Errorf("ParseDate(%q) error = %#v, want a *goal.FieldError for \"date\" holding the input", in, err)
		}
	}
}

func TestParseDateDoesNotAllocate(t *testing.T) {
	b := []byte("2027-03-13")
	if n := testing.AllocsPerRun(100, func() { _, _ = goal.ParseDateBytes(b) }); n != 0 {
		t.Errorf("ParseDateBytes allocates %v times, want 0", n)
	}
}

// FuzzParseDate checks ParseDate against time.Parse: they accept the same
// ten-byte dates, and an accepted date formats back to its input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2027-03-13", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2027-00-10", "abcd-ef-gh", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := goal.ParseDate(s)
		tm, terr := time.Parse(time.DateOnly, s)
		strict := terr == nil && len(s) == 10 && tm.Year() >= 1
		if (err == nil) != strict {
			t.Fatalf("ParseDate(%q) error = %v, but time.Parse error = %v", s, err, terr)
		}
		if err != nil {
			return
		}
		if d.String() != s || d != goal.DateFromTime(tm) {
			t.Fatalf("ParseDate(%q) = %v; time.Parse gives %v", s, d, tm)
		}
	})
}

func TestAddDaysOutOfRange(t *testing.T) {
	tests := []struct {
		name string
		d    goal.Date
		n    int
		want goal.Date
	}{
		{"past year 9999", goal.MustDate(9999, time.December, 31), 1, goal.Date{}},
		{"before year 1", goal.MustDate(1, time.January, 1), -1, goal.Date{}},
		{"last day", goal.MustDate(9999, time.December, 30), 1, goal.MustDate(9999, time.December, 31)},
		{"zero stays zero", goal.Date{}, 5, goal.Date{}},
		{"huge step", goal.MustDate(2027, time.March, 13), 1 << 40, goal.Date{}},
	}
	for _, tt := range tests {
		if got := tt.d.AddDays(tt.n); got != tt.want {
			t.Errorf("%s: %v.AddDays(%d) = %v, want %v", tt.name, tt.d, tt.n, got, tt.want)
		}
	}
}

func TestDateFromOrdinal(t *testing.T) {
	first, last := goal.MustDate(1, time.January, 1), goal.MustDate(9999, time.December, 31)
	tests := []struct {
		name string
		n    int
		want goal.Date
	}{
		{"the first date", first.Ordinal(), first},
		{"the last date", last.Ordinal(), last},
		{"before the first", first.Ordinal() - 1, goal.Date{}},
		{"after the last", last.Ordinal() + 1, goal.Date{}},
		{"zero", 0, goal.Date{}},
	}
	for _, tt := range tests {
		if got := goal.DateFromOrdinal(tt.n); got != tt.want {
			t.Errorf("%s: DateFromOrdinal(%d) = %v, want %v", tt.name, tt.n, got, tt.want)
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		d := first.AddDays(rapid.IntRange(0, last.DaysSince(first)).Draw(t, "day"))
		if got := goal.DateFromOrdinal(d.Ordinal()); got != d {
			t.Fatalf("DateFromOrdinal(%v.Ordinal()) = %v", d, got)
		}
	})
}
