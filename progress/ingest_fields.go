package progress

import (
	"bytes"
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Column names of the CSV formats, which are also the keys of the JSON
// Lines formats.
const (
	colStudent   = "student"
	colDate      = "date"
	colPeriod    = "period"
	colMinutes   = "minutes"
	colTEP       = "tep"
	colIntensity = "intensity"
	colSkill     = "skill"
	colRating    = "rating"
	colElements  = "elements" // JSON Lines only: the support profile object
	colRater     = "rater"    // optional: the opaque ID of the staff member who rated

	// elementColumnPrefix starts a CSV column holding one element's
	// intensity: "intensity:de-escalation".
	elementColumnPrefix = "intensity:"
)

// fieldCache remembers the last student, date, skill and period read, so
// that a reader parses and allocates only when a value changes from the
// previous row. It interns student IDs and period labels.
type fieldCache struct {
	lastStudent []byte
	student     goal.StudentID
	ids         internedIDs
	cur         int32 // student's index in ids

	lastDate []byte
	date     goal.Date

	lastSkill []byte
	skill     string

	periods map[string]string
}

// maxInternedPeriods bounds the period-label intern table; labels beyond
// it are allocated per row.
const maxInternedPeriods = 4096

// studentOf returns the student ID of a field, interned.
func (c *fieldCache) studentOf(f []byte) (goal.StudentID, error) {
	if c.student != "" && bytes.Equal(f, c.lastStudent) {
		return c.student, nil
	}
	prev := int32(-1)
	if c.student != "" {
		prev = c.cur
	}
	i, err := c.ids.after(prev, f)
	if err != nil {
		return "", err
	}
	c.lastStudent = append(c.lastStudent[:0], f...)
	c.cur, c.student = i, c.ids.ids[i]
	return c.student, nil
}

// internedIDs interns student IDs. Like a summary's students, each
// remembers the one whose rows followed it last time, which a file sorted
// by date meets again the next day: found without hashing.
type internedIDs struct {
	ids      []goal.StudentID
	follower []int32 // 1 + the index of the ID read after each (0: none yet)
	index    map[string]int32
}

// after returns the index of the ID in f, read after the ID at index prev
// (-1: none), parsing and interning an ID not met before.
func (t *internedIDs) after(prev int32, f []byte) (int32, error) {
	if prev >= 0 {
		if next := t.follower[prev] - 1; next >= 0 && string(t.ids[next]) == string(f) {
			return next, nil
		}
	}
	i, ok := t.index[string(f)]
	if !ok {
		id, err := goal.ParseStudentID(string(f))
		if err != nil {
			return 0, err
		}
		if t.index == nil {
			t.index = make(map[string]int32)
		}
		i = int32(len(t.ids))
		t.ids, t.follower = append(t.ids, id), append(t.follower, 0)
		t.index[string(id)] = i
	}
	if prev >= 0 {
		t.follower[prev] = i + 1
	}
	return i, nil
}

func (c *fieldCache) dateOf(f []byte) (goal.Date, error) {
	if c.date.IsValid() && bytes.Equal(f, c.lastDate) {
		return c.date, nil
	}
	d, err := goal.ParseDateBytes(f)
	if err != nil {
		return goal.Date{}, err
	}
	c.lastDate = append(c.lastDate[:0], f...)
	c.date = d
	return d, nil
}

func (c *fieldCache) skillOf(f []byte) (string, error) {
	if c.skill != "" && bytes.Equal(f, c.lastSkill) {
		return c.skill, nil
	}
	s := string(f)
	if err := checkSkill(s); err != nil {
		return "", err
	}
	c.lastSkill = append(c.lastSkill[:0], f...)
	c.skill = s
	return s, nil
}

func (c *fieldCache) periodOf(f []byte) (string, error) {
	if p, ok := c.periods[string(f)]; ok {
		return p, nil
	}
	if err := checkPeriod(f); err != nil {
		return "", err
	}
	p := string(f)
	if c.periods == nil {
		c.periods = make(map[string]string)
	}
	if len(c.periods) < maxInternedPeriods {
		c.periods[p] = p
	}
	return p, nil
}

// parseMinutes parses 1–600 written in decimal digits.
func parseMinutes(f []byte) (int, error) {
	if len(f) == 0 || len(f) > 4 {
		return 0, fmt.Errorf("%w: %q", ErrMinutes, truncateField(f))
	}
	n := 0
	for _, c := range f {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%w: %q", ErrMinutes, truncateField(f))
		}
		n = n*10 + int(c-'0')
	}
	if err := checkMinutes(n); err != nil {
		return 0, err
	}
	return n, nil
}

// parseLevel parses an optional level of a rubric scale: empty is 0
// (unrated), a single digit 1–5 is read directly, and anything else goes
// through the scale's own parser (rubric.ParseTEP and the like), which
// accepts labels and reports rubric.ErrOutOfRange or rubric.ErrUnknownLabel.
func parseLevel[L ~uint8](f []byte, parse func(string) (L, error)) (L, error) {
	if v, ok := digitLevel[L](f); ok {
		return v, nil
	}
	return parse(string(f))
}

// digitLevel reads a level without a label: empty is 0, one digit 1–5 is
// itself; ok is false for anything else.
func digitLevel[L ~uint8](f []byte) (L, bool) {
	switch {
	case len(f) == 0:
		return 0, true
	case len(f) == 1 && f[0] >= '1' && f[0] <= '5':
		return L(f[0] - '0'), true
	}
	return 0, false
}

func truncateField(f []byte) string {
	if len(f) > 64 {
		return string(f[:64]) + "…"
	}
	return string(f)
}

// intervalLayout maps the columns of an interval CSV header.
type intervalLayout struct {
	names                                          []string
	student, date, period, minutes, tep, intensity int
	rater                                          int // the optional rater column, -1 without one
	elements                                       []elementColumn
}

// elementSet returns the elements the layout has a column for.
func (l *intervalLayout) elementSet() rubric.ElementSet {
	var set rubric.ElementSet
	for _, ec := range l.elements {
		set = set.With(ec.element)
	}
	return set
}

type elementColumn struct {
	element rubric.Element
	col     int
}

// opportunityLayout maps the columns of an opportunity CSV header.
type opportunityLayout struct {
	names                                   []string
	student, date, skill, rating, intensity int
}

// headerNames normalizes a header record: trimmed, lower case, without a
// UTF-8 byte order mark. It reports a repeated column.
func headerNames(fields [][]byte) ([]string, *RowError) {
	names := make([]string, len(fields))
	seen := make(map[string]bool, len(fields))
	for i, f := range fields {
		if i == 0 {
			f = bytes.TrimPrefix(f, []byte("\uFEFF"))
		}
		name := string(bytes.ToLower(bytes.TrimSpace(f)))
		if seen[name] && name != "" {
			return nil, &RowError{Column: name, Err: fmt.Errorf("%w: column repeated", ErrBadHeader)}
		}
		seen[name] = true
		names[i] = name
	}
	return names, nil
}

// columnIndexes finds each required column in names.
func columnIndexes(names []string, required ...string) ([]int, *RowError) {
	idx := make([]int, len(required))
	for i, want := range required {
		idx[i] = -1
		for j, n := range names {
			if n == want {
				idx[i] = j
			}
		}
		if idx[i] < 0 {
			return nil, &RowError{Column: want, Err: ErrMissingColumn}
		}
	}
	return idx, nil
}

func newIntervalLayout(fields [][]byte) (*intervalLayout, *RowError) {
	names, rerr := headerNames(fields)
	if rerr != nil {
		return nil, rerr
	}
	idx, rerr := columnIndexes(names, colStudent, colDate, colPeriod, colMinutes, colTEP, colIntensity)
	if rerr != nil {
		return nil, rerr
	}
	l := &intervalLayout{names: names, student: idx[0], date: idx[1], period: idx[2], minutes: idx[3], tep: idx[4], intensity: idx[5], rater: -1}
	for j, n := range names {
		if n == colRater {
			l.rater = j
		}
	}
	for j, n := range names {
		key, ok := bytes.CutPrefix([]byte(n), []byte(elementColumnPrefix))
		if !ok {
			continue
		}
		e, err := rubric.ParseElement(string(key))
		if err != nil {
			return nil, &RowError{Column: n, Err: fmt.Errorf("%w: %w", ErrBadHeader, err)}
		}
		l.elements = append(l.elements, elementColumn{e, j})
	}
	return l, nil
}

func newOpportunityLayout(fields [][]byte) (*opportunityLayout, *RowError) {
	names, rerr := headerNames(fields)
	if rerr != nil {
		return nil, rerr
	}
	idx, rerr := columnIndexes(names, colStudent, colDate, colSkill, colRating, colIntensity)
	if rerr != nil {
		return nil, rerr
	}
	return &opportunityLayout{names: names, student: idx[0], date: idx[1], skill: idx[2], rating: idx[3], intensity: idx[4]}, nil
}

// decode fills iv from one CSV record. The period label is interned only
// when wantPeriod is set (measurement does not need it, but checks it).
func (l *intervalLayout) decode(fields [][]byte, c *fieldCache, iv *Interval, wantPeriod bool) *RowError {
	if len(fields) != len(l.names) {
		return &RowError{Err: fmt.Errorf("%w: %d fields, header has %d", ErrFieldCount, len(fields), len(l.names))}
	}
	var err error
	if iv.Student, err = c.studentOf(fields[l.student]); err != nil {
		return &RowError{Column: colStudent, Err: err}
	}
	if iv.Date, err = c.dateOf(fields[l.date]); err != nil {
		return &RowError{Column: colDate, Err: err}
	}
	if wantPeriod {
		iv.Period, err = c.periodOf(fields[l.period])
	} else {
		err = checkPeriod(fields[l.period])
	}
	if err != nil {
		return &RowError{Column: colPeriod, Err: err}
	}
	if iv.Minutes, err = parseMinutes(fields[l.minutes]); err != nil {
		return &RowError{Column: colMinutes, Err: err}
	}
	if l.rater >= 0 {
		if err := checkPeriod(fields[l.rater]); err != nil { // a rater is a label, as a period is
			return &RowError{Column: colRater, Err: err}
		}
	}
	if iv.TEP, err = parseLevel(fields[l.tep], rubric.ParseTEP); err != nil {
		return &RowError{Column: colTEP, Err: err}
	}
	if iv.Intensity, err = parseLevel(fields[l.intensity], rubric.ParseIntensity); err != nil {
		return &RowError{Column: colIntensity, Err: err}
	}
	iv.Profile = rubric.SupportProfile{}
	for _, ec := range l.elements {
		v, err := parseLevel(fields[ec.col], rubric.ParseIntensity)
		if err != nil {
			return &RowError{Column: l.names[ec.col], Err: err}
		}
		if v != 0 {
			_ = iv.Profile.Set(ec.element, v) // element and level are valid here
		}
	}
	return nil
}

// decode fills o from one CSV record.
func (l *opportunityLayout) decode(fields [][]byte, c *fieldCache, o *Opportunity) *RowError {
	if len(fields) != len(l.names) {
		return &RowError{Err: fmt.Errorf("%w: %d fields, header has %d", ErrFieldCount, len(fields), len(l.names))}
	}
	var err error
	if o.Student, err = c.studentOf(fields[l.student]); err != nil {
		return &RowError{Column: colStudent, Err: err}
	}
	if o.Date, err = c.dateOf(fields[l.date]); err != nil {
		return &RowError{Column: colDate, Err: err}
	}
	if o.Skill, err = c.skillOf(fields[l.skill]); err != nil {
		return &RowError{Column: colSkill, Err: err}
	}
	if o.Rating, err = parseLevel(fields[l.rating], rubric.ParseSoftSkill); err != nil {
		return &RowError{Column: colRating, Err: err}
	}
	if o.Intensity, err = parseLevel(fields[l.intensity], rubric.ParseIntensity); err != nil {
		return &RowError{Column: colIntensity, Err: err}
	}
	return nil
}
