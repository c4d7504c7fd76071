package records_test

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/iepgoal/iepgoal/internal/records"
)

// run loops over the texts, decoding each as an integer; a text "!" is a
// record that cannot be read.
func run(texts []string, skip bool, stopAt int) (good []int, bad []string) {
	i := 0
	var cur int
	records.Loop(skip,
		func() (string, bool, error) {
			if i == len(texts) {
				return "", false, nil
			}
			t := texts[i]
			i++
			if t == "!" {
				return "", true, errors.New("unreadable")
			}
			return t, true, nil
		},
		func(t string) error {
			n, err := strconv.Atoi(t)
			cur = n
			return err
		},
		func(err error) bool {
			if err != nil {
				bad = append(bad, err.Error())
				return true
			}
			good = append(good, cur)
			return len(good) != stopAt
		})
	return good, bad
}

func TestLoop(t *testing.T) {
	texts := []string{"1", "x", "2", "!", "3"}
	good, bad := run(texts, true, -1)
	if diff := cmp.Diff([]int{1, 2, 3}, good); diff != "" || len(bad) != 2 {
		t.Errorf("skipping: good (-want +got):\n%s bad %v", diff, bad)
	}
	good, bad = run(texts, false, -1)
	if diff := cmp.Diff([]int{1}, good); diff != "" || len(bad) != 1 {
		t.Errorf("stopping at the first bad record: good (-want +got):\n%s bad %v", diff, bad)
	}
	good, _ = run([]string{"1", "2", "3"}, true, 2)
	if diff := cmp.Diff([]int{1, 2}, good); diff != "" {
		t.Errorf("emit returning false stops: (-want +got):\n%s", diff)
	}
}
