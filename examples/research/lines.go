package main

import (
	"bytes"
	"io"
	"sync"
	"sync/atomic"
)

// lineCounter wraps the input given to progress.MeasureCSV and counts the
// lines of the bytes read through it, each byte once however often it is
// read (the measurement splits the input across goroutines and re-reads
// the edges of its chunks). It is an io.ReaderAt and io.Seeker, so the
// measurement still splits the input, and an io.Reader for the sequential
// path. It is safe for concurrent ReadAt calls, as the splitting needs.
type lineCounter struct {
	in    input
	pos   int64 // Read and Seek position (one goroutine)
	lines atomic.Int64

	mu   sync.Mutex
	done []span // byte ranges already counted, sorted and disjoint
}

// span is the byte range [from, to).
type span struct{ from, to int64 }

func newLineCounter(in input) *lineCounter { return &lineCounter{in: in} }

// ReadAt reads from the input and counts the new lines it has not seen.
func (c *lineCounter) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.in.ReadAt(p, off)
	for _, s := range c.claim(span{off, off + int64(n)}) {
		c.lines.Add(int64(bytes.Count(p[s.from-off:s.to-off], []byte{'\n'})))
	}
	return n, err
}

// Read reads at the current position.
func (c *lineCounter) Read(p []byte) (int, error) {
	n, err := c.ReadAt(p, c.pos)
	c.pos += int64(n)
	if err == io.EOF && n > 0 {
		err = nil
	}
	return n, err
}

// Seek moves the position Read reads from.
func (c *lineCounter) Seek(offset int64, whence int) (int64, error) {
	pos, err := c.in.Seek(offset, whence)
	if err == nil {
		c.pos = pos
	}
	return pos, err
}

// claim marks s as counted and returns the parts of it that were not.
func (c *lineCounter) claim(s span) []span {
	if s.from >= s.to {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	var fresh []span
	at := s.from
	for _, d := range c.done {
		if d.to <= at || d.from >= s.to {
			continue
		}
		if d.from > at {
			fresh = append(fresh, span{at, d.from})
		}
		at = max(at, d.to)
	}
	if at < s.to {
		fresh = append(fresh, span{at, s.to})
	}
	c.done = mergeSpan(c.done, s)
	return fresh
}

// mergeSpan adds s to the sorted disjoint spans, merging what touches it.
func mergeSpan(done []span, s span) []span {
	out := done[:0:0]
	for _, d := range done {
		switch {
		case d.to < s.from:
			out = append(out, d)
		case d.from > s.to:
			if s.to >= 0 {
				out = append(out, s)
				s = span{-1, -1}
			}
			out = append(out, d)
		default:
			s = span{min(s.from, d.from), max(s.to, d.to)}
		}
	}
	if s.to >= 0 {
		out = append(out, s)
	}
	return out
}

// Lines returns the newlines counted so far.
func (c *lineCounter) Lines() int64 { return c.lines.Load() }

// Rows returns the data rows of a fully read input: its lines without the
// header, counting a last line that has no newline.
func (c *lineCounter) Rows() (int64, error) {
	lines := c.lines.Load()
	size, err := c.in.Seek(0, io.SeekEnd)
	if err != nil {
		return 0, err
	}
	if size > 0 {
		var last [1]byte
		if _, err := c.in.ReadAt(last[:], size-1); err != nil && err != io.EOF {
			return 0, err
		}
		if last[0] != '\n' {
			lines++
		}
	}
	return max(lines-1, 0), nil
}
