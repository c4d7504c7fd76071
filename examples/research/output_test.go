package main

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// inOrder hands the batches to write in order, however the goroutines
// that format them interleave, and stops at write's first error.
func TestInOrder(t *testing.T) {
	errFull := errors.New("disk full")
	tests := []struct {
		name    string
		n       int
		failAt  int // the batch whose write fails; -1 none
		want    []string
		wantErr error
	}{
		{"none", 0, -1, nil, nil},
		{"one", 1, -1, []string{"0"}, nil},
		{"many", 300, -1, numbers(300), nil},
		{"an error stops the writes", 300, 7, numbers(8), errFull},
	}
	for _, tt := range tests {
		var got []string
		err := inOrder(tt.n, func(_ *formatter, b *batch, from int) {
			b.rows[outWeekly] = strconv.AppendInt(b.rows[outWeekly][:0], int64(from/batchStudents), 10)
		}, func(b *batch) error {
			got = append(got, string(b.rows[outWeekly]))
			if len(got)-1 == tt.failAt {
				return errFull
			}
			return nil
		})
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: batches written (-want +got):\n%s", tt.name, diff)
		}
	}
}

// numbers returns "0" … "n-1".
func numbers(n int) []string {
	var out []string
	for i := range n {
		out = append(out, strconv.Itoa(i))
	}
	return out
}
