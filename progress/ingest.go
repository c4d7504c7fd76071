package progress

import (
	"bytes"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/records"
)

// Format is an observation file format. The zero value reads as [FormatCSV].
type Format uint8

// The formats observations are read and written in.
const (
	// FormatCSV is comma-separated values with a header row (RFC 4180
	// quoting accepted; columns in any order).
	FormatCSV Format = iota + 1
	// FormatJSONLines is one JSON object per line.
	FormatJSONLines
)

var formats = enum.New[Format]("Format", "", "csv", "jsonl")

// String returns "csv" or "jsonl", "" for the zero value, or
// "%!Format(9)".
func (f Format) String() string { return formats.String(f) }

// ParseFormat parses "csv" or "jsonl" (also "jsonlines", "ndjson"), ignoring case.
func ParseFormat(s string) (Format, error) {
	if f, ok := formats.Parse(s); ok {
		return f, nil
	}
	if strings.EqualFold(s, "jsonlines") || strings.EqualFold(s, "ndjson") {
		return FormatJSONLines, nil
	}
	return 0, fmt.Errorf("progress: unknown format %q (want csv or jsonl): %w", s, ErrBadField)
}

func (f Format) orDefaultCSV() Format {
	if f == 0 {
		return FormatCSV
	}
	return f
}

// ReadOptions are the reading rules of [ReadIntervals] and
// [ReadOpportunities], and of measuring ([MeasureOptions] holds them). The
// zero value reads CSV, refuses repeated intervals, requires the overall
// intensity of a rated row and stops at the first bad row.
type ReadOptions struct {
	Format Format // FormatCSV (also the zero value) or FormatJSONLines
	// SkipBadRows keeps reading after a bad row: its *RowError is yielded
	// (or, when measuring, collected) and the next row is read. Without
	// it, reading ends after the first bad row.
	SkipBadRows bool
	// Duplicates is what to do with an interval that repeats an earlier
	// interval's student, date and period; the zero value refuses it
	// ([DuplicatesRefuse]). Opportunities have no period and are never
	// repeats: several a day are the norm.
	Duplicates Duplicates
	// AllowUnrecordedIntensity reads a rated row without its overall
	// intensity of support as "support not recorded": counted as rated,
	// never qualifying (a support condition is judged on the intensity).
	// Without it such a row is bad ([ErrNoIntensity]).
	AllowUnrecordedIntensity bool
	// AllowUnknownMembers lets a JSON Lines object carry members the
	// format does not name (they are ignored). Without it an unknown
	// member is a bad row, as in the library's other JSON.
	AllowUnknownMembers bool
	// Report, when not nil, receives the account of every row read
	// ([Report]) when reading ends: when the sequence ends or the caller
	// stops ranging over it, or when a measuring function returns.
	Report *Report

	// rater, when not nil, receives the rater of each interval read (see
	// [ReadRatedIntervals]).
	rater *string
}

// RatedInterval is an interval with the staff member who rated it.
type RatedInterval struct {
	Interval
	// Rater is the opaque ID of the staff member who rated the interval,
	// from the data's optional rater column (a label: printable, at most
	// 64 bytes); "" when the data have no rater column or the cell is
	// empty.
	Rater string
}

// ReadRatedIntervals reads intervals from r as [ReadIntervals] does, each
// with its rater: the CSV's optional column "rater", or the JSON Lines
// member "rater". Every reader checks a rater column when there is one
// (column "rater" in its *RowError); measurement does not use it, so a
// file with or without it measures the same.
func ReadRatedIntervals(r io.Reader, opts ReadOptions) iter.Seq2[RatedInterval, error] {
	return func(yield func(RatedInterval, error) bool) {
		var rater string
		opts.rater = &rater
		for iv, err := range ReadIntervals(r, opts) {
			if !yield(RatedInterval{Interval: iv, Rater: rater}, err) {
				return
			}
		}
	}
}

// ReadIntervals reads intervals from r, streaming: it holds one row and a
// read buffer at a time, never the whole input, and, for the reading
// rules, a record of each student-day (20 bytes: which of its first 32
// period labels were read) and of each row of a later label. Once it has
// refused a repeated row under [DuplicatesRefuse] from an input it can
// read again, it also holds the first line of each slot read so far (an
// entry a row), to name the line each refused repeat repeats; keeping the
// first or the last row holds no such entries. Each step yields either an
// interval and a nil error, or a zero Interval and an error: a *[RowError]
// for a bad row (never skipped silently), or an I/O error, after which the
// sequence ends. A bad header ends the sequence whatever the options.
//
// The CSV header names the columns student, date, period, minutes, tep and
// intensity, in any order and any case, plus optional columns
// "intensity:<element-key>" ("intensity:de-escalation") for per-element
// intensities; other columns are ignored. An empty tep, intensity or
// element field means unrated / not recorded. Levels are digits 1–5 or the
// scale's labels ("fair"); dates are YYYY-MM-DD. The JSON Lines form is
//
//	{"student":"S1","date":"2026-08-31","period":"1","minutes":50,"tep":4,"intensity":3,"elements":{"visual":2}}
//
// with tep and intensity null when unrated and elements optional.
//
// CSV fields may be quoted per RFC 4180 (holding commas, doubled quotes,
// line breaks); lines may end in LF or CRLF; blank lines are skipped; a
// row longer than [MaxRowBytes] is reported and skipped. An error's line
// is the line its row starts on (the header is line 1). Student IDs and
// period labels are interned: rows of one student share one string. The
// sequence reads r as it goes, so it can be ranged over once.
func ReadIntervals(r io.Reader, opts ReadOptions) iter.Seq2[Interval, error] {
	return func(yield func(Interval, error) bool) {
		rd, err := newReading(r, opts)
		if err != nil {
			yield(Interval{}, err)
			return
		}
		defer rd.done()
		var iv Interval
		rd.intervals(&iv, func(o outcome, err error) bool {
			switch {
			case err != nil:
				return yield(Interval{}, err)
			case o == outDuplicate:
				return true
			}
			return yield(iv, nil)
		})
	}
}

// ReadOpportunities reads soft-skill opportunities from r, streaming, as
// [ReadIntervals] reads intervals. The CSV header names the columns
// student, date, skill, rating and intensity (any order and case; other
// columns ignored); an empty rating or intensity means unrated / not
// recorded. The JSON Lines form is
//
//	{"student":"S1","date":"2026-08-31","skill":"group-work","rating":3,"intensity":1}
func ReadOpportunities(r io.Reader, opts ReadOptions) iter.Seq2[Opportunity, error] {
	return func(yield func(Opportunity, error) bool) {
		rd, err := newReading(r, opts)
		if err != nil {
			yield(Opportunity{}, err)
			return
		}
		defer rd.done()
		var o Opportunity
		rd.opportunities(&o, func(_ outcome, err error) bool {
			if err != nil {
				return yield(Opportunity{}, err)
			}
			return yield(o, nil)
		})
	}
}

// readCSV runs the CSV loop: the header, then each record decoded by
// decode (given the record's line) and handed to emit: nil for a good row,
// the row's *RowError for a bad one (row true), or an error that is no
// row's — a bad header, an I/O error (row false). emit returns false to
// stop.
func readCSV[L any](r io.Reader, skip bool, layout func([][]byte) (*L, *RowError),
	decode func(l *L, fields [][]byte, line int) *RowError, emit func(err error, row bool) bool) {
	sc := newRecordScanner(r)
	l, err := readHeader(sc, layout)
	if err != nil {
		emit(err, false)
		return
	}
	stopped := false
	sc.each(skip, func(fields [][]byte) *RowError { return decode(l, fields, sc.recLine) }, func(rerr *RowError) bool {
		if rerr != nil {
			stopped = !emit(rerr, true)
		} else {
			stopped = !emit(nil, true)
		}
		return !stopped
	})
	if sc.ioErr != nil && !stopped {
		emit(fmt.Errorf("progress: reading line %d: %w", sc.line+1, sc.ioErr), false)
	}
}

// headerShape recognizes inputs that are not comma-separated values with
// LF or CRLF line ends, to say what they are rather than report the
// columns missing.
func headerShape(fields [][]byte) *RowError {
	first := bytes.TrimSpace(bytes.TrimPrefix(fields[0], []byte("\uFEFF")))
	if looksLikeJSON(first) {
		return notCSV(first)
	}
	for _, f := range fields {
		if bytes.IndexByte(f, '\r') >= 0 {
			return crOnly()
		}
	}
	if len(fields) == 1 {
		for _, sep := range []byte{';', '\t', '|'} {
			if n := bytes.Count(first, []byte{sep}); n > 0 {
				return &RowError{Line: 1, Err: fmt.Errorf("%w: the header holds no comma but %d %q: columns must be separated by commas", ErrBadHeader, n, sep)}
			}
		}
	}
	return nil
}

// looksLikeJSON reports whether the input starts, after a byte order mark
// and white space, as a JSON object or array does.
func looksLikeJSON(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}

func notCSV(b []byte) *RowError {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	return &RowError{Line: 1, Err: fmt.Errorf("%w: the input looks like JSON (it starts with %q), not CSV: read it with Format FormatJSONLines", ErrBadHeader, b[:1])}
}

func crOnly() *RowError {
	return &RowError{Line: 1, Err: fmt.Errorf("%w: the header holds a carriage return: the lines seem to end with CR alone; lines must end with LF or CRLF", ErrBadHeader)}
}

// readHeader reads the header record and builds the column layout.
func readHeader[L any](sc *recordScanner, layout func([][]byte) (*L, *RowError)) (*L, error) {
	fields, rerr, ok := sc.record()
	switch {
	case !ok && sc.ioErr != nil:
		return nil, fmt.Errorf("progress: reading the header: %w", sc.ioErr)
	case !ok:
		return nil, &RowError{Line: 1, Err: fmt.Errorf("%w: no header row", ErrMissingColumn)}
	case rerr != nil && looksLikeJSON(sc.buf[:sc.end]):
		return nil, notCSV(sc.buf[:sc.end])
	case rerr != nil && bytes.IndexByte(sc.buf[:sc.end], '\r') >= 0 && bytes.IndexByte(sc.buf[:sc.end], '\n') < 0:
		return nil, crOnly()
	case rerr != nil:
		return nil, rerr
	}
	if rerr := headerShape(fields); rerr != nil {
		return nil, rerr
	}
	l, rerr := layout(fields)
	if rerr != nil {
		return nil, sc.located(rerr)
	}
	sc.names = make([]string, len(fields))
	for i, f := range fields {
		sc.names[i] = strings.ToLower(strings.TrimSpace(string(f)))
	}
	return l, nil
}

// each runs the record loop over the records after the header: each is
// decoded by row and its outcome (nil for a good row) handed to emit,
// which returns false to stop; a bad row stops the loop unless skip. Bad
// rows carry the line their record starts on. An I/O error ends the loop
// and stays in s.ioErr.
func (s *recordScanner) each(skip bool, row func([][]byte) *RowError, emit func(*RowError) bool) {
	records.Loop(skip,
		func() ([][]byte, bool, error) {
			fields, rerr, ok := s.record()
			if rerr != nil {
				return nil, ok, rerr
			}
			return fields, ok, nil
		},
		func(fields [][]byte) error {
			if rerr := s.located(row(fields)); rerr != nil {
				return rerr
			}
			return nil
		},
		func(err error) bool {
			rerr, _ := err.(*RowError)
			return emit(rerr)
		})
}

// record reads one record. ok is false at the end of the input; otherwise
// either fields holds the record or rerr says why it could not be split.
func (s *recordScanner) record() (fields [][]byte, rerr *RowError, ok bool) {
	switch s.next() {
	case scanEnd:
		return nil, nil, false
	case scanQuoteErr:
		col := ""
		if s.badCol < len(s.names) {
			col = s.names[s.badCol]
		}
		return nil, &RowError{Line: s.recLine, Column: col, Err: fmt.Errorf("%w (field %d)", ErrQuote, s.badCol+1)}, true
	case scanTooLong:
		return nil, &RowError{Line: s.recLine, Err: fmt.Errorf("%w: over %d bytes", ErrLineTooLong, MaxRowBytes)}, true
	case scanUnclosed:
		col := ""
		if s.badCol < len(s.names) {
			col = s.names[s.badCol]
		}
		return nil, &RowError{Line: s.recLine, Column: col, Err: fmt.Errorf("%w: the quote opening field %d is not closed within %d bytes", ErrQuote, s.badCol+1, MaxRowBytes)}, true
	}
	return s.fields, nil, true
}

// located sets the line of a row error to the current record's line.
func (s *recordScanner) located(rerr *RowError) *RowError {
	if rerr != nil {
		rerr.Line = s.recLine
	}
	return rerr
}
