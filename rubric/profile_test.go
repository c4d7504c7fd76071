package rubric_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
)

func TestSupportProfileSetGet(t *testing.T) {
	var p rubric.SupportProfile
	if err := p.Set(rubric.Visual, rubric.IntensityModerate); err != nil {
		t.Fatalf("Set(Visual, 3) error = %v", err)
	}
	tests := []struct {
		name    string
		e       rubric.Element
		v       rubric.Intensity
		wantErr error
	}{
		{"zero element", 0, rubric.IntensityMild, rubric.ErrOutOfRange},
		{"element off the catalog", 18, rubric.IntensityMild, rubric.ErrOutOfRange},
		{"intensity off the scale", rubric.Mood, 6, rubric.ErrOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := p
			if err := p.Set(tc.e, tc.v); testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("Set(%d, %d) error = %v, want %v", tc.e, tc.v, err, tc.wantErr)
			}
			if p != before {
				t.Errorf("failed Set changed the profile to %v", p)
			}
			if with := p.With(tc.e, tc.v); with != before {
				t.Errorf("With(%d, %d) = %v, want unchanged", tc.e, tc.v, with)
			}
		})
	}
	if got := p.Get(rubric.Visual); got != rubric.IntensityModerate {
		t.Errorf("Get(Visual) = %v, want 3", got)
	}
	if got := p.Get(99); got != 0 {
		t.Errorf("Get(99) = %v, want 0", got)
	}
	if p = p.With(rubric.Visual, 0); !p.IsZero() || p.Len() != 0 {
		t.Errorf("With(Visual, 0) = %v, want the empty profile", p)
	}
}

func TestSupportProfileQueries(t *testing.T) {
	p := rubric.SupportProfile{}.
		With(rubric.Visual, rubric.IntensityMild).
		With(rubric.DeEscalation, rubric.IntensityHigh).
		With(rubric.Relationship, rubric.IntensityHigh).
		With(rubric.Mood, rubric.IntensityModerate)

	type entry struct {
		E rubric.Element
		V rubric.Intensity
	}
	var got []entry
	for e, v := range p.All() {
		got = append(got, entry{e, v})
	}
	want := []entry{{rubric.DeEscalation, 4}, {rubric.Mood, 3}, {rubric.Relationship, 4}, {rubric.Visual, 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("All() mismatch (-want +got):\n%s", diff)
	}
	if e, v, ok := p.MostIntensive(); e != rubric.DeEscalation || v != rubric.IntensityHigh || !ok {
		t.Errorf("MostIntensive() = %v, %v, %t; want De-escalation, 4, true (first on a tie)", e, v, ok)
	}
	if _, _, ok := (rubric.SupportProfile{}).MostIntensive(); ok {
		t.Error("MostIntensive() of the empty profile reports ok")
	}
	if p.Len() != 4 || p.Elements() != rubric.MustElementSet(rubric.DeEscalation, rubric.Mood, rubric.Relationship, rubric.Visual) {
		t.Errorf("Len() = %d, Elements() = %v", p.Len(), p.Elements())
	}
	tests := []struct {
		name string
		set  rubric.ElementSet
		want rubric.Intensity
	}{
		{"focus elements", rubric.MustElementSet(rubric.Visual, rubric.Mood), rubric.IntensityModerate},
		{"one element", rubric.MustElementSet(rubric.DeEscalation), rubric.IntensityHigh},
		{"unrecorded element", rubric.MustElementSet(rubric.Memory), 0},
		{"empty set", 0, 0},
		{"stray bits ignored", rubric.ElementSet(1 | 1<<30), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := p.MaxOf(tc.set); got != tc.want {
				t.Errorf("MaxOf(%v) = %v, want %v", tc.set, got, tc.want)
			}
		})
	}
	if got := p.String(); got != "De-escalation 4, Mood 3, Relationship 4, Visual 2" {
		t.Errorf("String() = %q", got)
	}
}

func TestSupportProfileJSON(t *testing.T) {
	p := rubric.SupportProfile{}.With(rubric.Visual, rubric.IntensityMild).With(rubric.DeEscalation, rubric.IntensityHigh)
	data, err := json.Marshal(p)
	if want := `{"de-escalation":4,"visual":2}`; string(data) != want || err != nil {
		t.Errorf("json.Marshal = %s, %v; want %s, nil", data, err, want)
	}
	if data, _ := json.Marshal(rubric.SupportProfile{}); string(data) != `{}` {
		t.Errorf("json.Marshal(empty) = %s, want {}", data)
	}
	tests := []struct {
		name    string
		in      string
		want    rubric.SupportProfile
		wantErr error
	}{
		{"keys and numbers", `{"de-escalation":4,"visual":2}`, p, nil},
		{"names and labels", `{"De-escalation":"high","Visual":"2"}`, p, nil},
		{"2016 name", `{"Hierarchy of Needs":1}`, rubric.SupportProfile{}.With(rubric.NeedsHierarchy, 1), nil},
		{"empty object", `{}`, rubric.SupportProfile{}, nil},
		{"null", `null`, rubric.SupportProfile{}, nil},
		{"unknown element", `{"music":2}`, rubric.SupportProfile{}, rubric.ErrUnknownLabel},
		{"empty element", `{"":2}`, rubric.SupportProfile{}, rubric.ErrEmpty},
		{"level off the scale", `{"visual":6}`, rubric.SupportProfile{}, rubric.ErrOutOfRange},
		{"level zero", `{"visual":0}`, rubric.SupportProfile{}, rubric.ErrOutOfRange},
		{"null level", `{"visual":null}`, rubric.SupportProfile{}, rubric.ErrEmpty},
		{"unknown label", `{"visual":"lots"}`, rubric.SupportProfile{}, rubric.ErrUnknownLabel},
		{"repeated element", `{"visual":2,"Visual":3}`, rubric.SupportProfile{}, rubric.ErrInvalid},
		{"array", `[2]`, rubric.SupportProfile{}, rubric.ErrUnsupportedType},
		{"level an object", `{"visual":{}}`, rubric.SupportProfile{}, rubric.ErrUnsupportedType},
		{"trailing data", `{"visual":2}{}`, rubric.SupportProfile{}, rubric.ErrSyntax},
		{"unterminated", `{"visual":2`, rubric.SupportProfile{}, rubric.ErrSyntax},
		{"nothing", ``, rubric.SupportProfile{}, rubric.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got rubric.SupportProfile
			err := got.UnmarshalJSON([]byte(tc.in))
			if got != tc.want || testcheck.ParseErrorKind(err) != tc.wantErr {
				t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
			}
		})
	}
}
