package instrument

import (
	"fmt"
	"slices"

	"github.com/iepgoal/iepgoal/rubric"
)

// Item is one numbered item of a self-assessment [Instrument]: its number
// (unique across the instrument), a short label, and one descriptor per
// level of the implementation scale saying what that level looks like for
// this item. Descriptors is indexed by level: Descriptors[0] describes
// "not yet started", Descriptors[2] "fully in place"; use
// [Item.Descriptor] to look one up by [Response]. An Item is a comparable
// value; the zero Item is not a valid item.
type Item struct {
	Number      int       // the item's number, e.g. 18
	Label       string    // a short label, e.g. "staff named to run the strategy"
	Descriptors [3]string // what levels 0, 1 and 2 look like for this item
}

// Descriptor returns the item's descriptor for response r, or "" when r is
// not valid.
func (it Item) Descriptor(r Response) string {
	if !r.IsValid() {
		return ""
	}
	return it.Descriptors[r.Level()]
}

// Section is a lettered part of an [Instrument]: an identifier ("F"), a
// title and its items in order. When PerStrategy is true the section's
// items are answered for one intervention strategy: an [Administration]
// scores them for its main strategy and may record answers for other
// strategies that do not count. As an argument to [New] a
// Section is copied; the ones an Instrument returns are copies too.
type Section struct {
	ID          string // a short identifier, e.g. "F"
	Title       string // e.g. "Main Tier 2 strategy: implementation"
	PerStrategy bool   // items are answered per strategy; only the main strategy counts
	Items       []Item // the section's items, in order
}

// Grouping is a named set of sections scored together, such as "Tier 2"
// (sections E–G). A section may belong to several groupings or to none.
type Grouping struct {
	ID       string   // a short identifier, e.g. "tier2"
	Title    string   // e.g. "Tier 2"
	Sections []string // the IDs of its sections, in instrument order
}

// Instrument is a self-assessment answered item by item on the 0–2
// implementation scale ([Response]): sections of numbered items, and
// groupings of sections that are scored together. Programs define one with
// [New]; package [github.com/iepgoal/iepgoal/rubric/bat] defines
// the Benchmarks for Advanced Tiers. The instrument order is section by
// section, and item numbers increase strictly along it. A *Instrument is
// immutable and safe for concurrent use; the zero Instrument has no items.
type Instrument struct {
	name      string
	sections  []Section
	groupings []Grouping
	items     []Item         // every item, in instrument order
	sectionOf []int          // sectionOf[i] is the index in sections of items[i]
	index     map[int]int    // item number → index in items
	sectionAt map[string]int // section ID → index in sections
}

// New builds an instrument from its sections and groupings,
// copying them. It returns an error wrapping [rubric.ErrInvalid] when the name or
// a section ID is empty, a section has no items, a section ID or item
// number repeats, item numbers do not increase strictly (all must be
// positive), an item has no label, or a grouping is empty, repeats an ID,
// or names an unknown section or one section twice.
func New(name string, sections []Section, groupings []Grouping) (*Instrument, error) {
	in := &Instrument{name: name, index: map[int]int{}, sectionAt: map[string]int{}}
	if name == "" {
		return nil, invalidInstrument(name, "no name")
	}
	if len(sections) == 0 {
		return nil, invalidInstrument(name, "no sections")
	}
	for _, s := range sections {
		if err := in.addSection(s); err != nil {
			return nil, err
		}
	}
	for _, g := range groupings {
		if err := in.addGrouping(g); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// Must is like [New] but panics on error; it is for
// package-level variables that define an instrument in code.
func Must(name string, sections []Section, groupings []Grouping) *Instrument {
	in, err := New(name, sections, groupings)
	if err != nil {
		panic(err)
	}
	return in
}

func invalidInstrument(name, why string, args ...any) error {
	return fmt.Errorf("instrument: %q: %w: %s", name, rubric.ErrInvalid, fmt.Sprintf(why, args...))
}

func (in *Instrument) addSection(s Section) error {
	switch _, dup := in.sectionAt[s.ID]; {
	case s.ID == "":
		return invalidInstrument(in.name, "section %d has no ID", len(in.sections)+1)
	case dup:
		return invalidInstrument(in.name, "section %q repeated", s.ID)
	case len(s.Items) == 0:
		return invalidInstrument(in.name, "section %q has no items", s.ID)
	}
	for _, it := range s.Items {
		if err := in.addItem(it, s.ID); err != nil {
			return err
		}
	}
	s.Items = slices.Clone(s.Items)
	in.sectionAt[s.ID] = len(in.sections)
	in.sections = append(in.sections, s)
	return nil
}

func (in *Instrument) addItem(it Item, section string) error {
	last := 0
	if n := len(in.items); n > 0 {
		last = in.items[n-1].Number
	}
	switch {
	case it.Number <= last:
		return invalidInstrument(in.name, "section %q: item %d does not follow item %d (numbers must be positive and increase)", section, it.Number, last)
	case it.Label == "":
		return invalidInstrument(in.name, "section %q: item %d has no label", section, it.Number)
	}
	in.index[it.Number] = len(in.items)
	in.items = append(in.items, it)
	in.sectionOf = append(in.sectionOf, len(in.sections))
	return nil
}

func (in *Instrument) addGrouping(g Grouping) error {
	if g.ID == "" || len(g.Sections) == 0 {
		return invalidInstrument(in.name, "grouping %q has no ID or no sections", g.ID)
	}
	for _, g2 := range in.groupings {
		if g2.ID == g.ID {
			return invalidInstrument(in.name, "grouping %q repeated", g.ID)
		}
	}
	for i, id := range g.Sections {
		if _, ok := in.sectionAt[id]; !ok {
			return invalidInstrument(in.name, "grouping %q names unknown section %q", g.ID, id)
		}
		if slices.Contains(g.Sections[:i], id) {
			return invalidInstrument(in.name, "grouping %q names section %q twice", g.ID, id)
		}
	}
	g.Sections = slices.Clone(g.Sections)
	in.groupings = append(in.groupings, g)
	return nil
}

// Name returns the instrument's name, e.g. "Benchmarks for Advanced Tiers".
func (in *Instrument) Name() string { return in.name }

// Sections returns the sections in instrument order. The slice and the
// sections' items are copies.
func (in *Instrument) Sections() []Section {
	out := make([]Section, len(in.sections))
	for i, s := range in.sections {
		s.Items = slices.Clone(s.Items)
		out[i] = s
	}
	return out
}

// Section returns the section with the given ID, and false when there is none.
func (in *Instrument) Section(id string) (Section, bool) {
	i, ok := in.sectionAt[id]
	if !ok {
		return Section{}, false
	}
	s := in.sections[i]
	s.Items = slices.Clone(s.Items)
	return s, true
}

// Groupings returns the groupings in the order they were given. The slice
// is a copy.
func (in *Instrument) Groupings() []Grouping {
	out := make([]Grouping, len(in.groupings))
	for i, g := range in.groupings {
		g.Sections = slices.Clone(g.Sections)
		out[i] = g
	}
	return out
}

// Items returns every item in instrument order. The slice is a copy.
func (in *Instrument) Items() []Item { return slices.Clone(in.items) }

// NumItems returns the number of items.
func (in *Instrument) NumItems() int { return len(in.items) }

// Item returns the item numbered n, and false when there is none.
func (in *Instrument) Item(n int) (Item, bool) {
	i, ok := in.index[n]
	if !ok {
		return Item{}, false
	}
	return in.items[i], true
}

// SectionOf returns the ID of the section that holds item n, and false
// when there is no such item.
func (in *Instrument) SectionOf(n int) (string, bool) {
	i, ok := in.index[n]
	if !ok {
		return "", false
	}
	return in.sections[in.sectionOf[i]].ID, true
}

// IsPerStrategy reports whether item n belongs to a section answered per
// strategy (see [Section]).
func (in *Instrument) IsPerStrategy(n int) bool {
	i, ok := in.index[n]
	return ok && in.sections[in.sectionOf[i]].PerStrategy
}

// MaxPoints returns the points possible when every item is fully in place:
// 2 per item.
func (in *Instrument) MaxPoints() int { return len(in.items) * Full.Level() }
