package template

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
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

// TheStudent returns the name as given, or "the student" when it is empty
// or only white space. It is the template helper "student", for prose
// about observed data (a progress summary, a plan report), which reads as
// a sentence rather than as a form with a line to fill in.
func TheStudent(name string) string {
	if strings.TrimSpace(name) == "" {
		return "the student"
	}
	return name
}

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

// Percent returns p as a percentage rounded to one decimal place, halves
// away from zero, without a trailing ".0": "90%", "87.5%", "33.3%". It is
// the library's one percent format: sentences, summaries, reports and
// charts all print percents with it (the template helper "percent", which
// also takes a measured tally, see [PercentOf]). NaN and infinities, which
// no measurement yields, render as "%!Percent(NaN)".
func Percent(p float64) string {
	if math.IsNaN(p) || math.IsInf(p, 0) {
		return "%!Percent(" + strconv.FormatFloat(p, 'g', -1, 64) + ")"
	}
	return tenths(int64(math.Round(p * 10)))
}

// PercentOf returns a tally's percent (qualifying ÷ rated × 100) in the
// format of [Percent], rounded on the exact ratio in integers (so 1 of 16
// is "6.3%", where the float 6.25 could round either way), or "" when
// nothing was rated.
func PercentOf(t progress.Tally) string {
	if t.Rated <= 0 || t.Qualifying < 0 {
		return ""
	}
	// tenths = round(1000 × q / r), half up: floor((2000 q + r) / 2r).
	return tenths((2000*t.Qualifying + t.Rated) / (2 * t.Rated))
}

// tenths formats n tenths of a percent: "32.1%", "90%".
func tenths(n int64) string {
	sign := ""
	if n < 0 {
		sign, n = "-", -n
	}
	s := strconv.FormatInt(n/10, 10)
	if n%10 != 0 {
		s += "." + strconv.FormatInt(n%10, 10)
	}
	return sign + s + "%"
}

// Level returns a mean level of a 1–5 scale (a mean intensity of support)
// with one decimal, without a trailing ".0": "2", "4.2". It is the
// template helper "level".
func Level(v float64) string {
	s := strconv.FormatFloat(math.Round(v*10)/10, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0")
}

// Signed returns a rate with its sign and two decimals: "+2.43", "-0.19",
// "+0.00". It is the template helper "signed", for slopes in points a week.
func Signed(v float64) string {
	if v == 0 || math.Abs(v) < 0.005 {
		v = 0
	}
	return signOf(v) + strconv.FormatFloat(math.Abs(v), 'f', 2, 64)
}

func signOf(v float64) string {
	if v < 0 {
		return "-"
	}
	return "+"
}

// DateRange returns the span from one date to another in words: "November
// 5 to November 20, 2026", "December 14, 2026 to January 8, 2027", or one
// date when both are the same. It is the template helper "dateRange".
func DateRange(from, to goal.Date) string {
	switch {
	case from == to:
		return DatePhrase(from)
	case from.IsValid() && from.Year() == to.Year():
		return from.Month().String() + " " + strconv.Itoa(from.Day()) + " to " + DatePhrase(to)
	}
	return DatePhrase(from) + " to " + DatePhrase(to)
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

// Capitalize returns s with its first letter in upper case: "Working
// successfully in a group". It is the template helper "capitalize".
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
