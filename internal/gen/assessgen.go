package gen

import (
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"pgregory.net/rapid"
)

// Days generates one student's school days, sorted by date with one
// DayTally each: 0–80 days from a date, some unrated, with any split of
// rated units into qualifying and in band, and support recorded or not.
func Days() *rapid.Generator[[]progress.DayTally] {
	return rapid.Custom(func(t *rapid.T) []progress.DayTally {
		d := Date().Draw(t, "first")
		n := rapid.IntRange(0, 80).Draw(t, "days")
		days := make([]progress.DayTally, 0, n)
		for range n {
			d = d.AddDays(rapid.IntRange(1, 3).Draw(t, "gap"))
			units := int64(rapid.IntRange(1, 420).Draw(t, "units"))
			day := progress.DayTally{Date: d, Units: units}
			if rapid.IntRange(0, 9).Draw(t, "unrated") > 0 {
				day.Rated = units
				day.InBand = int64(rapid.IntRange(0, int(units)).Draw(t, "inBand"))
				day.Qualifying = int64(rapid.IntRange(0, int(day.InBand)).Draw(t, "qualifying"))
			}
			if rapid.Bool().Draw(t, "support") {
				level := Intensity().Draw(t, "intensity")
				day.SupportUnits, day.IntensityUnits, day.MaxIntensity = units, units*int64(level), level
			}
			days = append(days, day)
		}
		return days
	})
}

// Assessment generates assessments made by assess.Benchmark: any
// benchmark, days and as-of date, term deadlines placed by a calendar that
// knows every term.
func Assessment() *rapid.Generator[assess.Assessment] {
	return rapid.Custom(func(t *rapid.T) assess.Assessment {
		b := Benchmark().Draw(t, "benchmark")
		days := Days().Draw(t, "days")
		asOf := Date().Draw(t, "asOf")
		if len(days) > 0 && rapid.Bool().Draw(t, "asOfInData") {
			asOf = days[rapid.IntRange(0, len(days)-1).Draw(t, "asOfDay")].Date
		}
		a, err := assess.Benchmark(b, days, asOf, assess.Options{Calendar: FullCalendar().Draw(t, "calendar")})
		if err != nil {
			t.Fatalf("assess.Benchmark: %v", err)
		}
		return a
	})
}
