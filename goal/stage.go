package goal

import (
	"database/sql/driver"
	"slices"

	"github.com/iepgoal/iepgoal/internal/enum"

	"github.com/iepgoal/iepgoal/rubric"
)

// Stage is one of the four goal stages of the program's goal-development chart,
// the columns a student moves through. The zero value is the unset stage; it
// is not valid. Its text and JSON form is its key ("maintaining"); [ParseStage]
// also accepts the stage number "1"–"4". A Stage is a plain comparable value.
type Stage uint8

// The four goal stages, in the order a student moves through them.
const (
	// StageNewToProgram: new to the therapeutic program; one goal, raising
	// engagement (TEP) under high support.
	StageNewToProgram Stage = iota + 1
	// StageMaintaining: maintaining good functioning (TEP 3–5) while the
	// intensity of support is lowered; one goal.
	StageMaintaining
	// StageSkillDeficit: maintaining good functioning with an outlying
	// soft-skill deficit; two goals, intensity and soft skill.
	StageSkillDeficit
	// StageMainstream: more time in the mainstream classroom with intensity
	// at level 1; one soft-skill goal, or two.
	StageMainstream
)

const numStages = 4

var stages = newKeyed[Stage]("Stage", "stage", "new-to-program", "maintaining", "skill-deficit", "mainstream")

var stageTitles = [numStages + 1]string{"",
	"New to the program",
	"Maintaining good functioning",
	"Maintaining, with an outlying skill deficit",
	"Mostly mainstream, intensity at level 1",
}

// Stages returns the four stages in order.
func Stages() []Stage { return stages.Values() }

// IsValid reports whether s is one of the four stages.
func (s Stage) IsValid() bool { return stages.Valid(s) }

// Number returns the stage's column number in the chart, 1–4 (0 when invalid).
func (s Stage) Number() int {
	if !s.IsValid() {
		return 0
	}
	return int(s)
}

// String returns the stage's key ("new-to-program"), "unset" for the zero
// value, or "%!Stage(9)".
func (s Stage) String() string { return stages.String(s) }

// Title returns the stage's heading in words ("Maintaining good
// functioning"), or "" when invalid.
func (s Stage) Title() string {
	if !s.IsValid() {
		return ""
	}
	return stageTitles[s]
}

// ParseStage parses a stage key such as "maintaining" (ignoring case) or a
// stage number "1"–"4".
func ParseStage(text string) (Stage, error) {
	if len(text) == 1 && text[0] >= '1' && text[0] <= '0'+numStages {
		return Stage(text[0] - '0'), nil
	}
	return stages.Parse(text)
}

// MarshalText returns the stage's key; it fails for an invalid stage.
func (s Stage) MarshalText() ([]byte, error) { return stages.Marshal(s) }

// UnmarshalText parses text with [ParseStage].
func (s *Stage) UnmarshalText(text []byte) error { return stages.Unmarshal(text, s, ParseStage) }

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (s Stage) Value() (driver.Value, error) { return stages.Value(s) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed with [ParseStage].
func (s *Stage) Scan(src any) error { return stages.Scan(src, s, ParseStage) }

// Target is what a goal aims at, which fixes the kind of benchmarks on its
// ladder. The zero value is unset and not valid. Its text form is its key.
type Target uint8

// The three kinds of goal.
const (
	// TargetEngagement: TEP in a band for a rising percent of the day, under
	// a fixed (high) support condition — the stage-1 goal.
	TargetEngagement Target = iota + 1
	// TargetIntensity: TEP held in the maintained band for 90% of the day
	// while the support condition is lowered step by step — stages 2–3.
	TargetIntensity
	// TargetSoftSkill: proficiency in one soft-skill area for a percent of
	// opportunities provided — stages 3–4.
	TargetSoftSkill
)

var targets = newKeyed[Target]("Target", "target", "engagement", "intensity", "soft-skill")

// Targets returns the three targets in order.
func Targets() []Target { return targets.Values() }

// IsValid reports whether t is one of the three targets.
func (t Target) IsValid() bool { return targets.Valid(t) }

// Measure returns the measure the target's benchmarks use: TEP for
// engagement and intensity goals, soft skill for soft-skill goals.
func (t Target) Measure() Measure {
	switch t {
	case TargetEngagement, TargetIntensity:
		return MeasureTEP
	case TargetSoftSkill:
		return MeasureSoftSkill
	}
	return 0
}

// String returns the target's key ("intensity"), "unset", or "%!Target(9)".
func (t Target) String() string { return targets.String(t) }

// ParseTarget parses "engagement", "intensity" or "soft-skill", ignoring case.
func ParseTarget(text string) (Target, error) { return targets.Parse(text) }

// MarshalText returns the target's key; it fails for an invalid target.
func (t Target) MarshalText() ([]byte, error) { return targets.Marshal(t) }

// UnmarshalText parses text with [ParseTarget].
func (t *Target) UnmarshalText(text []byte) error { return targets.Unmarshal(text, t, ParseTarget) }

// Value implements [driver.Valuer]: the key, or NULL for the zero value.
func (t Target) Value() (driver.Value, error) { return targets.Value(t) }

// Scan implements [database/sql.Scanner]: NULL is the zero value, text is
// parsed with [ParseTarget].
func (t *Target) Scan(src any) error { return targets.Scan(src, t, ParseTarget) }

// Aim is the overall aim of a stage, a row of the chart. The zero value is unset.
type Aim uint8

// The overall aims of the four stages.
const (
	AimEngagement             Aim = iota + 1 // more engaged in school tasks and activities
	AimLowerSupport                          // lower the intensity of support
	AimLowerSupportBuildSkill                // lower the intensity of support and build a soft skill
	AimSkillAcrossSettings                   // build a soft skill across settings under reduced support
)

var aims = enum.New[Aim]("Aim", "unset", "engagement", "lower-support", "lower-support-build-skill", "skill-across-settings")

var aimWords = [...]string{"",
	"have the student more engaged in school tasks and activities",
	"decrease the level of intensity of support",
	"decrease the level of intensity of support and build specific soft-skill proficiency",
	"build specific soft-skill proficiency in various settings under conditions of reduced support",
}

// String returns the aim's key ("lower-support"), "unset", or "%!Aim(9)".
func (a Aim) String() string { return aims.String(a) }

// Describe returns the aim in words, as the chart states it ("decrease the
// level of intensity of support"); "" when invalid.
func (a Aim) Describe() string {
	if !aims.Valid(a) {
		return ""
	}
	return aimWords[a]
}

// StageProfile holds the chart's facts about one stage. It is data: callers
// read it to decide what a plan for the stage holds. [Stage.Profile] returns
// a fresh copy each time, so the slices may be changed by the caller.
type StageProfile struct {
	// Stage is the stage described.
	Stage Stage
	// MinGoals and MaxGoals bound the number of goals in a plan: 1–1, 1–1,
	// 2–2 and 1–2 ("1 goal (2 if another soft skill is needed)").
	MinGoals, MaxGoals int
	// Scales are the rubric scales the stage uses: TEP; TEP and the elements'
	// intensity rubrics; those and soft-skill proficiency; soft-skill proficiency.
	Scales []*rubric.Scale
	// MinFocusElements is the least number of therapeutic elements an
	// intensity goal names to describe the support: 2 in stages 2–3, else 0.
	MinFocusElements int
	// MinSoftSkills is the least number of soft-skill goals: 1 in stages 3–4.
	MinSoftSkills int
	// MaintainedTEP is the TEP band the student maintains: 3–5 in stages 2–4
	// (the narrative says 4–5 for stage 4; the chart's 3–5 is used); zero in
	// stage 1, where reaching the band is the goal itself.
	MaintainedTEP rubric.Band[rubric.TEP]
	// TypicalSupport is the support the stage typically runs under: "4 to 5"
	// in stage 1, "1 or less" in stage 4, and zero in stages 2–3, where
	// support is being lowered (see LowersSupport).
	TypicalSupport Support
	// LowersSupport reports whether the stage's work is lowering support
	// (stages 2–3).
	LowersSupport bool
	// Aim is the stage's overall aim.
	Aim Aim
	// Targets are the kinds of goal (and so of benchmarks) the stage uses.
	Targets []Target
}

// Profile returns the chart's facts about the stage; the zero profile for
// an invalid stage.
func (s Stage) Profile() StageProfile {
	maintained := rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	switch s {
	case StageNewToProgram:
		return StageProfile{Stage: s, MinGoals: 1, MaxGoals: 1,
			Scales:         []*rubric.Scale{rubric.TEPScale()},
			TypicalSupport: MustSupportRange(rubric.IntensityHigh, rubric.IntensityExtreme),
			Aim:            AimEngagement, Targets: []Target{TargetEngagement}}
	case StageMaintaining:
		return StageProfile{Stage: s, MinGoals: 1, MaxGoals: 1,
			Scales:           []*rubric.Scale{rubric.TEPScale(), rubric.IntensityScale()},
			MinFocusElements: 2, MaintainedTEP: maintained, LowersSupport: true,
			Aim: AimLowerSupport, Targets: []Target{TargetIntensity}}
	case StageSkillDeficit:
		return StageProfile{Stage: s, MinGoals: 2, MaxGoals: 2,
			Scales:           []*rubric.Scale{rubric.TEPScale(), rubric.IntensityScale(), rubric.SoftSkillScale()},
			MinFocusElements: 2, MinSoftSkills: 1, MaintainedTEP: maintained, LowersSupport: true,
			Aim: AimLowerSupportBuildSkill, Targets: []Target{TargetIntensity, TargetSoftSkill}}
	case StageMainstream:
		return StageProfile{Stage: s, MinGoals: 1, MaxGoals: 2,
			Scales:        []*rubric.Scale{rubric.SoftSkillScale()},
			MinSoftSkills: 1, MaintainedTEP: maintained,
			TypicalSupport: MustSupportAtMost(rubric.IntensityMinimal),
			Aim:            AimSkillAcrossSettings, Targets: []Target{TargetSoftSkill}}
	}
	return StageProfile{}
}

// Allows reports whether the stage uses goals with target t.
func (p StageProfile) Allows(t Target) bool { return slices.Contains(p.Targets, t) }
