package main

import (
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sync"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// measureFn is the per-student combine: its accumulator counts the
// student's intervals with a progress.Measurer and holds what is counted
// as a progress.Summary, which merges with Summary.Merge and travels in
// its binary encoding. Merge is associative and commutative with the
// empty summary as identity, so the result is the one-pass summary
// however the runner splits and orders the work. The accumulator also
// keeps the (date, period) of each interval counted, so that a repeat
// across files — which no one file's reader can see — is found where the
// student's intervals meet.
type measureFn struct {
	Config Config
	once   sync.Once
	b      goal.Benchmark // built once per instance
}

// rowKey is an interval's day and period, which a student's intervals
// must not repeat.
type rowKey struct {
	day    int32
	period string
}

// accumulator is one student's state in the combine: the intervals added
// since the last merge, in m, and the rest in sum; the rows counted and
// the repeats found.
type accumulator struct {
	m       *progress.Measurer
	sum     *progress.Summary
	seen    map[rowKey]struct{}
	repeats []rowKey
}

// result is the combine's output: the student's summary and repeats.
type result struct {
	sum     *progress.Summary
	repeats []rowKey
}

func (fn *measureFn) benchmark() goal.Benchmark {
	fn.once.Do(func() { fn.b = fn.Config.mustBenchmark() })
	return fn.b
}

func newAccumulator() *accumulator {
	return &accumulator{sum: new(progress.Summary), seen: map[rowKey]struct{}{}}
}

// fold moves the measurer's counts into the summary.
func (a *accumulator) fold() {
	if a.m != nil {
		a.sum.Merge(a.m.Summary())
		a.m = nil
	}
}

// see records a row's key, and the key as a repeat when it was there.
func (a *accumulator) see(k rowKey) {
	if _, ok := a.seen[k]; ok {
		a.repeats = append(a.repeats, k)
		return
	}
	a.seen[k] = struct{}{}
}

func (fn *measureFn) CreateAccumulator() *accumulator { return newAccumulator() }

func (fn *measureFn) AddInput(a *accumulator, enc []byte) *accumulator {
	iv, err := decodeInterval(enc)
	if err != nil {
		panic(fmt.Sprintf("an interval the reader encoded: %v", err)) // the runner fails the pipeline
	}
	if a.m == nil {
		a.m = progress.NewMeasurer(fn.benchmark())
	}
	if err := a.m.AddInterval(&iv); err != nil {
		panic(fmt.Sprintf("measuring an interval the reader accepted: %v", err))
	}
	a.see(rowKey{int32(iv.Date.Ordinal()), iv.Period})
	return a
}

func (fn *measureFn) MergeAccumulators(a, b *accumulator) *accumulator {
	a.fold()
	b.fold()
	a.sum.Merge(b.sum)
	for k := range b.seen {
		a.see(k)
	}
	a.repeats = append(a.repeats, b.repeats...)
	return a
}

func (fn *measureFn) ExtractOutput(a *accumulator) *result {
	a.fold()
	return &result{sum: a.sum, repeats: a.repeats}
}

// The accumulator's encoding: the summary's binary encoding with its
// length, the keys seen, the repeats.
func encodeAccumulator(a *accumulator) ([]byte, error) {
	a.fold()
	b, err := appendSummary(nil, a.sum)
	if err != nil {
		return nil, err
	}
	keys := make([]rowKey, 0, len(a.seen))
	for k := range a.seen {
		keys = append(keys, k)
	}
	return appendKeys(appendKeys(b, keys), a.repeats), nil
}

func decodeAccumulator(data []byte) (*accumulator, error) {
	sum, rest, err := readSummary(data)
	if err != nil {
		return nil, err
	}
	a := &accumulator{sum: sum, seen: map[rowKey]struct{}{}}
	keys, rest, err := readKeys(rest)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		a.seen[k] = struct{}{}
	}
	if a.repeats, _, err = readKeys(rest); err != nil {
		return nil, err
	}
	return a, nil
}

func encodeResult(r *result) ([]byte, error) {
	b, err := appendSummary(nil, r.sum)
	if err != nil {
		return nil, err
	}
	return appendKeys(b, r.repeats), nil
}

func decodeResult(data []byte) (*result, error) {
	sum, rest, err := readSummary(data)
	if err != nil {
		return nil, err
	}
	repeats, _, err := readKeys(rest)
	return &result{sum: sum, repeats: repeats}, err
}

func appendSummary(b []byte, s *progress.Summary) ([]byte, error) {
	enc, err := s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return append(binary.AppendUvarint(b, uint64(len(enc))), enc...), nil
}

func readSummary(data []byte) (*progress.Summary, []byte, error) {
	size, n := binary.Uvarint(data)
	if n <= 0 || uint64(len(data[n:])) < size {
		return nil, nil, io.ErrUnexpectedEOF
	}
	s := new(progress.Summary)
	if err := s.UnmarshalBinary(data[n : n+int(size)]); err != nil {
		return nil, nil, err
	}
	return s, data[n+int(size):], nil
}

func appendKeys(b []byte, keys []rowKey) []byte {
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = binary.AppendUvarint(b, uint64(k.day))
		b = binary.AppendUvarint(b, uint64(len(k.period)))
		b = append(b, k.period...)
	}
	return b
}

func readKeys(b []byte) ([]rowKey, []byte, error) {
	count, n := binary.Uvarint(b)
	if n <= 0 || count > uint64(len(b)) {
		return nil, nil, io.ErrUnexpectedEOF
	}
	b = b[n:]
	keys := make([]rowKey, 0, count)
	for range count {
		day, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, nil, io.ErrUnexpectedEOF
		}
		b = b[n:]
		size, n := binary.Uvarint(b)
		if n <= 0 || uint64(len(b[n:])) < size {
			return nil, nil, io.ErrUnexpectedEOF
		}
		keys = append(keys, rowKey{int32(day), string(b[n : n+int(size)])})
		b = b[n+int(size):]
	}
	return keys, b, nil
}

// encodeInterval appends a compact encoding of an interval (a combine's
// input does not carry its key, so the student is in it): the student ID
// with its length, the date's ordinal and the minutes as varints, the TEP
// rating, the overall intensity and the level of each element, a byte
// each, then the period label.
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

// repeatsOf words a student's repeats, in order: "S1, 2026-09-01, 3".
func repeatsOf(student string, keys []rowKey) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = student + ", " + goal.DateFromOrdinal(int(k.day)).String() + ", " + k.period
	}
	slices.Sort(out)
	return out
}
