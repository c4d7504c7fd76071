package main

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// The outputs, by kind: the index of each in the arrays of writers,
// rows and files.
const (
	outWeekly = iota
	outSummary
	outEffects
	numOutputs
)

// headers are the outputs' header lines, by kind.
var headers = [numOutputs]string{
	outWeekly:  assess.WeeklyCSVHeader,
	outSummary: assess.WindowCSVHeader,
	outEffects: effectsHeader,
}

// rowOptions are what the rows are computed with.
type rowOptions struct {
	threshold     float64   // the percent met compares the window with
	asOf          goal.Date // the window's end, and the last day phases see
	minPhaseWeeks int       // the shortest support phase of the effects
}

// writeRows writes, in one pass over the students in byte order, the
// weekly rows (one per student and ISO week: progress.AppendWeeks pools
// the days' minutes), each student's window row and each student's
// effects between support phases to the writers of their kinds; a nil
// writer is not written. Batches of students are formatted on every CPU
// and written in order, a bounded number of batches ahead.
func writeRows(ws [numOutputs]io.Writer, sum *progress.Summary, o rowOptions) error {
	for k, w := range ws {
		if w != nil {
			if _, err := io.WriteString(w, headers[k]); err != nil {
				return err
			}
		}
	}
	ids := sum.Students()
	format := func(f *formatter, b *batch, from int) {
		for k := range b.rows {
			b.rows[k] = b.rows[k][:0]
		}
		for _, id := range ids[from:min(from+batchStudents, len(ids))] {
			f.days = sum.AppendDays(f.days[:0], id)
			if ws[outWeekly] != nil {
				f.weeks = progress.AppendWeeks(f.weeks[:0], f.days)
				b.rows[outWeekly] = assess.AppendWeeklyCSV(b.rows[outWeekly], id, f.weeks)
			}
			if ws[outSummary] != nil {
				b.rows[outSummary] = assess.AppendWindowCSV(b.rows[outSummary], id, f.days, o.threshold, o.asOf)
			}
			if ws[outEffects] != nil {
				b.rows[outEffects] = appendEffects(b.rows[outEffects], id, f.days, o.asOf, o.minPhaseWeeks)
			}
		}
	}
	return inOrder((len(ids)+batchStudents-1)/batchStudents, format, func(b *batch) error {
		for k, w := range ws {
			if w != nil {
				if _, err := w.Write(b.rows[k]); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// batchStudents is how many students' rows a batch holds.
const batchStudents = 256

// batch is the rows of a batch of students, formatted, by kind.
type batch struct{ rows [numOutputs][]byte }

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
