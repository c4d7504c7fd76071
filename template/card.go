package template

import (
	"fmt"
	"io"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// Names of the templates of the adults' tools.
const (
	// NameSupportCard is a student's support card: one page for whoever
	// works with the student today — what each goal works on now in plain
	// words, the support for each focus element, the safety-first rule and
	// what to write down each class period. Data: [CardData].
	NameSupportCard = "support-card"
	// NameSupportCardPage is the support card as a printable HTML page. It
	// renders as HTML only. Data: [CardData].
	NameSupportCardPage = "support-card-page"
	// NameCardPart is one part of the card, shared by both. Data:
	// [CardPartData].
	NameCardPart = "card-part"
)

// CardData is what the support card renders: a plan assessment made by
// assess.Plan (the card shows the rung each goal works on now) and the
// student's name.
type CardData struct {
	Student string
	Plan    assess.PlanAssessment
}

func (d CardData) validate() error {
	for gi, g := range d.Plan.Goals {
		if _, ok := g.CurrentAssessment(); !ok {
			return fmt.Errorf("%w: CardData: goal %d has no rung", ErrInvalid, gi+1)
		}
	}
	return PlanProgressData(d).validate()
}

// CardPartData is what [NameCardPart] renders: the card's student and
// plan, the goal a "goal" part is about (the zero GoalAssessment for the
// other parts) and the part.
type CardPartData struct {
	Student string
	Plan    assess.PlanAssessment
	Goal    assess.GoalAssessment
	Part    string
}

// cardParts are the parts of [NameCardPart].
var cardParts = []string{"title", "works-on", "goal", "safety-heading", "safety", "record-heading", "record"}

func (d CardPartData) validate() error {
	if !slices.Contains(cardParts, d.Part) {
		return fmt.Errorf("%w: CardPartData.Part %q", ErrInvalid, d.Part)
	}
	if d.Part == "goal" && d.Benchmark().IsZero() {
		return fmt.Errorf("%w: CardPartData: the goal part needs a goal with rungs", ErrInvalid)
	}
	return nil
}

// Benchmark returns the rung the goal works on now (its last when every
// rung is met), or the zero Benchmark for a goal without rungs.
func (d CardPartData) Benchmark() goal.Benchmark {
	if a, ok := d.Goal.CurrentAssessment(); ok {
		return a.Benchmark
	}
	return goal.Benchmark{}
}

// SupportCard writes the student's support card from plan assessment pa
// in format f (text, or an HTML fragment of the text).
func (s *Set) SupportCard(w io.Writer, f Format, student string, pa assess.PlanAssessment) error {
	return s.Execute(w, f, NameSupportCard, CardData{Student: student, Plan: pa})
}

// SupportCardPage writes the support card as a printable HTML page.
func (s *Set) SupportCardPage(w io.Writer, student string, pa assess.PlanAssessment) error {
	return s.Execute(w, HTML, NameSupportCardPage, CardData{Student: student, Plan: pa})
}

func init() {
	addFuncs(map[string]any{
		"cardPart": func(c CardData, gi int, part string) CardPartData {
			d := CardPartData{Student: c.Student, Plan: c.Plan, Part: part}
			if gi >= 0 && gi < len(c.Plan.Goals) {
				d.Goal = c.Plan.Goals[gi]
			}
			return d
		},
	})
	define(NameSupportCard, cardSamples)
	defineHTML(NameSupportCardPage, cardSamples)
	define(NameCardPart, func() []CardPartData {
		var out []CardPartData
		for _, c := range cardSamples() {
			for _, part := range cardParts {
				for gi := range c.Plan.Goals {
					out = append(out, CardPartData{c.Student, c.Plan, c.Plan.Goals[gi], part})
				}
			}
		}
		return out
	})
}

// cardSamples are the cards of the plan-progress samples.
func cardSamples() []CardData {
	var out []CardData
	for _, p := range planProgressSamples() {
		out = append(out, CardData(p))
	}
	return out
}
