package progress

import (
	"bytes"
	"encoding/binary"
	"io"
	"math/bits"
)

// recordScanner splits a stream into RFC 4180 records without allocating
// per record. Lines without a quote take a fast path that slices the
// scanner's buffer in place; a line holding a quote is parsed field by
// field into a scratch buffer, reading further lines while a quoted field
// is open. A scanner is used by one goroutine.
type recordScanner struct {
	r       io.Reader
	buf     []byte
	pos     int   // start of unread data in buf
	end     int   // end of data in buf
	base    int64 // stream offset of buf[0]
	limit   int64 // when > 0, no record starting at or after this offset is read
	eof     bool
	ioErr   error
	line    int // lines consumed so far
	recLine int // the line the last record started on

	fields  [][]byte
	scratch []byte
	ends    []int
	badCol  int      // on a quote error, the index of the field at fault
	names   []string // the header's column names, for errors

	// take, when set, is offered the unread buffer before each record,
	// with how many of its bytes a record may start in (none, when the
	// buffer ends at a line end: the scanner then reads on, and take may
	// not see the next line): it returns how many bytes of whole lines it
	// took (their line ends included) and how many lines, or 0 to leave
	// the next line to the scanner.
	take func(buf []byte, starts int) (n, lines int)
}

// scanStatus is the outcome of recordScanner.next.
type scanStatus uint8

const (
	scanRecord   scanStatus = iota // a record is in fields
	scanEnd                        // no more records (check ioErr)
	scanQuoteErr                   // a malformed quoted field; badCol says which
	scanTooLong                    // the record was longer than MaxRowBytes and was skipped
	scanUnclosed                   // a quoted field ran on for MaxRowBytes without its closing quote; badCol says which
)

const initialScanBuffer = 128 << 10

// newRecordScanner returns a scanner of r. Its buffer starts small for a
// small in-memory input (anything with a Len method, such as a
// *bytes.Reader) and grows only for a row longer than it.
func newRecordScanner(r io.Reader) *recordScanner {
	size := initialScanBuffer
	if l, ok := r.(interface{ Len() int }); ok {
		size = min(size, max(l.Len()+1, 512))
	}
	return &recordScanner{r: r, buf: make([]byte, size), fields: make([][]byte, 0, 16)}
}

// offset returns the stream offset of the next unread byte.
func (s *recordScanner) offset() int64 { return s.base + int64(s.pos) }

// fill reads more data, compacting or growing the buffer. It reports false
// when the buffer holds MaxRowBytes of one line and cannot take more.
func (s *recordScanner) fill() bool {
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.base += int64(s.pos)
		s.pos, s.end = 0, n
	}
	if s.end == len(s.buf) {
		if len(s.buf) > MaxRowBytes {
			return false
		}
		nb := make([]byte, 2*len(s.buf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for tries := 0; tries < 100; tries++ {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.ioErr = err
			}
			return true
		}
		if n > 0 {
			return true
		}
	}
	s.eof, s.ioErr = true, io.ErrNoProgress
	return true
}

// nextLine returns the next line without its '\n'. ok is false at the end
// of input; tooLong reports a line over MaxRowBytes, which is skipped.
func (s *recordScanner) nextLine() (line []byte, ok, tooLong bool) {
	for {
		if i := bytes.IndexByte(s.buf[s.pos:s.end], '\n'); i >= 0 {
			line = s.buf[s.pos : s.pos+i]
			s.pos += i + 1
			s.line++
			return line, true, len(line) > MaxRowBytes
		}
		if s.eof {
			if s.pos < s.end {
				line = s.buf[s.pos:s.end]
				s.pos = s.end
				s.line++
				return line, true, len(line) > MaxRowBytes
			}
			return nil, false, false
		}
		if !s.fill() {
			s.skipLine()
			return nil, true, true
		}
	}
}

// skipLine discards input up to and including the next '\n'.
func (s *recordScanner) skipLine() {
	for {
		if i := bytes.IndexByte(s.buf[s.pos:s.end], '\n'); i >= 0 {
			s.pos += i + 1
			s.line++
			return
		}
		s.base += int64(s.end)
		s.pos, s.end = 0, 0
		if s.eof {
			s.line++
			return
		}
		s.fill()
	}
}

// next reads the next record, skipping blank lines.
func (s *recordScanner) next() scanStatus {
	for {
		if s.limit > 0 && s.offset() >= s.limit {
			return scanEnd
		}
		if s.take != nil {
			starts := s.end - s.pos // the bytes a record may start in
			if s.limit > 0 {
				starts = int(min(int64(starts), s.limit-s.offset()))
			}
			if n, lines := s.take(s.buf[s.pos:s.end], starts); n > 0 {
				s.pos += n
				s.line += lines
				continue
			}
		}
		line, ok, tooLong := s.nextLine()
		s.recLine = s.line
		switch {
		case !ok:
			return scanEnd
		case tooLong:
			return scanTooLong
		}
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		if len(line) == 0 {
			continue
		}
		if s.split(line) {
			return scanRecord
		}
		return s.quoted(line)
	}
}

// split cuts a line with no quote into fields in place; it returns false
// (doing nothing useful) when the line holds a quote. It reads the line
// eight bytes at a time: a word's commas and quotes are found with a few
// arithmetic operations (see [byteMask]), so the cost of a row does not
// depend on predicting a branch per byte.
func (s *recordScanner) split(line []byte) bool {
	fields := s.fields[:0]
	start, i := 0, 0
	for ; i+8 <= len(line); i += 8 {
		w := binary.LittleEndian.Uint64(line[i:])
		if byteMask(w, '"') != 0 {
			return false
		}
		for m := byteMask(w, ','); m != 0; m &= m - 1 {
			at := i + bits.TrailingZeros64(m)>>3
			fields = append(fields, line[start:at])
			start = at + 1
		}
	}
	for ; i < len(line); i++ {
		switch line[i] {
		case ',':
			fields = append(fields, line[start:i])
			start = i + 1
		case '"':
			return false
		}
	}
	s.fields = append(fields, line[start:])
	return true
}

// byteMask returns a word with the high bit of each byte of w that equals
// c set, and every other bit clear (exactly: no false positives, unlike
// the shorter "has a zero byte" test).
func byteMask(w uint64, c byte) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	x := w ^ (0x0101010101010101 * uint64(c)) // bytes equal to c become zero
	return ^((x&low7 + low7) | x | low7)
}

// quoted parses a record holding quotes per RFC 4180 into scratch,
// reading more lines while a quoted field is open. line has had its
// trailing '\r' removed; a line end inside a quoted field reads as '\n'.
func (s *recordScanner) quoted(line []byte) scanStatus {
	s.scratch, s.ends = s.scratch[:0], s.ends[:0]
	i := 0
	for {
		field := len(s.ends)
		if i < len(line) && line[i] == '"' {
			var st scanStatus
			if line, i, st = s.quotedField(line, i+1); st != scanRecord {
				s.badCol = field
				return st
			}
			s.ends = append(s.ends, len(s.scratch))
			if i == len(line) {
				break
			}
			if line[i] != ',' {
				s.badCol = field
				return scanQuoteErr
			}
			i++
			continue
		}
		j := bytes.IndexByte(line[i:], ',')
		f := line[i:]
		if j >= 0 {
			f = line[i : i+j]
		}
		if bytes.IndexByte(f, '"') >= 0 {
			s.badCol = field
			return scanQuoteErr
		}
		s.scratch = append(s.scratch, f...)
		s.ends = append(s.ends, len(s.scratch))
		if j < 0 {
			break
		}
		i += j + 1
	}
	s.fields = s.fields[:0]
	start := 0
	for _, e := range s.ends {
		s.fields = append(s.fields, s.scratch[start:e:e])
		start = e
	}
	return scanRecord
}

// quotedField copies the quoted field that starts at line[i] (just after
// its opening quote) into scratch, and returns the line and position just
// after its closing quote.
func (s *recordScanner) quotedField(line []byte, i int) ([]byte, int, scanStatus) {
	for {
		j := bytes.IndexByte(line[i:], '"')
		if j < 0 {
			s.scratch = append(s.scratch, line[i:]...)
			s.scratch = append(s.scratch, '\n')
			if len(s.scratch) > MaxRowBytes {
				return line, i, scanUnclosed
			}
			next, ok, tooLong := s.nextLine()
			switch {
			case !ok:
				return line, i, scanQuoteErr
			case tooLong:
				return line, i, scanUnclosed
			}
			if n := len(next); n > 0 && next[n-1] == '\r' {
				next = next[:n-1] // CRLF inside a quoted field reads as LF, as in encoding/csv
			}
			line, i = next, 0
			continue
		}
		s.scratch = append(s.scratch, line[i:i+j]...)
		i += j + 1
		if i < len(line) && line[i] == '"' {
			s.scratch = append(s.scratch, '"')
			i++
			continue
		}
		return line, i, scanRecord
	}
}
