package instrument_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func testItem(n int, label string) instrument.Item {
	return instrument.Item{Number: n, Label: label, Descriptors: [3]string{"none", "some", "all"}}
}

// testInstrument is a small instrument: section S (items 1–2), section T
// answered per strategy (items 3–4), section U (item 5); grouping g1 is
// S and T, grouping g2 is T and U.
var testInstrument = instrument.Must("test", []instrument.Section{
	{ID: "S", Title: "Setup", Items: []instrument.Item{testItem(1, "one"), testItem(2, "two")}},
	{ID: "T", Title: "Strategy", PerStrategy: true, Items: []instrument.Item{testItem(3, "three"), testItem(4, "four")}},
	{ID: "U", Title: "Upkeep", Items: []instrument.Item{testItem(5, "five")}},
}, []instrument.Grouping{
	{ID: "g1", Title: "Group one", Sections: []string{"S", "T"}},
	{ID: "g2", Title: "Group two", Sections: []string{"T", "U"}},
})

// testAdmin answers items 1–5 with levels 2, 1, 0, 2, 1.
func testAdmin() instrument.Administration {
	return instrument.Administration{
		School:       "Test School",
		Date:         "2027-05-14",
		Respondents:  []string{"A. Lee", "B. Ortiz"},
		MainStrategy: "Check-in",
		Answers: []instrument.Answer{
			{Item: 1, Level: instrument.Full},
			{Item: 2, Level: instrument.Partial},
			{Item: 3, Level: instrument.NotStarted},
			{Item: 4, Level: instrument.Full},
			{Item: 5, Level: instrument.Partial},
		},
	}
}

func TestNewInstrumentRejects(t *testing.T) {
	one := []instrument.Item{testItem(1, "one")}
	tests := []struct {
		name      string
		iname     string
		sections  []instrument.Section
		groupings []instrument.Grouping
	}{
		{"no name", "", []instrument.Section{{ID: "A", Items: one}}, nil},
		{"no sections", "x", nil, nil},
		{"section without ID", "x", []instrument.Section{{Items: one}}, nil},
		{"section without items", "x", []instrument.Section{{ID: "A"}}, nil},
		{"repeated section", "x", []instrument.Section{{ID: "A", Items: one}, {ID: "A", Items: []instrument.Item{testItem(2, "two")}}}, nil},
		{"repeated item number", "x", []instrument.Section{{ID: "A", Items: one}, {ID: "B", Items: one}}, nil},
		{"decreasing numbers", "x", []instrument.Section{{ID: "A", Items: []instrument.Item{testItem(2, "two"), testItem(1, "one")}}}, nil},
		{"item zero", "x", []instrument.Section{{ID: "A", Items: []instrument.Item{testItem(0, "zero")}}}, nil},
		{"item without label", "x", []instrument.Section{{ID: "A", Items: []instrument.Item{{Number: 1}}}}, nil},
		{"grouping of unknown section", "x", []instrument.Section{{ID: "A", Items: one}}, []instrument.Grouping{{ID: "g", Sections: []string{"B"}}}},
		{"grouping naming a section twice", "x", []instrument.Section{{ID: "A", Items: one}}, []instrument.Grouping{{ID: "g", Sections: []string{"A", "A"}}}},
		{"empty grouping", "x", []instrument.Section{{ID: "A", Items: one}}, []instrument.Grouping{{ID: "g"}}},
		{"repeated grouping", "x", []instrument.Section{{ID: "A", Items: one}}, []instrument.Grouping{{ID: "g", Sections: []string{"A"}}, {ID: "g", Sections: []string{"A"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, err := instrument.New(tt.iname, tt.sections, tt.groupings)
			if in != nil || !errors.Is(err, rubric.ErrInvalid) {
				t.Errorf("New() = %v, %v, want nil, ErrInvalid", in, err)
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
	if it, _ := in.Item(2); it.Descriptor(instrument.Full) != "all" || it.Descriptor(instrument.Response{}) != "" {
		t.Errorf("Item(2).Descriptor wrong: %q / %q", it.Descriptor(instrument.Full), it.Descriptor(instrument.Response{}))
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
	kinds := []error{instrument.ErrUnknownItem, instrument.ErrDuplicateItem, instrument.ErrNotPerStrategy, rubric.ErrEmpty, rubric.ErrOutOfRange, rubric.ErrInvalid, instrument.ErrUnanswered}
	var out []problem
	for _, e := range errs {
		var p problem
		for _, k := range kinds {
			if errors.Is(e, k) {
				p.Kind = k
				break
			}
		}
		var ae *instrument.AdministrationError
		var ie *instrument.IncompleteError
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
		change func(*instrument.Administration)
		opts   []instrument.Option
		want   []problem
	}{
		{"complete", func(*instrument.Administration) {}, nil, nil},
		{"unknown item named", func(a *instrument.Administration) {
			a.Answers = append(a.Answers, instrument.Answer{Item: 57, Level: instrument.Full})
		}, nil, []problem{{Item: 57, Field: "answers", Kind: instrument.ErrUnknownItem}}},
		{"item answered twice", func(a *instrument.Administration) {
			a.Answers = append(a.Answers, instrument.Answer{Item: 2, Level: instrument.Full})
		}, nil, []problem{{Item: 2, Field: "answers", Kind: instrument.ErrDuplicateItem}}},
		{"unanswered level", func(a *instrument.Administration) { a.Answers[1].Level = instrument.Response{} },
			nil, []problem{{Item: 2, Field: "answers", Kind: rubric.ErrEmpty}, {Kind: instrument.ErrUnanswered, Missing: []int{2}}}},
		{"missing items", func(a *instrument.Administration) { a.Answers = a.Answers[1:4] },
			nil, []problem{{Kind: instrument.ErrUnanswered, Missing: []int{1, 5}}}},
		{"missing items allowed", func(a *instrument.Administration) { a.Answers = a.Answers[1:4] },
			[]instrument.Option{instrument.AllowPartial()}, nil},
		{"other strategy recorded", func(a *instrument.Administration) {
			a.Answers = append(a.Answers, instrument.Answer{Item: 3, Level: instrument.Full, Strategy: "Mentoring"})
		}, nil, nil},
		{"other strategy on a plain item", func(a *instrument.Administration) {
			a.Answers = append(a.Answers, instrument.Answer{Item: 5, Level: instrument.Full, Strategy: "Mentoring"})
		}, nil, []problem{{Item: 5, Field: "answers", Strategy: "Mentoring", Kind: instrument.ErrNotPerStrategy}}},
		{"other strategy twice", func(a *instrument.Administration) {
			a.Answers = append(a.Answers,
				instrument.Answer{Item: 3, Level: instrument.Full, Strategy: "Mentoring"},
				instrument.Answer{Item: 3, Level: instrument.Partial, Strategy: "Mentoring"})
		}, nil, []problem{{Item: 3, Field: "answers", Strategy: "Mentoring", Kind: instrument.ErrDuplicateItem}}},
		{"main strategy named as other", func(a *instrument.Administration) {
			a.Answers = append(a.Answers, instrument.Answer{Item: 4, Level: instrument.Full, Strategy: "Check-in"})
		}, nil, []problem{{Item: 4, Field: "answers", Strategy: "Check-in", Kind: rubric.ErrInvalid}}},
		{"main strategy not named", func(a *instrument.Administration) { a.MainStrategy = "" },
			nil, []problem{{Field: "main_strategy", Kind: rubric.ErrEmpty}}},
		{"no school, bad date", func(a *instrument.Administration) { a.School, a.Date = "", "2027-02-30" },
			nil, []problem{{Field: "school", Kind: rubric.ErrEmpty}, {Field: "date", Kind: rubric.ErrInvalid}}},
		{"date not zero-padded", func(a *instrument.Administration) { a.Date = "2027-5-14" },
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
	want := instrument.Scores{
		School: "Test School",
		Date:   "2027-05-14",
		Sections: []instrument.PartScore{
			{ID: "S", Title: "Setup", Score: instrument.Score{Points: 3, Possible: 4}},
			{ID: "T", Title: "Strategy", Score: instrument.Score{Points: 2, Possible: 4}},
			{ID: "U", Title: "Upkeep", Score: instrument.Score{Points: 1, Possible: 2}},
		},
		Groupings: []instrument.PartScore{
			{ID: "g1", Title: "Group one", Score: instrument.Score{Points: 5, Possible: 8}},
			{ID: "g2", Title: "Group two", Score: instrument.Score{Points: 3, Possible: 6}},
		},
		Total: instrument.Score{Points: 6, Possible: 10},
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
	if _, err := testInstrument.Score(a); !errors.Is(err, instrument.ErrUnanswered) {
		t.Fatalf("Score(partial) error = %v, want ErrUnanswered", err)
	}
	got, err := testInstrument.Score(a, instrument.AllowPartial())
	if err != nil {
		t.Fatal(err)
	}
	wantTotal := instrument.Score{Points: 3, Possible: 6, Unanswered: []int{4, 5}}
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
	a.Answers = append(a.Answers, instrument.Answer{Item: 3, Level: instrument.Full, Strategy: "Mentoring"})
	got, err := testInstrument.Score(a)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(base, got); diff != "" {
		t.Errorf("another strategy's answer changed the score (-want +got):\n%s", diff)
	}
}

func TestDiff(t *testing.T) {
	before := testAdmin()
	after := testAdmin()
	after.Date = "2028-05-12"
	after.Answers[2].Level = instrument.Full       // item 3: 0 → 2
	after.Answers[4].Level = instrument.NotStarted // item 5: 1 → 0
	got, err := testInstrument.Diff(before, after)
	if err != nil {
		t.Fatal(err)
	}
	wantUp := []instrument.ItemMove{{Item: 3, Section: "T", Label: "three", Before: instrument.NotStarted, After: instrument.Full}}
	wantDown := []instrument.ItemMove{{Item: 5, Section: "U", Label: "five", Before: instrument.Partial, After: instrument.NotStarted}}
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
	if _, err := testInstrument.Diff(after, before); !errors.Is(err, rubric.ErrInvalid) {
		t.Errorf("Compare(later, earlier) error = %v, want ErrInvalid", err)
	}
	bad := after
	bad.Answers = append(bad.Answers[:4:4], instrument.Answer{Item: 57, Level: instrument.Full})
	var ae *instrument.AdministrationError
	_, err = testInstrument.Diff(before, bad)
	if !errors.As(err, &ae) || ae.Item != 57 || !errors.Is(err, instrument.ErrUnknownItem) || !errors.Is(err, instrument.ErrUnanswered) {
		t.Errorf("Compare(good, bad) error = %v, want the unknown item 57 and the unanswered item 5", err)
	}
}

func TestActionPlan(t *testing.T) {
	got, err := testInstrument.ActionPlan(testAdmin())
	if err != nil {
		t.Fatal(err)
	}
	want := []instrument.ActionItem{
		{Item: 2, Section: "S", Label: "two", Level: instrument.Partial, Priority: instrument.PriorityMedium},
		{Item: 3, Section: "T", Label: "three", Level: instrument.NotStarted, Priority: instrument.PriorityHigh},
		{Item: 5, Section: "U", Label: "five", Level: instrument.Partial, Priority: instrument.PriorityMedium},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ActionPlan() (-want +got):\n%s", diff)
	}

	lowForUpkeep := instrument.WithPriority(func(it instrument.Item, r instrument.Response) instrument.Priority {
		if it.Number == 5 {
			return instrument.PriorityLow
		}
		return instrument.DefaultPriority(it, r)
	})
	got, err = testInstrument.ActionPlan(testAdmin(), lowForUpkeep)
	if err != nil || len(got) != 3 || got[2].Priority != instrument.PriorityLow || got[1].Priority != instrument.PriorityHigh {
		t.Errorf("ActionPlan(WithPriority) = %v, %v, want item 5 low and item 3 high", got, err)
	}

	broken := instrument.WithPriority(func(instrument.Item, instrument.Response) instrument.Priority { return 0 })
	if _, err := testInstrument.ActionPlan(testAdmin(), broken); !errors.Is(err, rubric.ErrInvalid) {
		t.Errorf("ActionPlan(rule returning 0) error = %v, want ErrInvalid", err)
	}
}

func TestPriority(t *testing.T) {
	for _, p := range []instrument.Priority{instrument.PriorityHigh, instrument.PriorityMedium, instrument.PriorityLow} {
		text, err := p.MarshalText()
		var back instrument.Priority
		if err != nil || back.UnmarshalText(text) != nil || back != p {
			t.Errorf("text round trip of %v: %q, %v → %v", p, text, err, back)
		}
	}
	if got, err := instrument.ParsePriority("HIGH"); got != instrument.PriorityHigh || err != nil {
		t.Errorf(`ParsePriority("HIGH") = %v, %v, want high, nil`, got, err)
	}
	if _, err := instrument.ParsePriority("urgent"); !errors.Is(err, rubric.ErrUnknownLabel) {
		t.Errorf(`ParsePriority("urgent") error = %v, want ErrUnknownLabel`, err)
	}
	if s := instrument.Priority(0).String() + instrument.Priority(8).String(); s != "unset%!Priority(8)" {
		t.Errorf("String of 0 and 8 = %q", s)
	}
	if _, err := instrument.Priority(8).MarshalText(); !errors.Is(err, rubric.ErrOutOfRange) {
		t.Errorf("Priority(8).MarshalText() error = %v, want ErrOutOfRange", err)
	}
}
