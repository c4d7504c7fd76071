package rubric_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric"
)

func testItem(n int, label string) rubric.Item {
	return rubric.Item{Number: n, Label: label, Descriptors: [3]string{"none", "some", "all"}}
}

// testInstrument is a small instrument: section S (items 1–2), section T
// answered per strategy (items 3–4), section U (item 5); grouping g1 is
// S and T, grouping g2 is T and U.
var testInstrument = rubric.MustInstrument("test", []rubric.Section{
	{ID: "S", Title: "Setup", Items: []rubric.Item{testItem(1, "one"), testItem(2, "two")}},
	{ID: "T", Title: "Strategy", PerStrategy: true, Items: []rubric.Item{testItem(3, "three"), testItem(4, "four")}},
	{ID: "U", Title: "Upkeep", Items: []rubric.Item{testItem(5, "five")}},
}, []rubric.Grouping{
	{ID: "g1", Title: "Group one", Sections: []string{"S", "T"}},
	{ID: "g2", Title: "Group two", Sections: []string{"T", "U"}},
})

// testAdmin answers items 1–5 with levels 2, 1, 0, 2, 1.
func testAdmin() rubric.Administration {
	return rubric.Administration{
		School:       "Test School",
		Date:         "2027-05-14",
		Respondents:  []string{"A. Lee", "B. Ortiz"},
		MainStrategy: "Check-in",
		Answers: []rubric.Answer{
			{Item: 1, Level: rubric.ResponseFull},
			{Item: 2, Level: rubric.ResponsePartial},
			{Item: 3, Level: rubric.ResponseNotStarted},
			{Item: 4, Level: rubric.ResponseFull},
			{Item: 5, Level: rubric.ResponsePartial},
		},
	}
}

func TestNewInstrumentRejects(t *testing.T) {
	one := []rubric.Item{testItem(1, "one")}
	tests := []struct {
		name      string
		iname     string
		sections  []rubric.Section
		groupings []rubric.Grouping
	}{
		{"no name", "", []rubric.Section{{ID: "A", Items: one}}, nil},
		{"no sections", "x", nil, nil},
		{"section without ID", "x", []rubric.Section{{Items: one}}, nil},
		{"section without items", "x", []rubric.Section{{ID: "A"}}, nil},
		{"repeated section", "x", []rubric.Section{{ID: "A", Items: one}, {ID: "A", Items: []rubric.Item{testItem(2, "two")}}}, nil},
		{"repeated item number", "x", []rubric.Section{{ID: "A", Items: one}, {ID: "B", Items: one}}, nil},
		{"decreasing numbers", "x", []rubric.Section{{ID: "A", Items: []rubric.Item{testItem(2, "two"), testItem(1, "one")}}}, nil},
		{"item zero", "x", []rubric.Section{{ID: "A", Items: []rubric.Item{testItem(0, "zero")}}}, nil},
		{"item without label", "x", []rubric.Section{{ID: "A", Items: []rubric.Item{{Number: 1}}}}, nil},
		{"grouping of unknown section", "x", []rubric.Section{{ID: "A", Items: one}}, []rubric.Grouping{{ID: "g", Sections: []string{"B"}}}},
		{"grouping naming a section twice", "x", []rubric.Section{{ID: "A", Items: one}}, []rubric.Grouping{{ID: "g", Sections: []string{"A", "A"}}}},
		{"empty grouping", "x", []rubric.Section{{ID: "A", Items: one}}, []rubric.Grouping{{ID: "g"}}},
		{"repeated grouping", "x", []rubric.Section{{ID: "A", Items: one}}, []rubric.Grouping{{ID: "g", Sections: []string{"A"}}, {ID: "g", Sections: []string{"A"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := rubric.NewInstrument(tt.iname, tt.sections, tt.groupings)
			if in != nil || !errors.Is(err, rubric.ErrInvalid) {
				t.Errorf("NewInstrument() = %v, %v, want nil, ErrInvalid", in, err)
			}
		})
	}
}

func TestInstrumentAccessors(t *testing.T) {
	in := testInstrument
	if got := in.NumItems(); got != 5 {
		t.Errorf("NumItems() = %d, want 5", got)
	}
	if got := in.MaxPoints(); got != 10 {
		t.Errorf("MaxPoints() = %d, want 10", got)
	}
	if id, ok := in.SectionOf(4); id != "T" || !ok {
		t.Errorf("SectionOf(4) = %q, %v, want T, true", id, ok)
	}
	if _, ok := in.Item(6); ok {
		t.Error("Item(6) found, want not found")
	}
	if !in.IsPerStrategy(3) || in.IsPerStrategy(5) || in.IsPerStrategy(99) {
		t.Error("IsPerStrategy wrong for 3, 5 or 99")
	}
	secs := in.Sections()
	secs[0].Items[0].Label = "changed"
	if it, _ := in.Item(1); it.Label != "one" {
		t.Errorf("changing the result of Sections() changed the instrument: item 1 label %q", it.Label)
	}
	if it, _ := in.Item(2); it.Descriptor(rubric.ResponseFull) != "all" || it.Descriptor(0) != "" {
		t.Errorf("Item(2).Descriptor wrong: %q / %q", it.Descriptor(rubric.ResponseFull), it.Descriptor(0))
	}
}

// problem is the comparable summary of one error in a joined validation error.
type problem struct {
	Item     int
	Field    string
	Strategy string
	Kind     error
	Missing  []int
}

// problems unpacks a validation error into its parts.
func problems(err error) []problem {
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else if err != nil {
		errs = []error{err}
	}
	kinds := []error{rubric.ErrUnknownItem, rubric.ErrDuplicateItem, rubric.ErrNotPerStrategy, rubric.ErrEmpty, rubric.ErrOutOfRange, rubric.ErrInvalid, rubric.ErrUnanswered}
	var out []problem
	for _, e := range errs {
		var p problem
		for _, k := range kinds {
			if errors.Is(e, k) {
				p.Kind = k
				break
			}
		}
		var ae *rubric.AdministrationError
		var ie *rubric.IncompleteError
		switch {
		case errors.As(e, &ae):
			p.Item, p.Field, p.Strategy = ae.Item, ae.Field, ae.Strategy
		case errors.As(e, &ie):
			p.Missing = ie.Items
		}
		out = append(out, p)
	}
	return out
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*rubric.Administration)
		opts   []rubric.Option
		want   []problem
	}{
		{"complete", func(*rubric.Administration) {}, nil, nil},
		{"unknown item named", func(a *rubric.Administration) {
			a.Answers = append(a.Answers, rubric.Answer{Item: 57, Level: rubric.ResponseFull})
		}, nil, []problem{{Item: 57, Field: "answers", Kind: rubric.ErrUnknownItem}}},
		{"item answered twice", func(a *rubric.Administration) {
			a.Answers = append(a.Answers, rubric.Answer{Item: 2, Level: rubric.ResponseFull})
		}, nil, []problem{{Item: 2, Field: "answers", Kind: rubric.ErrDuplicateItem}}},
		{"unanswered level", func(a *rubric.Administration) { a.Answers[1].Level = 0 },
			nil, []problem{{Item: 2, Field: "answers", Kind: rubric.ErrEmpty}, {Kind: rubric.ErrUnanswered, Missing: []int{2}}}},
		{"level off the scale", func(a *rubric.Administration) { a.Answers[0].Level = 4 },
			[]rubric.Option{rubric.AllowPartial()}, []problem{{Item: 1, Field: "answers", Kind: rubric.ErrOutOfRange}}},
		{"missing items", func(a *rubric.Administration) { a.Answers = a.Answers[1:4] },
			nil, []problem{{Kind: rubric.ErrUnanswered, Missing: []int{1, 5}}}},
		{"missing items allowed", func(a *rubric.Administration) { a.Answers = a.Answers[1:4] },
			[]rubric.Option{rubric.AllowPartial()}, nil},
		{"other strategy recorded", func(a *rubric.Administration) {
			a.Answers = append(a.Answers, rubric.Answer{Item: 3, Level: rubric.ResponseFull, Strategy: "Mentoring"})
		}, nil, nil},
		{"other strategy on a plain item", func(a *rubric.Administration) {
			a.Answers = append(a.Answers, rubric.Answer{Item: 5, Level: rubric.ResponseFull, Strategy: "Mentoring"})
		}, nil, []problem{{Item: 5, Field: "answers", Strategy: "Mentoring", Kind: rubric.ErrNotPerStrategy}}},
		{"other strategy twice", func(a *rubric.Administration) {
			a.Answers = append(a.Answers,
				rubric.Answer{Item: 3, Level: rubric.ResponseFull, Strategy: "Mentoring"},
				rubric.Answer{Item: 3, Level: rubric.ResponsePartial, Strategy: "Mentoring"})
		}, nil, []problem{{Item: 3, Field: "answers", Strategy: "Mentoring", Kind: rubric.ErrDuplicateItem}}},
		{"main strategy named as other", func(a *rubric.Administration) {
			a.Answers = append(a.Answers, rubric.Answer{Item: 4, Level: rubric.ResponseFull, Strategy: "Check-in"})
		}, nil, []problem{{Item: 4, Field: "answers", Strategy: "Check-in", Kind: rubric.ErrInvalid}}},
		{"main strategy not named", func(a *rubric.Administration) { a.MainStrategy = "" },
			nil, []problem{{Field: "main_strategy", Kind: rubric.ErrEmpty}}},
		{"no school, bad date", func(a *rubric.Administration) { a.School, a.Date = "", "2027-02-30" },
			nil, []problem{{Field: "school", Kind: rubric.ErrEmpty}, {Field: "date", Kind: rubric.ErrInvalid}}},
		{"date not zero-padded", func(a *rubric.Administration) { a.Date = "2027-5-14" },
			nil, []problem{{Field: "date", Kind: rubric.ErrInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := testAdmin()
			tt.change(&a)
			err := testInstrument.Validate(a, tt.opts...)
			if diff := cmp.Diff(tt.want, problems(err), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Validate() = %v; problems (-want +got):\n%s", err, diff)
			}
		})
	}
}

func TestScore(t *testing.T) {
	got, err := testInstrument.Score(testAdmin())
	if err != nil {
		t.Fatal(err)
	}
	want := rubric.Scores{
		School: "Test School",
		Date:   "2027-05-14",
		Sections: []rubric.PartScore{
			{ID: "S", Title: "Setup", Score: rubric.Score{Points: 3, Possible: 4}},
			{ID: "T", Title: "Strategy", Score: rubric.Score{Points: 2, Possible: 4}},
			{ID: "U", Title: "Upkeep", Score: rubric.Score{Points: 1, Possible: 2}},
		},
		Groupings: []rubric.PartScore{
			{ID: "g1", Title: "Group one", Score: rubric.Score{Points: 5, Possible: 8}},
			{ID: "g2", Title: "Group two", Score: rubric.Score{Points: 3, Possible: 6}},
		},
		Total: rubric.Score{Points: 6, Possible: 10},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Score() (-want +got):\n%s", diff)
	}
	if p := got.Total.Percent(); p != 60 {
		t.Errorf("Total.Percent() = %v, want 60", p)
	}
}

func TestScorePartial(t *testing.T) {
	a := testAdmin()
	a.Answers = a.Answers[:3] // items 4 and 5 unanswered
	if _, err := testInstrument.Score(a); !errors.Is(err, rubric.ErrUnanswered) {
		t.Fatalf("Score(partial) error = %v, want ErrUnanswered", err)
	}
	got, err := testInstrument.Score(a, rubric.AllowPartial())
	if err != nil {
		t.Fatal(err)
	}
	wantTotal := rubric.Score{Points: 3, Possible: 6, Unanswered: []int{4, 5}}
	if diff := cmp.Diff(wantTotal, got.Total); diff != "" {
		t.Errorf("Score(partial).Total (-want +got):\n%s", diff)
	}
	u, _ := got.Section("U")
	if u.Percent() != 0 || u.Answered() != 0 || u.Complete() {
		t.Errorf("section U with nothing answered: percent %v answered %d complete %v, want 0 0 false", u.Percent(), u.Answered(), u.Complete())
	}
}

func TestScoreIgnoresOtherStrategies(t *testing.T) {
	a := testAdmin()
	base, _ := testInstrument.Score(a)
	a.Answers = append(a.Answers, rubric.Answer{Item: 3, Level: rubric.ResponseFull, Strategy: "Mentoring"})
	got, err := testInstrument.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(base, got); diff != "" {
		t.Errorf("another strategy's answer changed the score (-want +got):\n%s", diff)
	}
}

func TestCompare(t *testing.T) {
	before := testAdmin()
	after := testAdmin()
	after.Date = "2028-05-12"
	after.Answers[2].Level = rubric.ResponseFull       // item 3: 0 → 2
	after.Answers[4].Level = rubric.ResponseNotStarted // item 5: 1 → 0
	got, err := testInstrument.Compare(before, after)
	if err != nil {
		t.Fatal(err)
	}
	wantUp := []rubric.ItemMove{{Item: 3, Section: "T", Label: "three", Before: rubric.ResponseNotStarted, After: rubric.ResponseFull}}
	wantDown := []rubric.ItemMove{{Item: 5, Section: "U", Label: "five", Before: rubric.ResponsePartial, After: rubric.ResponseNotStarted}}
	if diff := cmp.Diff(wantUp, got.Up); diff != "" {
		t.Errorf("Up (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantDown, got.Down); diff != "" {
		t.Errorf("Down (-want +got):\n%s", diff)
	}
	deltas := map[string]float64{}
	for _, c := range got.Sections {
		deltas[c.ID] = c.Delta()
	}
	wantDeltas := map[string]float64{"S": 0, "T": 50, "U": -50}
	if diff := cmp.Diff(wantDeltas, deltas); diff != "" {
		t.Errorf("section deltas (-want +got):\n%s", diff)
	}
	if d := got.Total.Delta(); d != 10 { // 6/10 → 7/10
		t.Errorf("Total.Delta() = %v, want 10", d)
	}
	if _, err := testInstrument.Compare(after, before); !errors.Is(err, rubric.ErrInvalid) {
		t.Errorf("Compare(later, earlier) error = %v, want ErrInvalid", err)
	}
	bad := after
	bad.Answers = append(bad.Answers[:4:4], rubric.Answer{Item: 57, Level: rubric.ResponseFull})
	var ae *rubric.AdministrationError
	_, err = testInstrument.Compare(before, bad)
	if !errors.As(err, &ae) || ae.Item != 57 || !errors.Is(err, rubric.ErrUnknownItem) || !errors.Is(err, rubric.ErrUnanswered) {
		t.Errorf("Compare(good, bad) error = %v, want the unknown item 57 and the unanswered item 5", err)
	}
}

func TestActionPlan(t *testing.T) {
	got, err := testInstrument.ActionPlan(testAdmin())
	if err != nil {
		t.Fatal(err)
	}
	want := []rubric.ActionItem{
		{Item: 2, Section: "S", Label: "two", Level: rubric.ResponsePartial, Priority: rubric.PriorityMedium},
		{Item: 3, Section: "T", Label: "three", Level: rubric.ResponseNotStarted, Priority: rubric.PriorityHigh},
		{Item: 5, Section: "U", Label: "five", Level: rubric.ResponsePartial, Priority: rubric.PriorityMedium},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ActionPlan() (-want +got):\n%s", diff)
	}

	lowForUpkeep := rubric.WithPriority(func(it rubric.Item, r rubric.Response) rubric.Priority {
		if it.Number == 5 {
			return rubric.PriorityLow
		}
		return rubric.DefaultPriority(it, r)
	})
	got, err = testInstrument.ActionPlan(testAdmin(), lowForUpkeep)
	if err != nil || len(got) != 3 || got[2].Priority != rubric.PriorityLow || got[1].Priority != rubric.PriorityHigh {
		t.Errorf("ActionPlan(WithPriority) = %v, %v, want item 5 low and item 3 high", got, err)
	}

	broken := rubric.WithPriority(func(rubric.Item, rubric.Response) rubric.Priority { return 0 })
	if _, err := testInstrument.ActionPlan(testAdmin(), broken); !errors.Is(err, rubric.ErrInvalid) {
		t.Errorf("ActionPlan(rule returning 0) error = %v, want ErrInvalid", err)
	}
}

func TestPriority(t *testing.T) {
	for _, p := range []rubric.Priority{rubric.PriorityHigh, rubric.PriorityMedium, rubric.PriorityLow} {
		text, err := p.MarshalText()
		var back rubric.Priority
		if err != nil || back.UnmarshalText(text) != nil || back != p {
			t.Errorf("text round trip of %v: %q, %v → %v", p, text, err, back)
		}
	}
	if got, err := rubric.ParsePriority("HIGH"); got != rubric.PriorityHigh || err != nil {
		t.Errorf(`ParsePriority("HIGH") = %v, %v, want high, nil`, got, err)
	}
	if _, err := rubric.ParsePriority("urgent"); !errors.Is(err, rubric.ErrUnknownLabel) {
		t.Errorf(`ParsePriority("urgent") error = %v, want ErrUnknownLabel`, err)
	}
	if s := rubric.Priority(0).String() + rubric.Priority(8).String(); s != "unset%!Priority(8)" {
		t.Errorf("String of 0 and 8 = %q", s)
	}
	if _, err := rubric.Priority(8).MarshalText(); !errors.Is(err, rubric.ErrOutOfRange) {
		t.Errorf("Priority(8).MarshalText() error = %v, want ErrOutOfRange", err)
	}
}
