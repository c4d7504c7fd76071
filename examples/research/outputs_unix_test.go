//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputPipe: a named pipe as output is written in place, whole, to
// the program reading it; nothing probes it before.
func TestOutputPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "weekly.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	if err := run([]string{"-weekly", fifo, "-summary", filepath.Join(dir, "s.csv")}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if out := <-got; !strings.HasPrefix(out, headers[outWeekly]) || !strings.HasSuffix(out, "\n") {
		t.Errorf("the reader of the pipe got %.60q", out)
	}
}
