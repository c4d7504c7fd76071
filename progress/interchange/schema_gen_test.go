package interchange_test

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/interchange"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
	"github.com/iepgoal/iepgoal/template"
)

// obj is a JSON object of a schema, written with its members sorted.
type obj = map[string]any

// schemaGen builds a self-contained schema: the document's type by
// reflection, with $defs for the types it meets. Types whose JSON is
// written by hand (a MarshalJSON or MarshalText of their own) have their
// schemas here, stated once; enumerations are listed by asking the type
// itself for the text of each of its values, so that a new value shows.
type schemaGen struct{ defs obj }

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
)

// dateSchema is goal.Date's: "2027-03-13", or "" for the zero Date.
var dateSchema = obj{"type": "string", "pattern": `^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`}

func (g *schemaGen) def(name string, build func() any) obj {
	if _, ok := g.defs[name]; !ok {
		g.defs[name] = true // a placeholder, for types that refer to themselves
		g.defs[name] = build()
	}
	return obj{"$ref": "#/$defs/" + name}
}

// textValues returns the text forms of a text-marshalled integer enum's
// values 0–255 that marshal, in order.
func textValues(t reflect.Type) []any {
	var out []any
	for i := range 256 {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		if b, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil && !slices.Contains(out, any(string(b))) {
			out = append(out, string(b))
		}
	}
	return out
}

// jsonValues returns the JSON forms of a JSON-marshalled integer enum's
// values 0–255 that marshal, as decoded JSON values.
func jsonValues(t reflect.Type) []any {
	var out []any
	for i := range 256 {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		b, err := v.Interface().(json.Marshaler).MarshalJSON()
		if err != nil {
			continue
		}
		var x any
		_ = json.Unmarshal(b, &x)
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func (g *schemaGen) enumKeys(t reflect.Type) []any {
	var out []any
	for _, v := range textValues(t) {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

func (g *schemaGen) schema(t reflect.Type) any {
	name := strings.TrimPrefix(t.String(), "*")
	switch t {
	case reflect.TypeFor[goal.Date]():
		return g.def(name, func() any { return dateSchema })
	case reflect.TypeFor[goal.StudentID]():
		return obj{"type": "string"}
	case reflect.TypeFor[goal.Period]():
		return g.def(name, func() any {
			return obj{"type": "object", "properties": obj{"start": g.schema(reflect.TypeFor[goal.Date]()), "end": g.schema(reflect.TypeFor[goal.Date]())},
				"required": []any{"start", "end"}, "additionalProperties": false}
		})
	case reflect.TypeFor[goal.Calendar]():
		return g.def(name, func() any {
			return obj{"type": "object", "propertyNames": obj{"enum": g.enumKeys(reflect.TypeFor[goal.Term]())},
				"additionalProperties": g.schema(reflect.TypeFor[goal.Date]())}
		})
	case reflect.TypeFor[goal.Deadline]():
		return g.def(name, func() any {
			return obj{"anyOf": []any{obj{"enum": append([]any{""}, g.enumKeys(reflect.TypeFor[goal.Term]())...)}, dateSchema}}
		})
	case reflect.TypeFor[goal.Support]():
		return obj{"type": "string", "pattern": `^(independent|[1-5]-or-less|[1-5](-[1-5])?)$`}
	case reflect.TypeFor[rubric.Band[rubric.TEP]](), reflect.TypeFor[rubric.Band[rubric.SoftSkill]](), reflect.TypeFor[rubric.Band[rubric.Intensity]]():
		return g.def("rubric.Band", func() any { return obj{"type": []any{"string", "null"}, "pattern": `^[1-5](-[1-5])?$`} })
	case reflect.TypeFor[rubric.ElementSet]():
		return g.def(name, func() any {
			return obj{"type": "array", "items": obj{"enum": g.enumKeys(reflect.TypeFor[rubric.Element]())}, "uniqueItems": true}
		})
	case reflect.TypeFor[rubric.SupportProfile]():
		return g.def(name, func() any {
			return obj{"type": "object", "propertyNames": obj{"enum": g.enumKeys(reflect.TypeFor[rubric.Element]())},
				"additionalProperties": obj{"type": "integer", "minimum": 1, "maximum": 5}}
		})
	case reflect.TypeFor[rubric.SkillArea]():
		return g.def(name, func() any {
			return obj{"anyOf": []any{obj{"type": "null"}, obj{"type": "object", "properties": obj{"id": obj{"type": "string", "minLength": 1},
				"phrase": obj{"type": "string", "minLength": 1}}, "required": []any{"id", "phrase"}, "additionalProperties": false}}}
		})
	case reflect.TypeFor[instrument.Response]():
		return g.def(name, func() any { return obj{"enum": []any{nil, 0, 1, 2}} }) // the paper's number, null unanswered
	case reflect.TypeFor[goal.Benchmark]():
		return g.def(name, g.benchmark)
	case reflect.TypeFor[goal.Goal]():
		return g.def(name, g.goal)
	case reflect.TypeFor[goal.Plan]():
		return g.def(name, g.plan)
	}
	switch {
	case t.Implements(jsonMarshaler) && t.Kind() == reflect.Uint8:
		return g.def(name, func() any { return obj{"enum": jsonValues(t)} })
	case t.Implements(textMarshaler) && t.Kind() == reflect.Uint8:
		return g.def(name, func() any { return obj{"type": "string", "enum": textValues(t)} })
	case t.Implements(jsonMarshaler) || t.Implements(textMarshaler):
		panic(fmt.Sprintf("schema: %v writes its own JSON: state its schema in schemaGen.schema", t))
	}
	switch t.Kind() {
	case reflect.Pointer:
		return obj{"anyOf": []any{g.schema(t.Elem()), obj{"type": "null"}}}
	case reflect.Struct:
		return g.def(name, func() any { return g.structSchema(t) })
	case reflect.Slice:
		return obj{"type": []any{"array", "null"}, "items": g.schema(t.Elem())}
	case reflect.Map:
		return obj{"type": "object", "additionalProperties": g.schema(t.Elem())}
	case reflect.String:
		return obj{"type": "string"}
	case reflect.Bool:
		return obj{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return obj{"type": "integer"}
	case reflect.Float32, reflect.Float64:
		return obj{"type": "number"}
	}
	panic(fmt.Sprintf("schema: no schema for %v", t))
}

// structSchema states a struct as encoding/json writes it: a member per
// exported field (named by its tag, embedded structs' members inline),
// required unless omitempty or omitzero, and no other member.
func (g *schemaGen) structSchema(t reflect.Type) any {
	props, required := obj{}, []any{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct && !f.Type.Implements(jsonMarshaler) && !f.Type.Implements(textMarshaler) {
				walk(f.Type)
				continue
			}
			if name == "" {
				name = f.Name
			}
			props[name] = g.schema(f.Type)
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				required = append(required, name)
			}
		}
	}
	walk(t)
	slices.SortFunc(required, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	return obj{"type": "object", "properties": props, "required": required, "additionalProperties": false}
}

// benchmark, goal and plan state what goal's MarshalJSON methods write.
func (g *schemaGen) benchmark() any {
	return obj{"type": "object", "properties": obj{
		"measure":     g.schema(reflect.TypeFor[goal.Measure]()),
		"basis":       obj{"enum": []any{"day", "opportunities"}},
		"tep":         g.schema(reflect.TypeFor[rubric.Band[rubric.TEP]]()),
		"skill":       g.schema(reflect.TypeFor[rubric.SkillArea]()),
		"proficiency": g.schema(reflect.TypeFor[rubric.Band[rubric.SoftSkill]]()),
		"support":     g.schema(reflect.TypeFor[goal.Support]()),
		"threshold":   obj{"type": "integer", "minimum": 1, "maximum": 100},
		"deadline":    g.schema(reflect.TypeFor[goal.Deadline]()),
		"focus":       g.schema(reflect.TypeFor[rubric.ElementSet]()),
	}, "required": []any{"measure", "support", "threshold"}, "additionalProperties": false}
}

func (g *schemaGen) goal() any {
	return obj{"type": "object", "properties": obj{
		"stage":         g.schema(reflect.TypeFor[goal.Stage]()),
		"target":        g.schema(reflect.TypeFor[goal.Target]()),
		"skill":         g.schema(reflect.TypeFor[rubric.SkillArea]()),
		"benchmarks":    obj{"type": "array", "items": g.schema(reflect.TypeFor[goal.Benchmark]()), "minItems": 1},
		"focus":         g.schema(reflect.TypeFor[rubric.ElementSet]()),
		"review":        g.schema(reflect.TypeFor[goal.Date]()),
		"responsible":   obj{"type": "array", "items": g.schema(reflect.TypeFor[goal.Role]())},
		"present_level": obj{"type": "string"},
	}, "required": []any{"stage", "target", "benchmarks"}, "additionalProperties": false}
}

func (g *schemaGen) plan() any {
	return obj{"type": "object", "properties": obj{
		"student":  obj{"type": "string"},
		"stage":    g.schema(reflect.TypeFor[goal.Stage]()),
		"period":   g.schema(reflect.TypeFor[goal.Period]()),
		"calendar": g.schema(reflect.TypeFor[goal.Calendar]()),
		"goals":    obj{"type": "array", "items": g.schema(reflect.TypeFor[goal.Goal]()), "minItems": 1},
	}, "required": []any{"stage", "goals"}, "additionalProperties": false}
}

// documents are the documents with a schema and the Go type each is.
var documents = map[string]reflect.Type{
	"plan":                       reflect.TypeFor[goal.Plan](),
	"benchmark":                  reflect.TypeFor[goal.Benchmark](),
	"calendar":                   reflect.TypeFor[goal.Calendar](),
	"assessment":                 reflect.TypeFor[assess.Assessment](),
	"progress-report":            reflect.TypeFor[template.ReportDocument](),
	"ingest-report":              reflect.TypeFor[progress.Report](),
	"bat-administration":         reflect.TypeFor[instrument.Administration](),
	"student-iep-goal":           reflect.TypeFor[interchange.StudentIEPGoal](),
	"student-program-evaluation": reflect.TypeFor[interchange.StudentProgramEvaluation](),
	"ceds-progress":              reflect.TypeFor[interchange.ProgressRecord](),
}

// generateSchema returns the schema document of name, indented, as the
// embedded file holds it.
func generateSchema(name string) []byte {
	g := &schemaGen{defs: obj{}}
	root := g.schema(documents[name])
	doc := obj{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:iepgoal:schema:" + name,
		"title": "iepgoal " + name, "$defs": g.defs}
	for k, v := range root.(obj) {
		doc[k] = v
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	_ = enc.Encode(doc)
	return buf.Bytes()
}

// TestSchemasMatchTheTypes: the embedded schemas are those the Go types
// give, so that the two cannot drift. Run with -update to rewrite them
// after a deliberate change.
func TestSchemasMatchTheTypes(t *testing.T) {
	for _, name := range interchange.SchemaNames() {
		got := generateSchema(name)
		path := filepath.Join("schemas", name+".schema.json")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, ok := interchange.Schema(name)
		if !ok {
			t.Fatalf("no embedded schema %q (run with -update)", name)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s: the embedded schema differs from the types' (-embedded +types; run with -update):\n%s", name, diff)
		}
	}
	if len(documents) != len(interchange.SchemaNames()) {
		t.Errorf("%d documents for %d schemas", len(documents), len(interchange.SchemaNames()))
	}
	if _, ok := interchange.Schema("nonsense"); ok {
		t.Error("Schema(nonsense) found one")
	}
}
