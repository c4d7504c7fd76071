package goal_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// tester is what both *testing.T and *rapid.T offer.
type tester interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// problem is where a validation error points and what kind it is.
type problem struct {
	Goal, Benchmark int
	Field           string
	Kind            error
}

// problems flattens a joined validation error into its locations; every
// part must be a *goal.BenchmarkError wrapping one of kinds.
func problems(t tester, err error, kinds ...error) []problem {
	t.Helper()
	if err == nil {
		return nil
	}
	var parts []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		parts = j.Unwrap()
	} else {
		parts = []error{err}
	}
	var out []problem
	for _, e := range parts {
		var be *goal.BenchmarkError
		if !errors.As(e, &be) {
			t.Fatalf("error %v is not a *goal.BenchmarkError", e)
		}
		if !strings.HasPrefix(be.Error(), "goal: ") {
			t.Errorf("error message %q lacks the package prefix", be.Error())
		}
		p := problem{Goal: be.Goal, Benchmark: be.Benchmark, Field: be.Field}
		for _, k := range kinds {
			if errors.Is(e, k) {
				p.Kind = k
				break
			}
		}
		out = append(out, p)
	}
	return out
}

var errorKinds = []error{goal.ErrNotMonotone, goal.ErrStageRule, goal.ErrUnknownValue, goal.ErrUnknownField, goal.ErrUnresolvedDeadline, goal.ErrBadStudentID, rubric.ErrOutOfRange, rubric.ErrUnknownLabel, goal.ErrInvalid}

// kindCmp compares problems by the identity of their sentinel.
var kindCmp = cmp.Comparer(func(a, b error) bool { return a == b })

func intensityGoal(t testing.TB) goal.GoalSpec {
	t.Helper()
	goals, err := goal.StandardGoals(goal.StageMaintaining, goal.LadderOptions{Focus: twoFocus,
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)}})
	if err != nil {
		t.Fatal(err)
	}
	g := goals[0]
	g.Review = march13
	g.Responsible = []goal.Role{goal.RoleCaseManager, goal.RoleParaprofessional}
	return g
}

// withRung returns g with benchmark i rebuilt after change.
func withRung(g goal.GoalSpec, i int, change func(*goal.Spec)) goal.GoalSpec {
	g.Benchmarks = append([]goal.Benchmark(nil), g.Benchmarks...)
	s := g.Benchmarks[i].Spec()
	change(&s)
	g.Benchmarks[i] = goal.MustBenchmark(s)
	return g
}

func TestGoalSpecValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(goal.GoalSpec) goal.GoalSpec
		want   []problem
	}{
		{"valid", func(g goal.GoalSpec) goal.GoalSpec { return g }, nil},
		{"support rises", func(g goal.GoalSpec) goal.GoalSpec {
			return withRung(g, 2, func(s *goal.Spec) { s.Support = atMost(5) })
		}, []problem{{0, 2, "support", goal.ErrNotMonotone}}},
		{"band falls", func(g goal.GoalSpec) goal.GoalSpec {
			g.Target = goal.TargetEngagement
			g.Stage = goal.StageNewToProgram
			return withRung(g, 1, func(s *goal.Spec) { s.TEP = rubric.MustBand[rubric.TEP](2, 5) })
		}, []problem{{0, 1, "tep", goal.ErrNotMonotone}}},
		{"threshold falls for the same support", func(g goal.GoalSpec) goal.GoalSpec {
			g.Benchmarks = append(g.Benchmarks[:2:2], g.Benchmarks[1:]...) // repeat rung 1
			return withRung(g, 2, func(s *goal.Spec) { s.Threshold = 80 })
		}, []problem{{0, 2, "threshold", goal.ErrNotMonotone}}},
		{"deadline goes back", func(g goal.GoalSpec) goal.GoalSpec {
			return withRung(g, 3, func(s *goal.Spec) { s.Deadline = goal.ByEndOf(goal.Trimester1) })
		}, []problem{{0, 3, "deadline", goal.ErrNotMonotone}}},
		{"one focus element in stage 2", func(g goal.GoalSpec) goal.GoalSpec {
			g.Focus = rubric.MustElementSet(rubric.Visual)
			return withRung(g, 0, func(s *goal.Spec) { s.Focus = g.Focus })
		}, []problem{{0, -1, "focus", goal.ErrStageRule}, {0, 0, "focus", goal.ErrStageRule}, {0, 1, "focus", goal.ErrInvalid}, {0, 2, "focus", goal.ErrInvalid}, {0, 3, "focus", goal.ErrInvalid}, {0, 4, "focus", goal.ErrInvalid}}},
		{"TEP band outside the maintained band", func(g goal.GoalSpec) goal.GoalSpec {
			return withRung(g, 0, func(s *goal.Spec) { s.TEP = rubric.MustBand[rubric.TEP](2, 5) })
		}, []problem{{0, 0, "tep", goal.ErrStageRule}}},
		{"soft-skill benchmark in a TEP goal", func(g goal.GoalSpec) goal.GoalSpec {
			g.Benchmarks = append(g.Benchmarks, goal.MustBenchmark(seedSoftSkillStage4[0]))
			return g
		}, []problem{{0, 5, "measure", goal.ErrInvalid}}},
		{"zero benchmark", func(g goal.GoalSpec) goal.GoalSpec {
			g.Benchmarks = []goal.Benchmark{{}}
			return g
		}, []problem{{0, 0, "measure", goal.ErrUnknownValue}, {0, 0, "support", goal.ErrInvalid}, {0, 0, "threshold", rubric.ErrOutOfRange}}},
		{"no benchmarks, no stage, repeated role", func(g goal.GoalSpec) goal.GoalSpec {
			g.Stage, g.Benchmarks = 0, nil
			g.Responsible = []goal.Role{goal.RoleParent, goal.RoleParent, 42}
			return g
		}, []problem{{0, -1, "stage", goal.ErrUnknownValue}, {0, -1, "benchmarks", goal.ErrInvalid}, {0, -1, "responsible", goal.ErrInvalid}, {0, -1, "responsible", goal.ErrUnknownValue}}},
		{"soft-skill goal without a skill", func(g goal.GoalSpec) goal.GoalSpec {
			return goal.GoalSpec{Stage: goal.StageMainstream, Target: goal.TargetSoftSkill,
				Benchmarks: []goal.Benchmark{goal.MustBenchmark(seedSoftSkillStage4[0])}}
		}, []problem{{0, -1, "skill", goal.ErrInvalid}, {0, 0, "skill", goal.ErrInvalid}}},
		{"stage-4 soft skill with level 2 support", func(g goal.GoalSpec) goal.GoalSpec {
			return goal.GoalSpec{Stage: goal.StageMainstream, Target: goal.TargetSoftSkill, Skill: groupWork,
				Benchmarks: []goal.Benchmark{goal.MustBenchmark(softSkillSample(atMost(2))[0])}}
		}, []problem{{0, 0, "support", goal.ErrStageRule}}},
		{"present level too long", func(g goal.GoalSpec) goal.GoalSpec {
			g.PresentLevel = strings.Repeat("x", 2001)
			return g
		}, []problem{{0, -1, "present_level", goal.ErrInvalid}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.change(intensityGoal(t))
			got := problems(t, g.Validate(), errorKinds...)
			if diff := cmp.Diff(tc.want, got, kindCmp); diff != "" {
				t.Errorf("Validate() problems (-want +got):\n%s", diff)
			}
			if _, err := goal.NewGoal(g); (err == nil) != (tc.want == nil) {
				t.Errorf("NewGoal error = %v, want error: %v", err, tc.want != nil)
			}
		})
	}
}

func TestValidateWithCalendarComparesDatesAndTerms(t *testing.T) {
	// March 13 is after the end of the 2nd trimester (March 5) in schoolYear.
	g := withRung(intensityGoal(t), 2, func(s *goal.Spec) { s.Deadline = goal.By(march13) })
	if err := g.Validate(); err != nil {
		t.Fatalf("without a calendar, a date after a term cannot be ordered; Validate() = %v", err)
	}
	want := []problem{{0, 2, "deadline", goal.ErrNotMonotone}}
	g = withRung(g, 3, func(s *goal.Spec) { s.Deadline = goal.ByEndOf(goal.Trimester2) })
	want = []problem{{0, 3, "deadline", goal.ErrNotMonotone}}
	if diff := cmp.Diff(want, problems(t, g.ValidateWith(schoolYear), errorKinds...), kindCmp); diff != "" {
		t.Errorf("ValidateWith(calendar) problems (-want +got):\n%s", diff)
	}
}

func TestPlanSpecValidate(t *testing.T) {
	stage2 := intensityGoal(t)
	softGoals, err := goal.StandardGoals(goal.StageMainstream, goal.LadderOptions{Skills: []rubric.SkillArea{groupWork}})
	if err != nil {
		t.Fatal(err)
	}
	year := goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2027, time.June, 25))
	autumn := goal.MustPeriod(goal.MustDate(2026, time.August, 31), goal.MustDate(2026, time.December, 18))
	for _, tc := range []struct {
		name string
		plan goal.PlanSpec
		want []problem
	}{
		{"valid", goal.PlanSpec{Student: "S-0042", Stage: goal.StageMaintaining, Period: year, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}}, nil},
		{"two goals in stage 2", goal.PlanSpec{Stage: goal.StageMaintaining, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2, stage2}}, []problem{{-1, -1, "goals", goal.ErrStageRule}}},
		{"no goals in stage 3", goal.PlanSpec{Stage: goal.StageSkillDeficit}, []problem{{-1, -1, "goals", goal.ErrStageRule}}},
		{"goal of another stage", goal.PlanSpec{Stage: goal.StageSkillDeficit, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2, softGoals[0]}},
			[]problem{{0, -1, "stage", goal.ErrStageRule}, {1, -1, "stage", goal.ErrStageRule}}},
		{"same skill twice in stage 4", goal.PlanSpec{Stage: goal.StageMainstream, Goals: []goal.GoalSpec{softGoals[0], softGoals[0]}},
			[]problem{{1, -1, "skill", goal.ErrInvalid}}},
		{"student ID with a newline", goal.PlanSpec{Student: "S-1\n", Stage: goal.StageMaintaining, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}},
			[]problem{{-1, -1, "student", goal.ErrBadStudentID}}},
		{"student ID with a trailing space", goal.PlanSpec{Student: "S1 ", Stage: goal.StageMaintaining, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}},
			[]problem{{-1, -1, "student", goal.ErrBadStudentID}}},
		{"student ID of 65 bytes", goal.PlanSpec{Student: goal.StudentID(strings.Repeat("S", 65)), Stage: goal.StageMaintaining, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}},
			[]problem{{-1, -1, "student", goal.ErrBadStudentID}}},
		{"unset stage", goal.PlanSpec{Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}}, []problem{{-1, -1, "stage", goal.ErrUnknownValue}}},
		{"broken ladder in goal 1", goal.PlanSpec{Stage: goal.StageMainstream, Goals: []goal.GoalSpec{softGoals[0],
			withRung(softGoals[0], 4, func(s *goal.Spec) {
				s.Skill, s.Proficiency = groupWork, skill23
			})}}, []problem{{1, -1, "skill", goal.ErrInvalid}, {1, 4, "proficiency", goal.ErrNotMonotone}}},
		// The three term deadlines of the intensity ladder (trimesters 1, 2,
		// 3 spread over five rungs) cannot be placed without a calendar.
		{"term deadlines without a calendar", goal.PlanSpec{Stage: goal.StageMaintaining, Goals: []goal.GoalSpec{stage2}},
			[]problem{{0, 0, "deadline", goal.ErrUnresolvedDeadline}, {0, 1, "deadline", goal.ErrUnresolvedDeadline}, {0, 2, "deadline", goal.ErrUnresolvedDeadline},
				{0, 3, "deadline", goal.ErrUnresolvedDeadline}, {0, 4, "deadline", goal.ErrUnresolvedDeadline}}},
		{"term deadline the calendar lacks", goal.PlanSpec{Stage: goal.StageMaintaining, Goals: []goal.GoalSpec{stage2},
			Calendar: goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: goal.MustDate(2026, time.November, 27), goal.Trimester2: goal.MustDate(2027, time.March, 5)})},
			[]problem{{0, 3, "deadline", goal.ErrUnresolvedDeadline}, {0, 4, "deadline", goal.ErrUnresolvedDeadline}}},
		{"deadlines after the period", goal.PlanSpec{Stage: goal.StageMaintaining, Period: autumn, Calendar: schoolYear, Goals: []goal.GoalSpec{stage2}},
			[]problem{{0, 1, "deadline", goal.ErrInvalid}, {0, 2, "deadline", goal.ErrInvalid}, {0, 3, "deadline", goal.ErrInvalid}, {0, 4, "deadline", goal.ErrInvalid}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := problems(t, tc.plan.Validate(), errorKinds...)
			if diff := cmp.Diff(tc.want, got, kindCmp); diff != "" {
				t.Errorf("Validate() problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGeneratedPlansValidate(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := gen.Plan().Draw(t, "plan")
		if err := p.Spec().Validate(); err != nil {
			t.Fatalf("generated plan does not validate: %v", err)
		}
		again, err := goal.NewPlan(p.Spec())
		if err != nil || !again.Equal(p) {
			t.Fatalf("NewPlan(p.Spec()) = %v, %v; want p back", again, err)
		}
	})
}

// TestSingleMutationBreakingMonotonicityIsReportedAtItsIndex changes one
// field of one rung so that it goes back from the rung before, and checks
// that validation reports exactly that rung, and a monotonicity error.
func TestSingleMutationBreakingMonotonicityIsReportedAtItsIndex(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		g := gen.Goal().Draw(t, "goal").Spec()
		if len(g.Benchmarks) < 2 {
			g.Benchmarks = append(g.Benchmarks, g.Benchmarks[0])
		}
		i := rapid.IntRange(1, len(g.Benchmarks)-1).Draw(t, "rung")
		prev := g.Benchmarks[i-1].Spec()
		fields := breakable(g.Target, prev)
		if len(fields) == 0 {
			t.Skip("rung", i-1, "is already as low as it goes")
		}
		field := rapid.SampledFrom(fields).Draw(t, "field")
		mutant := withRung(g, i, func(s *goal.Spec) { breakField(s, prev, field) })
		got := problems(t, mutant.Validate(), errorKinds...)
		sawMonotone := false
		for _, p := range got {
			if p.Benchmark != i {
				t.Fatalf("mutating %s of rung %d reported %+v", field, i, p)
			}
			sawMonotone = sawMonotone || p.Kind == goal.ErrNotMonotone && p.Field == field
		}
		if !sawMonotone {
			t.Fatalf("mutating %s of rung %d: problems %+v lack a monotonicity error on %s", field, i, got, field)
		}
	})
}

// breakable lists the fields of a rung that a follower can go back from.
func breakable(target goal.Target, prev goal.Spec) []string {
	var out []string
	if prev.Support.Limit() < rubric.IntensityExtreme {
		out = append(out, "support")
	}
	if prev.Threshold > 1 {
		out = append(out, "threshold")
	}
	if d, ok := prev.Deadline.Date(); ok && d.Year() > 2000 {
		out = append(out, "deadline")
	}
	if prev.Measure == goal.MeasureSoftSkill && prev.Proficiency.Low() > 1 {
		out = append(out, "proficiency")
	}
	if minLow := map[goal.Target]rubric.TEP{goal.TargetEngagement: 1, goal.TargetIntensity: 3}[target]; prev.Measure == goal.MeasureTEP && prev.TEP.Low() > minLow {
		out = append(out, "tep")
	}
	return out
}

// breakField sets field of s to go back from prev.
func breakField(s *goal.Spec, prev goal.Spec, field string) {
	switch field {
	case "support":
		s.Support = goal.MustSupportAtMost(prev.Support.Limit() + 1)
	case "threshold":
		s.Support, s.TEP, s.Proficiency = prev.Support, prev.TEP, prev.Proficiency
		s.Threshold = prev.Threshold - 1
	case "deadline":
		d, _ := prev.Deadline.Date()
		s.Deadline = goal.By(d.AddDays(-1))
	case "proficiency":
		s.Proficiency = rubric.MustBand(prev.Proficiency.Low()-1, prev.Proficiency.High())
	case "tep":
		s.TEP = rubric.MustBand(prev.TEP.Low()-1, prev.TEP.High())
	}
}
