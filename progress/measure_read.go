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

// MeasureOptions configures [Measure] and [MeasureCSV]. The zero value
// reads CSV, stops at the first bad row and uses every CPU.
type MeasureOptions struct {
	Format Format // FormatCSV (also the zero value) or FormatJSONLines; MeasureCSV ignores it
	// SkipBadRows measures the good rows and returns every bad row in a
	// [RowErrors] alongside the summary. Without it, the first bad row
	// stops the work and is returned alone.
	SkipBadRows bool
	// Workers is the number of goroutines a CSV input that is also an
	// io.ReaderAt and io.Seeker (an *os.File, a *bytes.Reader, a
	// *strings.Reader) is split across; 0 means runtime.GOMAXPROCS(0).
	// Other inputs are read by one goroutine.
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
// It streams: memory holds the summary (students × school days) and a read
// buffer per goroutine, never the input. A CSV input that is an
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
	if opts.Format.orDefaultCSV() == FormatJSONLines {
		return measureJSONLines(r, bs, opts)
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if ra, ok := r.(interface {
		io.ReaderAt
		io.Seeker
	}); ok && workers > 1 {
		// A pipe is an *os.File too, but cannot seek: it is read in one pass.
		if start, err := ra.Seek(0, io.SeekCurrent); err == nil {
			end, err := ra.Seek(0, io.SeekEnd)
			if err != nil {
				return nil, fmt.Errorf("progress: finding the input's size: %w", err)
			}
			section := io.NewSectionReader(ra, start, end-start)
			if end-start >= parallelMinBytes {
				return measureParallel(section, bs, opts.SkipBadRows, workers)
			}
			r = section
		}
	}
	return measureSequential(r, bs, opts.SkipBadRows)
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
		sums, err := MeasureAll(in.r, bs, opts)
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

func measureJSONLines(r io.Reader, bs []goal.Benchmark, opts MeasureOptions) (*Summaries, error) {
	ms := newMeasurers(bs)
	ro := ReadOptions{Format: FormatJSONLines, SkipBadRows: opts.SkipBadRows}
	var errs RowErrors
	collect := func(err error) error {
		var rerr *RowError
		if !errors.As(err, &rerr) {
			return err
		}
		if !opts.SkipBadRows {
			return rerr
		}
		errs = append(errs, rerr)
		return nil
	}
	var err error
	if bs[0].Measure() == goal.MeasureSoftSkill {
		for o, e := range ReadOpportunities(r, ro) {
			if e == nil {
				e = ms.addOpportunity(&o)
			}
			if e != nil {
				if err = collect(e); err != nil {
					break
				}
			}
		}
	} else {
		var one [1]Interval
		for iv, e := range ReadIntervals(r, ro) {
			if e == nil {
				one[0] = iv
				e = ms.addIntervals(one[:])
			}
			if e != nil {
				if err = collect(e); err != nil {
					break
				}
			}
		}
	}
	return finish(ms.summaries(), errs, err)
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

// addIntervals counts the intervals for every benchmark. The checks of a
// row do not depend on the benchmark, so the first measurer's verdict on a
// bad row is everyone's, and no measurer counts it.
func (ms measurers) addIntervals(ivs []Interval) error {
	for _, m := range ms {
		if _, err := m.AddIntervals(ivs); err != nil {
			return err
		}
	}
	return nil
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
// layout, the field cache and the measurer.
type csvMeasure struct {
	ms     measurers
	il     *intervalLayout
	ol     *opportunityLayout
	cache  fieldCache
	iv     [1]Interval // decoded in place and measured as a slice, without copying
	op     Opportunity
	skip   bool
	errs   RowErrors
	failed bool // stopped at a bad row (not skipping)
}

// readLayout reads the header of the benchmark's kind of observation.
func (c *csvMeasure) readLayout(sc *recordScanner) error {
	var err error
	if c.ms[0].Benchmark().Measure() == goal.MeasureSoftSkill {
		c.ol, err = readHeader(sc, newOpportunityLayout)
	} else {
		c.il, err = readHeader(sc, newIntervalLayout)
	}
	return err
}

// fork returns a fresh state for another goroutine sharing the layout.
func (c *csvMeasure) fork() *csvMeasure {
	bs := make([]goal.Benchmark, len(c.ms))
	for i, m := range c.ms {
		bs[i] = m.Benchmark()
	}
	return &csvMeasure{ms: newMeasurers(bs), il: c.il, ol: c.ol, skip: c.skip}
}

// row decodes and measures one record.
func (c *csvMeasure) row(fields [][]byte) *RowError {
	var err error
	if c.il != nil {
		if rerr := c.il.decode(fields, &c.cache, &c.iv[0], false); rerr != nil {
			return rerr
		}
		err = c.ms.addIntervals(c.iv[:])
	} else {
		if rerr := c.ol.decode(fields, &c.cache, &c.op); rerr != nil {
			return rerr
		}
		err = c.ms.addOpportunity(&c.op)
	}
	if err != nil {
		var rerr *RowError
		if errors.As(err, &rerr) {
			return rerr
		}
		return &RowError{Err: err}
	}
	return nil
}

// run measures every record sc yields; it returns an I/O error.
func (c *csvMeasure) run(sc *recordScanner) error {
	sc.each(c.skip, c.row, func(rerr *RowError) bool {
		if rerr != nil {
			c.errs = append(c.errs, rerr)
			c.failed = !c.skip
		}
		return true
	})
	return sc.ioErr
}

func measureSequential(r io.Reader, bs []goal.Benchmark, skip bool) (*Summaries, error) {
	sc := newRecordScanner(r)
	c := &csvMeasure{ms: newMeasurers(bs), skip: skip}
	if err := c.readLayout(sc); err != nil {
		return nil, err
	}
	if err := c.run(sc); err != nil {
		return nil, fmt.Errorf("progress: reading line %d: %w", sc.line+1, err)
	}
	if c.failed {
		return nil, c.errs[0]
	}
	return finish(c.ms.summaries(), c.errs, nil)
}

// chunkResult is what one chunk of a split input measured.
type chunkResult struct {
	lines  int   // lines consumed
	end    int64 // offset where the chunk's last record ended
	errs   RowErrors
	failed bool
	ioErr  error
}

// measureParallel splits the input after its header into chunks starting
// at line starts and measures them on workers goroutines.
func measureParallel(in *io.SectionReader, bs []goal.Benchmark, skip bool, workers int) (*Summaries, error) {
	size := in.Size()
	sc := newRecordScanner(in)
	head := &csvMeasure{ms: newMeasurers(bs), skip: skip}
	if err := head.readLayout(sc); err != nil {
		return nil, err
	}
	starts, err := chunkStarts(in, sc.offset(), size, workers*4)
	if err != nil {
		return nil, err
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

	line := sc.line
	var errs RowErrors
	for i, r := range results {
		for _, e := range r.errs {
			e.Line += line
		}
		errs = append(errs, r.errs...)
		switch {
		case r.ioErr != nil:
			return nil, fmt.Errorf("progress: reading after line %d: %w", line, r.ioErr)
		case r.failed:
			return nil, r.errs[0]
		case r.end != starts[i+1]:
			// A quoted field spanned the split point: read it all in one pass.
			return measureSequential(io.NewSectionReader(in, 0, size), bs, skip)
		}
		line += r.lines
	}
	for _, c := range states[1:] {
		for i, m := range c.ms {
			states[0].ms[i].Summary().absorb(m.Summary())
		}
	}
	return finish(states[0].ms.summaries(), errs, nil)
}

// chunk measures the records starting in [start, limit).
func (c *csvMeasure) chunk(in io.ReaderAt, start, limit, size int64) chunkResult {
	sc := newRecordScanner(io.NewSectionReader(in, start, size-start))
	sc.limit = limit - start
	errs0 := len(c.errs)
	err := c.run(sc)
	res := chunkResult{lines: sc.line, end: start + sc.offset(), errs: append(RowErrors(nil), c.errs[errs0:]...), failed: c.failed, ioErr: err}
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
