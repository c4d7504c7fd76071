package chart

import (
	"fmt"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// benchmarkTitle describes a benchmark in a line:
// "TEP 3–5 with support level 4 or less: 80% of the day".
func benchmarkTitle(b goal.Benchmark) string {
	measure := fmt.Sprintf("TEP %d–%d", b.BandLow(), b.BandHigh())
	if b.Measure() == goal.MeasureSoftSkill {
		measure = fmt.Sprintf("%s %d–%d", capitalise(b.Skill().Phrase()), b.BandLow(), b.BandHigh())
	}
	return fmt.Sprintf("%s %s: %d%% of %s", measure, supportPhrase(b.Support()), b.Threshold(), basisPhrase(b))
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func supportPhrase(s goal.Support) string {
	band := s.Band()
	switch {
	case s.IsIndependent():
		return "independently"
	case s.IsCeiling():
		return fmt.Sprintf("with support level %d or less", band.High())
	}
	return fmt.Sprintf("with support level %d–%d", band.Low(), band.High())
}

func basisPhrase(b goal.Benchmark) string {
	if b.Basis() == goal.BasisOpportunities {
		return "opportunities"
	}
	return "the day"
}

func yAxisTitle(b goal.Benchmark) string { return "Percent of " + basisPhrase(b) }

// unitName is what the percent counts: minutes or opportunities.
func unitName(b goal.Benchmark) string {
	if b.Basis() == goal.BasisOpportunities {
		return "opportunities"
	}
	return "minutes"
}

var statusWords = map[goal.Status]string{
	goal.StatusMet:           "met",
	goal.StatusOnTrack:       "on track",
	goal.StatusAtRisk:        "at risk",
	goal.StatusNotMet:        "not met",
	goal.StatusNotEnoughData: "not enough data",
}

var decisionWords = map[progress.Decision]string{
	progress.DecisionInsufficient: "not enough data for a decision",
	progress.DecisionContinue:     "continue the plan",
	progress.DecisionChange:       "change the plan",
	progress.DecisionRaise:        "raise the goal",
}

// subtitle is the line under the title: status, window and decision.
func subtitle(a progress.Assessment) string {
	parts := []string{fmt.Sprintf("As of %v: %s", a.AsOf, statusWords[a.Status])}
	if p := a.Window.PercentText(); p != "" {
		parts = append(parts, fmt.Sprintf("last %d rated days %s", a.Window.Days, p))
	}
	parts = append(parts, "decision: "+decisionWords[a.Decision])
	if n := len(a.Setbacks); n > 0 {
		parts = append(parts, plural(n, "setback day"))
	}
	return strings.Join(parts, " · ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// describe is the <desc> text: the chart in sentences, for screen readers.
func describe(a progress.Assessment) string {
	b := a.Benchmark
	var s []string
	s = append(s, fmt.Sprintf("Progress chart of %s.", benchmarkTitle(b)))
	s = append(s, fmt.Sprintf("Status as of %v: %s.", a.AsOf, statusWords[a.Status]))
	if p := a.Window.PercentText(); p != "" {
		s = append(s, fmt.Sprintf("Over the last %d rated days (%v to %v) the percent was %s, against a threshold of %d%%.",
			a.Window.Days, a.Window.First, a.Window.Last, p, b.Threshold()))
	}
	rated := 0
	for _, w := range a.Weeks {
		if _, ok := w.Percent(); ok {
			rated++
		}
	}
	s = append(s, fmt.Sprintf("The chart shows %s with a percent.", plural(rated, "week")))
	if a.Aimline.OK() {
		s = append(s, fmt.Sprintf("The aimline runs from %s on %v to %d%% on %v, %+.2f points per week.",
			a.Baseline.PercentText(), a.Aimline.From, b.Threshold(), a.Aimline.To, a.Aimline.Slope()))
		if a.AsOf.After(a.Aimline.To) {
			s = append(s, fmt.Sprintf("After the deadline it is held at the goal line, %d%%.", b.Threshold()))
		}
	}
	if a.Trend.OK {
		s = append(s, fmt.Sprintf("The trend (%v) is %+.2f points per week.", a.Trend.Method, a.Trend.Slope))
		if a.Projected.IsValid() {
			s = append(s, fmt.Sprintf("At that rate it reaches %d%% on %v.", b.Threshold(), a.Projected))
		} else {
			s = append(s, fmt.Sprintf("At that rate it does not reach %d%%.", b.Threshold()))
		}
	}
	if a.Deadline.IsValid() {
		s = append(s, fmt.Sprintf("The deadline is %v.", a.Deadline))
	}
	s = append(s, "Decision: "+decisionWords[a.Decision]+".")
	if n := len(a.Setbacks); n > 0 {
		s = append(s, fmt.Sprintf("%s marked: days with under half of the rated %s in band.", capitalise(plural(n, "setback day")), unitName(b)))
	}
	if ps := phases(a.Weeks); len(ps) > 0 {
		s = append(s, fmt.Sprintf("Support intensity went from level %d to level %d over %s.", ps[0].level, ps[len(ps)-1].level, plural(len(ps), "phase")))
	}
	if a.Intensity.Rose {
		s = append(s, fmt.Sprintf("Support rose inside the window, from a mean level of %.1f to %.1f.", a.Intensity.First, a.Intensity.Last))
	}
	return strings.Join(s, " ")
}
