package rubric

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"

	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/internal/jsonobj"
)

// Element is one of the therapeutic elements of the program, each with its
// own 1–5 intensity rubric (the 2018 set of 17). The zero value means "no
// element" and is not valid; its text form is the empty string and its JSON
// form is null. A valid element's text form is its key ("de-escalation");
// [ParseElement] also accepts the display name and the 2016 name
// "Hierarchy of Needs". An Element is a plain comparable value, safe for
// concurrent use.
type Element uint8

// The 17 therapeutic elements of the 2018 rubrics, in alphabetical order.
const (
	CaseConsultation         Element = iota + 1 // Case Consultation
	Communication                               // Communication
	Community                                   // Community
	DeEscalation                                // De-escalation
	EnvironmentalSupport                        // Environmental Support
	IdentityShaping                             // Identity Shaping
	ManagementOfDemand                          // Management of Demand
	Memory                                      // Memory
	Microgoal                                   // Microgoal
	Mood                                        // Mood
	NeedsHierarchy                              // Needs Hierarchy (2016: Hierarchy of Needs)
	Perception                                  // Perception
	RecognitionReinforcement                    // Recognition/Reinforcement
	Relationship                                // Relationship
	StaffToStudentRatio                         // Staff to Student Ratio
	Transition                                  // Transition
	Visual                                      // Visual
)

// NumElements is the number of therapeutic elements in the catalog.
const NumElements = 17

var elementNames = [NumElements + 1]struct{ name, key string }{
	{},
	{"Case Consultation", "case-consultation"},
	{"Communication", "communication"},
	{"Community", "community"},
	{"De-escalation", "de-escalation"},
	{"Environmental Support", "environmental-support"},
	{"Identity Shaping", "identity-shaping"},
	{"Management of Demand", "management-of-demand"},
	{"Memory", "memory"},
	{"Microgoal", "microgoal"},
	{"Mood", "mood"},
	{"Needs Hierarchy", "needs-hierarchy"},
	{"Perception", "perception"},
	{"Recognition/Reinforcement", "recognition-reinforcement"},
	{"Relationship", "relationship"},
	{"Staff to Student Ratio", "staff-to-student-ratio"},
	{"Transition", "transition"},
	{"Visual", "visual"},
}

// legacyElementNames maps names used on the 2016 rubrics (lower case) to elements.
var legacyElementNames = map[string]Element{"hierarchy of needs": NeedsHierarchy}

// errUnknownElement is the reason for text that names no element.
var errUnknownElement = fmt.Errorf("%w: want an element key such as %q or its name such as %q",
	ErrUnknownLabel, "de-escalation", "De-escalation")

// Elements returns the 17 elements in catalog order.
func Elements() []Element {
	es := make([]Element, NumElements)
	for i := range es {
		es[i] = Element(i + 1)
	}
	return es
}

// ParseElement parses an element from its key ("staff-to-student-ratio"),
// its name ("Staff to Student Ratio") or its 2016 name ("Hierarchy of
// Needs"), ignoring case. Empty text wraps [ErrEmpty], anything else that
// names no element [ErrUnknownLabel]. It does not allocate on success.
func ParseElement(s string) (Element, error) { return parseElementText(s) }

// parseElementText is ParseElement for a string or bytes, so that
// UnmarshalText does not copy its input on success.
func parseElementText[T string | []byte](text T) (Element, error) {
	e, err := parseElement(string(text))
	if err != nil {
		return 0, parseError("Element", string(text), err)
	}
	return e, nil
}

// parseElement is ParseElement returning the bare reason.
func parseElement(s string) (Element, error) {
	if s == "" {
		return 0, ErrEmpty
	}
	for e := Element(1); e <= NumElements; e++ {
		if strings.EqualFold(s, elementNames[e].key) || strings.EqualFold(s, elementNames[e].name) {
			return e, nil
		}
	}
	for name, e := range legacyElementNames {
		if strings.EqualFold(s, name) {
			return e, nil
		}
	}
	return 0, errUnknownElement
}

// IsValid reports whether e is one of the 17 elements.
func (e Element) IsValid() bool { return e >= 1 && e <= NumElements }

// IsZero reports whether e is the zero value ("no element"), so that
// `json:",omitzero"` omits it.
func (e Element) IsZero() bool { return e == 0 }

// String returns the element's display name ("De-escalation"), "unset" for
// the zero value, or "%!Element(42)" for a value that is not an element. It
// never panics.
func (e Element) String() string {
	switch {
	case e == 0:
		return "unset"
	case !e.IsValid():
		return enum.Undeclared("Element", uint64(e))
	}
	return elementNames[e].name
}

// Key returns the element's stable identifier ("de-escalation"), used in
// text, JSON and CSV column names; "" for an invalid element.
func (e Element) Key() string {
	if !e.IsValid() {
		return ""
	}
	return elementNames[e].key
}

// AppendText appends the element's key, or nothing for the zero value. It
// fails for a value that is not an element.
func (e Element) AppendText(b []byte) ([]byte, error) {
	switch {
	case e == 0:
		return b, nil
	case !e.IsValid():
		return b, badElement(opFormat, e)
	}
	return append(b, elementNames[e].key...), nil
}

// badElement is the error for a number that is not an element.
func badElement(op string, e Element) error {
	return opError(op, "Element", digitsOf(int(e)), outOfRange(int64(e), 1, NumElements))
}

// MarshalText returns the element's key, or empty text for the zero value;
// it fails for a value that is not an element.
func (e Element) MarshalText() ([]byte, error) { return e.AppendText(nil) }

// UnmarshalText parses text with [ParseElement]; empty text gives the zero
// value.
func (e *Element) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*e = 0
		return nil
	}
	p, err := parseElementText(text)
	if err == nil {
		*e = p
	}
	return err
}

// MarshalJSON returns the element's key as a JSON string, or null for the
// zero value.
func (e Element) MarshalJSON() ([]byte, error) {
	if e == 0 {
		return []byte("null"), nil
	}
	if !e.IsValid() {
		return nil, badElement(opFormat, e)
	}
	return appendQuoted(nil, elementNames[e].key), nil
}

// UnmarshalJSON accepts null or "" (the zero value) or a JSON string parsed
// with [ParseElement].
func (e *Element) UnmarshalJSON(data []byte) error {
	text, err := decodeJSONString("Element", data)
	if err != nil {
		return err
	}
	return e.UnmarshalText(text)
}

// appendQuoted appends s as a JSON string; s must need no escaping (the
// element keys do not).
func appendQuoted(b []byte, s string) []byte {
	return append(append(append(b, '"'), s...), '"')
}

// ElementSet is a set of therapeutic elements, such as the elements a
// benchmark focuses on. The zero value is the empty set; its text form is
// the empty string and its JSON form is []. It is a comparable value, safe
// for concurrent use; iteration is always in catalog order. Its text form
// is the element keys joined by commas ("de-escalation,visual"); its JSON
// form is an array of element keys.
type ElementSet uint32

// NewElementSet returns the set of the given elements. A value that is not
// an element (the zero Element included) is an error wrapping
// [ErrOutOfRange]; an element given twice is simply in the set.
func NewElementSet(es ...Element) (ElementSet, error) {
	var s ElementSet
	for _, e := range es {
		if !e.IsValid() {
			return 0, badElement(opCheck, e)
		}
		s = s.With(e)
	}
	return s, nil
}

// MustElementSet is like [NewElementSet] but panics on error; for tests and
// package-level variables.
func MustElementSet(es ...Element) ElementSet { return must(NewElementSet(es...)) }

// IsValid reports whether every member of s is an element: a set converted
// from a number with unknown bits is not valid.
func (s ElementSet) IsValid() bool { return s&^validElementBits == 0 }

// ParseElementSet parses a comma-separated list of elements, each as
// [ParseElement] parses it ("de-escalation, Visual"); the empty string is
// the empty set. An empty item wraps [ErrEmpty], an unknown one
// [ErrUnknownLabel], a repeated one [ErrInvalid]; the error names the item
// by its position.
func ParseElementSet(s string) (ElementSet, error) {
	var set ElementSet
	if strings.TrimSpace(s) == "" {
		return set, nil
	}
	i := 0
	for part := range strings.SplitSeq(s, ",") {
		i++
		var err error
		if set, err = set.withNew(strings.TrimSpace(part)); err != nil {
			return 0, parseError("ElementSet", s, fmt.Errorf("item %d: %w", i, err))
		}
	}
	return set, nil
}

// withNew parses text as an element and adds it to s, failing when the
// element is already in s. The error is the bare reason.
func (s ElementSet) withNew(text string) (ElementSet, error) {
	e, err := parseElement(text)
	if err != nil {
		return s, fmt.Errorf("%q: %w", text, err)
	}
	if s.Has(e) {
		return s, fmt.Errorf("%w: element %q repeated", ErrInvalid, e.Key())
	}
	return s.With(e), nil
}

// With returns the set with e added; an invalid e leaves it unchanged.
func (s ElementSet) With(e Element) ElementSet {
	if !e.IsValid() {
		return s
	}
	return s | 1<<e
}

// Without returns the set with e removed.
func (s ElementSet) Without(e Element) ElementSet {
	if !e.IsValid() {
		return s
	}
	return s &^ (1 << e)
}

// Has reports whether e is in the set.
func (s ElementSet) Has(e Element) bool { return e.IsValid() && s&(1<<e) != 0 }

// Len returns the number of elements in the set.
func (s ElementSet) Len() int { return bits.OnesCount32(uint32(s & validElementBits)) }

// IsZero reports whether the set is empty.
func (s ElementSet) IsZero() bool { return s&validElementBits == 0 }

const validElementBits ElementSet = (1<<(NumElements+1) - 1) &^ 1

// All yields the elements of the set in catalog order.
func (s ElementSet) All() iter.Seq[Element] {
	return func(yield func(Element) bool) {
		for e := Element(1); e <= NumElements; e++ {
			if s.Has(e) && !yield(e) {
				return
			}
		}
	}
}

// Elements returns the elements of the set in catalog order.
func (s ElementSet) Elements() []Element {
	es := make([]Element, 0, s.Len())
	for e := range s.All() {
		es = append(es, e)
	}
	return es
}

// String returns the display names joined by ", ", e.g. "De-escalation,
// Visual", or "" for the empty set. [ParseElementSet] reads it back.
func (s ElementSet) String() string {
	names := make([]string, 0, s.Len())
	for e := range s.All() {
		names = append(names, e.String())
	}
	return strings.Join(names, ", ")
}

// AppendText appends the element keys joined by commas
// ("de-escalation,visual"); nothing for the empty set.
func (s ElementSet) AppendText(b []byte) ([]byte, error) {
	first := true
	for e := range s.All() {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, elementNames[e].key...)
	}
	return b, nil
}

// MarshalText returns the element keys joined by commas; empty text for
// the empty set.
func (s ElementSet) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText parses text with [ParseElementSet].
func (s *ElementSet) UnmarshalText(text []byte) error {
	p, err := ParseElementSet(string(text))
	if err == nil {
		*s = p
	}
	return err
}

// MarshalJSON returns the set as a JSON array of element keys in catalog
// order; [] for the empty set.
func (s ElementSet) MarshalJSON() ([]byte, error) {
	b := []byte{'['}
	for e := range s.All() {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = appendQuoted(b, elementNames[e].key)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON accepts a JSON array of element keys or names (null is the
// empty set). Empty, unknown and repeated elements are rejected, as
// [ParseElementSet] rejects them.
func (s *ElementSet) UnmarshalJSON(data []byte) error {
	items, err := jsonobj.Array(data, true)
	if err != nil {
		return parseError("ElementSet", string(data), jsonReason(err))
	}
	var set ElementSet
	for i, item := range items {
		text, err := unmarshalJSONString(item.Value)
		if err == nil && text == nil {
			err = fmt.Errorf("%w: null is not an element", ErrEmpty)
		}
		if err == nil {
			set, err = set.withNew(string(text))
		}
		if err != nil {
			return parseError("ElementSet", string(data), fmt.Errorf("item %d: %w", i+1, err))
		}
	}
	*s = set
	return nil
}
