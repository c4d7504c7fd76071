package progress

import (
	"errors"
	"io"
	"iter"
)

// reading is one reading of an input by ReadIntervals or ReadOpportunities:
// the source, the gate that applies the reading rules and the report.
type reading struct {
	src  *source
	opts ReadOptions
	gate *gate
	rows rowCounts
	// firsts names the first lines of refused repeats, from the first
	// repeat on (nil before).
	firsts *firstLineIndex
}

func newReading(r io.Reader, opts ReadOptions) (*reading, error) {
	src, err := newSource(r)
	if err != nil {
		return nil, err
	}
	return &reading{src: src, opts: opts, gate: newGate(opts)}, nil
}

// done completes the report and hands it to the caller.
func (rd *reading) done() {
	if rd.firsts != nil {
		rd.firsts.stop()
	}
	if rd.opts.Report != nil {
		*rd.opts.Report = rd.report()
	}
}

// intervals reads every interval into *iv, judges it and hands its outcome
// to emit (the row's error for a bad row), which returns false to stop.
// Under DuplicatesKeepLast a first pass finds the last row of each
// repeated slot.
func (rd *reading) intervals(iv *Interval, emit func(outcome, error) bool) {
	if rd.gate.policy == DuplicatesKeepLast {
		if !rd.src.rereadable() {
			emit(outRejected, errKeepLastStream())
			return
		}
		first := rd.gate.fork(nil)
		scanIntervals(rd.src.section(), rd.opts, iv, first.interval, func(outcome, error) bool { return true })
		rd.gate.keep = first.repeats
		if rd.gate.keep == nil {
			rd.gate.keep = map[slot]int{}
		}
	}
	in, err := rd.src.reader()
	if err != nil {
		emit(outRejected, err)
		return
	}
	scanIntervals(in, rd.opts, iv, rd.gate.interval, func(o outcome, err error) bool {
		rd.count(o, err)
		rd.nameFirst(err)
		return emit(o, err)
	})
}

// opportunities is intervals for opportunities.
func (rd *reading) opportunities(o *Opportunity, emit func(outcome, error) bool) {
	in, err := rd.src.reader()
	if err != nil {
		emit(outRejected, err)
		return
	}
	scanOpportunities(in, rd.opts, o, rd.gate.opportunity, func(out outcome, err error) bool {
		rd.count(out, err)
		return emit(out, err)
	})
}

// count adds a row's outcome to the report; the zero outcome is an error
// that is no row's (an I/O error, a bad header).
func (rd *reading) count(o outcome, _ error) { rd.rows[o]++ }

// report returns the report of the rows read so far.
func (rd *reading) report() Report {
	r := rd.rows.report()
	rd.gate.finish(&r)
	return r
}

// nameFirst fills in the first line of a refused repeat, when the input
// can be read again.
func (rd *reading) nameFirst(err error) {
	var de *DuplicateError
	if !errors.As(err, &de) || !rd.src.rereadable() {
		return
	}
	if rd.firsts == nil {
		rd.firsts = newFirstLineIndex(rd.src.section(), rd.opts)
	}
	rd.firsts.name(de)
}

// firstLineIndex names the first line of refused repeats as reading goes
// on: a second reading of the input, advanced only as far as the repeats
// need, remembers the first line of each slot it passes. However many
// repeats there are, the input is read at most twice.
type firstLineIndex struct {
	next  func() (slot, int, bool)
	stop  func()
	first map[slot]int
}

func newFirstLineIndex(in io.Reader, opts ReadOptions) *firstLineIndex {
	next, stop := iter.Pull2(slotLines(in, opts))
	return &firstLineIndex{next: next, stop: stop, first: map[slot]int{}}
}

// slotLines yields the slot and line of each row of in that counts for
// its slot, as the reading rules have it: a bad row, or a rated row the
// intensity rule refuses, counts for none.
func slotLines(in io.Reader, opts ReadOptions) iter.Seq2[slot, int] {
	opts.SkipBadRows = true
	return func(yield func(slot, int) bool) {
		var iv Interval
		more := true
		pass := func(iv *Interval, _ []byte, line int) (outcome, *RowError) {
			if !lacksIntensity(iv, opts.AllowUnrecordedIntensity) {
				more = more && yield(slot{iv.Student, iv.Date, iv.Period}, line) // the label, interned
			}
			return outUnrated, nil
		}
		scanIntervals(in, opts, &iv, pass, func(outcome, error) bool { return more })
	}
}

// name sets the First line of a refused repeat.
func (x *firstLineIndex) name(de *DuplicateError) {
	k := slot{de.Student, de.Date, de.Period}
	for {
		if line, ok := x.first[k]; ok {
			de.First = line
			return
		}
		s, line, ok := x.next()
		if !ok {
			return
		}
		if _, seen := x.first[s]; !seen {
			x.first[s] = line
		}
	}
}

// firstLines sets the First line of each refused repeat, reading in from
// the start until all are found.
func firstLines(in io.Reader, opts ReadOptions, refused []*DuplicateError) {
	want := make(map[slot][]*DuplicateError, len(refused))
	for _, de := range refused {
		k := slot{de.Student, de.Date, de.Period}
		want[k] = append(want[k], de)
	}
	for k, line := range slotLines(in, opts) {
		for _, de := range want[k] {
			de.First = line
		}
		if delete(want, k); len(want) == 0 {
			return
		}
	}
}

func errKeepLastStream() error {
	return &RowError{Line: 1, Err: errors.Join(ErrNotRereadable, errors.New("keeping the last of repeated rows (DuplicatesKeepLast) reads the input twice: give a file"))}
}

// scanIntervals reads the intervals of in in the format of opts into *iv,
// judges each good one with judge, and hands every outcome to emit: the
// judge's for a good row, outRejected with the error for a bad one, and the
// zero outcome with an error that is no row's.
func scanIntervals(in io.Reader, opts ReadOptions, iv *Interval,
	judge func(iv *Interval, period []byte, line int) (outcome, *RowError), emit func(outcome, error) bool) {
	var c fieldCache
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		var last outcome
		readJSONLines(in, opts, func(obj jsonObject, line int) (rerr *RowError) {
			*iv = Interval{}
			if rerr = obj.unknown(opts, intervalMembers); rerr == nil {
				rerr = decodeIntervalJSON(obj, &c, iv)
			}
			if rerr == nil {
				rerr = jsonRater(obj, &c, opts.rater)
			}
			if rerr == nil {
				last, rerr = judge(iv, []byte(iv.Period), line)
			}
			return rerr
		}, outcomeOf(&last, emit))
		return
	}
	var last outcome
	readCSV(in, opts.SkipBadRows, newIntervalLayout, func(l *intervalLayout, fields [][]byte, line int) (rerr *RowError) {
		if rerr = l.decode(fields, &c, iv, true); rerr == nil {
			last, rerr = judge(iv, fields[l.period], line)
		}
		if rerr == nil && opts.rater != nil {
			*opts.rater = ""
			if l.rater >= 0 {
				*opts.rater, _ = c.periodOf(fields[l.rater]) // checked by decode
			}
		}
		return rerr
	}, outcomeOf(&last, emit))
}

// scanOpportunities is scanIntervals for opportunities.
func scanOpportunities(in io.Reader, opts ReadOptions, o *Opportunity,
	judge func(o *Opportunity) (outcome, *RowError), emit func(outcome, error) bool) {
	var c fieldCache
	var last outcome
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		readJSONLines(in, opts, func(obj jsonObject, _ int) (rerr *RowError) {
			*o = Opportunity{}
			if rerr = obj.unknown(opts, opportunityMembers); rerr == nil {
				rerr = decodeOpportunityJSON(obj, &c, o)
			}
			if rerr == nil {
				last, rerr = judge(o)
			}
			return rerr
		}, outcomeOf(&last, emit))
		return
	}
	readCSV(in, opts.SkipBadRows, newOpportunityLayout, func(l *opportunityLayout, fields [][]byte, _ int) (rerr *RowError) {
		if rerr = l.decode(fields, &c, o); rerr == nil {
			last, rerr = judge(o)
		}
		return rerr
	}, outcomeOf(&last, emit))
}

// outcomeOf adapts emit to the readers' loops: a row's outcome is the
// judge's (*last) when good and outRejected when bad; an error that is no
// row's has the zero outcome.
func outcomeOf(last *outcome, emit func(outcome, error) bool) func(err error, row bool) bool {
	return func(err error, row bool) bool {
		o := *last
		switch {
		case !row:
			o = 0
		case err != nil:
			o = outRejected
		}
		*last = 0
		return emit(o, err)
	}
}

// jsonRater checks the optional "rater" member of a JSON Lines interval
// and hands it to rater when it is not nil ("" without the member).
func jsonRater(obj jsonObject, c *fieldCache, rater *string) *RowError {
	v := ""
	if _, ok := obj.Get(colRater); ok {
		raw, rerr := obj.stringKey(colRater)
		if rerr != nil {
			return rerr
		}
		var err error
		if v, err = c.periodOf(raw); err != nil {
			return &RowError{Column: colRater, Err: err}
		}
	}
	if rater != nil {
		*rater = v
	}
	return nil
}
