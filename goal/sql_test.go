package goal_test

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"testing"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"pgregory.net/rapid"
)

// checkSQLRoundTrip checks that v's column value scans back to v, and
// that NULL scans to the zero value.
func checkSQLRoundTrip[T comparable, P interface {
	*T
	sql.Scanner
}](t interface {
	Helper()
	Fatalf(string, ...any)
}, v T) {
	t.Helper()
	val, err := any(v).(driver.Valuer).Value()
	if err != nil {
		t.Fatalf("%T(%v).Value() error = %v", v, v, err)
	}
	var zero, got T
	if val == nil && v != zero {
		t.Fatalf("%T(%v).Value() = NULL for a set value", v, v)
	}
	if err := P(&got).Scan(val); err != nil || got != v {
		t.Fatalf("Scan(%#v) = %v, %v; want %v", val, got, err, v)
	}
	got = v
	if err := P(&got).Scan(nil); err != nil || got != zero {
		t.Fatalf("Scan(NULL) = %v, %v; want the zero value", got, err)
	}
}

// TestSQLRoundTrips: every stored value type of package goal goes into a
// column and comes back unchanged, the zero value as NULL.
func TestSQLRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		checkSQLRoundTrip(t, rapid.OneOf(rapid.Just(goal.Date{}), gen.Date()).Draw(t, "date"))
		checkSQLRoundTrip(t, gen.Deadline().Draw(t, "deadline"))
		checkSQLRoundTrip(t, rapid.OneOf(rapid.Just(goal.Support{}), gen.Support()).Draw(t, "support"))
		checkSQLRoundTrip(t, rapid.SampledFrom(append(goal.Terms(), 0)).Draw(t, "term"))
		checkSQLRoundTrip(t, rapid.SampledFrom(append(goal.Stages(), 0)).Draw(t, "stage"))
		checkSQLRoundTrip(t, rapid.SampledFrom(append(goal.Targets(), 0)).Draw(t, "target"))
		checkSQLRoundTrip(t, rapid.SampledFrom(append(goal.Roles(), 0)).Draw(t, "role"))
		checkSQLRoundTrip(t, rapid.SampledFrom([]goal.Measure{0, goal.MeasureTEP, goal.MeasureSoftSkill}).Draw(t, "measure"))
		checkSQLRoundTrip(t, goal.StudentID(rapid.StringMatching(`(S-[0-9]{1,6})?`).Draw(t, "student")))
	})
}

func TestSQLScan(t *testing.T) {
	var d goal.Date
	if err := d.Scan(time.Date(2027, time.March, 13, 0, 0, 0, 0, time.UTC)); err != nil || d != march13 {
		t.Errorf("Date.Scan(time.Time) = %v, %v; want %v", d, err, march13)
	}
	if v, err := march13.Value(); err != nil || v != "2027-03-13" {
		t.Errorf("Date.Value() = %#v, %v; want the text 2027-03-13", v, err)
	}
	for name, scan := range map[string]func() error{
		"Date from an int":          func() error { return d.Scan(int64(20270313)) },
		"Date from bad text":        func() error { return d.Scan("2027-02-30") },
		"Stage from a float":        func() error { var s goal.Stage; return s.Scan(1.5) },
		"Stage from unknown text":   func() error { var s goal.Stage; return s.Scan([]byte("stage nine")) },
		"Support from bad text":     func() error { var s goal.Support; return s.Scan("6-or-less") },
		"StudentID padded":          func() error { var id goal.StudentID; return id.Scan("S1 ") },
		"StudentID from an integer": func() error { var id goal.StudentID; return id.Scan(int64(7)) },
	} {
		var fe *goal.FieldError
		if err := scan(); !errors.As(err, &fe) {
			t.Errorf("%s: error = %v, want a *goal.FieldError", name, err)
		}
	}
	if d != march13 {
		t.Errorf("a failed Scan changed the Date to %v", d)
	}
	if _, err := goal.StudentID("S1\n").Value(); !errors.Is(err, goal.ErrBadStudentID) {
		t.Errorf("StudentID(\"S1\\n\").Value() error = %v, want ErrBadStudentID", err)
	}
}
