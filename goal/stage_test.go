package goal_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestStageProfileMatchesChart(t *testing.T) {
	tep, intensity, soft := rubric.TEPScale(), rubric.IntensityScale(), rubric.SoftSkillScale()
	want := []goal.StageProfile{
		{Stage: goal.StageNewToProgram, MinGoals: 1, MaxGoals: 1, Scales: []*rubric.Scale{tep},
			TypicalSupport: support45, Aim: goal.AimEngagement, Targets: []goal.Target{goal.TargetEngagement}},
		{Stage: goal.StageMaintaining, MinGoals: 1, MaxGoals: 1, Scales: []*rubric.Scale{tep, intensity},
			MinFocusElements: 2, MaintainedTEP: tep35, LowersSupport: true, Aim: goal.AimLowerSupport, Targets: []goal.Target{goal.TargetIntensity}},
		{Stage: goal.StageSkillDeficit, MinGoals: 2, MaxGoals: 2, Scales: []*rubric.Scale{tep, intensity, soft},
			MinFocusElements: 2, MinSoftSkills: 1, MaintainedTEP: tep35, LowersSupport: true, Aim: goal.AimLowerSupportBuildSkill,
			Targets: []goal.Target{goal.TargetIntensity, goal.TargetSoftSkill}},
		{Stage: goal.StageMainstream, MinGoals: 1, MaxGoals: 2, Scales: []*rubric.Scale{soft},
			MinSoftSkills: 1, MaintainedTEP: tep35, TypicalSupport: atMost(1), Aim: goal.AimSkillAcrossSettings,
			Targets: []goal.Target{goal.TargetSoftSkill}},
	}
	var got []goal.StageProfile
	for _, s := range goal.Stages() {
		got = append(got, s.Profile())
	}
	if diff := cmp.Diff(want, got, allFields, cmp.Comparer(func(a, b *rubric.Scale) bool { return a == b })); diff != "" {
		t.Errorf("stage profiles (-want +got):\n%s", diff)
	}
	if p := goal.Stage(0).Profile(); p.Stage != 0 || p.Targets != nil {
		t.Errorf("Stage(0).Profile() = %+v, want the zero profile", p)
	}
}

// textRoundTrip checks that every value parses back from its text form and
// that its key is what the JSON docs say.
func TestEnumTextForms(t *testing.T) {
	stages := map[goal.Stage]string{goal.StageNewToProgram: "new-to-program", goal.StageMaintaining: "maintaining", goal.StageSkillDeficit: "skill-deficit", goal.StageMainstream: "mainstream"}
	for s, key := range stages {
		if got := s.String(); got != key {
			t.Errorf("%d.String() = %q, want %q", s, got, key)
		}
		for _, in := range []string{key, string(rune('0' + s.Number()))} {
			if p, err := goal.ParseStage(in); err != nil || p != s {
				t.Errorf("ParseStage(%q) = %v, %v; want %v", in, p, err, s)
			}
		}
	}
	for _, r := range goal.Roles() {
		if p, err := goal.ParseRole(r.String()); err != nil || p != r || r.Title() == "" {
			t.Errorf("ParseRole(%q) = %v, %v; want %v", r, p, err, r)
		}
	}
	for _, tg := range goal.Targets() {
		if p, err := goal.ParseTarget(tg.String()); err != nil || p != tg {
			t.Errorf("ParseTarget(%q) = %v, %v; want %v", tg, p, err, tg)
		}
	}
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"stage 0", func() error { _, err := goal.ParseStage("0"); return err }()},
		{"stage five", func() error { _, err := goal.ParseStage("five"); return err }()},
		{"role wizard", func() error { _, err := goal.ParseRole("wizard"); return err }()},
		{"target fun", func() error { _, err := goal.ParseTarget("fun"); return err }()},
		{"marshal stage 9", func() error { _, err := goal.Stage(9).MarshalText(); return err }()},
	} {
		if !errors.Is(tc.err, goal.ErrUnknownValue) {
			t.Errorf("%s: error = %v, want ErrUnknownValue", tc.name, tc.err)
		}
	}
	for _, tc := range []struct{ got, want string }{
		{goal.Stage(9).String(), "%!Stage(9)"}, {goal.Role(0).String(), "unset"}, {goal.Target(4).String(), "%!Target(4)"},
		{goal.Action(0).String(), "unset"}, {goal.Aim(7).String(), "%!Aim(7)"}, {goal.Severity(3).String(), "%!Severity(3)"},
		{goal.Criterion(0).String(), "unset"}, {goal.AimLowerSupport.Describe(), "decrease the level of intensity of support"},
	} {
		if tc.got != tc.want {
			t.Errorf("String() = %q, want %q", tc.got, tc.want)
		}
	}
}
