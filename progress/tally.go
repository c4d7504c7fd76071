package progress

import (
	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// Tally counts the units a benchmark's percent is taken over: minutes of
// the day for a TEP benchmark, opportunities for a soft-skill benchmark.
// Unrated units count in neither field. The zero value is the empty tally,
// the identity of [Tally.Add].
type Tally struct {
	Rated      int64 // rated minutes (or rated opportunities)
	Qualifying int64 // of those, the ones that qualify (rating in band and support within the limit)
}

// Add returns the sum of two tallies. Add is associative and commutative,
// with the zero Tally as identity.
func (t Tally) Add(u Tally) Tally {
	return Tally{Rated: t.Rated + u.Rated, Qualifying: t.Qualifying + u.Qualifying}
}

// Percent returns Qualifying × 100 ÷ Rated, and false when nothing was rated.
func (t Tally) Percent() (float64, bool) {
	if t.Rated == 0 {
		return 0, false
	}
	return float64(t.Qualifying) * 100 / float64(t.Rated), true
}

// DayTally is what one student's school day contributes to one benchmark.
// The zero value is an empty day with no date.
type DayTally struct {
	Date goal.Date
	Tally
	// InBand counts the rated units whose rating is in the benchmark's band
	// whatever the support: a setback day is one with InBand under half of Rated.
	InBand int64
	// Units counts every unit recorded for the day, rated or not.
	Units int64
	// SupportUnits counts the units whose overall intensity was recorded, and
	// IntensityUnits sums intensity × units over them, so that the day's mean
	// intensity is IntensityUnits ÷ SupportUnits.
	SupportUnits, IntensityUnits int64
	// MaxIntensity is the highest overall intensity recorded that day (0 if none).
	MaxIntensity rubric.Intensity
}

// Add returns the sum of two tallies of the same day: counts add, the
// maximum intensity is the larger. The date of d is kept (of e when d has none).
func (d DayTally) Add(e DayTally) DayTally {
	out := DayTally{
		Date:           d.Date,
		Tally:          d.Tally.Add(e.Tally),
		InBand:         d.InBand + e.InBand,
		Units:          d.Units + e.Units,
		SupportUnits:   d.SupportUnits + e.SupportUnits,
		IntensityUnits: d.IntensityUnits + e.IntensityUnits,
		MaxIntensity:   max(d.MaxIntensity, e.MaxIntensity),
	}
	if out.Date.IsZero() {
		out.Date = e.Date
	}
	return out
}

// MeanIntensity returns the day's minutes-weighted mean overall intensity,
// and false when no intensity was recorded.
func (d DayTally) MeanIntensity() (float64, bool) {
	return unitMean(d.SupportUnits, d.IntensityUnits)
}

// unitMean is intensityUnits ÷ supportUnits, and false when no
// intensity was recorded; days and weeks share it.
func unitMean(supportUnits, intensityUnits int64) (float64, bool) {
	if supportUnits == 0 {
		return 0, false
	}
	return float64(intensityUnits) / float64(supportUnits), true
}

// IsSetback reports whether the day went badly whatever the average: some
// units were rated and fewer than half of them had a rating in band.
func (d DayTally) IsSetback() bool { return d.Rated > 0 && 2*d.InBand < d.Rated }

// WeekTally is one student's ISO week for one benchmark: the pooled tally
// of its days (minutes summed, not daily percents averaged), with the
// support recorded in it and its setback days.
type WeekTally struct {
	ISOYear, ISOWeek int
	Tally
	Days int // days in the week with any unit recorded, rated or not
	// InBand pools the rated units whose rating was in the benchmark's
	// band, whatever the support ([DayTally.InBand]).
	InBand int64
	// SupportUnits and IntensityUnits pool the days' recorded overall
	// intensity (see [DayTally]); [WeekTally.MeanIntensity] divides them.
	SupportUnits, IntensityUnits int64
	Setbacks                     int // the week's setback days ([DayTally.IsSetback])
}

// InBandPercent returns the percent of the week's rated units that were in
// the band, whatever the support (InBand ÷ Rated × 100), and false when
// none was rated.
func (w WeekTally) InBandPercent() (float64, bool) {
	if w.Rated == 0 {
		return 0, false
	}
	return float64(w.InBand) * 100 / float64(w.Rated), true
}

// MeanIntensity returns the week's unit-weighted mean overall intensity
// (IntensityUnits ÷ SupportUnits), and false when none was recorded.
func (w WeekTally) MeanIntensity() (float64, bool) {
	return unitMean(w.SupportUnits, w.IntensityUnits)
}

// Weeks pools days into ISO weeks (correct across year ends and in ISO week
// 53). days must be sorted by date; the result is sorted by ISO year and
// week and holds every week that has a day in days, including weeks whose
// units were all unrated (Rated 0: no percent).
func Weeks(days []DayTally) []WeekTally { return AppendWeeks(nil, days) }

// AppendWeeks appends the ISO weeks of days, as [Weeks] returns them, to
// dst and returns the extended slice: with a buffer reused from student
// to student, pooling every student's weeks allocates nothing.
func AppendWeeks(dst []WeekTally, days []DayTally) []WeekTally {
	out, start := dst, len(dst)
	for _, d := range days {
		y, w := d.Date.ISOWeek()
		if n := len(out); n == start || out[n-1].ISOYear != y || out[n-1].ISOWeek != w {
			out = append(out, WeekTally{ISOYear: y, ISOWeek: w})
		}
		last := &out[len(out)-1]
		last.Tally = last.Tally.Add(d.Tally)
		last.InBand += d.InBand
		last.Days++
		last.SupportUnits += d.SupportUnits
		last.IntensityUnits += d.IntensityUnits
		if d.IsSetback() {
			last.Setbacks++
		}
	}
	return out
}
