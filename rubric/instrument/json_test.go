package instrument_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func TestAdministrationJSONRoundTrip(t *testing.T) {
	a := testAdmin()
	a.Answers = append(a.Answers, instrument.Answer{Item: 4, Level: instrument.Partial, Strategy: "Mentoring"})
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := instrument.ReadAdministrationJSON(strings.NewReader(string(data)))
	if err != nil {
		t.Fatalf("ReadAdministrationJSON(%s): %v", data, err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
}

func TestReadAdministrationJSONAcceptsLabels(t *testing.T) {
	in := `{"school": "S", "date": "2027-01-05", "answers": [{"item": 1, "level": "partially in place"}, {"item": 2, "level": "0"}]}`
	got, err := instrument.ReadAdministrationJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := instrument.Administration{School: "S", Date: "2027-01-05", Answers: []instrument.Answer{
		{Item: 1, Level: instrument.Partial}, {Item: 2, Level: instrument.NotStarted}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadAdministrationJSON (-want +got):\n%s", diff)
	}
}

func TestReadAdministrationJSONErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		column   string
		kind     error
	}{
		{"level out of range on its line", "{\"school\": \"S\",\n \"answers\": [\n  {\"item\": 1, \"level\": 2},\n  {\"item\": 2, \"level\": 5}\n]}", 4, "answers.level", rubric.ErrOutOfRange},
		{"level unknown label", "{\"answers\": [\n{\"item\": 1, \"level\": \"most\"}]}", 2, "answers.level", rubric.ErrUnknownLabel},
		{"unknown answer field", "{\"answers\": [\n{\"item\": 1, \"level\": 2},\n{\"item\": 2, \"lvl\": 2}]}", 3, "answers", rubric.ErrInvalid},
		{"unknown top-level field", "{\"school\": \"S\",\n\"colour\": \"red\"}", 2, "colour", rubric.ErrInvalid},
		{"repeated field", "{\"answers\": [],\n\"answers\": []}", 2, "answers", rubric.ErrInvalid},
		{"item of the wrong type", "{\n\"answers\": [{\"item\": \"one\", \"level\": 2}]}", 2, "answers", rubric.ErrInvalid},
		{"syntax error", "{\"school\": \"S\"\n\"date\": 1}", 2, "", rubric.ErrInvalid},
		{"truncated", "{\"school\": \"S\",\n", 2, "", rubric.ErrInvalid},
		{"answers not an array", "{\"answers\": {}}", 1, "answers", rubric.ErrInvalid},
		{"trailing data", "{}\n{}", 2, "", rubric.ErrInvalid},
		{"not an object", "[]", 1, "", rubric.ErrInvalid},
		{"empty", "", 1, "", rubric.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := instrument.ReadAdministrationJSON(strings.NewReader(tt.in))
			var ie *instrument.InputError
			if !errors.As(err, &ie) || !errors.Is(err, tt.kind) {
				t.Fatalf("ReadAdministrationJSON(%q) error = %v, want an *InputError wrapping %v", tt.in, err, tt.kind)
			}
			got := []any{ie.Format, ie.Line, ie.Column}
			want := []any{"JSON", tt.line, tt.column}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ReadAdministrationJSON(%q) = %v; format, line, column (-want +got):\n%s", tt.in, err, diff)
			}
		})
	}
}

// FuzzReadAdministrationJSON checks that an administration the reader
// accepts marshals back to JSON that reads to the same administration.
func FuzzReadAdministrationJSON(f *testing.F) {
	f.Add(`{"school":"S","date":"2027-05-14","respondents":["A"],"main_strategy":"M","answers":[{"item":1,"level":2},{"item":3,"level":"1","strategy":"X"}]}`)
	f.Add(`{"answers":null}`)
	f.Add(`{"answers":[{"item":1,"level":null}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		a, err := instrument.ReadAdministrationJSON(strings.NewReader(s))
		if err != nil {
			return
		}
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("json.Marshal(%+v): %v", a, err)
		}
		back, err := instrument.ReadAdministrationJSON(strings.NewReader(string(data)))
		if err != nil {
			t.Fatalf("reading back %s: %v", data, err)
		}
		if diff := cmp.Diff(a, back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("JSON round trip (-read +reread):\n%s", diff)
		}
	})
}
