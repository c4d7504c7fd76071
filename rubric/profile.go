package rubric

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
)

// SupportProfile records the intensity of support given through each
// therapeutic element during one rated interval: element → [Intensity].
// Elements not recorded have intensity 0. The zero value is the empty
// profile. A SupportProfile is a small comparable value (an array, no
// pointers): it is safe for concurrent use and copying it copies the data.
// Iteration is always in catalog order.
//
// The overall intensity of an interval is the team's judgement and is
// recorded separately; a profile never derives it. [SupportProfile.MostIntensive]
// reports the most intensive element for a team to consider.
type SupportProfile struct {
	levels [NumElements]Intensity
}

// With returns a copy of the profile with element e at intensity v; v = 0
// removes e. An invalid e or v leaves the profile unchanged; use
// [SupportProfile.Set] to be told.
func (p SupportProfile) With(e Element, v Intensity) SupportProfile {
	_ = p.Set(e, v)
	return p
}

// Set records element e at intensity v (0 removes it), and reports an error
// for an invalid element or level. It is the only mutating method: a
// profile being set must not be read concurrently.
func (p *SupportProfile) Set(e Element, v Intensity) error {
	if !e.IsValid() {
		return parseError("Element", fmt.Sprint(uint8(e)), fmt.Errorf("%w: %d is not in 1–%d", ErrOutOfRange, e, NumElements))
	}
	if v != 0 && !v.IsValid() {
		return parseError("Intensity", fmt.Sprint(uint8(v)), outOfRange(int64(v), 1, 5))
	}
	p.levels[e-1] = v
	return nil
}

// Get returns the intensity recorded for e, or 0 when none is.
func (p SupportProfile) Get(e Element) Intensity {
	if !e.IsValid() {
		return 0
	}
	return p.levels[e-1]
}

// Len returns the number of elements recorded.
func (p SupportProfile) Len() int {
	n := 0
	for _, v := range p.levels {
		if v != 0 {
			n++
		}
	}
	return n
}

// IsZero reports whether no element is recorded.
func (p SupportProfile) IsZero() bool { return p == SupportProfile{} }

// Elements returns the set of elements recorded.
func (p SupportProfile) Elements() ElementSet {
	var s ElementSet
	for i, v := range p.levels {
		if v != 0 {
			s = s.With(Element(i + 1))
		}
	}
	return s
}

// All yields each recorded element and its intensity in catalog order.
func (p SupportProfile) All() iter.Seq2[Element, Intensity] {
	return func(yield func(Element, Intensity) bool) {
		for i, v := range p.levels {
			if v != 0 && !yield(Element(i+1), v) {
				return
			}
		}
	}
}

// MostIntensive returns the recorded element with the highest intensity
// (the first in catalog order on a tie) and that intensity; ok is false for
// an empty profile.
func (p SupportProfile) MostIntensive() (e Element, v Intensity, ok bool) {
	for i, l := range p.levels {
		if l > v {
			e, v, ok = Element(i+1), l, true
		}
	}
	return e, v, ok
}

// MaxOf returns the highest intensity recorded for any element of set, or 0
// when none of them is recorded. It does not allocate; the progress package
// calls it once per rated interval.
func (p SupportProfile) MaxOf(set ElementSet) Intensity {
	var m Intensity
	for set &= validElementBits; set != 0; set &= set - 1 {
		if v := p.levels[bits.TrailingZeros32(uint32(set))-1]; v > m {
			m = v
		}
	}
	return m
}

// MarshalJSON returns the profile as a JSON object from element key to
// level number, in catalog order: {"de-escalation":3,"visual":2}.
func (p SupportProfile) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for e, v := range p.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(append(append(b, '"'), e.Key()...), `":`...)
		b = append(b, digits[v]...)
	}
	return append(b, '}'), nil
}

// UnmarshalJSON accepts a JSON object from element key (or name) to level;
// unknown elements, invalid levels and repeated elements are rejected.
func (p *SupportProfile) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return fmt.Errorf("rubric: SupportProfile: %w", err)
	}
	if tok == nil {
		*p = SupportProfile{}
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return parseError("SupportProfile", string(data), fmt.Errorf("%w: want a JSON object", ErrInvalid))
	}
	var out SupportProfile
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fmt.Errorf("rubric: SupportProfile: %w", err)
		}
		e, err := ParseElement(tok.(string))
		if err != nil {
			return err
		}
		var v Intensity
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("rubric: SupportProfile element %q: %w", e.Key(), err)
		}
		if !v.IsValid() {
			return parseError("SupportProfile", e.Key(), fmt.Errorf("%w: element %q has no level", ErrInvalid, e.Key()))
		}
		if out.Get(e) != 0 {
			return parseError("SupportProfile", e.Key(), fmt.Errorf("%w: element %q repeated", ErrInvalid, e.Key()))
		}
		out.levels[e-1] = v
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("rubric: SupportProfile: %w", err)
	}
	*p = out
	return nil
}
