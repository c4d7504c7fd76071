package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/records"
	"github.com/iepgoal/iepgoal/rubric"
)

// jsonObject is one JSON line split into its keys.
type jsonObject map[string]json.RawMessage

// readJSONLines runs the JSON Lines loop with the line scanner of the CSV
// reader (so lines are bounded by MaxRowBytes and numbered the same way).
func readJSONLines[T any](r io.Reader, opts ReadOptions, decode func(jsonObject, *fieldCache, *T) *RowError) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		sc := newRecordScanner(r)
		var c fieldCache
		var v T
		stopped := false
		records.Loop(opts.SkipBadRows,
			func() ([]byte, bool, error) { return sc.nextJSONLine() },
			func(line []byte) error {
				v = *new(T)
				if rerr := decodeJSONLine(line, &c, &v, decode); rerr != nil {
					rerr.Line = sc.line
					return rerr
				}
				return nil
			},
			func(err error) bool {
				if err != nil {
					stopped = !yield(*new(T), err)
				} else {
					stopped = !yield(v, nil)
				}
				return !stopped
			})
		if sc.ioErr != nil && !stopped {
			yield(*new(T), fmt.Errorf("progress: reading line %d: %w", sc.line+1, sc.ioErr))
		}
	}
}

// nextJSONLine returns the next line that is not blank, trimmed, or a
// *RowError for a line over MaxRowBytes; ok is false at the end of the
// input (or on an I/O error, kept in s.ioErr).
func (s *recordScanner) nextJSONLine() (line []byte, ok bool, err error) {
	for {
		line, ok, tooLong := s.nextLine()
		switch {
		case !ok:
			return nil, false, nil
		case tooLong:
			return nil, true, &RowError{Line: s.line, Err: fmt.Errorf("%w: over %d bytes", ErrLineTooLong, MaxRowBytes)}
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			return line, true, nil
		}
	}
}

func decodeJSONLine[T any](line []byte, c *fieldCache, v *T, decode func(jsonObject, *fieldCache, *T) *RowError) *RowError {
	var obj jsonObject
	if err := json.Unmarshal(line, &obj); err != nil || obj == nil {
		if err == nil {
			err = fmt.Errorf("null")
		}
		return &RowError{Err: fmt.Errorf("%w: not a JSON object: %v", ErrBadField, err)}
	}
	return decode(obj, c, v)
}

// stringKey reads a required JSON string.
func (o jsonObject) stringKey(key string) ([]byte, *RowError) {
	raw, ok := o[key]
	if !ok {
		return nil, &RowError{Column: key, Err: ErrMissingColumn}
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, &RowError{Column: key, Err: fmt.Errorf("%w: want a JSON string, got %s", ErrBadField, truncateField(raw))}
	}
	return []byte(s), nil
}

// levelKey reads a required level: a number, a label string, or null.
func levelKey[L any, P interface {
	*L
	UnmarshalJSON([]byte) error
}](o jsonObject, key string) (L, *RowError) {
	var v L
	raw, ok := o[key]
	if !ok {
		return v, &RowError{Column: key, Err: ErrMissingColumn}
	}
	if err := P(&v).UnmarshalJSON(raw); err != nil {
		return v, &RowError{Column: key, Err: err}
	}
	return v, nil
}

func (o jsonObject) studentDate(c *fieldCache) (goal.StudentID, goal.Date, *RowError) {
	s, rerr := o.stringKey(colStudent)
	if rerr != nil {
		return "", goal.Date{}, rerr
	}
	id, err := c.studentOf(s)
	if err != nil {
		return "", goal.Date{}, &RowError{Column: colStudent, Err: err}
	}
	d, rerr := o.stringKey(colDate)
	if rerr != nil {
		return "", goal.Date{}, rerr
	}
	date, err := c.dateOf(d)
	if err != nil {
		return "", goal.Date{}, &RowError{Column: colDate, Err: err}
	}
	return id, date, nil
}

func decodeIntervalJSON(o jsonObject, c *fieldCache, iv *Interval) *RowError {
	var rerr *RowError
	if iv.Student, iv.Date, rerr = o.studentDate(c); rerr != nil {
		return rerr
	}
	p, rerr := o.stringKey(colPeriod)
	if rerr != nil {
		return rerr
	}
	var err error
	if iv.Period, err = c.periodOf(p); err != nil {
		return &RowError{Column: colPeriod, Err: err}
	}
	raw, ok := o[colMinutes]
	if !ok {
		return &RowError{Column: colMinutes, Err: ErrMissingColumn}
	}
	if iv.Minutes, err = parseMinutes(raw); err != nil {
		return &RowError{Column: colMinutes, Err: err}
	}
	if iv.TEP, rerr = levelKey[rubric.TEP](o, colTEP); rerr != nil {
		return rerr
	}
	if iv.Intensity, rerr = levelKey[rubric.Intensity](o, colIntensity); rerr != nil {
		return rerr
	}
	if raw, ok := o[colElements]; ok {
		if err := iv.Profile.UnmarshalJSON(raw); err != nil {
			return &RowError{Column: colElements, Err: err}
		}
	}
	return nil
}

func decodeOpportunityJSON(o jsonObject, c *fieldCache, op *Opportunity) *RowError {
	var rerr *RowError
	if op.Student, op.Date, rerr = o.studentDate(c); rerr != nil {
		return rerr
	}
	s, rerr := o.stringKey(colSkill)
	if rerr != nil {
		return rerr
	}
	var err error
	if op.Skill, err = c.skillOf(s); err != nil {
		return &RowError{Column: colSkill, Err: err}
	}
	if op.Rating, rerr = levelKey[rubric.SoftSkill](o, colRating); rerr != nil {
		return rerr
	}
	if op.Intensity, rerr = levelKey[rubric.Intensity](o, colIntensity); rerr != nil {
		return rerr
	}
	return nil
}
