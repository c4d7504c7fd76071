package template

import (
	"strings"
	"testing"
)

// TestRenderingsHaveNoOuterWhiteSpace renders every template against its
// samples: no rendering starts or ends with white space, so that templates
// that call each other, and callers that print them, lay out lines as
// written.
func TestRenderingsHaveNoOuterWhiteSpace(t *testing.T) {
	s := Default()
	for _, name := range s.Names() {
		for i, data := range definitions[name].samples() {
			var b strings.Builder
			if err := s.Execute(&b, definitions[name].formats()[0], name, data); err != nil {
				t.Fatalf("%s sample %d: %v", name, i, err)
			}
			if got := b.String(); strings.TrimSpace(got) != got {
				t.Errorf("%s sample %d renders with outer white space: %q", name, i, got)
			}
		}
	}
}
