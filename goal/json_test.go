package goal_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// roundTrip marshals v, unmarshals the JSON into a new value and returns it
// with the JSON.
func roundTrip[T any](t tester, v T) (T, []byte) {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%v) error: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s) error: %v", data, err)
	}
	return back, data
}

func TestJSONRoundTripIsLossless(t *testing.T) {
	t.Run("Benchmark", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			b := gen.Benchmark().Draw(t, "b")
			if back, data := roundTrip(t, b); back != b {
				t.Fatalf("%s decoded to %v, want %v", data, back, b)
			}
		})
	})
	t.Run("Goal", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			g := gen.Goal().Draw(t, "g")
			if back, data := roundTrip(t, g); !back.Equal(g) {
				t.Fatalf("%s decoded to %v, want %v", data, back, g)
			}
		})
	})
	t.Run("Plan", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			p := gen.Plan().Draw(t, "p")
			if back, data := roundTrip(t, p); !back.Equal(p) {
				t.Fatalf("%s decoded to %v, want %v", data, back, p)
			}
		})
	})
	t.Run("Calendar", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			c := gen.Calendar().Draw(t, "c")
			if back, data := roundTrip(t, c); back != c {
				t.Fatalf("%s decoded to %v, want %v", data, back, c)
			}
		})
	})
	t.Run("Stage, Support, Deadline, Date", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			type values struct {
				Stage    goal.Stage
				Support  goal.Support
				Deadline goal.Deadline
				Date     goal.Date
				Role     goal.Role
				Target   goal.Target
			}
			v := values{gen.Stage().Draw(t, "stage"), gen.Support().Draw(t, "support"), gen.Deadline().Draw(t, "deadline"),
				gen.Date().Draw(t, "date"), rapid.SampledFrom(goal.Roles()).Draw(t, "role"), rapid.SampledFrom(goal.Targets()).Draw(t, "target")}
			if back, data := roundTrip(t, v); back != v {
				t.Fatalf("%s decoded to %+v, want %+v", data, back, v)
			}
		})
	})
}

func TestBenchmarkJSONForm(t *testing.T) {
	b := goal.MustBenchmark(seedStage1Narrative[1])
	want := `{"measure":"tep","basis":"day","tep":"3-5","support":"4-5","threshold":70,"deadline":"trimester-2"}`
	data, err := json.Marshal(b)
	if err != nil || string(data) != want {
		t.Errorf("json.Marshal = %s, %v; want %s", data, err, want)
	}
	s := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: groupWork, Proficiency: skill23, Support: atMost(1), Threshold: 75, Deadline: goal.By(june11), Focus: twoFocus})
	want = `{"measure":"soft-skill","basis":"opportunities","skill":{"id":"group-work","phrase":"working successfully in a group"},"proficiency":"2-3","support":"1-or-less","threshold":75,"deadline":"2027-06-11","focus":["de-escalation","visual"]}`
	if data, err := json.Marshal(s); err != nil || string(data) != want {
		t.Errorf("json.Marshal = %s, %v; want %s", data, err, want)
	}
}

func TestJSONRejectsBadInputNamingTheField(t *testing.T) {
	const ok = `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":90}`
	for _, tc := range []struct {
		name string
		into any
		json string
		want []problem // Goal/Benchmark are -1 for a bare benchmark
	}{
		{"benchmark: unknown field", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":90,"color":"red"}`, []problem{{-1, -1, "color", goal.ErrUnknownField}}},
		{"benchmark: threshold out of range", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":101}`, []problem{{-1, -1, "threshold", rubric.ErrOutOfRange}}},
		{"benchmark: threshold not a number", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":"90"}`, []problem{{-1, -1, "threshold", goal.ErrInvalid}}},
		{"benchmark: band off the scale", new(goal.Benchmark), `{"measure":"tep","tep":"3-7","support":"4-or-less","threshold":90}`, []problem{{-1, -1, "tep", rubric.ErrOutOfRange}}},
		{"benchmark: unknown support", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"lots","threshold":90}`, []problem{{-1, -1, "support", rubric.ErrUnknownLabel}}},
		{"benchmark: missing support", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","threshold":90}`, []problem{{-1, -1, "support", goal.ErrInvalid}}},
		{"benchmark: basis disagrees", new(goal.Benchmark), `{"measure":"tep","basis":"opportunities","tep":"3-5","support":"4-or-less","threshold":90}`, []problem{{-1, -1, "basis", goal.ErrInvalid}}},
		{"benchmark: null member", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":90,"deadline":null}`, []problem{{-1, -1, "deadline", goal.ErrInvalid}}},
		{"benchmark: bad deadline", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":90,"deadline":"2027-02-30"}`, []problem{{-1, -1, "deadline", goal.ErrUnknownValue}}},
		{"benchmark: unknown focus element", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":90,"focus":["juggling"]}`, []problem{{-1, -1, "focus", rubric.ErrUnknownLabel}}},
		{"benchmark: null", new(goal.Benchmark), `null`, []problem{{-1, -1, "benchmark", goal.ErrInvalid}}},
		{"benchmark: member written twice", new(goal.Benchmark), `{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":"x","threshold":90}`, []problem{{-1, -1, "threshold", goal.ErrInvalid}}},
		{"goal: member written twice", new(goal.Goal), `{"stage":"new-to-program","target":"engagement","target":"engagement","benchmarks":[` + ok + `]}`, []problem{{0, -1, "target", goal.ErrInvalid}}},
		{"goal: benchmark member written twice", new(goal.Goal), `{"stage":"new-to-program","target":"engagement","benchmarks":[{"measure":"tep","tep":"3-5","tep":"1-5","support":"4-or-less","threshold":90}]}`, []problem{{0, 0, "tep", goal.ErrInvalid}}},
		{"plan: member written twice", new(goal.Plan), `{"stage":"new-to-program","stage":"new-to-program","goals":[{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `]}]}`, []problem{{-1, -1, "stage", goal.ErrInvalid}}},
		{"calendar: term written twice", new(goal.Calendar), `{"trimester-1":"2026-11-20","trimester-1":"2026-12-01"}`, []problem{{-1, -1, "trimester-1", goal.ErrInvalid}}},
		{"goal: bad benchmark threshold", new(goal.Goal), `{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `,{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":0}]}`, []problem{{0, 1, "threshold", rubric.ErrOutOfRange}}},
		{"goal: unknown stage and field", new(goal.Goal), `{"stage":"five","target":"engagement","benchmarks":[` + ok + `],"name":"Jordan"}`, []problem{{0, -1, "name", goal.ErrUnknownField}}},
		{"goal: unknown stage", new(goal.Goal), `{"stage":"five","target":"engagement","benchmarks":[` + ok + `]}`, []problem{{0, -1, "stage", goal.ErrUnknownValue}}},
		{"goal: unknown role", new(goal.Goal), `{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `],"responsible":["wizard"]}`, []problem{{0, -1, "responsible", goal.ErrUnknownValue}}},
		{"goal: valid parts, broken ladder", new(goal.Goal), `{"stage":"new-to-program","target":"engagement","benchmarks":[{"measure":"tep","tep":"3-5","support":"2-or-less","threshold":90},` + ok + `]}`, []problem{{0, 1, "support", goal.ErrNotMonotone}}},
		{"plan: bad benchmark in goal 0", new(goal.Plan), `{"stage":"new-to-program","goals":[{"stage":"new-to-program","target":"engagement","benchmarks":[{"measure":"tep","tep":"3-5","support":"4-or-less","threshold":-5}]}]}`, []problem{{0, 0, "threshold", rubric.ErrOutOfRange}}},
		{"plan: too many goals", new(goal.Plan), `{"stage":"new-to-program","goals":[{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `]},{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `]}]}`, []problem{{-1, -1, "goals", goal.ErrStageRule}}},
		{"plan: student as a number", new(goal.Plan), `{"student":42,"stage":"new-to-program","goals":[{"stage":"new-to-program","target":"engagement","benchmarks":[` + ok + `]}]}`, []problem{{-1, -1, "student", goal.ErrInvalid}}},
		{"calendar: unknown term", new(goal.Calendar), `{"trimester-4":"2027-01-01"}`, []problem{{-1, -1, "trimester-4", goal.ErrUnknownField}}},
		{"calendar: terms out of order", new(goal.Calendar), `{"trimester-1":"2027-03-01","trimester-2":"2026-12-01"}`, []problem{{-1, -1, "trimester-2", goal.ErrInvalid}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.json), tc.into)
			if err == nil {
				t.Fatalf("json.Unmarshal(%s) succeeded, want an error", tc.json)
			}
			got := locations(t, err)
			if diff := cmp.Diff(tc.want, got, kindCmp); diff != "" {
				t.Errorf("json.Unmarshal(%s) problems (-want +got):\n%s", tc.json, diff)
			}
		})
	}
}

// locations flattens an error into problems whether its parts are
// *goal.FieldError (a bare benchmark or calendar) or *goal.BenchmarkError.
func locations(t *testing.T, err error) []problem {
	var parts []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		parts = j.Unwrap()
	} else {
		parts = []error{err}
	}
	var out []problem
	for _, e := range parts {
		var fe *goal.FieldError
		if errors.As(e, &fe) && !errors.As(e, new(*goal.BenchmarkError)) {
			out = append(out, problem{-1, -1, fe.Field, kindOf(e)})
			continue
		}
		out = append(out, problems(t, e, errorKinds...)...)
	}
	return out
}

func kindOf(err error) error {
	for _, k := range errorKinds {
		if errors.Is(err, k) {
			return k
		}
	}
	return nil
}

// FuzzGoalJSON decodes arbitrary bytes as a Goal. It must never panic, and
// whatever it accepts must validate and survive a JSON round trip unchanged.
func FuzzGoalJSON(f *testing.F) {
	for _, stage := range goal.Stages() {
		o := goal.LadderOptions{Focus: twoFocus, Skills: nil, Calendar: schoolYear,
			Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.By(june11)}}
		if stage >= goal.StageSkillDeficit {
			o.Skills = append(o.Skills, groupWork)
		}
		plan, err := goal.StandardPlan(stage, o)
		if err != nil {
			f.Fatal(err)
		}
		for _, g := range plan.Goals() {
			data, _ := json.Marshal(g)
			f.Add(data)
		}
	}
	f.Add([]byte(`{"stage":"maintaining","target":"intensity","benchmarks":[],"focus":["mood","visual"]}`))
	f.Add([]byte(`{"stage":"1","target":"engagement","benchmarks":[{"measure":"tep","tep":"3 to 5","support":"4-5","threshold":50}],"review":"2027-01-15","responsible":["parent"],"present_level":"Engages 20% of the day."}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"stage":"mainstream","target":"soft-skill","skill":{"id":"x","phrase":"y"},"benchmarks":[{"measure":"soft-skill","skill":{"id":"x","phrase":"y"},"proficiency":"2-3","support":"independent","threshold":90}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g goal.Goal
		if err := json.Unmarshal(data, &g); err != nil {
			return
		}
		if err := g.Spec().Validate(); err != nil {
			t.Fatalf("accepted %s but it does not validate: %v", data, err)
		}
		out, err := json.Marshal(g)
		if err != nil {
			t.Fatalf("accepted %s but cannot marshal it: %v", data, err)
		}
		var back goal.Goal
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(g) {
			t.Fatalf("round trip of %s via %s gave %v, %v", data, out, back, err)
		}
	})
}

func TestPeriodJSON(t *testing.T) {
	p := goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2027, time.June, 25))
	data, err := json.Marshal(p)
	if err != nil || string(data) != `{"start":"2026-08-31","end":"2027-06-25"}` {
		t.Fatalf("json.Marshal(period) = %s, %v", data, err)
	}
	var back goal.Period
	if err := json.Unmarshal(data, &back); err != nil || back != p {
		t.Errorf("round trip = %v, %v; want %v", back, err, p)
	}
	for _, bad := range []string{
		`{"start":"2027-06-25","end":"2026-08-31"}`,
		`{"start":"2026-08-31"}`,
		`{"start":"2026-08-31","end":"2027-06-25","length":300}`,
		`{"start":"2026-08-31","start":"2026-09-01","end":"2027-06-25"}`,
		`null`, `"2026-08-31..2027-06-25"`,
	} {
		var got goal.Period
		var fe *goal.FieldError
		if err := json.Unmarshal([]byte(bad), &got); !errors.As(err, &fe) {
			t.Errorf("json.Unmarshal(%s) error = %v, want a *goal.FieldError", bad, err)
		}
	}
}

// TestPlanJSONCarriesCalendarAndPeriod: a plan's calendar and period
// travel with it, so its term deadlines resolve after a round trip.
func TestPlanJSONCarriesCalendarAndPeriod(t *testing.T) {
	plan, err := goal.StandardPlan(goal.StageNewToProgram, goal.LadderOptions{Calendar: schoolYear, Period: schoolYearPeriod,
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)}})
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(plan)
	if err != nil {
		t.Fatal(err)
	}
	var back goal.Plan
	if err := json.Unmarshal(data, &back); err != nil || !back.Equal(plan) {
		t.Fatalf("round trip of %s: %v", data, err)
	}
	if d, ok := back.Deadline(back.Goal(0).Benchmark(1)); !ok || d != goal.MustDate(2027, time.March, 5) {
		t.Errorf("benchmark 2 deadline after the round trip = %v, %t; want 2027-03-05", d, ok)
	}
	// Without its calendar the same JSON is rejected: a term deadline the
	// calendar cannot place is an error.
	var obj map[string]json.RawMessage
	_ = json.Unmarshal(data, &obj)
	delete(obj, "calendar")
	stripped, _ := json.Marshal(obj)
	if err := json.Unmarshal(stripped, &back); !errors.Is(err, goal.ErrUnresolvedDeadline) {
		t.Errorf("plan JSON without its calendar: error = %v, want ErrUnresolvedDeadline", err)
	}
}
