package progress_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"slices"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// genSummary draws a summary built with AddDay: a few students with
// valid IDs of any shape, each with days of any valid tally, and counts
// at the edges of int64.
var genSummary = rapid.Custom(func(t *rapid.T) *progress.Summary {
	var s progress.Summary
	for i := range rapid.IntRange(0, 5).Draw(t, "students") {
		id := goal.StudentID(rapid.SampledFrom([]string{"S1", "S2", "a,b", "é-7", "x\"y", "S00001"}).Draw(t, "id"))
		if i == 0 && rapid.Bool().Draw(t, "long id") {
			id = goal.StudentID(bytes.Repeat([]byte("z"), goal.MaxStudentIDBytes))
		}
		for _, d := range gen.Days().Draw(t, "days") {
			if rapid.IntRange(0, 20).Draw(t, "edge") == 0 {
				d.IntensityUnits = rapid.SampledFrom([]int64{math.MaxInt64, math.MinInt64, -1}).Draw(t, "edge value")
			}
			s.AddDay(id, d)
		}
	}
	return &s
})

// TestSummaryBinaryRoundTrip: decoding an encoding gives back the
// summary, equal summaries encode to equal bytes, and AppendBinary
// appends what MarshalBinary returns.
func TestSummaryBinaryRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSummary.Draw(t, "summary")
		data, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back progress.Summary
		if err := back.UnmarshalBinary(data); err != nil {
			t.Fatalf("UnmarshalBinary(MarshalBinary(s)): %v", err)
		}
		if !back.Equal(s) || !s.Equal(&back) {
			t.Fatalf("decoded summary differs from the encoded one")
		}
		for _, id := range s.Students() {
			if got, want := back.Days(id), s.Days(id); !equalDays(got, want) {
				t.Fatalf("student %q: days %+v, want %+v", id, got, want)
			}
		}
		again, err := back.MarshalBinary()
		if err != nil || !bytes.Equal(again, data) {
			t.Fatalf("re-encoding differs (%v)", err)
		}
		prefix := []byte("prefix")
		appended, err := s.AppendBinary(bytes.Clone(prefix))
		if err != nil || !bytes.Equal(appended, append(prefix, data...)) {
			t.Fatalf("AppendBinary does not append MarshalBinary's bytes (%v)", err)
		}
	})
}

func equalDays(a, b []progress.DayTally) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestSummaryBinaryMergesParts: the summaries of parts of the data,
// measured apart (as on other machines), encoded and decoded, merge into
// the summary of one pass.
func TestSummaryBinaryMergesParts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		whole := measure(t, b, ivs)
		cut := rapid.IntRange(0, len(ivs)).Draw(t, "cut")
		var merged progress.Summary
		for _, part := range [][]progress.Interval{ivs[:cut], ivs[cut:]} {
			data, err := measure(t, b, part).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			var decoded progress.Summary
			if err := decoded.UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
			merged.Merge(&decoded)
		}
		if !merged.Equal(whole) {
			t.Fatalf("merged decoded parts differ from one pass")
		}
	})
}

// withChecksum replaces the last 4 bytes of an encoding with the checksum
// of the others, so that a test reaches the checks behind it.
func withChecksum(b []byte) []byte {
	b = bytes.Clone(b)
	body := b[:len(b)-4]
	binary.LittleEndian.PutUint32(b[len(body):], crc32.Checksum(body, crc32.MakeTable(crc32.Castagnoli)))
	return b
}

// TestSummaryBinaryRefusesWhatNoSummaryHolds: every cut and every flipped
// bit of an encoding, and values no summary holds behind a valid
// checksum, are errors wrapping ErrEncoding that leave the summary as it
// was.
func TestSummaryBinaryRefusesWhatNoSummaryHolds(t *testing.T) {
	var s progress.Summary
	d := goal.MustDate(2027, 3, 1)
	s.AddDay("S1", progress.DayTally{Date: d, Tally: progress.Tally{Rated: 50, Qualifying: 40}, InBand: 45, Units: 50, SupportUnits: 50, IntensityUnits: 150, MaxIntensity: 3})
	s.AddDay("S1", progress.DayTally{Date: d.AddDays(1), Tally: progress.Tally{Rated: 10}, Units: 10})
	s.AddDay("S2", progress.DayTally{Date: d, Units: 30})
	good, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var kept progress.Summary
	kept.AddDay("K", progress.DayTally{Date: d, Units: 1})
	refuse := func(name string, data []byte) {
		t.Helper()
		err := kept.UnmarshalBinary(data)
		if !errors.Is(err, progress.ErrEncoding) {
			t.Errorf("%s: UnmarshalBinary = %v, want ErrEncoding", name, err)
		}
		if kept.Len() != 1 || kept.Days("K") == nil {
			t.Fatalf("%s: a failed UnmarshalBinary changed the summary", name)
		}
	}
	for n := range len(good) {
		refuse("cut", good[:n])
	}
	for i := range len(good) * 8 {
		bad := bytes.Clone(good)
		bad[i/8] ^= 1 << (i % 8)
		refuse("flipped bit", bad)
	}
	// good is "IEPS" 1, 2 students, then "S1" (its length before it, its
	// 2 days after it), then "S2" and its 1 day, then the checksum.
	s1, s2 := bytes.Index(good, []byte("S1")), bytes.Index(good, []byte("S2"))
	secondDay := bytes.Index(good, []byte{1, 0x14}) // S1's second day: the day after, Rated 10 (zig-zag 0x14)
	if s1 != 7 || s2 < 0 || secondDay < s1 {
		t.Fatalf("unexpected layout % x", good)
	}
	for _, tc := range []struct {
		name string
		edit func([]byte) []byte
	}{
		{"version 2", func(b []byte) []byte { b[4] = 2; return b }},
		{"students out of order", func(b []byte) []byte { b[s1+1], b[s2+1] = '2', '1'; return b }},
		{"a student twice", func(b []byte) []byte { b[s2+1] = '1'; return b }},
		{"an invalid ID", func(b []byte) []byte { b[s1] = 0; return b }},
		{"more students than bytes", func(b []byte) []byte { b[5] = 0x7f; return b }},
		{"more days than bytes", func(b []byte) []byte { b[s1+2] = 0x7f; return b }},
		{"a student without days", func(b []byte) []byte { return append(b[:s2+2], 0, 0, 0, 0, 0) }},
		{"an intensity off the scale", func(b []byte) []byte { b[len(b)-5] = 6; return b }},
		{"bytes after the last student", func(b []byte) []byte { return append(b[:len(b)-4], 0, 0, 0, 0, 0) }},
		{"a second day on the first's date", func(b []byte) []byte { b[secondDay] = 0; return b }},
		{"a date after 9999-12-31", func(b []byte) []byte {
			return append(append(b[:s1+3], binary.AppendUvarint(nil, 4_000_000)...), b[secondDay-8:]...)
		}},
	} {
		refuse(tc.name, withChecksum(tc.edit(bytes.Clone(good))))
	}
	// An intensity AddDay let in is refused when encoding, not written.
	var odd progress.Summary
	odd.AddDay("S1", progress.DayTally{Date: d, Units: 1, MaxIntensity: rubric.Intensity(9)})
	if _, err := odd.MarshalBinary(); err == nil {
		t.Error("MarshalBinary encoded a maximum intensity of 9")
	}
	for _, id := range []goal.StudentID{"", " S1", "S\x01"} {
		var bad progress.Summary
		bad.AddDay(id, progress.DayTally{Date: d, Units: 1})
		if _, err := bad.MarshalBinary(); err == nil {
			t.Errorf("MarshalBinary encoded the student ID %q, which no decoder takes", id)
		}
	}
}

// FuzzSummaryBinary: no input makes UnmarshalBinary panic, and what it
// accepts encodes back to a summary equal to it. Each input is tried as
// it is and with its checksum set, so that the fuzzer reaches the checks
// behind the checksum.
func FuzzSummaryBinary(f *testing.F) {
	var s progress.Summary
	s.AddDay("S1", progress.DayTally{Date: goal.MustDate(2027, 3, 1), Tally: progress.Tally{Rated: 50, Qualifying: 40}, Units: 50, MaxIntensity: 2, SupportUnits: 50, IntensityUnits: 100})
	s.AddDay("S2", progress.DayTally{Date: goal.MustDate(2027, 3, 2), Units: 7})
	seed, _ := s.MarshalBinary()
	f.Add(seed)
	f.Add([]byte("IEPS\x01\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		inputs := [][]byte{data}
		if len(data) >= 4 {
			inputs = append(inputs, withChecksum(data))
		}
		for _, in := range inputs {
			var got progress.Summary
			if err := got.UnmarshalBinary(in); err != nil {
				if !errors.Is(err, progress.ErrEncoding) {
					t.Fatalf("UnmarshalBinary error %v does not wrap ErrEncoding", err)
				}
				continue
			}
			again, err := got.MarshalBinary()
			if err != nil {
				t.Fatalf("MarshalBinary of a decoded summary: %v", err)
			}
			var back progress.Summary
			if err := back.UnmarshalBinary(again); err != nil || !back.Equal(&got) {
				t.Fatalf("re-encoding a decoded summary does not round-trip: %v", err)
			}
		}
	})
}

// TestMeasurerAfterUnmarshal: a measurer whose summary is replaced by a
// decoded one counts on into the decoded summary, as a fresh measurer
// counting into that summary would — its cursors and tables are not
// those of the summary it had.
func TestMeasurerAfterUnmarshal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		before := rapid.SliceOf(genInterval).Draw(t, "before")
		decoded := rapid.SliceOf(genInterval).Draw(t, "decoded")
		after := rapid.SliceOf(genInterval).Draw(t, "after")
		data, err := measure(t, b, decoded).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		m := progress.NewMeasurer(b)
		if _, err := m.AddIntervals(before); err != nil {
			t.Fatal(err)
		}
		if err := m.Summary().UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
		if _, err := m.AddIntervals(after); err != nil {
			t.Fatal(err)
		}
		want := measure(t, b, append(append([]progress.Interval(nil), decoded...), after...))
		if !m.Summary().Equal(want) {
			t.Fatalf("counting after UnmarshalBinary differs from counting into the decoded summary")
		}
	})
}

// TestPropertyCombineContract is the contract of a distributed engine's
// combine (Apache Beam's CombineFn: CreateAccumulator, AddInput,
// MergeAccumulators, ExtractOutput), with the library's state as the
// accumulator: the intervals dealt to any number of accumulators in any
// way (not in runs), each counted one at a time by its own Measurer, each
// sent through the binary encoding, merged in any tree, give the summary
// of one pass.
func TestPropertyCombineContract(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := genBenchmark.Draw(t, "benchmark")
		ivs := rapid.SliceOf(genInterval).Draw(t, "intervals")
		whole := measure(t, b, ivs)
		n := rapid.IntRange(1, 5).Draw(t, "accumulators")
		measurers := make([]*progress.Measurer, n)
		for i := range measurers {
			measurers[i] = progress.NewMeasurer(b) // CreateAccumulator
		}
		for i := range ivs {
			k := rapid.IntRange(0, n-1).Draw(t, "accumulator")
			if err := measurers[k].AddInterval(&ivs[i]); err != nil { // AddInput
				t.Fatal(err)
			}
		}
		accs := make([]*progress.Summary, n)
		for i, m := range measurers {
			data, err := m.Summary().MarshalBinary() // between workers
			if err != nil {
				t.Fatal(err)
			}
			accs[i] = new(progress.Summary)
			if err := accs[i].UnmarshalBinary(data); err != nil {
				t.Fatal(err)
			}
		}
		for len(accs) > 1 { // MergeAccumulators, two at a time in any order
			i := rapid.IntRange(0, len(accs)-1).Draw(t, "a")
			j := rapid.IntRange(0, len(accs)-2).Draw(t, "b")
			a := accs[i]
			accs = slices.Delete(accs, i, i+1)
			accs[j].Merge(a)
		}
		if !accs[0].Equal(whole) { // ExtractOutput
			t.Fatalf("the combined accumulators differ from one pass")
		}
	})
}
