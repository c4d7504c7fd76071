package progress

import (
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"time"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/rubric"
)

// GenConfig configures [Generate] and [GenerateOpportunities]. A zero
// Start, Periods or Opportunities picks the default shown; the zero
// GenConfig generates nothing (no students, no days).
type GenConfig struct {
	Seed          uint64    // seed of the PCG source; the same config always gives the same data
	Students      int       // number of students, "S00001"…
	Days          int       // school days (weekdays) from Start
	Start         goal.Date // first school day; zero = 2026-08-31 (a weekend date moves to the Monday after)
	Periods       int       // rated periods per day; zero = 7
	Opportunities int       // opportunities per student per school day; zero = 3
}

// DefaultGenStart is the first school day [Generate] uses by default,
// Monday 2026-08-31; its school year crosses ISO week 53 of 2026.
var DefaultGenStart = goal.MustDate(2026, time.August, 31)

// genElements is the pool of focus elements the generator draws from; the
// CSV element columns are these.
var genElements = [...]rubric.Element{rubric.DeEscalation, rubric.ManagementOfDemand, rubric.Relationship, rubric.Visual}

// GeneratedElements returns the therapeutic elements whose intensities
// the generator records (each student has two or three of them as focus
// elements): the element columns to give [NewIntervalWriter].
func GeneratedElements() rubric.ElementSet { return rubric.MustElementSet(genElements[:]...) }

func (c GenConfig) withDefaults() GenConfig {
	if c.Start.IsZero() {
		c.Start = DefaultGenStart
	}
	for c.Start.Weekday() == time.Saturday || c.Start.Weekday() == time.Sunday {
		c.Start = c.Start.AddDays(1)
	}
	if c.Periods <= 0 {
		c.Periods = 7
	}
	if c.Opportunities <= 0 {
		c.Opportunities = 3
	}
	return c
}

// schoolDays returns the c.Days weekdays from c.Start.
func (c GenConfig) schoolDays() []goal.Date {
	days := make([]goal.Date, 0, max(c.Days, 0))
	for d := c.Start; len(days) < c.Days; d = d.AddDays(1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			days = append(days, d)
		}
	}
	return days
}

// GenStudentID returns the ID the generator gives its i-th student (from 0): "S00001".
func GenStudentID(i int) goal.StudentID { return goal.StudentID(fmt.Sprintf("S%05d", i+1)) }

// genStudent is one simulated student's year: how well they start and end,
// how support fades, which elements are in focus and which skill is taught.
type genStudent struct {
	rng          *rand.Rand
	id           goal.StudentID
	start, end   float64 // probability of a TEP rating in 3–5 at the start and end of the year
	support      float64 // overall intensity at the start of the year (4–5)
	floor        float64 // the lowest support reached by the end of the year (1–2)
	focus        []rubric.Element
	focusOffset  []int // each focus element's level relative to the overall intensity
	skill        string
	setbackDays  int // days left in the current setback
	setbackBoost float64
}

func newGenStudent(seed uint64, i int) *genStudent {
	rng := rand.New(rand.NewPCG(seed, uint64(i)+1))
	g := &genStudent{
		rng:     rng,
		id:      GenStudentID(i),
		start:   0.30 + 0.30*rng.Float64(),
		end:     0.70 + 0.28*rng.Float64(),
		support: 4 + rng.Float64(),
		floor:   1 + rng.Float64(),
	}
	perm := rng.Perm(len(genElements))
	for _, k := range perm[:2+rng.IntN(2)] {
		g.focus = append(g.focus, genElements[k])
		g.focusOffset = append(g.focusOffset, rng.IntN(3)-1)
	}
	skills := rubric.BuiltinSkillAreas()
	g.skill = skills[rng.IntN(len(skills))].ID()
	return g
}

// day simulates the student's state on school day k of n: whether they are
// absent, the chance of a rating in band, and the overall intensity.
func (g *genStudent) day(k, n int) (absent bool, p float64, level rubric.Intensity) {
	t := float64(k) / float64(max(n-1, 1))
	absent = g.rng.Float64() < 0.04
	if g.setbackDays == 0 && g.rng.Float64() < 0.02 {
		g.setbackDays, g.setbackBoost = 1+g.rng.IntN(3), 1
	}
	p = g.start + (g.end-g.start)*t
	// Support steps down every six weeks or so, from its start toward its floor.
	steps := float64(int(t * 6))
	s := g.support - (g.support-g.floor)*steps/6
	if g.setbackDays > 0 {
		g.setbackDays--
		p *= 0.35
		s += g.setbackBoost
	}
	return absent, p, rubric.Intensity(min(max(int(s+0.5), 1), 5))
}

// interval simulates one period.
func (g *genStudent) interval(date goal.Date, period string, absent bool, p float64, level rubric.Intensity) Interval {
	iv := Interval{Student: g.id, Date: date, Period: period, Minutes: 45 + g.rng.IntN(16)}
	if absent || g.rng.Float64() < 0.02 {
		return iv // unrated: absent or not observed
	}
	if g.rng.Float64() < p {
		iv.TEP = rubric.TEP(3 + g.rng.IntN(3))
	} else {
		iv.TEP = rubric.TEP(1 + g.rng.IntN(2))
	}
	iv.Intensity = level
	if g.rng.Float64() < 0.1 { // a harder period needs a level more
		iv.Intensity = min(level+1, rubric.IntensityExtreme)
	}
	for j, e := range g.focus {
		v := min(max(int(iv.Intensity)+g.focusOffset[j], 1), 5)
		_ = iv.Profile.Set(e, rubric.Intensity(v))
	}
	return iv
}

var genPeriods = func() []string {
	ps := make([]string, 32)
	for i := range ps {
		ps[i] = fmt.Sprint(i + 1)
	}
	return ps
}()

func periodLabel(i int) string {
	if i < len(genPeriods) {
		return genPeriods[i]
	}
	return fmt.Sprint(i + 1)
}

// Generate yields a deterministic, realistic school year of rated
// intervals: cfg.Students students × cfg.Days school days (weekdays) ×
// cfg.Periods periods of 45–60 minutes, in order of student, then date,
// then period. Each student starts with TEP in the 3–5 band 30–60% of the
// time and ends at 70–98%; overall support starts at level 4–5 and steps
// down every six weeks or so toward level 1–2; two or three of a pool of
// four elements ([GeneratedElements]) are recorded around the overall
// level. About 4% of days are absences (every period unrated), 2% of
// periods are not observed, and setbacks of 1–3 days (ratings collapse,
// support steps up) start on about 2% of days. The same cfg always yields
// the same intervals (a PCG source seeded by cfg.Seed and the student).
func Generate(cfg GenConfig) iter.Seq[Interval] {
	cfg = cfg.withDefaults()
	return func(yield func(Interval) bool) {
		days := cfg.schoolDays()
		for i := 0; i < cfg.Students; i++ {
			g := newGenStudent(cfg.Seed, i)
			for k, date := range days {
				absent, p, level := g.day(k, len(days))
				for j := 0; j < cfg.Periods; j++ {
					if !yield(g.interval(date, periodLabel(j), absent, p, level)) {
						return
					}
				}
			}
		}
	}
}

// GenerateOpportunities yields a deterministic school year of soft-skill
// opportunities for the same students as [Generate] with the same cfg:
// cfg.Opportunities per student per school day in the student's target
// skill area (one of the built-in areas), with proficiency rising from
// about 2 to about 4 over the year as support fades; opportunities on
// absence days are unrated.
func GenerateOpportunities(cfg GenConfig) iter.Seq[Opportunity] {
	cfg = cfg.withDefaults()
	return func(yield func(Opportunity) bool) {
		days := cfg.schoolDays()
		for i := 0; i < cfg.Students; i++ {
			g := newGenStudent(cfg.Seed, i)
			for k, date := range days {
				absent, p, level := g.day(k, len(days))
				for j := 0; j < cfg.Opportunities; j++ {
					o := Opportunity{Student: g.id, Date: date, Skill: g.skill}
					if !absent {
						base := 1 + 3*p // about 2 at the start, 4 at the end
						o.Rating = rubric.SoftSkill(min(max(int(base+g.rng.Float64()*1.5-0.25), 1), 5))
						o.Intensity = level
					}
					if !yield(o) {
						return
					}
				}
			}
		}
	}
}

// WriteGeneratedCSV writes [Generate]'s intervals for cfg to w as CSV with
// [GeneratedElements] columns, and returns how many rows it wrote.
func WriteGeneratedCSV(w io.Writer, cfg GenConfig) (int64, error) {
	iw := NewIntervalWriter(w, FormatCSV, GeneratedElements())
	var n int64
	for iv := range Generate(cfg) {
		if err := iw.Write(iv); err != nil {
			return n, err
		}
		n++
	}
	return n, iw.Flush()
}
