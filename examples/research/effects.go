package main

import (
	"strconv"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// effectsHeader is the header of the -effects output: one row per student
// and pair of consecutive support phases.
const effectsHeader = "student,phase,a_from,a_to,a_support,a_days,b_from,b_to,b_support,b_days,nap,tau,tau_u,tau_bc,pnd\n"

// appendEffects appends the student's rows of effects: the support
// phases of the days on or before asOf (assess.SupportPhases over the
// weekly series, phases of at least minWeeks weeks), and between each
// phase and the next (phase numbers the second, from 1) the two spans,
// their levels and rated days, and the effect sizes of the second's daily
// percents against the first's. A pair where a phase has no rated day
// leaves the effects empty.
func appendEffects(b []byte, id goal.StudentID, days []progress.DayTally, asOf goal.Date, minWeeks int) []byte {
	upTo := days
	for len(upTo) > 0 && upTo[len(upTo)-1].Date.After(asOf) {
		upTo = upTo[:len(upTo)-1]
	}
	phases := assess.SupportPhases(assess.WeekPoints(upTo), minWeeks)
	for i := 1; i < len(phases); i++ {
		a, pa := phases[i-1], singlecase.DailyPercents(upTo, phases[i-1])
		c, pc := phases[i], singlecase.DailyPercents(upTo, phases[i])
		b = progress.AppendCSVField(b, string(id))
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(i), 10)
		b = appendPhase(b, a, len(pa))
		b = appendPhase(b, c, len(pc))
		if e, err := singlecase.Compare(pa, pc, singlecase.Options{}); err == nil {
			b = appendNumber(b, e.NAP)
			b = appendNumber(b, e.Tau)
			b = appendNumber(b, e.TauU)
			b = appendOptional(b, e.TauBC)
			b = appendNumber(b, e.PND)
		} else {
			b = append(b, ",,,,"...)
		}
		b = append(b, '\n')
	}
	return b
}

// appendPhase appends ",from,last,support,days".
func appendPhase(b []byte, p assess.Phase, days int) []byte {
	b = append(b, ',')
	b = p.From.AppendText(b)
	b = append(b, ',')
	b = p.Last().AppendText(b)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(p.Support), 10)
	b = append(b, ',')
	return strconv.AppendInt(b, int64(days), 10)
}

// appendNumber appends "," and v at full precision.
func appendNumber(b []byte, v float64) []byte {
	return strconv.AppendFloat(append(b, ','), v, 'g', -1, 64)
}

// appendOptional appends "," and n's value, or only "," when it is none.
func appendOptional(b []byte, n singlecase.Number) []byte {
	if v, ok := n.Get(); ok {
		return appendNumber(b, v)
	}
	return append(b, ',')
}
