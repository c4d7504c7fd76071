package rubric_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestScales(t *testing.T) {
	type level struct {
		Label       string
		FromProgram bool
	}
	tests := []struct {
		name           string
		scale          *rubric.Scale
		higherIsBetter bool
		want           []level
	}{
		{"TEP", rubric.TEPScale(), true, []level{
			{"inadequate", false}, {"marginal", false}, {"fair", true}, {"good", false}, {"excellent", true},
		}},
		{"Intensity", rubric.IntensityScale(), false, []level{
			{"minimal", true}, {"mild", false}, {"moderate", false}, {"high", false}, {"extreme", true},
		}},
		{"SoftSkill", rubric.SoftSkillScale(), true, []level{
			{"not yet demonstrated", false}, {"emerging", false}, {"developing", false},
			{"proficient", false}, {"generalized across settings", false},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.scale
			if s.Min() != 1 || s.Max() != 5 || s.HigherIsBetter() != tc.higherIsBetter || s.Name() == "" {
				t.Errorf("scale %q: min %d, max %d, higher is better %t", s.Name(), s.Min(), s.Max(), s.HigherIsBetter())
			}
			var got []level
			for i, l := range s.Levels() {
				if l.Value != i+1 || l.Meaning == "" {
					t.Errorf("level %d: %+v", i+1, l)
				}
				got = append(got, level{l.Label, l.FromProgram})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("levels mismatch (-want +got):\n%s", diff)
			}
		})
	}
	want := []*rubric.Scale{rubric.TEPScale(), rubric.IntensityScale(), rubric.SoftSkillScale()}
	if got := rubric.Scales(); !slices.Equal(want, got) {
		t.Errorf("Scales() = %v, want the TEP, intensity and soft-skill scales", got)
	}
	if rubric.TEPFair.Scale() != rubric.TEPScale() || rubric.IntensityMild.Scale() != rubric.IntensityScale() ||
		rubric.SoftSkillEmerging.Scale() != rubric.SoftSkillScale() {
		t.Error("a level's Scale() is not its type's scale")
	}
}

func TestScaleLevelsIsACopy(t *testing.T) {
	levels := rubric.TEPScale().Levels()
	levels[0].Label = "changed"
	if got := rubric.TEPInadequate.Label(); got != "inadequate" {
		t.Errorf("after changing Levels(), TEP 1 label = %q, want %q", got, "inadequate")
	}
}

func TestScaleLevel(t *testing.T) {
	s := rubric.IntensityScale()
	if l, ok := s.Level(3); !ok || l.Label != "moderate" {
		t.Errorf("Level(3) = %+v, %t; want moderate, true", l, ok)
	}
	for _, v := range []int{0, 6, -1} {
		if l, ok := s.Level(v); ok || s.Contains(v) {
			t.Errorf("Level(%d) = %+v, %t; want not on the scale", v, l, ok)
		}
	}
}

func TestNewScale(t *testing.T) {
	tests := []struct {
		name    string
		scale   string
		levels  []rubric.LevelInfo
		wantErr error
	}{
		{"BAT item scoring 0–2", "item score", []rubric.LevelInfo{
			{Value: 0, Label: "not yet started"}, {Value: 1, Label: "partially in place"}, {Value: 2, Label: "fully in place"},
		}, nil},
		{"no name", "", []rubric.LevelInfo{{Value: 1, Label: "a"}}, rubric.ErrInvalid},
		{"no levels", "x", nil, rubric.ErrInvalid},
		{"gap in numbering", "x", []rubric.LevelInfo{{Value: 1, Label: "a"}, {Value: 3, Label: "b"}}, rubric.ErrInvalid},
		{"repeated label", "x", []rubric.LevelInfo{{Value: 1, Label: "a"}, {Value: 2, Label: "A"}}, rubric.ErrInvalid},
		{"numeric label", "x", []rubric.LevelInfo{{Value: 1, Label: "2"}}, rubric.ErrInvalid},
		{"negative numeric label", "x", []rubric.LevelInfo{{Value: 1, Label: "-2"}}, rubric.ErrInvalid},
		{"empty label", "x", []rubric.LevelInfo{{Value: 1, Label: ""}}, rubric.ErrInvalid},
		{"padded label", "x", []rubric.LevelInfo{{Value: 1, Label: " a"}}, rubric.ErrInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := rubric.NewScale(tc.scale, true, tc.levels)
			if testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Fatalf("NewScale error = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if diff := cmp.Diff(tc.levels, s.Levels()); diff != "" {
				t.Errorf("Levels() mismatch (-want +got):\n%s", diff)
			}
			if s.Min() != tc.levels[0].Value || s.Max() != tc.levels[len(tc.levels)-1].Value {
				t.Errorf("Min, Max = %d, %d", s.Min(), s.Max())
			}
		})
	}
}
