package main

import (
	"io"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

const (
	weeklyHeader  = "student,iso_year,iso_week,rated_minutes,qualifying_minutes,percent\n"
	summaryHeader = "student,window_days,window_rated_minutes,window_qualifying_minutes,window_percent,met\n"
)

// appendPercent appends qualifying × 100 ÷ rated with four decimals, or
// nothing when no minute was rated.
func appendPercent(b []byte, t progress.Tally) []byte {
	if p, ok := t.Percent(); ok {
		b = strconv.AppendFloat(b, p, 'f', 4, 64)
	}
	return b
}

// writeRows writes, in one pass over the students in byte order, the
// weekly rows (one per student and ISO week: progress.AppendWeeks pools
// the days' minutes) to weekly and each student's window row to summary;
// a nil writer is not written. Batches of students are formatted on every
// CPU and written in order, a bounded number of batches ahead.
func writeRows(weekly, summary io.Writer, sum *progress.Summary, threshold float64, asOf goal.Date) error {
	for _, h := range []struct {
		w    io.Writer
		text string
	}{{weekly, weeklyHeader}, {summary, summaryHeader}} {
		if h.w != nil {
			if _, err := io.WriteString(h.w, h.text); err != nil {
				return err
			}
		}
	}
	ids := sum.Students()
	format := func(f *formatter, b *batch, from int) {
		b.weekly, b.summary = b.weekly[:0], b.summary[:0]
		for _, id := range ids[from:min(from+batchStudents, len(ids))] {
			f.days = sum.AppendDays(f.days[:0], id)
			if weekly != nil {
				f.weeks = progress.AppendWeeks(f.weeks[:0], f.days)
				b.weekly = appendWeeks(b.weekly, id, f.weeks)
			}
			if summary != nil {
				b.summary = appendWindow(b.summary, id, f.days, threshold, asOf)
			}
		}
	}
	return inOrder((len(ids)+batchStudents-1)/batchStudents, format, func(b *batch) error {
		for _, o := range []struct {
			w    io.Writer
			rows []byte
		}{{weekly, b.weekly}, {summary, b.summary}} {
			if o.w != nil {
				if _, err := o.w.Write(o.rows); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// batchStudents is how many students' rows a batch holds.
const batchStudents = 256

// batch is the rows of a batch of students, formatted.
type batch struct{ weekly, summary []byte }

// formatter holds the buffers a goroutine formats students with, reused
// from student to student.
type formatter struct {
	days  []progress.DayTally
	weeks []progress.WeekTally
}

// inOrder formats batches 0 to n-1 on every CPU with format (given the
// index of the batch's first student) and hands them to write in order,
// stopping at write's first error. At most two batches per CPU are in
// hand at once, their buffers reused.
func inOrder(n int, format func(*formatter, *batch, int), write func(*batch) error) error {
	workers := runtime.GOMAXPROCS(0)
	free := make(chan *batch, 2*workers)
	for range cap(free) {
		free <- &batch{}
	}
	done := make([]chan *batch, n)
	for i := range done {
		done[i] = make(chan *batch, 1)
	}
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var f formatter
			for {
				var b *batch
				select { // a batch's buffers first, then its index: the batches in hand are the next to write
				case b = <-free:
				case <-stop:
					return
				}
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				format(&f, b, i*batchStudents)
				done[i] <- b
			}
		}()
	}
	var err error
	for i := 0; i < n && err == nil; i++ {
		b := <-done[i]
		err = write(b)
		free <- b
	}
	close(stop)
	wg.Wait()
	return err
}

// appendWeeks appends the student's weekly rows.
func appendWeeks(b []byte, id goal.StudentID, weeks []progress.WeekTally) []byte {
	for _, wk := range weeks {
		b = progress.AppendCSVField(b, string(id))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOYear), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(wk.ISOWeek), 10)
		b = appendTally(b, wk.Tally)
	}
	return b
}

// appendTally appends ",rated,qualifying,percent\n".
func appendTally(b []byte, t progress.Tally) []byte {
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Rated, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, t.Qualifying, 10)
	b = append(b, ',')
	b = appendPercent(b, t)
	return append(b, '\n')
}

// appendWindow appends the student's trailing window as of asOf: the
// window assess.Benchmark reports (the last 10 rated days on or before
// asOf, pooled), and met by the library's one rule, assess.Met.
func appendWindow(b []byte, id goal.StudentID, days []progress.DayTally, threshold float64, asOf goal.Date) []byte {
	win := assess.TrailingWindow(days, asOf, assess.DefaultWindowDays)
	met := assess.Met(win, threshold, assess.DefaultMinDays)
	b = progress.AppendCSVField(b, string(id))
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(win.Days), 10)
	b = appendTally(b, win.Tally)
	b = append(b[:len(b)-1], ',') // the row goes on after the percent
	b = strconv.AppendBool(b, met)
	return append(b, '\n')
}
