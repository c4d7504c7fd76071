package jsonobj_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   []string // member names
		kind   error
		member string
		line   int
	}{
		{name: "members in order", in: `{"b":1, "a":[1,2], "c":{"x":null}}`, want: []string{"b", "a", "c"}},
		{name: "empty object", in: " {} ", want: nil},
		{name: "duplicate key", in: "{\"threshold\":\"x\",\n\"threshold\":90}", kind: jsonobj.ErrDuplicate, member: "threshold", line: 2},
		{name: "null", in: `null`, kind: jsonobj.ErrNotObject},
		{name: "array", in: `[1]`, kind: jsonobj.ErrNotObject},
		{name: "trailing", in: `{"a":1} {}`, kind: jsonobj.ErrTrailing},
		{name: "syntax", in: `{"a":}`, kind: jsonobj.ErrSyntax, member: "a"},
		{name: "cut short", in: `{"a":1`, kind: jsonobj.ErrSyntax},
		{name: "empty", in: ``, kind: jsonobj.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obj, err := jsonobj.Decode([]byte(tt.in))
			if tt.kind != nil {
				var e *jsonobj.Error
				if !errors.Is(err, tt.kind) || !errors.As(err, &e) || e.Member != tt.member {
					t.Fatalf("Decode(%q) = %v, want %v for member %q", tt.in, err, tt.kind, tt.member)
				}
				if tt.line != 0 {
					if got := jsonobj.Line([]byte(tt.in), e.Offset); got != tt.line {
						t.Errorf("Decode(%q) error on line %d, want %d", tt.in, got, tt.line)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode(%q) = %v", tt.in, err)
			}
			var names []string
			for _, m := range obj {
				names = append(names, m.Name)
			}
			if diff := cmp.Diff(tt.want, names); diff != "" {
				t.Errorf("Decode(%q) names (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestUnknownAndGet(t *testing.T) {
	obj, err := jsonobj.Decode([]byte(`{"a":1,"zz":2,"b":3,"yy":4}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range obj.Unknown("a", "b") {
		got = append(got, e.Member)
	}
	if diff := cmp.Diff([]string{"zz", "yy"}, got); diff != "" {
		t.Errorf("Unknown (-want +got):\n%s", diff)
	}
	if v, ok := obj.Get("b"); !ok || string(v) != "3" {
		t.Errorf("Get(b) = %s, %t", v, ok)
	}
}

func TestArray(t *testing.T) {
	in := "[{\"item\":1},\n {\"item\":2}]"
	els, err := jsonobj.Array([]byte(in), false)
	if err != nil || len(els) != 2 || jsonobj.Line([]byte(in), els[1].Offset) != 2 {
		t.Fatalf("Array = %v, %v", els, err)
	}
	if els, err := jsonobj.Array([]byte("null"), true); err != nil || els != nil {
		t.Errorf("Array(null, true) = %v, %v", els, err)
	}
	if _, err := jsonobj.Array([]byte("null"), false); !errors.Is(err, jsonobj.ErrNotArray) {
		t.Errorf("Array(null, false) = %v, want ErrNotArray", err)
	}
}

// FuzzDecode checks Decode against encoding/json: whatever Decode accepts
// is a JSON object that json.Unmarshal reads with the same members, and of the
// objects json.Unmarshal reads it rejects only those with a member
// written twice.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{}`, `{"a":1}`, `{"a":1,"a":2}`, `{"a":{"a":1,"a":2}}`, `[]`, `{"a":1}x`, `null`, `{"\u0061":1,"a":2}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		obj, err := jsonobj.Decode([]byte(s))
		var m map[string]json.RawMessage
		uerr := json.Unmarshal([]byte(s), &m)
		if err == nil {
			if uerr != nil || m == nil {
				t.Fatalf("Decode(%q) accepted what json.Unmarshal rejects: %v", s, uerr)
			}
			if len(m) != len(obj) {
				t.Fatalf("Decode(%q) has %d members, json.Unmarshal %d", s, len(obj), len(m))
			}
			for _, mem := range obj {
				if _, ok := m[mem.Name]; !ok {
					t.Fatalf("Decode(%q): member %q unknown to json.Unmarshal", s, mem.Name)
				}
			}
			return
		}
		if uerr == nil && m != nil && !errors.Is(err, jsonobj.ErrDuplicate) {
			t.Fatalf("Decode(%q) = %v for an object json.Unmarshal reads; only a repeated member may fail", s, err)
		}
	})
}

func TestOffsets(t *testing.T) {
	in := `{ "a" : [1, 2],
  "bb":  {"c": true} }`
	obj, err := jsonobj.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range obj {
		if got := in[m.ValueOffset : m.ValueOffset+int64(len(m.Value))]; got != string(m.Value) {
			t.Errorf("member %q: value at its offset is %q, want %q", m.Name, got, m.Value)
		}
		if got := in[m.Offset : m.Offset+int64(len(m.Name))+2]; got != `"`+m.Name+`"` {
			t.Errorf("member %q: name at its offset is %q", m.Name, got)
		}
	}
}
