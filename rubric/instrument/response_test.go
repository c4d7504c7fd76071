package instrument_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func TestParseResponse(t *testing.T) {
	tests := []struct {
		name, in string
		want     instrument.Response
		err      error
	}{
		{"level 0 is a real level", "0", instrument.NotStarted, nil},
		{"level 1", "1", instrument.Partial, nil},
		{"level 2", "2", instrument.Full, nil},
		{"label", "not yet started", instrument.NotStarted, nil},
		{"label any case", "Partially In Place", instrument.Partial, nil},
		{"label full", "FULLY IN PLACE", instrument.Full, nil},
		{"above range", "3", instrument.Response{}, rubric.ErrOutOfRange},
		{"huge number", "99999999999999999999", instrument.Response{}, rubric.ErrOutOfRange},
		{"negative", "-1", instrument.Response{}, rubric.ErrOutOfRange},
		{"empty", "", instrument.Response{}, rubric.ErrEmpty},
		{"unknown label", "mostly", instrument.Response{}, rubric.ErrUnknownLabel},
		{"spaces are not trimmed", " 1", instrument.Response{}, rubric.ErrUnknownLabel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := instrument.ParseResponse(tt.in)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("ParseResponse(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
			}
			var pe *rubric.ParseError
			if tt.err != nil && (!errors.As(err, &pe) || pe.Type != "Response") {
				t.Errorf("ParseResponse(%q) error %v is not a *ParseError for Response", tt.in, err)
			}
		})
	}
}

func TestResponseLevelsAndNames(t *testing.T) {
	tests := []struct {
		r             instrument.Response
		level         int
		str, label    string
		valid, isZero bool
	}{
		{instrument.Response{}, -1, "unanswered", "", false, true},
		{instrument.NotStarted, 0, "0", "not yet started", true, false},
		{instrument.Partial, 1, "1", "partially in place", true, false},
		{instrument.Full, 2, "2", "fully in place", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.str, func(t *testing.T) {
			if got := tt.r.Level(); got != tt.level {
				t.Errorf("Response(%v).Level() = %d, want %d", tt.r, got, tt.level)
			}
			if got := tt.r.String(); got != tt.str {
				t.Errorf("Response(%v).String() = %q, want %q", tt.r, got, tt.str)
			}
			if got := tt.r.Label(); got != tt.label {
				t.Errorf("Response(%v).Label() = %q, want %q", tt.r, got, tt.label)
			}
			if got := tt.r.IsValid(); got != tt.valid {
				t.Errorf("Response(%v).IsValid() = %v, want %v", tt.r, got, tt.valid)
			}
			if got := tt.r.IsZero(); got != tt.isZero {
				t.Errorf("Response(%v).IsZero() = %v, want %v", tt.r, got, tt.isZero)
			}
			if got := tt.r.Meaning() != ""; got != tt.valid {
				t.Errorf("Response(%v).Meaning() present = %v, want %v", tt.r, got, tt.valid)
			}
		})
	}
}

func TestResponseOf(t *testing.T) {
	for _, r := range instrument.Responses() {
		got, err := instrument.ResponseOf(r.Level())
		if got != r || err != nil {
			t.Errorf("ResponseOf(%d) = %v, %v, want %v, nil", r.Level(), got, err, r)
		}
	}
	for _, n := range []int{-1, 3, 1 << 40} {
		if got, err := instrument.ResponseOf(n); !errors.Is(err, rubric.ErrOutOfRange) {
			t.Errorf("ResponseOf(%d) = %v, %v, want ErrOutOfRange", n, got, err)
		}
	}
}

func TestResponseScale(t *testing.T) {
	s := instrument.ResponseScale()
	if s.Min() != 0 || s.Max() != 2 || !s.HigherIsBetter() {
		t.Errorf("ResponseScale() = %d–%d higher-is-better %v, want 0–2 true", s.Min(), s.Max(), s.HigherIsBetter())
	}
	for _, r := range instrument.Responses() {
		l, ok := s.Level(r.Level())
		if !ok || l.Label != r.Label() {
			t.Errorf("ResponseScale().Level(%d) = %v, %v, want label %q", r.Level(), l, ok, r.Label())
		}
	}
}

// TestResponseEncodings checks that every valid response and the zero value
// survive text, JSON and SQL round trips, and that the encodings carry the
// level number, not the stored byte.
func TestResponseEncodings(t *testing.T) {
	for _, r := range append(instrument.Responses(), instrument.Response{}) {
		t.Run(r.String(), func(t *testing.T) {
			text, err := r.MarshalText()
			var fromText instrument.Response
			if err != nil || fromText.UnmarshalText(text) != nil || fromText != r {
				t.Errorf("text round trip of %v: %q, %v → %v", r, text, err, fromText)
			}
			if r.IsValid() && string(text) != r.String() {
				t.Errorf("%v.MarshalText() = %q, want the level %q", r, text, r.String())
			}
			js, err := json.Marshal(r)
			var fromJSON instrument.Response
			if err != nil || json.Unmarshal(js, &fromJSON) != nil || fromJSON != r {
				t.Errorf("JSON round trip of %v: %s, %v → %v", r, js, err, fromJSON)
			}
			v, err := r.Value()
			var fromSQL instrument.Response
			if err != nil || fromSQL.Scan(v) != nil || fromSQL != r {
				t.Errorf("SQL round trip of %v: %v, %v → %v", r, v, err, fromSQL)
			}
			if want := driver.Value(nil); r.IsValid() {
				want = int64(r.Level())
				if v != want {
					t.Errorf("%v.Value() = %v, want %v", r, v, want)
				}
			} else if v != want {
				t.Errorf("%v.Value() = %v, want NULL", r, v)
			}
		})
	}
}

func TestResponseDecodeErrors(t *testing.T) {
	tests := []struct {
		name   string
		decode func(*instrument.Response) error
		want   error
	}{
		{"JSON 3", func(r *instrument.Response) error { return json.Unmarshal([]byte("3"), r) }, rubric.ErrOutOfRange},
		{"JSON -1", func(r *instrument.Response) error { return json.Unmarshal([]byte("-1"), r) }, rubric.ErrOutOfRange},
		{"JSON float", func(r *instrument.Response) error { return json.Unmarshal([]byte("1.0"), r) }, rubric.ErrUnsupportedType},
		{"JSON bool", func(r *instrument.Response) error { return r.UnmarshalJSON([]byte("true")) }, rubric.ErrUnsupportedType},
		{"JSON array", func(r *instrument.Response) error { return r.UnmarshalJSON([]byte("[1]")) }, rubric.ErrUnsupportedType},
		{"JSON leading zero is not JSON", func(r *instrument.Response) error { return r.UnmarshalJSON([]byte("01")) }, rubric.ErrSyntax},
		{"JSON broken string", func(r *instrument.Response) error { return r.UnmarshalJSON([]byte(`"1`)) }, rubric.ErrSyntax},
		{"JSON bad label", func(r *instrument.Response) error { return json.Unmarshal([]byte(`"mostly"`), r) }, rubric.ErrUnknownLabel},
		{"text 5", func(r *instrument.Response) error { return r.UnmarshalText([]byte("5")) }, rubric.ErrOutOfRange},
		{"SQL int 3", func(r *instrument.Response) error { return r.Scan(int64(3)) }, rubric.ErrOutOfRange},
		{"SQL int -1", func(r *instrument.Response) error { return r.Scan(int64(-1)) }, rubric.ErrOutOfRange},
		{"SQL float", func(r *instrument.Response) error { return r.Scan(1.0) }, rubric.ErrUnsupportedType},
		{"SQL bytes", func(r *instrument.Response) error { return r.Scan([]byte("x")) }, rubric.ErrUnknownLabel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := instrument.Partial
			err := tt.decode(&r)
			if !errors.Is(err, tt.want) {
				t.Errorf("decode = %v, want %v", err, tt.want)
			}
			if r != instrument.Partial {
				t.Errorf("failed decode changed the value to %v", r)
			}
		})
	}
}

// TestResponseJSONLikeTheRatings decodes the same JSON inputs into a
// Response and a TEP: both accept or reject each one, with the same kind of
// error, so that Response is typed like the other rating types.
func TestResponseJSONLikeTheRatings(t *testing.T) {
	for _, in := range []string{"1", " 2 \n", `"1"`, `""`, "null", " null ", `"x"`, "1.0", "1e0", "true", "{}", "[1]", "01", `"1`, ""} {
		var r instrument.Response
		var tep rubric.TEP
		errR, errT := r.UnmarshalJSON([]byte(in)), tep.UnmarshalJSON([]byte(in))
		if testcheck.ParseErrorKind(errR) != testcheck.ParseErrorKind(errT) {
			t.Errorf("UnmarshalJSON(%q): Response error %v, TEP error %v; want the same kind", in, errR, errT)
		}
		if errR == nil && (r.IsZero() != tep.IsZero() || !r.IsZero() && r.Level() != int(tep)) {
			t.Errorf("UnmarshalJSON(%q): Response %v, TEP %v; want the same number", in, r, tep)
		}
	}
}

// TestResponseCannotBeConvertedFromAnInteger type-checks code that
// converts an integer to a Response, the trap of a BAT entered as 2s read
// as "partially in place": it must not compile. The only ways from a
// number to a Response are ResponseOf and the decoders, which read the
// paper's 0, 1 and 2.
func TestResponseCannotBeConvertedFromAnInteger(t *testing.T) {
	if k := reflect.TypeFor[instrument.Response]().Kind(); k != reflect.Struct {
		t.Fatalf("Response is a %v; want a struct, which no integer converts to", k)
	}
	for _, src := range []string{
		"var r = instrument.Response(2)",
		"var n uint8 = 2\nvar r = instrument.Response(n)",
		"var r instrument.Response = 2",
	} {
		if err := typeCheck(src); err == nil {
			t.Errorf("%q type-checks; want a compile error", src)
		}
	}
	if err := typeCheck("var r, _ = instrument.ResponseOf(2)\nvar ok = r == instrument.Full"); err != nil {
		t.Errorf("ResponseOf does not type-check: %v", err)
	}
}

// typeCheck type-checks a file of package p holding decl, importing
// package instrument from source.
func typeCheck(decl string) error {
	src := "package p\nimport \"github.com/iepgoal/iepgoal/rubric/instrument\"\n" + decl + "\nvar _ = instrument.Full\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		return err
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	_, err = conf.Check("p", fset, []*ast.File{f}, nil)
	return err
}

var (
	responseSink instrument.Response
	partialText  = []byte("Partially In Place")
	responseBuf  = make([]byte, 0, 8)
)

func TestResponseDecodingDoesNotAllocate(t *testing.T) {
	for name, f := range map[string]func() error{
		"ParseResponse":          func() error { _, err := instrument.ParseResponse("partially in place"); return err },
		"UnmarshalText label":    func() error { return responseSink.UnmarshalText(partialText) },
		"Scan integer":           func() error { return responseSink.Scan(int64(2)) },
		"AppendText to a buffer": func() error { _, err := instrument.Full.AppendText(responseBuf); return err },
		"ResponseOf":             func() error { var err error; responseSink, err = instrument.ResponseOf(1); return err },
	} {
		var err error
		allocs := testing.AllocsPerRun(100, func() { err = f() })
		if err != nil || allocs != 0 {
			t.Errorf("%s: %v allocations, error %v; want 0, nil", name, allocs, err)
		}
	}
}

// FuzzParseResponse checks that whatever parses formats back to text that
// parses to the same response.
func FuzzParseResponse(f *testing.F) {
	for _, s := range []string{"0", "1", "2", "3", "fully in place", "Not Yet Started", "", "-1", "01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := instrument.ParseResponse(s)
		if err != nil {
			return
		}
		if !r.IsValid() {
			t.Fatalf("ParseResponse(%q) = %v, not valid", s, r)
		}
		back, err := instrument.ParseResponse(r.String())
		if err != nil || back != r {
			t.Errorf("ParseResponse(%q) = %v; reparsing %q gave %v, %v", s, r, r.String(), back, err)
		}
	})
}
