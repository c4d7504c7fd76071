package rubric

import (
	"encoding/json"
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

// Element is one of the therapeutic elements of the program, each with its
// own 1–5 intensity rubric (the 2018 set of 17). The zero value means "no
// element" and is not valid. Its text form is the element's key
// ("de-escalation"); [ParseElement] also accepts the display name and the
// 2016 name "Hierarchy of Needs".
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

// legacyElementNames maps names used on the 2016 rubrics to elements.
var legacyElementNames = map[string]Element{"hierarchy of needs": NeedsHierarchy}

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
// Needs"), ignoring case.
func ParseElement(s string) (Element, error) {
	if s == "" {
		return 0, parseError("Element", s, ErrEmpty)
	}
	for e := Element(1); e <= NumElements; e++ {
		if strings.EqualFold(s, elementNames[e].key) || strings.EqualFold(s, elementNames[e].name) {
			return e, nil
		}
	}
	if e, ok := legacyElementNames[strings.ToLower(s)]; ok {
		return e, nil
	}
	return 0, parseError("Element", s, ErrUnknownLabel)
}

// IsValid reports whether e is one of the 17 elements.
func (e Element) IsValid() bool { return e >= 1 && e <= NumElements }

// String returns the element's display name ("De-escalation"), or
// "%!Element(42)" for a value that is not an element.
func (e Element) String() string {
	if !e.IsValid() {
		return fmt.Sprintf("%%!Element(%d)", uint8(e))
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

// MarshalText returns the element's key; it fails for an invalid element.
func (e Element) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, fmt.Errorf("rubric: formatting Element: %w: %d is not in 1–%d", ErrOutOfRange, e, NumElements)
	}
	return []byte(elementNames[e].key), nil
}

// UnmarshalText parses text with [ParseElement].
func (e *Element) UnmarshalText(text []byte) error {
	p, err := ParseElement(string(text))
	if err == nil {
		*e = p
	}
	return err
}

// ElementSet is a set of therapeutic elements, such as the elements a
// benchmark focuses on. The zero value is the empty set. It is a comparable
// value, safe for concurrent use; iteration is always in catalog order. Its
// JSON form is an array of element keys.
type ElementSet uint32

// NewElementSet returns the set of the given elements; invalid elements are
// ignored (use [ParseElementSet] or check [Element.IsValid] to reject them).
func NewElementSet(es ...Element) ElementSet {
	var s ElementSet
	for _, e := range es {
		s = s.With(e)
	}
	return s
}

// ParseElementSet parses a comma-separated list of elements ("de-escalation,
// visual"); the empty string is the empty set.
func ParseElementSet(s string) (ElementSet, error) {
	var set ElementSet
	if strings.TrimSpace(s) == "" {
		return set, nil
	}
	for part := range strings.SplitSeq(s, ",") {
		e, err := ParseElement(strings.TrimSpace(part))
		if err != nil {
			return 0, err
		}
		set = set.With(e)
	}
	return set, nil
}

// With returns the set with e added; an invalid e leaves it unchanged.
func (s ElementSet) With(e Element) ElementSet {
	if !e.IsValid() {
		return s
	}
	return s | 1<<e
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

// String returns the display names joined by ", ", e.g. "De-escalation, Visual".
func (s ElementSet) String() string {
	names := make([]string, 0, s.Len())
	for e := range s.All() {
		names = append(names, e.String())
	}
	return strings.Join(names, ", ")
}

// MarshalJSON returns the set as a JSON array of element keys in catalog order.
func (s ElementSet) MarshalJSON() ([]byte, error) { return json.Marshal(s.Elements()) }

// UnmarshalJSON accepts a JSON array of element keys or names; unknown
// elements and repeats are rejected.
func (s *ElementSet) UnmarshalJSON(data []byte) error {
	var es []Element
	if err := json.Unmarshal(data, &es); err != nil {
		return err
	}
	var set ElementSet
	for _, e := range es {
		if set.Has(e) {
			return parseError("ElementSet", e.Key(), fmt.Errorf("%w: element %s repeated", ErrInvalid, e.Key()))
		}
		set = set.With(e)
	}
	*s = set
	return nil
}
