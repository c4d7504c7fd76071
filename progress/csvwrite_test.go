package progress_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// TestAppendCSVFieldProperty: any text written as a field reads back
// unchanged through encoding/csv beside another field, a CR LF as LF.
func TestAppendCSVFieldProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := rapid.OneOf(rapid.String(), rapid.StringMatching(`[a ,"\r\n\t]{0,12}`)).Draw(t, "s")
		line := string(progress.AppendCSVField(nil, s)) + ",next\n"
		rec, err := csv.NewReader(strings.NewReader(line)).Read()
		if want := strings.ReplaceAll(s, "\r\n", "\n"); err != nil || len(rec) != 2 || rec[0] != want {
			t.Fatalf("csv read of %q = %q, %v; want [%q next]", line, rec, err, want)
		}
	})
}

// checkIntervalCSV writes iv with the CSV writer and reads it back twice:
// through encoding/csv, field by field, and through ReadIntervals.
func checkIntervalCSV(t interface {
	Fatalf(string, ...any)
	Fatal(...any)
}, iv progress.Interval) {
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, progress.FormatCSV, profileElements)
	if err := w.Write(iv); err != nil {
		return // not a valid interval: nothing is written
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil || len(recs) != 2 {
		t.Fatalf("encoding/csv reads %q: %v, %v", buf.String(), recs, err)
	}
	lv := func(v uint8) string {
		if v == 0 {
			return ""
		}
		return fmt.Sprint(v)
	}
	want := []string{string(iv.Student), iv.Date.String(), iv.Period, fmt.Sprint(iv.Minutes), lv(uint8(iv.TEP)), lv(uint8(iv.Intensity))}
	for _, e := range profileElements.Elements() {
		want = append(want, lv(uint8(iv.Profile.Get(e))))
	}
	if diff := cmp.Diff(want, recs[1]); diff != "" {
		t.Fatalf("encoding/csv fields of %q (-want +got):\n%s", buf.String(), diff)
	}
	ro := progress.ReadOptions{AllowUnrecordedIntensity: true}
	for got, err := range progress.ReadIntervals(bytes.NewReader(buf.Bytes()), ro) {
		if err != nil || !cmp.Equal(iv, got, dateEqual, cmp.Comparer(func(a, b rubric.SupportProfile) bool { return a == b })) {
			t.Fatalf("ReadIntervals of %q = %+v, %v; want %+v", buf.String(), got, err, iv)
		}
	}
}

// FuzzIntervalCSVRoundTrip: whatever the student ID and period label hold
// (commas, quotes, line breaks, white space, any UTF-8), a written
// interval reads back unchanged through encoding/csv and ReadIntervals.
func FuzzIntervalCSVRoundTrip(f *testing.F) {
	f.Add("S1", "1", 50, uint8(4), uint8(2), uint8(3))
	f.Add(`a,"b"`, " lead, trail ", 600, uint8(0), uint8(0), uint8(0))
	f.Add("élève\u00a07", "math\r\nart", 1, uint8(5), uint8(5), uint8(1))
	f.Fuzz(func(t *testing.T, student, period string, minutes int, tep, intensity, visual uint8) {
		iv := progress.Interval{Student: goal.StudentID(student), Date: goal.MustDate(2027, 3, 1), Period: period, Minutes: minutes,
			TEP: rubric.TEP(tep % 6), Intensity: rubric.Intensity(intensity % 6)}
		iv.Profile = iv.Profile.With(rubric.Visual, rubric.Intensity(visual%6))
		checkIntervalCSV(t, iv)
	})
}

// TestIntervalCSVRoundTripProperty is the fuzz target's property over the
// tests' generators.
func TestIntervalCSVRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) { checkIntervalCSV(t, genInterval.Draw(t, "interval")) })
}
