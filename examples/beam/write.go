package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

// lastOrdinalFn gives each student's last date, for the default -asof.
type lastOrdinalFn struct{}

func (lastOrdinalFn) ProcessElement(_ string, r *result) int { return r.sum.LastDate().Ordinal() }

func maxInt(a, b int) int { return max(a, b) }

// StudentRows is one student's rows of the two tables, formatted, and the
// student's repeats across files.
type StudentRows struct {
	Student        string
	Weekly, Window []byte
	Days           int
	Repeats        []string
}

// formatFn formats a student's rows with the library's research tables
// (assess.AppendWeeklyCSV, assess.AppendWindowCSV), as of -asof or the
// data's last date.
type formatFn struct{ Config Config }

func (fn *formatFn) ProcessElement(student string, r *result, last func(*int) bool, emit func(StudentRows)) error {
	asOf, err := fn.Config.asOf(last)
	if err != nil {
		return err
	}
	id := goal.StudentID(student)
	days := r.sum.Days(id)
	out := StudentRows{Student: student, Days: len(days), Repeats: repeatsOf(student, r.repeats)}
	if fn.Config.Weekly != "" {
		out.Weekly = assess.AppendWeeklyCSV(nil, id, progress.Weeks(days))
	}
	if fn.Config.Summary != "" {
		out.Window = assess.AppendWindowCSV(nil, id, days, fn.Config.Threshold, asOf)
	}
	emit(out)
	return nil
}

// asOf returns -asof, or the last date of the data (from the side input).
func (c Config) asOf(last func(*int) bool) (goal.Date, error) {
	if c.AsOf != "" {
		return goal.ParseDate(c.AsOf)
	}
	var ord, n int
	for last(&n) {
		ord = max(ord, n)
	}
	return goal.DateFromOrdinal(ord), nil
}

// writeFn writes the outputs in student order, whole or not at all, and
// the bad rows and the ingest report; a repeat of a student, date and
// period across files fails the pipeline before anything is written, as
// the reader refuses a repeat within a file.
type writeFn struct{ Config Config }

func (fn *writeFn) ProcessElement(ctx context.Context, _ []byte, rows func(*StudentRows) bool, bad func(*BadRow) bool, reports func(*FileReport) bool) error {
	var all []StudentRows
	var repeats []string
	var r StudentRows
	for rows(&r) {
		all = append(all, r)
		repeats = append(repeats, r.Repeats...)
	}
	if len(repeats) > 0 {
		slices.Sort(repeats)
		return fmt.Errorf("%d intervals repeat a student, date and period across files (refused, as the reader refuses a repeat within a file): %s",
			len(repeats), strings.Join(repeats[:min(5, len(repeats))], "; "))
	}
	slices.SortFunc(all, func(a, b StudentRows) int { return strings.Compare(a.Student, b.Student) })
	files := map[string][]byte{fn.Config.Bad: badRowsCSV(bad), fn.Config.Report: reportText(reports, all)}
	if fn.Config.Weekly != "" {
		files[fn.Config.Weekly] = joinRows(assess.WeeklyCSVHeader, all, func(r StudentRows) []byte { return r.Weekly })
	}
	if fn.Config.Summary != "" {
		files[fn.Config.Summary] = joinRows(assess.WindowCSVHeader, all, func(r StudentRows) []byte { return r.Window })
	}
	return writeAll(ctx, files)
}

func joinRows(header string, all []StudentRows, part func(StudentRows) []byte) []byte {
	b := []byte(header)
	for _, r := range all {
		b = append(b, part(r)...)
	}
	return b
}

// badRowsCSV is the bad rows in order of file and line.
func badRowsCSV(bad func(*BadRow) bool) []byte {
	var all []BadRow
	var r BadRow
	for bad(&r) {
		all = append(all, r)
	}
	slices.SortFunc(all, func(a, b BadRow) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	b := []byte("file,line,column,error\n")
	for _, r := range all {
		b = progress.AppendCSVField(b, r.File)
		b = fmt.Appendf(b, ",%d,", r.Line)
		b = progress.AppendCSVField(b, r.Column)
		b = append(b, ',')
		b = progress.AppendCSVField(b, r.Error)
		b = append(b, '\n')
	}
	return b
}

// reportText is the account of every row over the files, in the words
// examples/research prints it.
func reportText(reports func(*FileReport) bool, all []StudentRows) []byte {
	var sum FileReport
	var r FileReport
	files := 0
	for reports(&r) {
		files++
		sum.Rows += r.Rows
		sum.Rated += r.Rated
		sum.Unrated += r.Unrated
		sum.Rejected += r.Rejected
		sum.Duplicates += r.Duplicates
	}
	days := 0
	for _, s := range all {
		days += s.Days
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "read %d rows from %s\n", sum.Rows, template.Plural(files, "file", "files"))
	fmt.Fprintf(&b, "%d rated, %d unrated, %d rejected, %s passed over; %s, %s\n", sum.Rated, sum.Unrated, sum.Rejected,
		template.Plural(int(sum.Duplicates), "duplicate", "duplicates"), template.Plural(len(all), "student", "students"), template.Plural(days, "student-day", "student-days"))
	return b.Bytes()
}

// writeAll writes each file whole or not at all. The local files are
// written to temporary files beside them, and renamed into place only
// once every one is written (an error before that leaves every file as it
// was; a rename that fails after others leaves those renamed). A file of
// an object store (gs://…) is written through the runner's file systems
// after the local ones, one object at a time: each appears only when it
// is written whole.
func writeAll(ctx context.Context, files map[string][]byte) error {
	remote := map[string][]byte{}
	for path, data := range files {
		if isURL(path) {
			remote[path] = data
			delete(files, path)
		}
	}
	if err := writeLocal(files); err != nil {
		return err
	}
	for path, data := range remote {
		if err := writeObject(ctx, path, data); err != nil {
			return err
		}
	}
	return nil
}

// isURL reports whether a path names a file of a Beam file system other
// than the local one (gs://bucket/…).
func isURL(path string) bool { return strings.Contains(path, "://") }

func writeObject(ctx context.Context, path string, data []byte) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		w.Close() // the caller's context is cancelled with the failed bundle: the object is not finished
		return err
	}
	return w.Close()
}

// readFile reads a local file or an object of a Beam file system.
func readFile(ctx context.Context, path string) ([]byte, error) {
	if !isURL(path) {
		return os.ReadFile(path)
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fs.Close()
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

func writeLocal(files map[string][]byte) error {
	tmps := map[string]string{}
	defer func() {
		for _, tmp := range tmps {
			os.Remove(tmp)
		}
	}()
	for path, data := range files {
		f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
		if err != nil {
			return err
		}
		tmps[path] = f.Name()
		if _, err := f.Write(data); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	for path, tmp := range tmps {
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
		delete(tmps, path)
	}
	return nil
}
