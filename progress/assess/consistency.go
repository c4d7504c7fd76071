package assess

import (
	"cmp"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// DefaultFlagLevels is how far, in levels of intensity, a rater's or a
// class period's mean recorded support may be from the others' before it
// is flagged, when [ConsistencyOptions.FlagLevels] is zero.
const DefaultFlagLevels = 1.0

// ConsistencyOptions configures [ConsistencyOf].
type ConsistencyOptions struct {
	// From and To are the window's first and last dates, both included;
	// both must be set, From not after To.
	From, To goal.Date
	// FlagLevels is how far a group's mean recorded intensity may be from
	// the mean of all the other groups' intervals pooled before it is
	// flagged; 0 means [DefaultFlagLevels].
	FlagLevels float64
}

// Consistency is how consistently the adults around one student record
// support, per rater and per class period over a window: "the team isn't
// aligned", made visible. Raters is nil when the data have no
// rater (no rater column, or every cell empty): the report is then per
// class period only. It is a plain value made by [ConsistencyOf].
type Consistency struct {
	Benchmark goal.Benchmark
	Student   goal.StudentID
	From, To  goal.Date
	Raters    []SupportGroup // in order of rater ID
	Periods   []SupportGroup // in natural order of the period labels
}

// SupportGroup is the intervals of one rater or one class period in a
// window: how many, their minutes, the overall intensity recorded and per
// focus element, the minutes whose support was within the benchmark's
// limit, the minutes at each TEP rating, and whether its support stands
// apart from the others'.
type SupportGroup struct {
	Key       string // the rater's ID, or the period's label
	Intervals int
	Units     int64 // minutes (or units) recorded
	// SupportUnits and IntensityUnits are the minutes with an overall
	// intensity recorded and their intensity-weighted sum.
	SupportUnits, IntensityUnits int64
	// Elements is the support recorded for each of the benchmark's focus
	// elements, in catalog order (those recorded).
	Elements []ElementSupport
	// WithinLimit is the minutes with support recorded and within the
	// benchmark's support condition (overall and each focus element
	// recorded, as [goal.Benchmark.QualifiesInterval] judges support).
	WithinLimit int64
	// TEP is the minutes at each rating, TEP[1]…TEP[5]; TEP[0] the
	// unrated minutes.
	TEP [6]int64
	// Difference is the group's mean recorded intensity less the mean of
	// all the other groups' intervals pooled (0 when either has none);
	// Flagged is |Difference| > the flag level.
	Difference float64
	Flagged    bool
}

// MeanIntensity returns the group's minutes-weighted mean recorded
// overall intensity, and false when none was recorded.
func (g SupportGroup) MeanIntensity() (float64, bool) { return ratio(g.IntensityUnits, g.SupportUnits) }

// WithinLimitShare returns the share of the minutes with support
// recorded that were within the limit, and false when none was recorded.
func (g SupportGroup) WithinLimitShare() (float64, bool) { return ratio(g.WithinLimit, g.SupportUnits) }

// ConsistencyOf reports how consistently the support of a TEP benchmark's
// student is recorded (see [Consistency]), from the student's intervals
// in the window (progress.ReadRatedIntervals reads them with their
// raters). The first error of ivs is returned as it is; an option out of
// range is an *[Error].
func ConsistencyOf(ivs iter.Seq2[progress.RatedInterval, error], b goal.Benchmark, student goal.StudentID, opts ConsistencyOptions) (Consistency, error) {
	switch {
	case b.IsZero():
		return Consistency{}, optionError("benchmark", "the zero Benchmark: want a TEP benchmark")
	case b.Measure() != goal.MeasureTEP:
		return Consistency{}, optionError("benchmark", "a %v benchmark: want a TEP benchmark, whose support is recorded on intervals", b.Measure())
	case !opts.From.IsValid() || !opts.To.IsValid() || opts.To.Before(opts.From):
		return Consistency{}, optionError("From", "%v to %v: want a window of valid dates", opts.From, opts.To)
	case opts.FlagLevels < 0:
		return Consistency{}, optionError("FlagLevels", "%v: want 0 or more", opts.FlagLevels)
	}
	flag := cmp.Or(opts.FlagLevels, DefaultFlagLevels)
	raters, periods := map[string]*supportCount{}, map[string]*supportCount{}
	for iv, err := range ivs {
		if err != nil {
			return Consistency{}, err
		}
		if iv.Student != student || iv.Date.Before(opts.From) || iv.Date.After(opts.To) {
			continue
		}
		groupOf(periods, iv.Period).add(iv.Interval, b)
		if iv.Rater != "" {
			groupOf(raters, iv.Rater).add(iv.Interval, b)
		}
	}
	c := Consistency{Benchmark: b, Student: student, From: opts.From, To: opts.To,
		Raters: supportGroups(raters, flag, strings.Compare), Periods: supportGroups(periods, flag, naturalCompare)}
	if len(c.Raters) == 0 {
		c.Raters = nil
	}
	return c, nil
}

// supportCount is a group's counts while the intervals are read.
type supportCount struct {
	g        SupportGroup
	elements [rubric.NumElements + 1]ElementSupport
}

func groupOf(m map[string]*supportCount, key string) *supportCount {
	s := m[key]
	if s == nil {
		s = &supportCount{g: SupportGroup{Key: key}}
		m[key] = s
	}
	return s
}

// add counts one interval into the group.
func (s *supportCount) add(iv progress.Interval, b goal.Benchmark) {
	m := int64(iv.Minutes)
	g := &s.g
	g.Intervals++
	g.Units += m
	g.TEP[min(int(iv.TEP), 5)] += m
	if iv.Intensity != 0 {
		g.SupportUnits += m
		g.IntensityUnits += int64(iv.Intensity) * m
		// With a rating in band, qualifying turns on the support alone.
		if b.QualifiesInterval(rubric.TEP(b.BandLow()), iv.Intensity, &iv.Profile) {
			g.WithinLimit += m
		}
	}
	for e, level := range iv.Profile.All() {
		if b.Focus().Has(e) {
			es := &s.elements[e]
			es.Element, es.Units, es.IntensityUnits = e, es.Units+m, es.IntensityUnits+int64(level)*m
		}
	}
}

// supportGroups returns the groups in order, each compared with all the
// others pooled.
func supportGroups(m map[string]*supportCount, flag float64, order func(a, b string) int) []SupportGroup {
	var total SupportGroup
	for _, s := range m {
		total.SupportUnits += s.g.SupportUnits
		total.IntensityUnits += s.g.IntensityUnits
	}
	out := make([]SupportGroup, 0, len(m))
	for _, s := range m {
		g := s.g
		for _, es := range s.elements {
			if es.Units > 0 {
				g.Elements = append(g.Elements, es)
			}
		}
		others := SupportGroup{SupportUnits: total.SupportUnits - g.SupportUnits, IntensityUnits: total.IntensityUnits - g.IntensityUnits}
		mine, ok1 := g.MeanIntensity()
		rest, ok2 := others.MeanIntensity()
		if ok1 && ok2 {
			g.Difference = mine - rest
			g.Flagged = math.Abs(g.Difference) > flag
		}
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b SupportGroup) int { return order(a.Key, b.Key) })
	return out
}
