package assess

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
)

// Decision is what a progress-monitoring decision rule advises. The zero
// value means "not evaluated". Its text form is the kebab-case name.
type Decision uint8

// The decisions a rule can reach.
const (
	// DecisionInsufficient: the rule could not apply — too few points, or
	// no aimline to compare with (the deadline is unknown).
	DecisionInsufficient Decision = iota + 1
	// DecisionContinue: keep the plan as it is.
	DecisionContinue
	// DecisionChange: progress is below the aimline; change the plan
	// (support, instruction or environment).
	DecisionChange
	// DecisionRaise: progress is above the aimline; raise the goal.
	DecisionRaise
)

var decisions = newCodec[Decision]("Decision", "decision", "insufficient-data", "continue", "change", "raise")

// IsValid reports whether d is a declared decision (not the zero value).
func (d Decision) IsValid() bool { return decisions.Valid(d) }

// String returns "insufficient-data", "continue", "change" or "raise", ""
// for the zero value, or "%!Decision(9)".
func (d Decision) String() string { return decisions.String(d) }

// MarshalText returns the text form; it fails for an undeclared decision.
func (d Decision) MarshalText() ([]byte, error) { return decisions.Marshal(d) }

// UnmarshalText parses the text form, ignoring case; empty text gives the zero value.
func (d *Decision) UnmarshalText(text []byte) error {
	return decisions.Unmarshal(text, d, decisions.Parse)
}

// Rule names a progress-monitoring decision rule of the field's practice. The zero
// value is no rule. Its text form is the kebab-case name.
type Rule uint8

// The decision rules, in the order [Benchmark] evaluates them.
const (
	RuleFourPoint       Rule = iota + 1 // the last weekly points all on one side of the aimline
	RuleTrendLine                       // the trend's slope against the aimline's slope
	RuleConsecutiveDays                 // the last rated days all below the aimline
)

var rules = newCodec[Rule]("Rule", "rule", "four-point", "trend-line", "consecutive-days")

// IsValid reports whether r is a declared rule.
func (r Rule) IsValid() bool { return rules.Valid(r) }

// String returns "four-point", "trend-line" or "consecutive-days", "" for
// the zero value, or "%!Rule(9)".
func (r Rule) String() string { return rules.String(r) }

// MarshalText returns the text form; it fails for an undeclared rule.
func (r Rule) MarshalText() ([]byte, error) { return rules.Marshal(r) }

// UnmarshalText parses the text form, ignoring case; empty text gives the zero value.
func (r *Rule) UnmarshalText(text []byte) error { return rules.Unmarshal(text, r, rules.Parse) }

// RuleOutcome is what one decision rule advised in an [Assessment].
type RuleOutcome struct {
	Rule     Rule
	Decision Decision
}

// FourPointRule configures the four-point rule: with at least MinWeeks
// weekly points that have a percent, look at the last Run of them; all
// strictly below the aimline → [DecisionChange]; all strictly above →
// [DecisionRaise]; otherwise [DecisionContinue]. With fewer points, or no
// aimline, → [DecisionInsufficient]. The zero value is the field
// convention: MinWeeks 6, Run 4, enabled.
type FourPointRule struct {
	Disabled bool // leave the rule out of [Assessment.Rules]
	MinWeeks int  // weekly points needed; 0 means 6
	Run      int  // last points compared with the aimline; 0 means 4
}

// TrendLineRule configures the trend-line rule: compare the slope of the
// assessment's trend ([Options.Method]) with the aimline's slope,
// both in percentage points per week:
//
//	trend < aim - Tolerance and trend(asOf) < aimline(asOf) → DecisionChange (flatter, and behind)
//	trend > aim + Tolerance and trend(asOf) ≥ aimline(asOf) → DecisionRaise  (steeper, and ahead)
//	otherwise                                               → DecisionContinue
//
// A trend flatter than the aimline but still ahead of it (a student above
// the line whose lead is narrowing), or steeper but still behind (one
// catching up), is left to continue: our choice, so that a benchmark met
// on its deadline day is not told to change the plan over a slope.
//
// After the deadline the aimline is held at the threshold ([Aimline]), so
// the rule compares the trend with that goal line where the assessment
// stands, not slopes:
//
//	trend(asOf) < threshold → DecisionChange
//	trend(asOf) > threshold → DecisionRaise
//	otherwise               → DecisionContinue
//
// With no trend (fewer than [Options.MinTrendWeeks] points) or no
// aimline → [DecisionInsufficient]. The zero value is enabled with
// Tolerance 0.
type TrendLineRule struct {
	Disabled  bool    // leave the rule out of [Assessment.Rules]
	Tolerance float64 // percentage points per week counted as "as steep"; ≥ 0
}

// ConsecutiveDaysRule configures the consecutive-days rule: when the last
// Days rated days on or before the as-of date all have a daily percent
// strictly below the aimline on their date → [DecisionChange], otherwise
// [DecisionContinue] (the rule never advises raising the goal). With fewer
// rated days, or no aimline → [DecisionInsufficient]. The zero value is
// enabled with Days 3 ("3 consecutive days below the aimline").
type ConsecutiveDaysRule struct {
	Disabled bool // leave the rule out of [Assessment.Rules]
	Days     int  // consecutive rated days; 0 means 3
}

// combineDecisions merges rule outcomes: change if any rule says change
// (the safer reading when rules disagree), else raise if any says raise,
// else continue if any says continue, else insufficient (also when no rule
// is enabled).
func combineDecisions(outcomes []RuleOutcome) Decision {
	has := func(d Decision) bool {
		for _, o := range outcomes {
			if o.Decision == d {
				return true
			}
		}
		return false
	}
	for _, d := range []Decision{DecisionChange, DecisionRaise, DecisionContinue} {
		if has(d) {
			return d
		}
	}
	return DecisionInsufficient
}

// apply applies the four-point rule to the weekly points (xs in weeks from
// the anchor, ys in percent) against the aimline. The rule's counts are
// resolved ([Options.resolved]); so are those of the rules below.
func (r FourPointRule) apply(aim Aimline, xs, ys []float64) Decision {
	run := r.Run
	if !aim.OK() || len(xs) < max(r.MinWeeks, run) {
		return DecisionInsufficient
	}
	below, above := 0, 0
	for i := len(xs) - run; i < len(xs); i++ {
		switch a := aim.atX(xs[i]); {
		case ys[i] < a:
			below++
		case ys[i] > a:
			above++
		}
	}
	switch run {
	case below:
		return DecisionChange
	case above:
		return DecisionRaise
	}
	return DecisionContinue
}

func (r TrendLineRule) apply(aim Aimline, t Trend, asOf goal.Date) Decision {
	if !aim.OK() || !t.OK {
		return DecisionInsufficient
	}
	if aim.heldAt(asOf) {
		return compareLevel(t.At(asOf), aim.ToPercent)
	}
	ahead := t.At(asOf) >= aim.At(asOf)
	switch s := aim.Slope(); {
	case t.Slope < s-r.Tolerance && !ahead:
		return DecisionChange
	case t.Slope > s+r.Tolerance && ahead:
		return DecisionRaise
	}
	return DecisionContinue
}

// apply takes the rated days up to the as-of date, in date order.
func (r ConsecutiveDaysRule) apply(aim Aimline, rated []progress.DayTally) Decision {
	n := r.Days
	if !aim.OK() || len(rated) < n {
		return DecisionInsufficient
	}
	for _, d := range rated[len(rated)-n:] {
		p, _ := d.Percent()
		if p >= aim.At(d.Date) {
			return DecisionContinue
		}
	}
	return DecisionChange
}

// compareLevel advises from where a level stands against the goal line:
// below → change, above → raise, on it → continue.
func compareLevel(level, goalLine float64) Decision {
	switch {
	case level < goalLine:
		return DecisionChange
	case level > goalLine:
		return DecisionRaise
	}
	return DecisionContinue
}

func orDefault(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}
