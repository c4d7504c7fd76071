package goal_test

import (
	"errors"
	"testing"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"pgregory.net/rapid"
)

func TestCalendarResolve(t *testing.T) {
	for _, tc := range []struct {
		name   string
		d      goal.Deadline
		want   goal.Date
		wantOK bool
	}{
		{"date", goal.By(march13), march13, true},
		{"known term", goal.ByEndOf(goal.Trimester2), goal.MustDate(2027, time.March, 5), true},
		{"school year", goal.ByEndOf(goal.SchoolYear), goal.MustDate(2027, time.June, 25), true},
		{"unknown term", goal.ByEndOf(goal.Quarter1), goal.Date{}, false},
		{"unset", goal.Deadline{}, goal.Date{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := schoolYear.Resolve(tc.d); got != tc.want || ok != tc.wantOK {
				t.Errorf("Resolve(%v) = %v, %v; want %v, %v", tc.d, got, ok, tc.want, tc.wantOK)
			}
		})
	}
	if _, ok := (goal.Calendar{}).Resolve(goal.ByEndOf(goal.Trimester1)); ok {
		t.Error("the zero Calendar resolved a term")
	}
}

func TestCalendarCompare(t *testing.T) {
	t2, t3 := goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)
	for _, tc := range []struct {
		name   string
		a, b   goal.Deadline
		want   int
		wantOK bool
	}{
		{"date after term end", goal.By(march13), t2, 1, true},
		{"date before term end", goal.By(march13), t3, -1, true},
		{"terms without dates compare by place in year", goal.ByEndOf(goal.Quarter1), goal.ByEndOf(goal.Semester1), -1, true},
		{"date against unknown term", goal.By(march13), goal.ByEndOf(goal.Quarter3), 0, false},
		{"unset", goal.Deadline{}, t2, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := schoolYear.Order(tc.a, tc.b); got != tc.want || ok != tc.wantOK {
				t.Errorf("Compare(%v, %v) = %d, %v; want %d, %v", tc.a, tc.b, got, ok, tc.want, tc.wantOK)
			}
		})
	}
}

func TestNewCalendarRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		ends map[goal.Term]goal.Date
		want error
	}{
		{"out of order", map[goal.Term]goal.Date{goal.Trimester1: june11, goal.Trimester2: march13}, goal.ErrInvalid},
		{"same day for different places", map[goal.Term]goal.Date{goal.Quarter1: march13, goal.Trimester1: march13}, goal.ErrInvalid},
		{"over a year", map[goal.Term]goal.Date{goal.Trimester1: goal.MustDate(2026, 1, 1), goal.SchoolYear: goal.MustDate(2027, 6, 1)}, goal.ErrInvalid},
		{"zero date", map[goal.Term]goal.Date{goal.Trimester1: {}}, goal.ErrInvalid},
		{"invalid term", map[goal.Term]goal.Date{42: march13}, goal.ErrUnknownValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := goal.NewCalendar(tc.ends); !errors.Is(err, tc.want) {
				t.Errorf("NewCalendar(%v) error = %v, want %v", tc.ends, err, tc.want)
			}
		})
	}
}

// TestCalendarAgreesWithTermOrder: resolving two term deadlines never
// reverses the order the terms have within the year.
func TestCalendarAgreesWithTermOrder(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := gen.Calendar().Draw(t, "calendar")
		a, b := goal.ByEndOf(gen.Term().Draw(t, "a")), goal.ByEndOf(gen.Term().Draw(t, "b"))
		byTerms, _ := a.Order(b)
		if got, ok := c.Order(a, b); ok && byTerms != 0 && got != byTerms {
			t.Fatalf("calendar orders %v, %v as %d; the terms say %d", a, b, got, byTerms)
		}
	})
}
