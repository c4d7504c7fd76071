package template

import (
	"math"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Blank is what an unset student name, deadline or date renders as: the
// line left to fill in on a paper form.
const Blank = "______"

// OrBlank returns s as given, or [Blank] when it is empty or only white
// space: the line left to fill in on a paper form. It is the template
// helper "orBlank", for any field of a form (an action plan's "who", a
// school's name); [StudentName] is the same rule for a student's name.
func OrBlank(s string) string {
	if strings.TrimSpace(s) == "" {
		return Blank
	}
	return s
}

// StudentName returns the name as given, or [Blank] when it is empty or only
// white space, as [OrBlank] does. It is the template helper "name". Names
// enter only at rendering time; no data type holds one.
func StudentName(name string) string { return OrBlank(name) }

// Ordinal returns n with its English ordinal suffix: "1st", "2nd", "3rd",
// "4th", "11th", "12th", "13th", "21st", "-2nd".
func Ordinal(n int) string {
	abs := n
	if abs < 0 {
		abs = -abs
	}
	suffix := "th"
	if abs%100 < 11 || abs%100 > 13 {
		switch abs % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// Percent returns p as a percentage rounded to one decimal place, without a
// trailing ".0": "90%", "87.5%", "33.3%". NaN and infinities, which no
// measurement yields, render as "%!Percent(NaN)".
func Percent(p float64) string {
	if math.IsNaN(p) || math.IsInf(p, 0) {
		return "%!Percent(" + strconv.FormatFloat(p, 'g', -1, 64) + ")"
	}
	s := strconv.FormatFloat(math.Round(p*10)/10, 'f', 1, 64)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s + "%"
}

// BandPhrase returns the formal wording of a rating band: "between a 3 and
// 5", or "a 4" when both ends are the same level. The levels are written as
// numbers, as on the program's 1–5 scales.
func BandPhrase(low, high int) string {
	if low == high {
		return "a " + strconv.Itoa(low)
	}
	return "between a " + strconv.Itoa(low) + " and " + strconv.Itoa(high)
}

// SupportPhrase returns the formal wording of a support condition, without
// the leading "With": "a level 4 to 5 intensity of support" for a range,
// "a level 3 intensity of support or less" for a ceiling, "a level 4
// intensity of support" for a one-level range. It returns "" for an
// independent or unset condition, which the formal sentence writes with no
// support clause at all.
func SupportPhrase(s goal.Support) string {
	if !s.IsValid() || s.IsIndependent() {
		return ""
	}
	band := s.Band()
	switch {
	case s.IsCeiling():
		return "a level " + band.High().String() + " intensity of support or less"
	case band.Low() == band.High():
		return "a level " + band.High().String() + " intensity of support"
	}
	return "a level " + band.Low().String() + " to " + band.High().String() + " intensity of support"
}

// DatePhrase returns a date as written in a sentence, "March 13, 2027", or
// [Blank] for the zero Date.
func DatePhrase(d goal.Date) string {
	if !d.IsValid() {
		return Blank
	}
	return d.Month().String() + " " + strconv.Itoa(d.Day()) + ", " + strconv.Itoa(d.Year())
}

// DeadlinePhrase returns what follows "by" in a benchmark: "March 13,
// 2027" for a date, "the end of the 1st trimester" or "the end of the school
// year" for a term, and [Blank] for an unset deadline.
func DeadlinePhrase(d goal.Deadline) string {
	if date, ok := d.Date(); ok {
		return DatePhrase(date)
	}
	term, ok := d.Term()
	switch {
	case !ok || !term.IsValid():
		return Blank
	case term.Ordinal() == 0:
		return "the end of the " + term.Unit()
	}
	return "the end of the " + Ordinal(term.Ordinal()) + " " + term.Unit()
}

// JoinList joins items as an English list with a serial comma: "a", "a and
// b", "a, b, and c"; "" for no items.
func JoinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " and " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", and " + items[len(items)-1]
}

// PlainBand returns the rating band of a benchmark in plain words, by the
// scale's level labels rather than numbers: "rated fair or better" (TEP 3–5),
// "rated emerging or developing" (soft skill 2–3), "rated good" (4–4),
// "rated marginal to good" (2–4). It returns "" for the zero Benchmark.
func PlainBand(b goal.Benchmark) string {
	var scale *rubric.Scale
	switch b.Measure() {
	case goal.MeasureTEP:
		scale = rubric.TEPScale()
	case goal.MeasureSoftSkill:
		scale = rubric.SoftSkillScale()
	default:
		return ""
	}
	return "rated " + labelRange(scale, b.BandLow(), b.BandHigh(), "or better", true)
}

// PlainSupport returns a support condition in plain words, by the intensity
// scale's labels: "high to extreme support" (4–5), "moderate support or
// less" (3 or less), "high support" (4–4), "minimal support" (independent).
// It returns "" for the unset condition.
func PlainSupport(s goal.Support) string {
	switch {
	case !s.IsValid():
		return ""
	case s.IsIndependent():
		return label(rubric.IntensityScale(), int(s.Limit())) + " support"
	case s.IsCeiling():
		return label(rubric.IntensityScale(), int(s.Limit())) + " support or less"
	}
	band := s.Band()
	return labelRange(rubric.IntensityScale(), int(band.Low()), int(band.High()), "", false) + " support"
}

// labelRange words low…high by the scale's labels: one label when low ==
// high; "low orBetter" when high is the best end of a higher-is-better scale
// and orBetter is not empty; "low or high" for adjacent levels when
// adjacentOr is set; otherwise "low to high".
func labelRange(scale *rubric.Scale, low, high int, orBetter string, adjacentOr bool) string {
	switch {
	case low == high:
		return label(scale, low)
	case orBetter != "" && scale.HigherIsBetter() && high == scale.Max():
		return label(scale, low) + " " + orBetter
	case adjacentOr && low == high-1:
		return label(scale, low) + " or " + label(scale, high)
	}
	return label(scale, low) + " to " + label(scale, high)
}

func label(scale *rubric.Scale, v int) string {
	if l, ok := scale.Level(v); ok {
		return l.Label
	}
	return strconv.Itoa(v)
}

// ElementNames returns the display names of the elements in set, in
// catalog order: ["De-escalation", "Relationship"].
func ElementNames(set rubric.ElementSet) []string {
	names := make([]string, 0, set.Len())
	for e := range set.All() {
		names = append(names, e.String())
	}
	return names
}

// Plural returns "1 rated day" or "3 rated days": n followed by one or many.
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
