package enum_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/enum"
)

type colour uint8

var colours = enum.New[colour]("colour", "unset", "red", "green", "blue")

func TestTable(t *testing.T) {
	tests := []struct {
		v     colour
		str   string
		name  string
		valid bool
	}{
		{0, "unset", "", false},
		{1, "red", "red", true},
		{3, "blue", "blue", true},
		{4, "%!colour(4)", "", false},
		{255, "%!colour(255)", "", false},
	}
	for _, tt := range tests {
		if got := colours.String(tt.v); got != tt.str {
			t.Errorf("String(%d) = %q, want %q", tt.v, got, tt.str)
		}
		name, ok := colours.Name(tt.v)
		if name != tt.name || ok != tt.valid || colours.Valid(tt.v) != tt.valid {
			t.Errorf("Name(%d) = %q, %t, want %q, %t", tt.v, name, ok, tt.name, tt.valid)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want colour
		ok   bool
	}{{"red", 1, true}, {"GREEN", 2, true}, {"Blue", 3, true}, {"", 0, false}, {"unset", 0, false}, {"reds", 0, false}} {
		if got, ok := colours.Parse(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("Parse(%q) = %v, %t, want %v, %t", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if diff := cmp.Diff([]colour{1, 2, 3}, colours.Values()); diff != "" {
		t.Errorf("Values (-want +got):\n%s", diff)
	}
	if got := colours.List(); got != "red, green or blue" {
		t.Errorf("List() = %q", got)
	}
}

func FuzzParseString(f *testing.F) {
	for _, s := range []string{"red", "RED", "", "x", "%!colour(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := colours.Parse(s)
		if ok != colours.Valid(v) {
			t.Fatalf("Parse(%q) = %v, %t: ok disagrees with Valid", s, v, ok)
		}
		if ok {
			if back, ok2 := colours.Parse(colours.String(v)); !ok2 || back != v {
				t.Fatalf("Parse(String(%v)) = %v, %t", v, back, ok2)
			}
		}
	})
}
