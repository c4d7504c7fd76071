package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
)

// output is one output file being written: a temporary file beside its
// destination, renamed into place by commit, removed by discard.
type output struct {
	path string
	tmp  *os.File
	done bool
}

// createOutput creates the temporary file of an output. It has the mode
// os.Create would give the output — that of the file it replaces, or
// 0666 less the umask for a new one — so that renaming it changes nothing
// but the contents.
func createOutput(path string) (*output, error) {
	dir, base := filepath.Split(path)
	for i := 0; ; i++ {
		name := filepath.Join(dir, fmt.Sprintf(".%s.%d.%d.tmp", base, os.Getpid(), i))
		tmp, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		switch {
		case errors.Is(err, fs.ErrExist) && i < 1000:
			continue
		case err != nil:
			return nil, fmt.Errorf("writing %s: %w", path, err)
		}
		o := &output{path: path, tmp: tmp}
		if old, err := os.Stat(path); err == nil && old.Mode().IsRegular() {
			if err := tmp.Chmod(old.Mode().Perm()); err != nil {
				o.discard()
				return nil, fmt.Errorf("writing %s: %w", path, err)
			}
		}
		return o, nil
	}
}

// write writes the file through a buffer and closes it.
func (o *output) write(write func(io.Writer) error) error {
	w := bufio.NewWriterSize(o.tmp, 1<<20)
	err := write(w)
	if err = errors.Join(err, w.Flush(), o.tmp.Sync(), o.tmp.Close()); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// commit moves the written file to its destination.
func (o *output) commit() error {
	if err := os.Rename(o.tmp.Name(), o.path); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	o.done = true
	return nil
}

// discard removes the temporary file unless it was committed.
func (o *output) discard() {
	if !o.done {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}

// byteCounter counts the bytes read through it, for the progress lines.
// It keeps what the input is: an io.ReaderAt and io.Seeker (a file, the
// sample) stays one, so that the measurement can split it across
// goroutines; a stream (standard input, a pipe) stays a stream.
type byteCounter struct {
	in io.Reader
	n  atomic.Int64
}

func newByteCounter(in io.Reader) *byteCounter { return &byteCounter{in: in} }

// Bytes returns the bytes read so far (a split input's edges are read
// twice, so it runs a little ahead).
func (c *byteCounter) Bytes() int64 { return c.n.Load() }

// reader returns the counting reader of the input.
func (c *byteCounter) reader() io.Reader {
	if ra, ok := c.in.(interface {
		io.ReaderAt
		io.Seeker
	}); ok {
		return &countingFile{c, ra}
	}
	return countingStream{c}
}

type countingStream struct{ c *byteCounter }

func (s countingStream) Read(p []byte) (int, error) {
	n, err := s.c.in.Read(p)
	s.c.n.Add(int64(n))
	return n, err
}

type countingFile struct {
	c  *byteCounter
	ra interface {
		io.ReaderAt
		io.Seeker
	}
}

func (f *countingFile) Read(p []byte) (int, error) {
	n, err := f.c.in.Read(p)
	f.c.n.Add(int64(n))
	return n, err
}

func (f *countingFile) ReadAt(p []byte, off int64) (int, error) {
	n, err := f.ra.ReadAt(p, off)
	f.c.n.Add(int64(n))
	return n, err
}

func (f *countingFile) Seek(offset int64, whence int) (int64, error) {
	return f.ra.Seek(offset, whence)
}
