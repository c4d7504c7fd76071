package instrument_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func TestReadAnswersCSV(t *testing.T) {
	in := "\ufeffItem, Level ,strategy\n1,2,\n 2 ,partially in place,\n3,0,\n3,Fully In Place,Mentoring\n"
	got, err := testInstrument.ReadAnswersCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []instrument.Answer{
		{Item: 1, Level: instrument.Full},
		{Item: 2, Level: instrument.Partial},
		{Item: 3, Level: instrument.NotStarted},
		{Item: 3, Level: instrument.Full, Strategy: "Mentoring"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadAnswersCSV (-want +got):\n%s", diff)
	}
}

// csvProblem is the comparable summary of one *InputError.
type csvProblem struct {
	Line   int
	Column string
	Kind   error
}

func csvProblems(t *testing.T, err error) []csvProblem {
	t.Helper()
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else if err != nil {
		errs = []error{err}
	}
	kinds := []error{instrument.ErrUnknownItem, instrument.ErrDuplicateItem, instrument.ErrNotPerStrategy, rubric.ErrEmpty, rubric.ErrOutOfRange, rubric.ErrUnknownLabel, rubric.ErrInvalid}
	var out []csvProblem
	for _, e := range errs {
		var ie *instrument.InputError
		if !errors.As(e, &ie) || ie.Format != "CSV" {
			t.Errorf("error %v is not a CSV *InputError", e)
			continue
		}
		p := csvProblem{Line: ie.Line, Column: ie.Column}
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

func TestReadAnswersCSVErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []csvProblem
	}{
		{"empty input", "", []csvProblem{{1, "", rubric.ErrEmpty}}},
		{"unknown column", "item,level,comment\n", []csvProblem{{1, "comment", rubric.ErrInvalid}}},
		{"missing level column", "item\n1\n", []csvProblem{{1, "level", rubric.ErrInvalid}}},
		{"repeated column", "item,level,item\n", []csvProblem{{1, "item", rubric.ErrInvalid}}},
		{"unknown item named with its line", "item,level\n1,2\n57,1\n", []csvProblem{{3, "item", instrument.ErrUnknownItem}}},
		{"item not a number", "item,level\nx,2\n", []csvProblem{{2, "item", rubric.ErrInvalid}}},
		{"negative item", "item,level\n-3,2\n", []csvProblem{{2, "item", rubric.ErrInvalid}}},
		{"level out of range", "item,level\n1,3\n", []csvProblem{{2, "level", rubric.ErrOutOfRange}}},
		{"level empty", "item,level\n1,\n", []csvProblem{{2, "level", rubric.ErrEmpty}}},
		{"level unknown label", "item,level\n1,mostly\n", []csvProblem{{2, "level", rubric.ErrUnknownLabel}}},
		{"duplicate", "item,level\n1,2\n1,0\n", []csvProblem{{3, "item", instrument.ErrDuplicateItem}}},
		{"strategy on a plain item", "item,level,strategy\n5,2,Mentoring\n", []csvProblem{{2, "strategy", instrument.ErrNotPerStrategy}}},
		{"every bad line reported", "item,level\n1,9\n2,1\n99,1\n", []csvProblem{{2, "level", rubric.ErrOutOfRange}, {4, "item", instrument.ErrUnknownItem}}},
		{"wrong field count", "item,level\n1,2\n2,1,x\n", []csvProblem{{3, "", rubric.ErrInvalid}}},
		{"stray quote", "item,level\n1,\"2\n", []csvProblem{{2, "", rubric.ErrInvalid}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := testInstrument.ReadAnswersCSV(strings.NewReader(tt.in))
			if got != nil {
				t.Errorf("ReadAnswersCSV(%q) returned answers %v with an error", tt.in, got)
			}
			if diff := cmp.Diff(tt.want, csvProblems(t, err), cmpopts.EquateErrors()); diff != "" {
				t.Errorf("ReadAnswersCSV(%q) = %v; problems (-want +got):\n%s", tt.in, err, diff)
			}
		})
	}
}

func TestWriteAnswersCSV(t *testing.T) {
	tests := []struct {
		name    string
		answers []instrument.Answer
		want    string
	}{
		{"main only", testAdmin().Answers[:2], "item,level\n1,2\n2,1\n"},
		{"with strategy", []instrument.Answer{{Item: 3, Level: instrument.NotStarted}, {Item: 3, Level: instrument.Full, Strategy: "A, B"}},
			"item,level,strategy\n3,0,\n3,2,\"A, B\"\n"},
		{"none", nil, "item,level\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := instrument.WriteAnswersCSV(&b, tt.answers); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("WriteAnswersCSV (-want +got):\n%s", diff)
			}
		})
	}
	err := instrument.WriteAnswersCSV(&bytes.Buffer{}, []instrument.Answer{{Item: 1}})
	if !errors.Is(err, rubric.ErrEmpty) {
		t.Errorf("WriteAnswersCSV(unanswered level) error = %v, want ErrEmpty", err)
	}
}

// FuzzReadAnswersCSV checks that whatever the reader accepts passes
// validation (allowing a partial administration), writes back to CSV and
// reads back to the same answers.
func FuzzReadAnswersCSV(f *testing.F) {
	for _, s := range []string{
		"item,level\n1,2\n2,1\n3,0\n4,2\n5,1\n",
		"level,item,strategy\nfully in place,3,\n1,3,\"Mentoring, small group\"\n",
		"item,level\n57,1\n",
		"item,level\n1,\"2\n",
		"item,level,strategy\n4,2,x\r\n4,1,\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		answers, err := testInstrument.ReadAnswersCSV(strings.NewReader(s))
		if err != nil {
			if answers != nil {
				t.Fatalf("answers %v returned with error %v", answers, err)
			}
			return
		}
		a := testAdmin()
		a.MainStrategy = unusedStrategy(answers)
		a.Answers = answers
		if err := testInstrument.Validate(a, instrument.AllowPartial()); err != nil {
			t.Fatalf("accepted answers %v fail validation: %v", answers, err)
		}
		var b bytes.Buffer
		if err := instrument.WriteAnswersCSV(&b, answers); err != nil {
			t.Fatalf("WriteAnswersCSV(%v): %v", answers, err)
		}
		back, err := testInstrument.ReadAnswersCSV(&b)
		if err != nil {
			t.Fatalf("reading back %q: %v", b.String(), err)
		}
		if diff := cmp.Diff(answers, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("CSV round trip (-read +reread):\n%s", diff)
		}
	})
}

// unusedStrategy returns a strategy name that none of the answers is for,
// to stand for the main strategy.
func unusedStrategy(answers []instrument.Answer) string {
	name := "main"
	for used := true; used; {
		used = false
		for _, a := range answers {
			if a.Strategy == name {
				name += "+"
				used = true
			}
		}
	}
	return name
}

func TestReadAnswersCSVStopsAfterManyErrors(t *testing.T) {
	in := "item,level\n" + strings.Repeat("99,1\n", 200)
	_, err := testInstrument.ReadAnswersCSV(strings.NewReader(in))
	got := csvProblems(t, err)
	if len(got) != 51 || got[50].Kind != rubric.ErrInvalid || got[49].Line != 51 {
		t.Errorf("ReadAnswersCSV(200 bad lines) gave %d problems, last %+v; want 50 and a stop notice", len(got), got[len(got)-1])
	}
}
