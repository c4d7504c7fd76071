package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// Config is what the pipeline measures and where it writes. Its fields
// travel to the workers inside the DoFns, so they are plain values.
type Config struct {
	In           string  // a glob of CSV files of rated intervals
	Band         string  // the TEP band, "3-5"
	MaxIntensity int     // the highest overall intensity that qualifies
	Focus        string  // comma-separated elements held to MaxIntensity too
	Threshold    float64 // the percent the window must reach for met
	AsOf         string  // the window's end, YYYY-MM-DD; "" = the last date in the data
	Weekly       string  // the weekly CSV; "" = not written
	Summary      string  // the window CSV; "" = not written
	Bad          string  // the bad rows, CSV file,line,column,error
	Report       string  // the ingest report, the lines examples/research prints
}

// benchmark builds the TEP benchmark the configuration describes, as
// examples/research does: the benchmark states the threshold's ceiling,
// met compares the unrounded percent with the threshold as given.
func (c Config) benchmark() (goal.Benchmark, error) {
	tep, err := rubric.ParseBand[rubric.TEP](c.Band)
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-band: %w", err)
	}
	limit, err := rubric.ParseIntensity(fmt.Sprint(c.MaxIntensity))
	if err != nil {
		return goal.Benchmark{}, fmt.Errorf("-max-intensity: %w", err)
	}
	if !(c.Threshold > 0 && c.Threshold <= 100) {
		return goal.Benchmark{}, fmt.Errorf("-threshold %v: want a percent above 0 and at most 100: %w", c.Threshold, rubric.ErrOutOfRange)
	}
	var focus rubric.ElementSet
	if c.Focus != "" {
		if focus, err = rubric.ParseElementSet(c.Focus); err != nil {
			return goal.Benchmark{}, fmt.Errorf("-focus: %w", err)
		}
	}
	return goal.NewBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: tep, Support: goal.MustSupportAtMost(limit),
		Threshold: int(math.Ceil(c.Threshold)), Focus: focus})
}

// check refuses a configuration the workers could not run.
func (c Config) check() error {
	if _, err := c.benchmark(); err != nil {
		return err
	}
	if c.AsOf != "" {
		if _, err := goal.ParseDate(c.AsOf); err != nil {
			return fmt.Errorf("-asof: %w", err)
		}
	}
	switch {
	case c.In == "":
		return errors.New("-in: give a glob of CSV files")
	case c.Bad == "" || c.Report == "":
		return errors.New("-bad and -report: give both files")
	}
	return nil
}

func init() {
	register.DoFn5x1[context.Context, fileio.ReadableFile, func(string, []byte), func(BadRow), func(FileReport), error](&readFn{})
	register.Emitter2[string, []byte]()
	register.Emitter1[BadRow]()
	register.Emitter1[FileReport]()
	register.Combiner3[*accumulator, []byte, *progress.Summary](&measureFn{})
	register.DoFn3x0[string, []byte, func(string)](&repeatKeysFn{})
	register.Emitter1[string]()
	register.DoFn3x0[string, int, func(string)](&repeatedFn{})
	register.DoFn2x1[string, *progress.Summary, int](&lastOrdinalFn{})
	register.Function2x1[int, int, int](maxInt)
	register.DoFn4x1[string, *progress.Summary, func(*int) bool, func(StudentRows), error](&formatFn{})
	register.Emitter1[StudentRows]()
	register.DoFn7x1[context.Context, []byte, func(*StudentRows) bool, func(*BadRow) bool, func(*FileReport) bool, func(*string) bool, func(*int) bool, error](&writeFn{})
	register.Iter1[StudentRows]()
	register.Iter1[BadRow]()
	register.Iter1[FileReport]()
	register.Iter1[string]()
	register.Iter1[int]()
	beam.RegisterCoder(reflect.TypeOf((*accumulator)(nil)), encodeAccumulator, decodeAccumulator)
	beam.RegisterCoder(reflect.TypeOf((*progress.Summary)(nil)), encodeSummary, decodeSummary)
}

// Build adds the research measure to the pipeline: the files of c.In read
// one per worker with the library's reader, their intervals keyed by
// student and combined per student by measureFn (a progress.Measurer and
// the student's progress.Summary, the binary encoding between workers),
// each student's rows formatted by the library's research tables, and a
// last step that writes the outputs in student order, whole or not at all.
func Build(s beam.Scope, c Config) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, c.In, fileio.MatchEmptyDisallow()))
	rows, bad, reports := beam.ParDo3(s, &readFn{}, files)
	students := beam.CombinePerKey(s, &measureFn{Config: c}, rows)
	repeated := beam.ParDo(s, &repeatedFn{}, stats.Count(s, beam.ParDo(s, &repeatKeysFn{}, rows)))
	lastDate := beam.Combine(s, maxInt, beam.ParDo(s, &lastOrdinalFn{}, students))
	formatted := beam.ParDo(s, &formatFn{Config: c}, students, beam.SideInput{Input: lastDate})
	beam.ParDo0(s, &writeFn{Config: c}, beam.Impulse(s), beam.SideInput{Input: formatted},
		beam.SideInput{Input: bad}, beam.SideInput{Input: reports}, beam.SideInput{Input: repeated}, beam.SideInput{Input: lastDate})
}

// BadRow is a row the reader refused, where it is: the side output of
// the bad rows, never dropped in silence.
type BadRow struct {
	File   string
	Line   int
	Column string
	Error  string
}

// FileReport is the reader's account of one file's rows
// (progress.Report), to be summed over the files.
type FileReport struct {
	File                                       string
	Rows, Rated, Unrated, Rejected, Duplicates int64
}

// readFn reads one file with the library's reader, bad rows skipped and
// reported: each interval goes on keyed by its student, encoded
// (encodeInterval); each bad row, with the file's path, to the bad rows;
// the file's account to the reports. Repeats within the file are bad rows,
// as the reader refuses them.
type readFn struct{}

func (readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(string, []byte), emitBad func(BadRow), emitReport func(FileReport)) error {
	r, err := f.Open(ctx)
	if err != nil {
		return err
	}
	defer r.Close()
	var rep progress.Report
	var buf []byte
	for iv, err := range progress.ReadIntervals(r, progress.ReadOptions{SkipBadRows: true, Report: &rep}) {
		var rowErr *progress.RowError
		switch {
		case errors.As(err, &rowErr):
			emitBad(BadRow{File: f.Metadata.Path, Line: rowErr.Line, Column: rowErr.Column, Error: rowErr.Err.Error()})
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", f.Metadata.Path, err)
		}
		buf = encodeInterval(buf[:0], &iv)
		emit(string(iv.Student), slices.Clone(buf))
	}
	emitReport(FileReport{File: f.Metadata.Path, Rows: rep.Rows, Rated: rep.Rated, Unrated: rep.Unrated, Rejected: rep.Rejected, Duplicates: rep.Duplicates})
	return nil
}

// measureFn is the per-student combine: its accumulator counts the
// student's intervals with a progress.Measurer and holds what is counted
// as a progress.Summary, which merges with Summary.Merge and travels in
// its binary encoding. Merge is associative and commutative with the
// empty summary as identity, so the result is the one-pass summary
// however the runner splits and orders the work.
type measureFn struct {
	Config Config
	once   sync.Once
	b      goal.Benchmark // built once per instance
}

// accumulator is one student's state in the combine: the intervals added
// since the last merge, in m, and the rest in sum.
type accumulator struct {
	m   *progress.Measurer
	sum *progress.Summary
}

// fold moves the measurer's counts into the summary.
func (a *accumulator) fold() {
	if a.m != nil {
		a.sum.Merge(a.m.Summary())
		a.m = nil
	}
}

func (fn *measureFn) benchmark() goal.Benchmark {
	fn.once.Do(func() { fn.b, _ = fn.Config.benchmark() }) // checked before the pipeline was built
	return fn.b
}

func (fn *measureFn) CreateAccumulator() *accumulator {
	return &accumulator{sum: new(progress.Summary)}
}

func (fn *measureFn) AddInput(a *accumulator, enc []byte) *accumulator {
	if a.m == nil {
		a.m = progress.NewMeasurer(fn.benchmark())
	}
	iv, err := decodeInterval(enc)
	if err == nil {
		err = a.m.AddInterval(&iv)
	}
	if err != nil {
		panic(fmt.Sprintf("measuring an interval the reader accepted: %v", err)) // the runner fails the pipeline
	}
	return a
}

func (fn *measureFn) MergeAccumulators(a, b *accumulator) *accumulator {
	a.fold()
	b.fold()
	a.sum.Merge(b.sum)
	return a
}

func (fn *measureFn) ExtractOutput(a *accumulator) *progress.Summary {
	a.fold()
	return a.sum
}

func encodeAccumulator(a *accumulator) ([]byte, error) {
	a.fold()
	return a.sum.MarshalBinary()
}

func decodeAccumulator(data []byte) (*accumulator, error) {
	sum, err := decodeSummary(data)
	return &accumulator{sum: sum}, err
}

func encodeSummary(s *progress.Summary) ([]byte, error) { return s.MarshalBinary() }

func decodeSummary(data []byte) (*progress.Summary, error) {
	s := new(progress.Summary)
	return s, s.UnmarshalBinary(data)
}

// repeatKeysFn keys each interval by its student, date and period, to find
// the repeats across files, which no one file's reader can see.
type repeatKeysFn struct{}

func (repeatKeysFn) ProcessElement(_ string, enc []byte, emit func(string)) {
	iv, err := decodeInterval(enc)
	if err != nil {
		panic(err)
	}
	emit(string(iv.Student) + "\x00" + iv.Date.String() + "\x00" + iv.Period)
}

// repeatedFn passes on the keys of the intervals read more than once.
type repeatedFn struct{}

func (repeatedFn) ProcessElement(key string, n int, emit func(string)) {
	if n > 1 {
		emit(key)
	}
}

// lastOrdinalFn gives each student's last date, for the default -asof.
type lastOrdinalFn struct{}

func (lastOrdinalFn) ProcessElement(_ string, s *progress.Summary) int { return s.LastDate().Ordinal() }

func maxInt(a, b int) int { return max(a, b) }

// StudentRows is one student's rows of the two tables, formatted.
type StudentRows struct {
	Student        string
	Weekly, Window []byte
	Days           int
}

// formatFn formats a student's rows with the library's research tables
// (assess.AppendWeeklyCSV, assess.AppendWindowCSV), as of -asof or the
// data's last date.
type formatFn struct{ Config Config }

func (fn *formatFn) ProcessElement(student string, s *progress.Summary, last func(*int) bool, emit func(StudentRows)) error {
	asOf, err := fn.Config.asOf(last)
	if err != nil {
		return err
	}
	id := goal.StudentID(student)
	days := s.Days(id)
	out := StudentRows{Student: student, Days: len(days)}
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
// the bad rows and the ingest report; a repeat across files fails the
// pipeline before anything is written, as the reader refuses a repeat.
type writeFn struct{ Config Config }

func (fn *writeFn) ProcessElement(ctx context.Context, _ []byte, rows func(*StudentRows) bool, bad func(*BadRow) bool, reports func(*FileReport) bool, repeated func(*string) bool, last func(*int) bool) error {
	var repeats []string
	var key string
	for repeated(&key) {
		repeats = append(repeats, strings.ReplaceAll(key, "\x00", ", "))
	}
	if len(repeats) > 0 {
		slices.Sort(repeats)
		return fmt.Errorf("%d intervals repeat a student, date and period across files (refused, as the reader refuses a repeat within a file): %s",
			len(repeats), strings.Join(repeats[:min(5, len(repeats))], "; "))
	}
	var all []StudentRows
	var r StudentRows
	for rows(&r) {
		all = append(all, r)
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
	fmt.Fprintf(&b, "read %d rows from %s\n", sum.Rows, plural(files, "file", "files"))
	fmt.Fprintf(&b, "%d rated, %d unrated, %d rejected, %s passed over; %s, %s\n", sum.Rated, sum.Unrated, sum.Rejected,
		plural(int(sum.Duplicates), "duplicate", "duplicates"), plural(len(all), "student", "students"), plural(days, "student-day", "student-days"))
	return b.Bytes()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprint(n) + " " + many
}

// writeAll writes the files whole or not at all. A local file is written
// to a temporary file beside it, and all are renamed into place once
// every one is written; on an error none is renamed and the temporary
// files are removed. A file of an object store (gs://…) is written
// through the runner's file systems once the local ones are in place: an
// object appears only when it is written whole.
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
		w.Close()
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

// encodeInterval appends a compact encoding of an interval (a combine's
// input does not carry its key): the student ID with its length, the
// date's ordinal and the minutes as varints, the TEP rating, the overall
// intensity and the level of each element, a byte each, then the period
// label.
func encodeInterval(b []byte, iv *progress.Interval) []byte {
	b = binary.AppendUvarint(b, uint64(len(iv.Student)))
	b = append(b, iv.Student...)
	b = binary.AppendUvarint(b, uint64(iv.Date.Ordinal()))
	b = binary.AppendUvarint(b, uint64(iv.Minutes))
	b = append(b, byte(iv.TEP), byte(iv.Intensity))
	for _, e := range rubric.Elements() {
		b = append(b, byte(iv.Profile.Get(e)))
	}
	return append(b, iv.Period...)
}

func decodeInterval(b []byte) (progress.Interval, error) {
	size, n := binary.Uvarint(b)
	if n <= 0 || uint64(len(b[n:])) < size {
		return progress.Interval{}, io.ErrUnexpectedEOF
	}
	student := goal.StudentID(b[n : n+int(size)])
	b = b[n+int(size):]
	ord, n := binary.Uvarint(b)
	if n <= 0 {
		return progress.Interval{}, io.ErrUnexpectedEOF
	}
	b = b[n:]
	minutes, n := binary.Uvarint(b)
	if n <= 0 || len(b[n:]) < 2+rubric.NumElements {
		return progress.Interval{}, io.ErrUnexpectedEOF
	}
	b = b[n:]
	iv := progress.Interval{Student: student, Date: goal.DateFromOrdinal(int(ord)), Minutes: int(minutes), TEP: rubric.TEP(b[0]), Intensity: rubric.Intensity(b[1])}
	for i, e := range rubric.Elements() {
		if v := rubric.Intensity(b[2+i]); v != 0 {
			iv.Profile = iv.Profile.With(e, v)
		}
	}
	iv.Period = string(b[2+rubric.NumElements:])
	return iv, nil
}
