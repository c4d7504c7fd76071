package instrument

// Score is the result of one part of an administration (a section, a
// grouping or the whole instrument): the points earned, the points
// possible and the items left unanswered. Points possible are 2 for each
// answered item; an unanswered item (allowed only with [AllowPartial]) adds
// nothing to either and is listed instead. The zero Score has nothing
// answered.
type Score struct {
	Points     int   // the sum of the levels of the answered items
	Possible   int   // 2 × the number of answered items
	Unanswered []int // item numbers with no counting answer, in instrument order
}

// Percent returns the percent of points possible earned,
// 100 × Points / Possible, in [0, 100]. It returns 0 when nothing was
// answered (Possible is 0); check [Score.Answered] to tell that case apart.
func (s Score) Percent() float64 {
	if s.Possible == 0 {
		return 0
	}
	return 100 * float64(s.Points) / float64(s.Possible)
}

// Answered returns the number of items answered.
func (s Score) Answered() int { return s.Possible / Full.Level() }

// Complete reports whether every item of the part was answered.
func (s Score) Complete() bool { return len(s.Unanswered) == 0 }

func (s *Score) add(it Item, r Response) {
	if r.IsZero() {
		s.Unanswered = append(s.Unanswered, it.Number)
		return
	}
	s.Points += r.Level()
	s.Possible += Full.Level()
}

func (s *Score) merge(t Score) {
	s.Points += t.Points
	s.Possible += t.Possible
	s.Unanswered = append(s.Unanswered, t.Unanswered...)
}

// PartScore is the [Score] of one named part of an instrument: a section
// or a grouping.
type PartScore struct {
	ID    string // the section or grouping ID, e.g. "F" or "tier2"
	Title string // its title
	Score Score
}

// Scores is the scored result of one administration: a score per section
// in instrument order, per grouping in the instrument's order, and in
// total. Only the counting answers are scored; answers recorded for other
// strategies are not.
type Scores struct {
	School    string      // the administration's school
	Date      string      // the administration's date, YYYY-MM-DD
	Sections  []PartScore // one per section, in instrument order
	Groupings []PartScore // one per grouping
	Total     Score       // the whole instrument; Points is the sum of the sections' points
}

// Section returns the score of the section with the given ID, and false
// when there is none.
func (s Scores) Section(id string) (Score, bool) { return findPart(s.Sections, id) }

// Grouping returns the score of the grouping with the given ID, and false
// when there is none.
func (s Scores) Grouping(id string) (Score, bool) { return findPart(s.Groupings, id) }

func findPart(parts []PartScore, id string) (Score, bool) {
	for _, p := range parts {
		if p.ID == id {
			return p.Score, true
		}
	}
	return Score{}, false
}

// Score validates the administration as [Instrument.Validate] does and
// scores it. Each section's score sums its items; a grouping's score sums
// its sections; the total sums every section. Percent of points possible
// is 100 × points / (2 × items answered). Without [AllowPartial], an
// administration with unanswered items fails with an [*IncompleteError];
// with it, the unanswered items are listed in each part's Score.
func (in *Instrument) Score(a Administration, opts ...Option) (Scores, error) {
	levels, err := in.answered(a, collectOptions(opts))
	if err != nil {
		return Scores{}, err
	}
	return in.scoreLevels(a, levels), nil
}

func (in *Instrument) scoreLevels(a Administration, levels []Response) Scores {
	out := Scores{School: a.School, Date: a.Date, Sections: make([]PartScore, len(in.sections))}
	for i, s := range in.sections {
		out.Sections[i] = PartScore{ID: s.ID, Title: s.Title}
	}
	for i, it := range in.items {
		out.Sections[in.sectionOf[i]].Score.add(it, levels[i])
	}
	for _, p := range out.Sections {
		out.Total.merge(p.Score)
	}
	for _, g := range in.groupings {
		p := PartScore{ID: g.ID, Title: g.Title}
		for _, id := range g.Sections {
			p.Score.merge(out.Sections[in.sectionAt[id]].Score)
		}
		out.Groupings = append(out.Groupings, p)
	}
	return out
}
