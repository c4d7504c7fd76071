package progress

import (
	"fmt"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"pgregory.net/rapid"
)

// TestLedgerProperty: marking rows reports exactly the slots seen before,
// whatever the labels (more than 64 of them too), and the ledgers of two
// parts merge into the ledger of the whole, reporting a repeat exactly
// when the parts share a slot.
func TestLedgerProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		labels := rapid.IntRange(1, 90).Draw(t, "labels")
		type row struct {
			slot
			part int
		}
		var rows []row
		if rapid.Bool().Draw(t, "every label") { // more than 64 labels in play
			for i := range labels {
				rows = append(rows, row{slot{"S9", goal.MustDate(2027, 3, 1), fmt.Sprint("p", i)}, i % 2})
			}
		}
		for range rapid.IntRange(0, 120).Draw(t, "rows") {
			rows = append(rows, row{slot{
				student: rapid.SampledFrom([]goal.StudentID{"S1", "S2", "S3"}).Draw(t, "student"),
				date:    goal.MustDate(2027, 3, 1).AddDays(rapid.IntRange(0, 3).Draw(t, "day")),
				period:  fmt.Sprint("p", rapid.IntRange(0, labels-1).Draw(t, "label")),
			}, rapid.IntRange(0, 1).Draw(t, "part")})
		}
		var whole ledger
		var parts [2]ledger
		seen := map[slot]bool{}
		inPart := [2]map[slot]bool{{}, {}}
		for _, r := range rows {
			if got := whole.mark(r.student, r.date, []byte(r.period)); got != seen[r.slot] {
				t.Fatalf("mark(%v) = %v, want %v", r.slot, got, seen[r.slot])
			}
			seen[r.slot] = true
			parts[r.part].mark(r.student, r.date, []byte(r.period))
			inPart[r.part][r.slot] = true
		}
		shared := false
		for k := range inPart[0] {
			shared = shared || inPart[1][k]
		}
		repeat, found := parts[0].merge(&parts[1])
		if found != shared || found && !(inPart[0][repeat] && inPart[1][repeat]) {
			t.Fatalf("merge found %v (%v), want %v", found, repeat, shared)
		}
		for k := range seen {
			if !parts[0].mark(k.student, k.date, []byte(k.period)) {
				t.Fatalf("the merged ledger lacks %v", k)
			}
		}
		ws, wd := whole.counts()
		ms, md := parts[0].counts()
		if ws != ms || wd != md {
			t.Fatalf("merged counts %d students, %d days; whole %d, %d", ms, md, ws, wd)
		}
	})
}
