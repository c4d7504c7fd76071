package progress

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/rubric"
)

// IntervalWriter writes intervals in the form [ReadIntervals] reads:
// reading what was written gives back the same intervals. Build it with
// [NewIntervalWriter]; call Flush when done. It buffers its output and is
// for one goroutine. The zero value is not usable.
type IntervalWriter struct {
	w        *bufio.Writer
	format   Format
	elements []rubric.Element
	set      rubric.ElementSet
	header   bool
	buf      []byte
}

// NewIntervalWriter returns a writer of intervals to w in format f (zero
// = CSV). For CSV the header is student,date,period,minutes,tep,intensity
// followed by one "intensity:<key>" column per element of elements, in
// catalog order; an interval recording an element outside elements is
// rejected, never written partly. JSON Lines writes every element recorded.
func NewIntervalWriter(w io.Writer, f Format, elements rubric.ElementSet) *IntervalWriter {
	return &IntervalWriter{w: bufio.NewWriterSize(w, 64<<10), format: f.orDefaultCSV(), elements: elements.Elements(), set: elements}
}

// Write writes one interval. It first checks it with [Interval.Validate]
// and returns that error (nothing written) for an invalid interval.
func (w *IntervalWriter) Write(iv Interval) error {
	if err := iv.Validate(); err != nil {
		return err
	}
	if w.format == FormatJSONLines {
		return w.writeJSON(iv)
	}
	if extra := iv.Profile.Elements() &^ w.set; extra != 0 {
		return &RowError{Column: elementColumnPrefix + extra.Elements()[0].Key(), Err: fmt.Errorf("%w: the writer has no column for this element", ErrMissingColumn)}
	}
	w.writeHeader()
	b := AppendCSVField(w.buf[:0], string(iv.Student))
	b = iv.Date.AppendText(append(b, ','))
	b = AppendCSVField(append(b, ','), iv.Period)
	b = strconv.AppendInt(append(b, ','), int64(iv.Minutes), 10)
	b = appendLevel(append(b, ','), uint8(iv.TEP))
	b = appendLevel(append(b, ','), uint8(iv.Intensity))
	for _, e := range w.elements {
		b = appendLevel(append(b, ','), uint8(iv.Profile.Get(e)))
	}
	w.buf = append(b, '\n')
	_, err := w.w.Write(w.buf)
	return err
}

func (w *IntervalWriter) writeHeader() {
	if w.header || w.format != FormatCSV {
		return
	}
	w.header = true
	w.w.WriteString(strings.Join(IntervalColumns(w.set), ",") + "\n")
}

// IntervalColumns returns the columns of the CSV of rated intervals with
// a column for each element of elements, in the order the writer writes
// them and the reader reads them: student, date, period, minutes, tep,
// intensity, then intensity:<element> in catalog order. It is the one
// list of them, for a printed rating sheet as for the files.
func IntervalColumns(elements rubric.ElementSet) []string {
	cols := []string{colStudent, colDate, colPeriod, colMinutes, colTEP, colIntensity}
	for _, e := range elements.Elements() {
		cols = append(cols, elementColumnPrefix+e.Key())
	}
	return cols
}

func (w *IntervalWriter) writeJSON(iv Interval) error {
	b := appendJSONString(append(w.buf[:0], `{"student":`...), string(iv.Student))
	b = iv.Date.AppendText(append(b, `,"date":"`...))
	b = appendJSONString(append(b, `","period":`...), iv.Period)
	b = strconv.AppendInt(append(b, `,"minutes":`...), int64(iv.Minutes), 10)
	b = appendJSONLevel(append(b, `,"tep":`...), uint8(iv.TEP))
	b = appendJSONLevel(append(b, `,"intensity":`...), uint8(iv.Intensity))
	if !iv.Profile.IsZero() {
		p, _ := iv.Profile.MarshalJSON() // a valid profile always marshals
		b = append(append(b, `,"elements":`...), p...)
	}
	w.buf = append(b, "}\n"...)
	_, err := w.w.Write(w.buf)
	return err
}

// Flush writes any buffered data (and, for CSV, the header even when no
// interval was written).
func (w *IntervalWriter) Flush() error {
	w.writeHeader()
	return w.w.Flush()
}

// OpportunityWriter writes opportunities in the form [ReadOpportunities]
// reads. Build it with [NewOpportunityWriter]; call Flush when done. It is
// for one goroutine. The zero value is not usable.
type OpportunityWriter struct {
	w      *bufio.Writer
	format Format
	header bool
	buf    []byte
}

// NewOpportunityWriter returns a writer of opportunities to w in format f
// (zero = CSV, with the header student,date,skill,rating,intensity).
func NewOpportunityWriter(w io.Writer, f Format) *OpportunityWriter {
	return &OpportunityWriter{w: bufio.NewWriterSize(w, 64<<10), format: f.orDefaultCSV()}
}

// Write writes one opportunity after checking it with [Opportunity.Validate].
func (w *OpportunityWriter) Write(o Opportunity) error {
	if err := o.Validate(); err != nil {
		return err
	}
	var b []byte
	if w.format == FormatJSONLines {
		b = appendJSONString(append(w.buf[:0], `{"student":`...), string(o.Student))
		b = o.Date.AppendText(append(b, `,"date":"`...))
		b = appendJSONString(append(b, `","skill":`...), o.Skill)
		b = appendJSONLevel(append(b, `,"rating":`...), uint8(o.Rating))
		b = appendJSONLevel(append(b, `,"intensity":`...), uint8(o.Intensity))
		b = append(b, '}')
	} else {
		w.writeHeader()
		b = AppendCSVField(w.buf[:0], string(o.Student))
		b = o.Date.AppendText(append(b, ','))
		b = AppendCSVField(append(b, ','), o.Skill)
		b = appendLevel(append(b, ','), uint8(o.Rating))
		b = appendLevel(append(b, ','), uint8(o.Intensity))
	}
	w.buf = append(b, '\n')
	_, err := w.w.Write(w.buf)
	return err
}

func (w *OpportunityWriter) writeHeader() {
	if w.header || w.format != FormatCSV {
		return
	}
	w.header = true
	w.w.WriteString(strings.Join([]string{colStudent, colDate, colSkill, colRating, colIntensity}, ",") + "\n")
}

// Flush writes any buffered data (and, for CSV, the header).
func (w *OpportunityWriter) Flush() error {
	w.writeHeader()
	return w.w.Flush()
}

// appendLevel appends a validated level's digit, or nothing for 0.
func appendLevel(b []byte, v uint8) []byte {
	if v == 0 {
		return b
	}
	return append(b, '0'+v)
}

func appendJSONLevel(b []byte, v uint8) []byte {
	if v == 0 {
		return append(b, "null"...)
	}
	return append(b, '0'+v)
}

// AppendCSVField appends s to b as one CSV field, quoted per RFC 4180
// when it holds a comma, a double quote or a line break, or starts or ends
// with white space (doubling the quotes inside), so that encoding/csv and
// this package's readers read it back unchanged — but for a CR LF inside
// the text, which both read as LF, as RFC 4180 readers do (the library's
// own fields, IDs and labels, hold no line break). It is the quoting of
// every CSV the library writes, for programs that write CSV beside it.
func AppendCSVField(b []byte, s string) []byte {
	if !needsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// needsQuotes reports whether AppendCSVField quotes s.
func needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if first, last := s[0], s[len(s)-1]; first == ' ' || first == '\t' || last == ' ' || last == '\t' {
		return true
	}
	for i := range len(s) {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}
