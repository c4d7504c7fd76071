// Package outfile writes a program's output whole or not at all. It is
// the examples' shared machinery, not API.
package outfile

import (
	"io"
	"os"
	"path/filepath"
)

// Write writes data to the file path whole or not at all — to a
// temporary file beside it, renamed into place once written (mode 0644)
// — or to stdout when path is "". A failed write leaves no temporary
// file and the old file, if any, as it was.
func Write(path string, data []byte, stdout io.Writer) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, nothing is there to remove
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
