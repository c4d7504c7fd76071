package progress

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/iepgoal/iepgoal/goal"
)

// MeasureOptions configures [Measure], [MeasureCSV], [MeasureAll] and
// [MeasurePlan]: the reading rules ([ReadOptions]: the format, bad rows,
// duplicates, the intensity rule, the report) and the number of
// goroutines. The zero value reads CSV by the default rules on every CPU.
type MeasureOptions struct {
	ReadOptions
	// Workers is the number of goroutines a CSV input that is also an
	// io.ReaderAt and io.Seeker (an *os.File, a *bytes.Reader, a
	// *strings.Reader) is split across; 0 means runtime.GOMAXPROCS(0), and
	// more than that is read as that many (more goroutines than CPUs only
	// cost memory). Other inputs are read by one goroutine.
	Workers int
}

// parallelMinBytes is the smallest input split across goroutines (a
// variable so that tests can split small inputs).
var parallelMinBytes int64 = 4 << 20

// MeasureCSV is [Measure] for CSV input, whatever opts.Format says.
func MeasureCSV(r io.Reader, b goal.Benchmark, opts MeasureOptions) (*Summary, error) {
	opts.Format = FormatCSV
	return Measure(r, b, opts)
}

// Measure reads observations from r — intervals for a TEP benchmark,
// opportunities for a soft-skill benchmark, in the formats of
// [ReadIntervals] and [ReadOpportunities] — and measures b over them, per
// student and per day: the end-to-end path from a district's export to
// each student's [DayTally] days ([Summary.Days]) and ISO weeks
// ([Summary.Weeks]). It is [MeasureAll] of one benchmark.
//
// It streams: memory holds the summary (20 bytes a student-day, holding
// which of the first 32 period labels the day has read, and some 60 bytes
// a student) and a read buffer per goroutine, never the input — but for
// one entry per row of a period label beyond the 32nd, which few schools
// have. A CSV input that is an
// io.ReaderAt and io.Seeker is read from its current offset to its end,
// split on line boundaries across opts.Workers goroutines whose summaries
// are merged; should a quoted field span a split point, the input is read
// again by one goroutine, so the result never depends on the split.
//
// On the first bad row Measure returns a nil summary and that row's
// *[RowError]; with opts.SkipBadRows it returns the summary of the good
// rows and, when some rows were bad, a [RowErrors] holding every one of
// them in input order. An I/O error or a bad header returns a nil summary.
func Measure(r io.Reader, b goal.Benchmark, opts MeasureOptions) (*Summary, error) {
	all, err := MeasureAll(r, []goal.Benchmark{b}, opts)
	if all == nil {
		return nil, err
	}
	sum, _ := all.Summary(b)
	return sum, err
}

// MeasureAll measures every benchmark of bs over one reading of r, as
// [Measure] measures one: each row is read and checked once and counted
// for each benchmark, so measuring a plan of eleven benchmarks costs one
// pass over the data, not eleven. The benchmarks must share their measure
// (all TEP, read as intervals, or all soft skill, read as opportunities;
// otherwise [ErrMixedMeasures]); repeats are measured once. The result
// holds one summary per distinct benchmark, equal to what Measure gives
// for each alone; errors are as for Measure.
func MeasureAll(r io.Reader, bs []goal.Benchmark, opts MeasureOptions) (*Summaries, error) {
	bs, err := distinct(bs)
	if err != nil {
		return nil, err
	}
	src, err := newSource(r)
	if err != nil {
		return nil, err
	}
	res, err := measureSource(src, bs, opts)
	if opts.Report != nil {
		*opts.Report = res.report
	}
	if err != nil {
		return nil, err
	}
	return finish(res.summaries, res.errs, nil)
}

// measured is the result of measuring an input: the summaries, the bad
// rows (every one with SkipBadRows, else the first) and the report.
type measured struct {
	summaries *Summaries
	errs      RowErrors
	report    Report
}

// measureSource measures the input by the reading rules. Repeated rows
// are the exception and cost more: under DuplicatesKeepLast a second
// sequential pass counts the last of each repeated slot, and a refused
// repeat has the line it repeats named by reading the input again.
func measureSource(src *source, bs []goal.Benchmark, opts MeasureOptions) (measured, error) {
	policy := opts.Duplicates.orDefault()
	if policy == DuplicatesKeepLast && !src.rereadable() {
		return measured{}, errKeepLastStream()
	}
	res, repeats, err := measurePass(src, bs, opts, nil)
	if err != nil {
		return res, err
	}
	if policy == DuplicatesKeepLast && repeats != nil {
		if res, _, err = measurePass(src, bs, opts, repeats); err != nil {
			return res, err
		}
	}
	return res, nil
}

// measurePass reads the input once — on several goroutines when it is a
// large enough rereadable CSV, falling back to one when a quoted field or
// a repeated slot spans the parts — with keep, in the second pass of
// DuplicatesKeepLast, naming the row to count of each repeated slot. It
// returns, for DuplicatesKeepLast, the last line of each repeated slot.
func measurePass(src *source, bs []goal.Benchmark, opts MeasureOptions, keep map[slot]int) (measured, map[slot]int, error) {
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		return measureJSONLines(src, bs, opts, keep)
	}
	workers := opts.Workers
	if workers <= 0 || workers > runtime.GOMAXPROCS(0) {
		workers = runtime.GOMAXPROCS(0)
	}
	if src.rereadable() && workers > 1 && keep == nil && src.size >= parallelMinBytes {
		res, repeats, ok, err := measureParallel(src, bs, opts, workers)
		if err != nil || ok {
			return res, repeats, err
		}
	}
	in, err := src.reader()
	if err != nil {
		return measured{}, nil, err
	}
	return measureSequential(in, src, bs, opts, keep)
}

// MeasurePlan measures every benchmark of a plan (or of several plans, one
// per student, given together) in one pass over each input: its TEP
// benchmarks over intervals, its soft-skill benchmarks over opportunities,
// as [MeasureAll] does. An input the plans have no benchmark for may be
// nil; one they need is required.
func MeasurePlan(plans []goal.Plan, intervals, opportunities io.Reader, opts MeasureOptions) (*Summaries, error) {
	byMeasure := map[goal.Measure][]goal.Benchmark{}
	for _, p := range plans {
		for _, g := range p.Goals() {
			byMeasure[g.Target().Measure()] = append(byMeasure[g.Target().Measure()], g.Benchmarks()...)
		}
	}
	out := &Summaries{}
	var rowErrs RowErrors
	var report Report
	defer func() {
		if opts.Report != nil {
			report.Students, report.Days = out.studentDays()
			*opts.Report = report
		}
	}()
	for _, in := range []struct {
		m    goal.Measure
		r    io.Reader
		name string
	}{{goal.MeasureTEP, intervals, "intervals"}, {goal.MeasureSoftSkill, opportunities, "opportunities"}} {
		bs := byMeasure[in.m]
		if len(bs) == 0 {
			continue
		}
		if in.r == nil {
			return nil, fmt.Errorf("progress: the plan has %s benchmarks but no %s were given: %w", in.m, in.name, goal.ErrInvalid)
		}
		var part Report
		one := opts
		one.Report = &part
		sums, err := MeasureAll(in.r, bs, one)
		report.addRows(part)
		var re RowErrors
		switch {
		case errors.As(err, &re) && sums != nil:
			rowErrs = append(rowErrs, re...)
		case err != nil:
			return nil, fmt.Errorf("%s: %w", in.name, err)
		}
		out.Merge(sums)
	}
	return finish(out, rowErrs, nil)
}

// measureJSONLines measures JSON Lines, read with the readers' loop.
func measureJSONLines(src *source, bs []goal.Benchmark, opts MeasureOptions, keep map[slot]int) (measured, map[slot]int, error) {
	ms := newMeasurers(bs)
	rd := &reading{src: src, opts: opts.ReadOptions, gate: newMeasureGate(opts.ReadOptions, bs, ms)}
	rd.gate.keep = keep
	var errs RowErrors
	var fatal error
	collect := func(err error) bool {
		var rerr *RowError
		if !errors.As(err, &rerr) {
			fatal = err
			return false
		}
		errs = append(errs, rerr)
		return opts.SkipBadRows
	}
	in, err := src.reader()
	if err != nil {
		return measured{}, nil, err
	}
	if bs[0].Measure() == goal.MeasureSoftSkill {
		var o Opportunity
		scanOpportunities(in, rd.opts, &o, rd.gate.opportunity, func(out outcome, err error) bool {
			rd.count(out, err)
			if err == nil && out != outOtherSkill {
				err = ms.addOpportunity(&o)
			}
			return err == nil || collect(err)
		})
	} else {
		var one [1]Interval
		scanIntervals(in, rd.opts, &one[0], rd.gate.interval, func(out outcome, err error) bool {
			rd.count(out, err)
			if err == nil && out != outDuplicate {
				_, err = ms[0].AddIntervals(one[:]) // checked by decoding: cannot fail
				for _, m := range ms[1:] {
					m.AddIntervals(one[:])
				}
			}
			return err == nil || collect(err)
		})
	}
	res := measured{summaries: ms.summaries(), errs: errs}
	if fatal == nil {
		fatal = rd.gate.check(res.summaries)
	}
	res.report = rd.report()
	if fatal != nil {
		return res, nil, fatal
	}
	if !opts.SkipBadRows && len(errs) > 0 {
		return res, nil, errs[0]
	}
	rd.gate.nameRefused(src, opts.ReadOptions)
	return res, rd.gate.repeats, nil
}

func finish(s *Summaries, errs RowErrors, err error) (*Summaries, error) {
	switch {
	case err != nil:
		return nil, err
	case len(errs) > 0:
		return s, errs
	}
	return s, nil
}

// measurers is one Measurer per benchmark, fed the same rows.
type measurers []*Measurer

func newMeasurers(bs []goal.Benchmark) measurers {
	ms := make(measurers, len(bs))
	for i, b := range bs {
		ms[i] = NewMeasurer(b)
	}
	return ms
}

func (ms measurers) addOpportunity(o *Opportunity) error {
	for _, m := range ms {
		if err := m.AddOpportunity(o); err != nil {
			return err
		}
	}
	return nil
}

func (ms measurers) summaries() *Summaries {
	out := &Summaries{}
	for _, m := range ms {
		out.Add(m.Benchmark(), m.Summary())
	}
	return out
}

// csvMeasure is the per-goroutine state of CSV measurement: the column
// layout, the field cache, the gate, the measurers and what became of the
// rows read.
type csvMeasure struct {
	ms     measurers
	gate   *gate
	il     *intervalLayout
	ol     *opportunityLayout
	cache  fieldCache
	iv     [1]Interval // decoded in place and measured as a slice, without copying
	lead   []byte      // the fast path's last line's leading student and date, with their commas
	op     Opportunity
	last   outcome // the outcome of a good row, set by row (a bad row is rejected)
	skip   bool
	errs   RowErrors
	rows   rowCounts
	failed bool // stopped at a bad row (not skipping)
}

func newCSVMeasure(bs []goal.Benchmark, opts ReadOptions) *csvMeasure {
	ms := newMeasurers(bs)
	return &csvMeasure{ms: ms, gate: newMeasureGate(opts, bs, ms), skip: opts.SkipBadRows}
}

// readLayout reads the header of the benchmarks' kind of observation and
// checks that every focus element of a benchmark has its column.
func (c *csvMeasure) readLayout(sc *recordScanner) error {
	var err error
	if c.ms[0].Benchmark().Measure() == goal.MeasureSoftSkill {
		c.ol, err = readHeader(sc, newOpportunityLayout)
		return err
	}
	if c.il, err = readHeader(sc, newIntervalLayout); err != nil {
		return err
	}
	for _, m := range c.ms {
		if missing := m.Benchmark().Focus() &^ c.il.elementSet(); missing != 0 {
			e := missing.Elements()[0]
			return &RowError{Line: 1, Column: elementColumnPrefix + e.Key(), Err: fmt.Errorf("%w: the benchmark's focus element %s has no column, so its support could not be checked", ErrMissingColumn, e.Key())}
		}
	}
	return nil
}

// fork returns a fresh state for another goroutine sharing the layout.
func (c *csvMeasure) fork() *csvMeasure {
	bs := make([]goal.Benchmark, len(c.ms))
	for i, m := range c.ms {
		bs[i] = m.Benchmark()
	}
	ms := newMeasurers(bs)
	return &csvMeasure{ms: ms, gate: c.gate.fork(ms), il: c.il, ol: c.ol, skip: c.skip}
}

// row decodes, judges and measures one record read on line.
func (c *csvMeasure) row(fields [][]byte, line int) *RowError {
	c.lead = c.lead[:0] // the record is decoded into c.iv: the fast path's last row is no longer there
	var rerr *RowError
	if c.il != nil {
		if rerr = c.il.decode(fields, &c.cache, &c.iv[0], false); rerr != nil {
			return rerr
		}
		return c.interval(fields[c.il.period], line)
	}
	if rerr = c.ol.decode(fields, &c.cache, &c.op); rerr != nil {
		return rerr
	}
	if c.last, rerr = c.gate.opportunity(&c.op); rerr != nil || c.last == outOtherSkill {
		return rerr
	}
	return asRowError(c.ms.addOpportunity(&c.op))
}

// asRowError returns err as a *RowError (nil for nil).
func asRowError(err error) *RowError {
	if err == nil {
		return nil
	}
	var rerr *RowError
	if errors.As(err, &rerr) {
		return rerr
	}
	return &RowError{Err: err}
}

// interval judges and measures the decoded interval: the first measurer
// counts it unless its slot was counted already (one lookup of the day
// for both), and the others count it after.
func (c *csvMeasure) interval(period []byte, line int) (rerr *RowError) {
	iv := &c.iv[0]
	if c.last, rerr = c.gate.admit(iv, period, line); c.last != 0 {
		return rerr
	}
	repeat, err := c.ms[0].countSlot(c.iv[:], period)
	switch {
	case err != nil:
		return asRowError(err)
	case repeat:
		c.last, rerr = c.gate.repeated(iv, period, line)
		return rerr
	}
	if len(c.ms) > 1 {
		for _, m := range c.ms[1:] {
			m.AddIntervals(c.iv[:]) // checked by the first: cannot fail
		}
	}
	c.last = counted(iv)
	return nil
}

// run measures every record sc yields; it returns an I/O error.
func (c *csvMeasure) run(sc *recordScanner) error {
	sc.take = c.fastLayout()
	sc.each(c.skip, func(fields [][]byte) *RowError { return c.row(fields, sc.recLine) }, func(rerr *RowError) bool {
		if rerr != nil {
			c.rows[outRejected]++
			c.errs = append(c.errs, rerr)
			c.failed = !c.skip
		} else {
			c.rows[c.last]++ // a good row has set its outcome
		}
		return true
	})
	return sc.ioErr
}

// result completes what a state measured.
func (c *csvMeasure) result() measured {
	report := c.rows.report()
	c.gate.finish(&report)
	return measured{summaries: c.ms.summaries(), errs: c.errs, report: report}
}

func measureSequential(in io.Reader, src *source, bs []goal.Benchmark, opts MeasureOptions, keep map[slot]int) (measured, map[slot]int, error) {
	sc := newRecordScanner(in)
	c := newCSVMeasure(bs, opts.ReadOptions)
	c.gate.keep = keep
	if err := c.readLayout(sc); err != nil {
		return measured{}, nil, err
	}
	if err := c.run(sc); err != nil {
		return c.result(), nil, fmt.Errorf("progress: reading line %d: %w", sc.line+1, err)
	}
	res := c.result()
	if c.failed {
		c.gate.nameRefused(src, opts.ReadOptions)
		return res, nil, c.errs[0]
	}
	if err := c.gate.check(res.summaries); err != nil {
		return res, nil, err
	}
	c.gate.nameRefused(src, opts.ReadOptions)
	return res, c.gate.repeats, nil
}

// chunkResult is what one chunk of a split input measured.
type chunkResult struct {
	lines  int   // lines consumed
	end    int64 // offset where the chunk's last record ended
	errs   RowErrors
	rows   rowCounts
	failed bool
	ioErr  error
}

// measureParallel splits the input after its header into chunks starting
// at line starts and measures them on workers goroutines. It reports
// false, having measured nothing that counts, when the result would
// depend on the split: a quoted field spans a split point, a repeated
// slot (within a chunk or across two) asks for the one-goroutine reading,
// which names lines and keeps the first or the last in input order, or a
// bad row stops the reading (without SkipBadRows), where one reading
// would have stopped having counted only the rows before it.
func measureParallel(src *source, bs []goal.Benchmark, opts MeasureOptions, workers int) (measured, map[slot]int, bool, error) {
	in := src.section()
	size := in.Size()
	sc := newRecordScanner(in)
	head := newCSVMeasure(bs, opts.ReadOptions)
	if err := head.readLayout(sc); err != nil {
		return measured{}, nil, true, err
	}
	starts, err := chunkStarts(in, sc.offset(), size, workers*4)
	if err != nil {
		return measured{}, nil, true, err
	}
	n := len(starts) - 1
	results := make([]chunkResult, n)
	states := make([]*csvMeasure, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range states {
		states[w] = head.fork()
		wg.Add(1)
		go func(c *csvMeasure) {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				results[i] = c.chunk(in, starts[i], starts[i+1], size)
			}
		}(states[w])
	}
	wg.Wait()

	// A repeat within a chunk is read again in one pass, which names lines
	// and keeps the first or the last in input order.
	first := states[0]
	for _, c := range states {
		if len(c.gate.refused) > 0 || c.gate.repeats != nil {
			return measured{}, nil, false, nil
		}
	}
	// The parts merge; a repeat across two is read again in one pass too.
	for _, c := range states[1:] {
		for i, m := range c.ms {
			if first.ms[i].Summary().absorb(m.Summary()) {
				return measured{}, nil, false, nil // a repeat across chunks: read again in one pass
			}
		}
		if first.gate.seen != first.ms[0] {
			first.gate.seen.Summary().absorb(c.gate.seen.Summary())
		}
		first.gate.sawSkills(c.gate)
	}
	line := sc.line
	var res measured
	for i, r := range results {
		for _, e := range r.errs {
			e.Line += line
		}
		res.errs = append(res.errs, r.errs...)
		res.report.addRows(r.rows.report())
		switch {
		case r.ioErr != nil:
			return measured{}, nil, true, fmt.Errorf("progress: reading after line %d: %w", line, r.ioErr)
		case r.failed:
			// The first bad row: read again in one pass, which stops there
			// as one reading does, so that the report counts the rows
			// before it and no other.
			return measured{}, nil, false, nil
		case r.end != starts[i+1]:
			return measured{}, nil, false, nil // a quoted field spanned the split point
		}
		line += r.lines
	}
	res.summaries = first.ms.summaries()
	first.gate.finish(&res.report)
	if err := first.gate.check(res.summaries); err != nil {
		return res, nil, true, err
	}
	return res, nil, true, nil
}

// chunk measures the records starting in [start, limit).
func (c *csvMeasure) chunk(in io.ReaderAt, start, limit, size int64) chunkResult {
	sc := newRecordScanner(io.NewSectionReader(in, start, size-start))
	sc.limit = limit - start
	errs0 := len(c.errs)
	before := c.rows
	err := c.run(sc)
	res := chunkResult{lines: sc.line, end: start + sc.offset(), errs: append(RowErrors(nil), c.errs[errs0:]...), rows: c.rows.since(before), failed: c.failed, ioErr: err}
	c.errs, c.failed = c.errs[:errs0], false
	return res
}

// chunkStarts returns n+1 offsets: from, then the start of the first line
// at or after each of n-1 evenly spaced points, then size.
func chunkStarts(in io.ReaderAt, from, size int64, n int) ([]int64, error) {
	starts := []int64{from}
	var probe [4096]byte
	for i := 1; i < n; i++ {
		p := from + (size-from)*int64(i)/int64(n)
		p = max(p, starts[len(starts)-1])
		for p < size {
			k, err := in.ReadAt(probe[:], p-1)
			if j := bytes.IndexByte(probe[:k], '\n'); j >= 0 {
				p += int64(j)
				break
			}
			if err != nil && err != io.EOF {
				return nil, fmt.Errorf("progress: splitting the input: %w", err)
			}
			p += int64(k)
			if k == 0 {
				p = size
			}
		}
		if p > starts[len(starts)-1] && p < size {
			starts = append(starts, p)
		}
	}
	return append(starts, size), nil
}
