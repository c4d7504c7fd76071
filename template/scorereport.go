package template

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	ttemplate "text/template"

	"github.com/iepgoal/iepgoal/rubric/instrument"
)

// NameScoreReport is the score report of a self-assessment instrument such
// as the Benchmarks for Advanced Tiers: the percent of points possible per
// section, per grouping and in total, the change since the earlier
// administration when there is one, the items that moved, and the action
// plan. Data: [ScoreReportData].
const NameScoreReport = "scorereport"

// ScoreReportData is what the score report template ([NameScoreReport])
// renders. Build it with [ScoreReportOf], or fill it from the results of
// [instrument.Instrument.Score], [instrument.Instrument.Diff] and
// [instrument.Instrument.ActionPlan]. It holds no student names.
type ScoreReportData struct {
	Instrument string                  // the instrument's name, e.g. "Benchmarks for Advanced Tiers"
	Scores     instrument.Scores       // the scores of the administration reported on
	Comparison instrument.Comparison   // the change since an earlier administration; zero when there is none
	Plan       []instrument.ActionItem // the action plan, in instrument order
}

// HasComparison reports whether the report includes the change since an
// earlier administration.
func (d ScoreReportData) HasComparison() bool { return d.Comparison.BeforeDate != "" }

// SectionChange returns the change of the section with the given ID, or
// the zero Change when there is no comparison or no such section.
func (d ScoreReportData) SectionChange(id string) instrument.Change {
	return changeOf(d.Comparison.Sections, id)
}

// GroupingChange returns the change of the grouping with the given ID, or
// the zero Change when there is no comparison or no such grouping.
func (d ScoreReportData) GroupingChange(id string) instrument.Change {
	return changeOf(d.Comparison.Groupings, id)
}

func changeOf(changes []instrument.Change, id string) instrument.Change {
	for _, c := range changes {
		if c.ID == id {
			return c
		}
	}
	return instrument.Change{}
}

func (d ScoreReportData) validate() error {
	switch {
	case len(d.Scores.Sections) == 0:
		return fmt.Errorf("%w: score report without section scores", ErrInvalid)
	case d.HasComparison() && d.Comparison.AfterDate != d.Scores.Date:
		return fmt.Errorf("%w: comparison ends on %s but the scores are dated %s", ErrInvalid, d.Comparison.AfterDate, d.Scores.Date)
	case d.HasComparison() && len(d.Comparison.Sections) != len(d.Scores.Sections):
		return fmt.Errorf("%w: comparison has %d sections, scores have %d", ErrInvalid, len(d.Comparison.Sections), len(d.Scores.Sections))
	}
	return nil
}

// ScoreReportOf scores the current administration of an instrument, plans
// its actions and, when previous is not nil, compares it with that earlier
// administration, returning the data of a score report. The options are
// passed to the instrument (for example [instrument.AllowPartial]); the errors
// are the instrument's, except that a nil instrument fails with [ErrInvalid].
func ScoreReportOf(in *instrument.Instrument, previous *instrument.Administration, current instrument.Administration, opts ...instrument.Option) (ScoreReportData, error) {
	if in == nil {
		return ScoreReportData{}, invalid(NameScoreReport, "nil *instrument.Instrument")
	}
	d := ScoreReportData{Instrument: in.Name()}
	var err error
	if d.Scores, err = in.Score(current, opts...); err != nil {
		return ScoreReportData{}, err
	}
	if d.Plan, err = in.ActionPlan(current, opts...); err != nil {
		return ScoreReportData{}, err
	}
	if previous != nil {
		if d.Comparison, err = in.Diff(*previous, current, opts...); err != nil {
			return ScoreReportData{}, err
		}
	}
	return d, nil
}

// ScoreReport writes the score report of d in format f.
func (s *Set) ScoreReport(w io.Writer, f Format, d ScoreReportData) error {
	return s.Execute(w, f, NameScoreReport, d)
}

// PointsChange returns a change in percent of points possible as words,
// rounded as [Percent] rounds: "up 16.7 points", "down 5 points" or "no
// change" (a change smaller than 0.05 points). It is the template helper
// "pointsChange".
func PointsChange(delta float64) string {
	switch {
	case math.IsNaN(delta) || math.IsInf(delta, 0):
		return "%!PointsChange(" + strconv.FormatFloat(delta, 'g', -1, 64) + ")"
	case math.Round(delta*10) == 0:
		return "no change"
	case delta > 0:
		return "up " + strings.TrimSuffix(Percent(delta), "%") + " points"
	}
	return "down " + strings.TrimSuffix(Percent(-delta), "%") + " points"
}

// ItemNumbers returns item numbers as a list: "4", "4 and 17",
// "4, 17, and 56". It is the template helper "itemNumbers".
func ItemNumbers(items []int) string {
	s := make([]string, len(items))
	for i, n := range items {
		s[i] = strconv.Itoa(n)
	}
	return JoinList(s)
}

func init() {
	addFuncs(ttemplate.FuncMap{
		"pointsChange": PointsChange,
		"itemNumbers":  ItemNumbers,
		"orBlank":      OrBlank,
	})
	define(NameScoreReport, scoreReportSamples)
}
