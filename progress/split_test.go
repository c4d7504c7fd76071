package progress

import (
	"bytes"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkSplit compares the scanner's word-at-a-time split of a line with
// the byte-by-byte definition: a line with a quote is not split, any other
// is cut at every comma.
func checkSplit(t *testing.T, line []byte) {
	t.Helper()
	var s recordScanner
	ok := s.split(line)
	if hasQuote := bytes.IndexByte(line, '"') >= 0; ok == hasQuote {
		t.Fatalf("split(%q) = %v, want %v", line, ok, !hasQuote)
	}
	if !ok {
		return
	}
	want := bytes.Split(line, []byte(","))
	if slices.EqualFunc(want, s.fields, bytes.Equal) {
		return
	}
	if diff := cmp.Diff(want, s.fields); diff != "" {
		t.Fatalf("split(%q) fields (-want +got):\n%s", line, diff)
	}
}

func TestSplit(t *testing.T) {
	for _, line := range []string{
		"", ",", ",,", "a", "a,b", "S00001,2026-08-31,1,50,4,3,2,,1",
		"exactly8", "exactly8,", ",exactly8", "1234567,", "12345678,9", "x\"", "1234567890123456\"",
		"\x00,\x01,\x7f,\x80,\xff,\xac", "\xac\xac\xac\xac\xac\xac\xac\xac,", // bytes whose arithmetic borrows
	} {
		checkSplit(t, []byte(line))
	}
}

func FuzzSplit(f *testing.F) {
	f.Add([]byte("S00001,2026-08-31,1,50,4,3,2,,1"))
	f.Add([]byte("a,\"b\",c"))
	f.Add([]byte(",,,,,,,,,,,,,,,,,"))
	f.Fuzz(func(t *testing.T, line []byte) { checkSplit(t, line) })
}
