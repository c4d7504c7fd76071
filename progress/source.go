package progress

import (
	"fmt"
	"io"
)

// source is an input as the readers see it: a stream read once, or an
// io.ReaderAt and io.Seeker (a file, a *bytes.Reader) read from its
// current offset to its end, as often as needed — to split it across
// workers, to name the first line of a refused repeat, and for the second
// pass of [DuplicatesKeepLast].
type source struct {
	r       io.Reader
	ra      io.ReaderAt // nil for a stream
	start   int64
	size    int64
	started bool // the stream has been read
}

// newSource returns the source of r. A pipe is an *os.File too, but
// cannot seek: it is a stream.
func newSource(r io.Reader) (*source, error) {
	s := &source{r: r}
	ra, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	})
	if !ok {
		return s, nil
	}
	start, err := ra.Seek(0, io.SeekCurrent)
	if err != nil {
		return s, nil
	}
	end, err := ra.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("progress: finding the input's size: %w", err)
	}
	s.ra, s.start, s.size = ra, start, end-start
	return s, nil
}

// rereadable reports whether the input can be read more than once.
func (s *source) rereadable() bool { return s.ra != nil }

// reader returns a reader of the whole input from its start: a new one
// each time for a rereadable input, the stream itself once otherwise.
func (s *source) reader() (io.Reader, error) {
	if s.ra != nil {
		return s.section(), nil
	}
	if s.started {
		return nil, fmt.Errorf("progress: reading the input again: %w", ErrNotRereadable)
	}
	s.started = true
	return s.r, nil
}

// section returns the input as a section reader; it must be rereadable.
func (s *source) section() *io.SectionReader { return io.NewSectionReader(s.ra, s.start, s.size) }
