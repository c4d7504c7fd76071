package printable_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/internal/printable"
)

func TestValid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"S00042", true}, {"", true}, {"Zoë 3", true}, {"a\tb", false}, {"a\nb", false}, {"\x7f", false},
		{"\u0085", false}, {"a\u2028b", false}, {"\xff", false}, {"日本", true},
	} {
		if got := printable.Valid(tc.in); got != tc.want {
			t.Errorf("Valid(%q) = %t, want %t", tc.in, got, tc.want)
		}
		if got := printable.Valid([]byte(tc.in)); got != tc.want {
			t.Errorf("Valid([]byte(%q)) = %t, want %t", tc.in, got, tc.want)
		}
	}
}
