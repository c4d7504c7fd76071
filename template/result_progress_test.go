package template_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/template"
)

// TestStatusMatchesProgress holds template.Status to progress.Status: the
// conversion template.Status(s) documented on Status keeps each verdict,
// and the text forms agree, for every status package progress declares.
func TestStatusMatchesProgress(t *testing.T) {
	var want []template.Status
	for _, s := range progress.Statuses() {
		got := template.Status(s)
		if !got.IsValid() || got.String() != s.String() {
			t.Errorf("template.Status(progress.%v) = %v (valid %v), want the same key", s, got, got.IsValid())
		}
		if p, err := template.ParseStatus(s.String()); err != nil || p != got {
			t.Errorf("template.ParseStatus(%q) = %v, %v; want %v", s.String(), p, err, got)
		}
		want = append(want, got)
	}
	// Every template status has a progress counterpart: none is left over.
	for s := template.Status(1); s.IsValid(); s++ {
		if int(s) > len(want) || want[s-1] != s {
			t.Errorf("template.%v has no progress.Status counterpart", s)
		}
	}
}
