package main

import (
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// FuzzDecode: the encodings between workers — an interval, an
// accumulator, a result — decode any bytes to a value or an error, never
// a panic; an interval's encoding decodes to the interval.
func FuzzDecode(f *testing.F) {
	iv := progress.Interval{Student: `S,"1"`, Period: "math", Minutes: 50, Date: goal.MustDate(2026, 9, 1), TEP: 4, Intensity: 3}
	iv.Profile = iv.Profile.With(rubric.Visual, 2)
	if got, err := decodeInterval(encodeInterval(nil, &iv)); err != nil || got != iv {
		f.Fatalf("round trip: %+v, %v", got, err)
	}
	f.Add(encodeInterval(nil, &iv))
	a := newAccumulator()
	a.see(rowKey{1, "1"})
	a.see(rowKey{1, "1"})
	enc, err := encodeAccumulator(a)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, err := decodeInterval(data); err == nil {
			if back, err := decodeInterval(encodeInterval(nil, &got)); err != nil || back != got {
				t.Fatalf("an interval decoded from %x does not survive a round trip: %+v, %v", data, back, err)
			}
		}
		decodeAccumulator(data)
		decodeResult(data)
	})
}
