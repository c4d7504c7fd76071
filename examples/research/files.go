package main

import (
	"io"
	"sync/atomic"
)

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
