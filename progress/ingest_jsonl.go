package progress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/jsonobj"
	"github.com/iepgoal/iepgoal/internal/records"
	"github.com/iepgoal/iepgoal/rubric"
)

// jsonObject is one JSON line split into its members, read strictly: a
// member written twice is an error.
type jsonObject struct{ jsonobj.Object }

// intervalMembers and opportunityMembers are the members of the JSON Lines
// forms.
var (
	intervalMembers    = []string{colStudent, colDate, colPeriod, colMinutes, colTEP, colIntensity, colElements, colRater}
	opportunityMembers = []string{colStudent, colDate, colSkill, colRating, colIntensity}
)

// readJSONLines runs the JSON Lines loop with the line scanner of the CSV
// reader (so lines are bounded by MaxRowBytes and numbered the same way):
// each non-blank line is decoded by decode and its outcome handed to emit,
// as [readCSV] does.
func readJSONLines(in io.Reader, opts ReadOptions, decode func(obj jsonObject, line int) *RowError, emit func(err error, row bool) bool) {
	sc := newRecordScanner(in)
	stopped := false
	records.Loop(opts.SkipBadRows,
		func() ([]byte, bool, error) { return sc.nextJSONLine() },
		func(line []byte) error {
			obj, rerr := decodeJSONLine(line)
			if rerr == nil {
				rerr = decode(obj, sc.line)
			}
			if rerr != nil {
				rerr.Line = sc.line
				return rerr
			}
			return nil
		},
		func(err error) bool {
			stopped = !emit(err, true)
			return !stopped
		})
	if sc.ioErr != nil && !stopped {
		emit(fmt.Errorf("progress: reading line %d: %w", sc.line+1, sc.ioErr), false)
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

// decodeJSONLine reads one line as a JSON object.
func decodeJSONLine(line []byte) (jsonObject, *RowError) {
	obj, err := jsonobj.Decode(line)
	if err != nil {
		var je *jsonobj.Error
		col := ""
		if errors.As(err, &je) && errors.Is(err, jsonobj.ErrDuplicate) {
			col = je.Member
		}
		return jsonObject{}, &RowError{Column: col, Err: fmt.Errorf("%w: %v", ErrBadField, err)}
	}
	return jsonObject{obj}, nil
}

// unknown reports the first member the form does not name, unless allowed.
func (o jsonObject) unknown(opts ReadOptions, known []string) *RowError {
	if opts.AllowUnknownMembers {
		return nil
	}
	if errs := o.Unknown(known...); len(errs) > 0 {
		return &RowError{Column: errs[0].Member, Err: fmt.Errorf("%w: %v (want %s)", ErrBadField, errs[0], strings.Join(known, ", "))}
	}
	return nil
}

// stringKey reads a required JSON string.
func (o jsonObject) stringKey(key string) ([]byte, *RowError) {
	raw, ok := o.Get(key)
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
	raw, ok := o.Get(key)
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
	raw, ok := o.Get(colMinutes)
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
	if raw, ok := o.Get(colElements); ok {
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
