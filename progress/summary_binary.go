package progress

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// The binary encoding of a Summary, version 1, is, in order:
//
//	"IEPS"                 4 bytes: what the encoding is
//	1                      1 byte: the version
//	students               uvarint
//	per student, in byte order of the IDs:
//	  ID length, ID        uvarint, then the ID's bytes
//	  days                 uvarint, at least 1
//	  per day, in date order:
//	    date               uvarint: days after 0001-01-01 for the first,
//	                       days after the previous day (at least 1) for the others
//	    Rated, Qualifying, InBand, Units, SupportUnits, IntensityUnits
//	                       zig-zag varints (as encoding/binary's PutVarint)
//	    MaxIntensity       1 byte, 0–5
//	CRC-32C                4 bytes, little endian: of every byte before it
//
// It holds the tallies of the days, not how they were read: the periods
// a reading counted are not in it, so repeated rows are a matter for each
// reading, and batches decoded apart merge with [Summary.MergeDisjoint].
// Equal summaries ([Summary.Equal]) encode to equal bytes.
const (
	binaryMagic   = "IEPS"
	binaryVersion = 1
)

// ErrEncoding reports bytes that are not the binary encoding of a
// summary: another format or version, a truncated or corrupted encoding,
// or values no summary holds (an invalid student ID or intensity, days out
// of order, a student twice).
var ErrEncoding = errors.New("not a summary's binary encoding")

// epoch is the day the first date of a student is counted from.
var epoch = goal.MustDate(1, time.January, 1)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// AppendBinary appends the binary encoding of s to b (see [ErrEncoding]
// for what a decoder refuses). It fails only for a summary holding what
// only [Summary.AddDay] can put there and a decoder refuses: an invalid
// student ID, or a MaxIntensity that is not a level of the scale.
func (s *Summary) AppendBinary(b []byte) ([]byte, error) {
	start := len(b)
	b = append(b, binaryMagic...)
	b = append(b, binaryVersion)
	b = binary.AppendUvarint(b, uint64(len(s.students)))
	for _, id := range s.Students() {
		if err := id.Validate(); err != nil {
			return b[:start], fmt.Errorf("progress: encoding a summary: %w", err)
		}
		i, _ := s.lookup(id)
		sd := &s.students[i]
		b = binary.AppendUvarint(b, uint64(len(id)))
		b = append(b, id...)
		b = binary.AppendUvarint(b, uint64(sd.n))
		prev := epoch
		for p := sd.first; p != noDay; {
			r := s.days.at(p)
			p = r.next
			d := s.days.tally(r)
			if d.MaxIntensity != 0 && !d.MaxIntensity.IsValid() {
				return b[:start], fmt.Errorf("progress: encoding a summary: student %q, %v: maximum intensity %d is not a level", string(id), d.Date, d.MaxIntensity)
			}
			b = binary.AppendUvarint(b, uint64(d.Date.DaysSince(prev)))
			prev = d.Date
			for _, n := range [...]int64{d.Rated, d.Qualifying, d.InBand, d.Units, d.SupportUnits, d.IntensityUnits} {
				b = binary.AppendVarint(b, n)
			}
			b = append(b, byte(d.MaxIntensity))
		}
	}
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b[start:], castagnoli)), nil
}

// MarshalBinary returns the binary encoding of s: [Summary.AppendBinary]
// to an empty slice.
func (s *Summary) MarshalBinary() ([]byte, error) { return s.AppendBinary(nil) }

// UnmarshalBinary replaces s with the summary data encodes, and leaves s
// unchanged when data is not such an encoding: the error wraps
// [ErrEncoding] and says at which byte and what was expected. It keeps
// nothing of data.
func (s *Summary) UnmarshalBinary(data []byte) error {
	out, err := decodeSummary(data)
	if err != nil {
		return err
	}
	out.gen = s.gen + 1 // a measurer's cursor into s is stale
	*s = *out
	return nil
}

// decodeSummary decodes a summary's binary encoding.
func decodeSummary(data []byte) (*Summary, error) {
	const header, trailer = len(binaryMagic) + 1, 4
	switch {
	case len(data) < header+1+trailer || string(data[:len(binaryMagic)]) != binaryMagic:
		return nil, encodingError(0, "the bytes do not start with %q", binaryMagic)
	case data[len(binaryMagic)] != binaryVersion:
		return nil, encodingError(len(binaryMagic), "version %d, want %d", data[len(binaryMagic)], binaryVersion)
	}
	body := data[:len(data)-trailer]
	if sum := binary.LittleEndian.Uint32(data[len(body):]); sum != crc32.Checksum(body, castagnoli) {
		return nil, encodingError(len(body), "the checksum does not match: the encoding is truncated or corrupted")
	}
	d := &summaryDecoder{data: body, at: header}
	return d.summary()
}

// The smallest encoded day and student, and the most entries a decoder
// allocates before it has read them.
const (
	minDayBytes     = 8
	minStudentBytes = 3 + minDayBytes
	maxAhead        = 1 << 12
)

// summaryDecoder reads the body of an encoding, checking each value.
type summaryDecoder struct {
	data    []byte
	at      int
	student goal.StudentID // the student being read, for errors
}

func (d *summaryDecoder) summary() (*Summary, error) {
	// A student takes at least 11 bytes (its ID's length, one byte of ID,
	// its count of days and one day) and a day 8, which bounds the counts
	// an encoding can claim; what is allocated ahead is capped besides.
	n, err := d.count("students", minStudentBytes)
	if err != nil {
		return nil, err
	}
	ahead := min(n, maxAhead)
	s := &Summary{students: make([]studentDays, 0, ahead)}
	var prev goal.StudentID
	for i := range n {
		id, err := d.studentID()
		if err != nil {
			return nil, err
		}
		if i > 0 && id <= prev {
			return nil, d.fail(d.at, "student %q after %q: students must be in byte order, each once", string(id), string(prev))
		}
		prev = id
		d.student = id
		if err := d.days(s, s.student(id)); err != nil {
			return nil, err
		}
		d.student = ""
	}
	if d.at != len(d.data) {
		return nil, d.fail(d.at, "data after the last student")
	}
	return s, nil
}

func (d *summaryDecoder) studentID() (goal.StudentID, error) {
	at := d.at
	n, err := d.count("ID bytes", 1)
	if err != nil {
		return "", err
	}
	id := goal.StudentID(d.data[d.at : d.at+n])
	if err := id.Validate(); err != nil {
		return "", d.fail(at, "%v", err)
	}
	d.at += n
	return id, nil
}

// days reads the days of the student at index i of s.
func (d *summaryDecoder) days(s *Summary, i int32) error {
	n, err := d.count("days", minDayBytes)
	switch {
	case err != nil:
		return err
	case n == 0:
		return d.fail(d.at, "a student without days")
	}
	date := epoch
	for i0 := range n {
		at := d.at
		step, err := d.uvarint("date")
		if err != nil {
			return err
		}
		if (i0 > 0 && step == 0) || step > math.MaxInt32 {
			return d.fail(at, "a date %d days after the previous one: dates must increase", step)
		}
		if date = date.AddDays(int(step)); !date.IsValid() {
			return d.fail(at, "a date after 9999-12-31")
		}
		t := DayTally{Date: date}
		for _, f := range [...]*int64{&t.Rated, &t.Qualifying, &t.InBand, &t.Units, &t.SupportUnits, &t.IntensityUnits} {
			if *f, err = d.varint(); err != nil {
				return err
			}
		}
		if d.at == len(d.data) {
			return d.fail(d.at, "the encoding ends inside a day")
		}
		if t.MaxIntensity = rubric.Intensity(d.data[d.at]); t.MaxIntensity != 0 && !t.MaxIntensity.IsValid() {
			return d.fail(d.at, "maximum intensity %d, want 0–5", t.MaxIntensity)
		}
		d.at++
		sd := &s.students[i]
		s.days.addTally(s.days.at(s.day(sd, uint32(date.Ordinal()), sd.last)), t)
	}
	return nil
}

// count reads a uvarint count of things that take at least size bytes
// each, refusing more than the rest of the encoding can hold.
func (d *summaryDecoder) count(what string, size int) (int, error) {
	at := d.at
	n, err := d.uvarint(what)
	if err != nil {
		return 0, err
	}
	if n > uint64((len(d.data)-d.at)/size) {
		return 0, d.fail(at, "%d %s, more than the %d bytes left can hold", n, what, len(d.data)-d.at)
	}
	return int(n), nil
}

func (d *summaryDecoder) uvarint(what string) (uint64, error) {
	v, n := binary.Uvarint(d.data[d.at:])
	if n <= 0 {
		return 0, d.fail(d.at, "a bad or cut %s number", what)
	}
	d.at += n
	return v, nil
}

func (d *summaryDecoder) varint() (int64, error) {
	v, n := binary.Varint(d.data[d.at:])
	if n <= 0 {
		return 0, d.fail(d.at, "a bad or cut count")
	}
	d.at += n
	return v, nil
}

// fail returns the error of the value at byte at.
func (d *summaryDecoder) fail(at int, format string, args ...any) error {
	what := fmt.Sprintf(format, args...)
	if d.student != "" {
		what = fmt.Sprintf("student %q: %s", string(d.student), what)
	}
	return encodingError(at, "%s", what)
}

func encodingError(at int, format string, args ...any) error {
	return fmt.Errorf("progress: decoding a summary: byte %d: %s: %w", at, fmt.Sprintf(format, args...), ErrEncoding)
}
