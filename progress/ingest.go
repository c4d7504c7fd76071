package progress

import (
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

// ReadOptions configures [ReadIntervals] and [ReadOpportunities]. The zero
// value reads CSV and stops at the first bad row.
type ReadOptions struct {
	Format Format // FormatCSV (also the zero value) or FormatJSONLines
	// SkipBadRows keeps reading after a bad row: its *RowError is yielded
	// and the next row is read. Without it, the sequence ends after the
	// first error.
	SkipBadRows bool
}

// ReadIntervals reads intervals from r, streaming: it holds one row (and a
// read buffer) at a time, never the whole input. Each step yields either an
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
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		return readJSONLines(r, opts, decodeIntervalJSON)
	}
	return func(yield func(Interval, error) bool) {
		var c fieldCache
		var iv Interval
		readCSV(r, opts.SkipBadRows, newIntervalLayout,
			func(l *intervalLayout, fields [][]byte) *RowError { return l.decode(fields, &c, &iv, true) },
			func(err error) bool {
				if err != nil {
					return yield(Interval{}, err)
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
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		return readJSONLines(r, opts, decodeOpportunityJSON)
	}
	return func(yield func(Opportunity, error) bool) {
		var c fieldCache
		var o Opportunity
		readCSV(r, opts.SkipBadRows, newOpportunityLayout,
			func(l *opportunityLayout, fields [][]byte) *RowError { return l.decode(fields, &c, &o) },
			func(err error) bool {
				if err != nil {
					return yield(Opportunity{}, err)
				}
				return yield(o, nil)
			})
	}
}

// readCSV runs the CSV loop: the header, then each record decoded by
// decode and handed to emit (nil for a good row). emit returns false to stop.
func readCSV[L any](r io.Reader, skip bool, layout func([][]byte) (*L, *RowError),
	decode func(*L, [][]byte) *RowError, emit func(error) bool) {
	sc := newRecordScanner(r)
	l, err := readHeader(sc, layout)
	if err != nil {
		emit(err)
		return
	}
	stopped := false
	sc.each(skip, func(fields [][]byte) *RowError { return decode(l, fields) }, func(rerr *RowError) bool {
		if rerr != nil {
			stopped = !emit(rerr)
		} else {
			stopped = !emit(nil)
		}
		return !stopped
	})
	if sc.ioErr != nil && !stopped {
		emit(fmt.Errorf("progress: reading line %d: %w", sc.line+1, sc.ioErr))
	}
}

// readHeader reads the header record and builds the column layout.
func readHeader[L any](sc *recordScanner, layout func([][]byte) (*L, *RowError)) (*L, error) {
	fields, rerr, ok := sc.record()
	switch {
	case !ok && sc.ioErr != nil:
		return nil, fmt.Errorf("progress: reading the header: %w", sc.ioErr)
	case !ok:
		return nil, &RowError{Line: 1, Err: fmt.Errorf("%w: no header row", ErrMissingColumn)}
	case rerr != nil:
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
