package rubric

import (
	"errors"
	"fmt"
	"iter"
	"math/bits"
	"strings"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// SupportProfile records the intensity of support given through each
// therapeutic element during one rated interval: element → [Intensity].
// Elements not recorded have intensity 0. The zero value is the empty
// profile; its JSON form is {}. A SupportProfile is a small comparable value
// (one 64-bit word, no pointers): it is safe for concurrent use and copying
// it copies the data. Iteration is always in catalog order.
//
// The overall intensity of an interval is the team's judgement and is
// recorded separately; a profile never derives it. [SupportProfile.MostIntensive]
// reports the most intensive element for a team to consider.
type SupportProfile struct {
	levels uint64 // element e's level in the levelBits bits from levelBits × (e − 1)
}

// levelBits is the width of one element's level in a profile's word: a
// level is 0–5.
const (
	levelBits = 3
	levelMask = 1<<levelBits - 1
	// lowLevelBits has the lowest bit of every element's field set.
	lowLevelBits uint64 = 0x1249249249249 // 17 fields of 001
)

// The catalog's levels fit the word.
const _ = uint(64 - NumElements*levelBits)

// level returns the level of the element at index i (e − 1).
func (p SupportProfile) level(i int) Intensity {
	return Intensity(p.levels >> (levelBits * i) & levelMask)
}

// setLevel sets the level of the element at index i (e − 1); v must be 0–5.
func (p *SupportProfile) setLevel(i int, v Intensity) {
	p.levels = p.levels&^(levelMask<<(levelBits*i)) | uint64(v)<<(levelBits*i)
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
		return badElement(opCheck, e)
	}
	if v != 0 && !v.IsValid() {
		return opError(opCheck, "SupportProfile", e.Key(), outOfRange(int64(v), intensityScale.min, intensityScale.max))
	}
	p.setLevel(int(e-1), v)
	return nil
}

// Get returns the intensity recorded for e, or 0 when none is.
func (p SupportProfile) Get(e Element) Intensity {
	if !e.IsValid() {
		return 0
	}
	return p.level(int(e - 1))
}

// Len returns the number of elements recorded.
func (p SupportProfile) Len() int {
	w := p.levels
	return bits.OnesCount64((w | w>>1 | w>>2) & lowLevelBits)
}

// IsZero reports whether no element is recorded.
func (p SupportProfile) IsZero() bool { return p == SupportProfile{} }

// Elements returns the set of elements recorded.
func (p SupportProfile) Elements() ElementSet {
	var s ElementSet
	for i := range NumElements {
		if p.level(i) != 0 {
			s = s.With(Element(i + 1))
		}
	}
	return s
}

// All yields each recorded element and its intensity in catalog order.
func (p SupportProfile) All() iter.Seq2[Element, Intensity] {
	return func(yield func(Element, Intensity) bool) {
		for i := range NumElements {
			if v := p.level(i); v != 0 && !yield(Element(i+1), v) {
				return
			}
		}
	}
}

// MostIntensive returns the recorded element with the highest intensity
// (the first in catalog order on a tie) and that intensity; ok is false for
// an empty profile.
func (p SupportProfile) MostIntensive() (e Element, v Intensity, ok bool) {
	for i := range NumElements {
		if l := p.level(i); l > v {
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
		if v := p.level(bits.TrailingZeros32(uint32(set)) - 1); v > m {
			m = v
		}
	}
	return m
}

// ProfileKey is a comparable digest of a [SupportProfile]'s levels: two
// profiles have equal keys exactly when they record the same intensity for
// every element. It is one word compared in one load, for callers that
// compare profiles on a hot path (a measurement that meets the same support
// row after row). The zero key is the empty profile's.
type ProfileKey struct {
	levels uint64
}

// Key returns the profile's [ProfileKey]. It does not allocate, and it is
// small enough to be inlined into a caller's loop.
func (p *SupportProfile) Key() ProfileKey { return ProfileKey{levels: p.levels} }

// Matches reports whether k is p's key: k == p.Key(), for the loop that
// asks it of every row.
func (k *ProfileKey) Matches(p *SupportProfile) bool { return p.levels == k.levels }

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

// UnmarshalJSON accepts a JSON object from element key (or name) to level
// (a number, or a string holding a number or a label); null is the empty
// profile. Unknown elements ([ErrUnknownLabel]), levels off the scale
// ([ErrOutOfRange]), null or empty levels ([ErrEmpty]) and repeated
// elements ([ErrInvalid]) are rejected, and the error names the element.
func (p *SupportProfile) UnmarshalJSON(data []byte) error {
	if jsonobj.IsNull(data) {
		*p = SupportProfile{}
		return nil
	}
	obj, err := jsonobj.Decode(data)
	if err != nil {
		var je *jsonobj.Error
		if errors.As(err, &je) && je.Member != "" {
			return parseError("SupportProfile", je.Member, jsonReason(err))
		}
		return parseError("SupportProfile", string(data), jsonReason(err))
	}
	var out SupportProfile
	for _, m := range obj {
		if err := out.setEntry(m.Name, m.Value); err != nil {
			return parseError("SupportProfile", m.Name, err)
		}
	}
	*p = out
	return nil
}

// setEntry records one "key": level entry, returning the bare reason on failure.
func (p *SupportProfile) setEntry(key string, raw []byte) error {
	e, err := parseElement(key)
	if err != nil {
		return err
	}
	v, err := unmarshalRatingJSON[Intensity](intensityScale, "Intensity", raw)
	switch {
	case err != nil:
		return fmt.Errorf("level: %w", reason(err))
	case v == 0:
		return fmt.Errorf("level: %w: element %q has no level", ErrEmpty, e.Key())
	case p.Get(e) != 0:
		return fmt.Errorf("%w: element %q repeated", ErrInvalid, e.Key())
	}
	p.setLevel(int(e-1), v)
	return nil
}

// String returns the recorded entries in catalog order, e.g.
// "De-escalation 3, Visual 2", or "" for the empty profile.
func (p SupportProfile) String() string {
	var b strings.Builder
	for e, v := range p.All() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(e.String())
		b.WriteByte(' ')
		b.WriteString(v.String())
	}
	return b.String()
}
