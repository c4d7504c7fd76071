package template_test

import (
	"errors"
	"math"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/template"
)

func TestResultValidate(t *testing.T) {
	from, to := goal.MustDate(2027, time.March, 1), goal.MustDate(2027, time.March, 12)
	ok := template.Result{Status: goal.StatusNotMet, Percent: 80, HasPercent: true, From: from, To: to, RatedDays: 10, SetbackDays: 2}
	with := func(change func(r *template.Result)) template.Result {
		r := ok
		change(&r)
		return r
	}
	tests := []struct {
		name   string
		r      template.Result
		fields []string // the fields the errors name, in order; nil for a valid result
	}{
		{"valid", ok, nil},
		{"nothing rated", template.Result{Status: goal.StatusNotEnoughData}, nil},
		{"open window", with(func(r *template.Result) { r.From, r.To = goal.Date{}, goal.Date{} }), nil},
		{"zero value", template.Result{}, []string{"Status"}},
		{"unknown status", with(func(r *template.Result) { r.Status = 9 }), []string{"Status"}},
		{"percent over 100", with(func(r *template.Result) { r.Percent = 100.5 }), []string{"Percent"}},
		{"negative percent", with(func(r *template.Result) { r.Percent = -1 }), []string{"Percent"}},
		{"NaN percent", with(func(r *template.Result) { r.Percent = math.NaN() }), []string{"Percent"}},
		{"percent without HasPercent", template.Result{Status: goal.StatusNotEnoughData, Percent: 40}, []string{"Percent"}},
		{"judged without a percent", template.Result{Status: goal.StatusMet}, []string{"HasPercent"}},
		{"window backwards", with(func(r *template.Result) { r.From, r.To = to, from }), []string{"From"}},
		{"negative rated days", with(func(r *template.Result) { r.RatedDays, r.SetbackDays = -1, 0 }), []string{"RatedDays"}},
		{"percent with no rated day", with(func(r *template.Result) { r.RatedDays, r.SetbackDays = 0, 0 }), []string{"RatedDays"}},
		{"rated days without a percent", template.Result{Status: goal.StatusNotEnoughData, RatedDays: 2}, nil},
		{"more setbacks than rated days", with(func(r *template.Result) { r.SetbackDays = 11 }), []string{"SetbackDays"}},
		{"several problems", template.Result{Status: goal.StatusMet, Percent: 101, HasPercent: true, SetbackDays: -1},
			[]string{"Percent", "RatedDays", "SetbackDays"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.r.Validate()
			var fields []string
			if err != nil {
				for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
					var re *template.ResultError
					if !errors.As(e, &re) || !errors.Is(e, template.ErrInvalid) {
						t.Errorf("Validate error %v (%T) is not a *ResultError wrapping ErrInvalid", e, e)
						continue
					}
					fields = append(fields, re.Field)
				}
			}
			if diff := cmp.Diff(tt.fields, fields); diff != "" {
				t.Errorf("Validate(%+v) fields mismatch (-want +got):\n%s (error: %v)", tt.r, diff, err)
			}
		})
	}
}

// TestResultMet checks Met against every status (goal.Status itself is
// tested in package goal).
func TestResultMet(t *testing.T) {
	for _, s := range append(goal.Statuses(), 0) {
		if got, want := (template.Result{Status: s}).Met(), s == goal.StatusMet; got != want {
			t.Errorf("Result{Status: %q}.Met() = %v, want %v", s, got, want)
		}
	}
}

func TestFormatString(t *testing.T) {
	for f, want := range map[template.Format]string{0: "%!Format(0)", template.Text: "text", template.HTML: "html", 3: "%!Format(3)"} {
		if got := f.String(); got != want || f.IsValid() != (want == "text" || want == "html") {
			t.Errorf("Format(%d).String() = %q, IsValid %v; want %q", uint8(f), got, f.IsValid(), want)
		}
	}
}
