package interchange_test

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/interchange"
	"github.com/iepgoal/iepgoal/rubric/instrument"
	"github.com/iepgoal/iepgoal/template"
)

// BadDocument is one entry of testdata/bad-documents.json: a document its
// schema rejects, and so must the library's decoder of that document (the
// schema check in examples/schemacheck reads the same table).
type BadDocument struct {
	Schema   string          `json:"schema"`
	Why      string          `json:"why"`
	Document json.RawMessage `json:"document"`
}

// strict decodes a plain record as the library reads its own JSON back:
// no unknown member, no member of the wrong type.
func strict[T any](data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var v T
	return dec.Decode(&v)
}

// decoders read each document kind back into its Go type.
var decoders = map[string]func([]byte) error{
	"plan":      func(d []byte) error { var p goal.Plan; return json.Unmarshal(d, &p) },
	"benchmark": func(d []byte) error { var b goal.Benchmark; return json.Unmarshal(d, &b) },
	"calendar":  func(d []byte) error { var c goal.Calendar; return json.Unmarshal(d, &c) },
	"bat-administration": func(d []byte) error {
		_, err := instrument.ReadAdministrationJSON(bytes.NewReader(d))
		return err
	},
	"progress-report":            strict[template.ReportDocument],
	"ingest-report":              strict[progress.Report],
	"student-iep-goal":           strict[interchange.StudentIEPGoal],
	"student-program-evaluation": strict[interchange.StudentProgramEvaluation],
	"ceds-progress":              strict[interchange.ProgressRecord],
}

// TestDecodersRejectTheBadDocuments: every document of the shared table
// is refused by the library's own decoder of its kind.
func TestDecodersRejectTheBadDocuments(t *testing.T) {
	data, err := os.ReadFile("testdata/bad-documents.json")
	if err != nil {
		t.Fatal(err)
	}
	var table []BadDocument
	if err := json.Unmarshal(data, &table); err != nil {
		t.Fatal(err)
	}
	for _, bad := range table {
		decode, ok := decoders[bad.Schema]
		if !ok {
			t.Errorf("%s: no decoder for the schema", bad.Schema)
			continue
		}
		if err := decode(bad.Document); err == nil {
			t.Errorf("%s, %s: the decoder accepts %s", bad.Schema, bad.Why, bad.Document)
		}
	}
}
