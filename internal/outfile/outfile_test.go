package outfile_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/iepgoal/iepgoal/internal/outfile"
)

func TestWrite(t *testing.T) {
	var stdout bytes.Buffer
	if err := outfile.Write("", []byte("to stdout"), &stdout); err != nil || stdout.String() != "to stdout" {
		t.Errorf("to stdout: %v, %q", err, stdout.String())
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := outfile.Write(path, []byte("new"), nil); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	entries, _ := os.ReadDir(dir)
	if string(data) != "new" || info.Mode().Perm() != 0o644 || len(entries) != 1 {
		t.Errorf("%q, mode %v, %d files; want the new text, 0644 and no temporary file", data, info.Mode().Perm(), len(entries))
	}
	if err := outfile.Write(filepath.Join(dir, "missing", "out.txt"), []byte("x"), nil); err == nil {
		t.Error("a folder that does not exist: no error")
	}
}
