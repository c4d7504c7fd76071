package iepgoal_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADMEShowsTheExample keeps the README's code sample and its output
// identical to the package Example, which go test compiles and runs: the
// sample in the README runs as shown.
func TestREADMEShowsTheExample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	source, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	section := string(readme)
	if i := strings.Index(section, "## A benchmark in code"); i >= 0 {
		section = section[i:]
	} else {
		t.Fatal("README has no section \"A benchmark in code\"")
	}
	code := between(t, section, "```go\n", "\n```")
	printed := between(t, section, "prints\n\n```\n", "\n```")

	src := string(source)
	body := between(t, src, "func Example() {\n", "\n\t// Output:")
	var want []string
	for _, l := range strings.Split(body, "\n") {
		want = append(want, strings.TrimPrefix(l, "\t"))
	}
	if diff := cmp.Diff(strings.Join(want, "\n"), code); diff != "" {
		t.Errorf("README code sample differs from Example (-example +README):\n%s", diff)
	}
	var output []string
	for _, l := range strings.Split(between(t, src, "\t// Output:\n", "\n}"), "\n") {
		output = append(output, strings.TrimPrefix(l, "\t// "))
	}
	if diff := cmp.Diff(strings.Join(output, "\n"), printed); diff != "" {
		t.Errorf("README output differs from Example's (-example +README):\n%s", diff)
	}
}

func between(t *testing.T, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("no %q", start)
	}
	s = s[i+len(start):]
	j := strings.Index(s, end)
	if j < 0 {
		t.Fatalf("no %q after %q", end, start)
	}
	return s[:j]
}
