package template

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
)

// Names of the templates that word a progress chart (package
// progress/chart draws it; these give every word it shows).
const (
	// NameChartTitle is the chart's title: the benchmark's label and the
	// student's opaque ID. Data: [ChartData].
	NameChartTitle = "chart-title"
	// NameChartSubtitle is the line under the title: the status, the
	// window percent, the decision and the setback days. Data: [ChartData].
	NameChartSubtitle = "chart-subtitle"
	// NameChartDescription is the chart in sentences for screen readers
	// (the SVG's <desc>). Data: [ChartData].
	NameChartDescription = "chart-description"
	// NameChartLabel is every other word of the chart — legend entries,
	// axis titles, tick labels, the labels and tooltips of its marks —
	// chosen by [ChartLabelData.Part]. Data: [ChartLabelData].
	NameChartLabel = "chart-label"
)

// ChartData is what the chart's templates render: an assessment, the
// opaque ID of its student (never a name; "" leaves it out) and the
// support phases the chart shades ([assess.SupportPhases]).
type ChartData struct {
	Student    string
	Assessment assess.Assessment
	Phases     []assess.Phase
}

func (d ChartData) validate() error { return checkAssessment(d.Assessment) }

// ChartPart names one label of a chart for [NameChartLabel]. Its values
// are the constants below; a replacement template words each of them.
type ChartPart string

// The labels of a chart. The comment says which field of
// [ChartLabelData] the part reads besides the chart's.
const (
	PartLegendWeeks       ChartPart = "legend-weeks"        // legend: the weekly percents
	PartLegendThreshold   ChartPart = "legend-threshold"    // legend: the goal line
	PartLegendAimline     ChartPart = "legend-aimline"      // legend: the aimline
	PartLegendTrend       ChartPart = "legend-trend"        // legend: the trend line
	PartLegendSetback     ChartPart = "legend-setback"      // legend: a setback day
	PartLegendPhase       ChartPart = "legend-phase"        // legend: a support phase
	PartLegendPhaseTrend  ChartPart = "legend-phase-trend"  // legend: the trend of each phase
	PartAxisX             ChartPart = "axis-x"              // the x axis's title
	PartAxisY             ChartPart = "axis-y"              // the y axis's title
	PartTick              ChartPart = "tick"                // an x tick (Date, a Monday)
	PartGoal              ChartPart = "goal"                // the goal line's label
	PartGoalTip           ChartPart = "goal-tip"            // the goal line's tooltip
	PartAimlineTip        ChartPart = "aimline-tip"         // the aimline's tooltip
	PartTrendTip          ChartPart = "trend-tip"           // the trend line's tooltip
	PartDeadline          ChartPart = "deadline"            // the deadline's label and tooltip
	PartAsOf              ChartPart = "as-of"               // the as-of date's label and tooltip
	PartProjectionTip     ChartPart = "projection-tip"      // where the trend reaches the goal (Date)
	PartWeekTip           ChartPart = "week-tip"            // a weekly point's tooltip (Week)
	PartSetbackTip        ChartPart = "setback-tip"         // a setback day's tooltip (Date)
	PartPhase             ChartPart = "phase"               // a phase's label (Phase)
	PartPhaseTip          ChartPart = "phase-tip"           // a phase's tooltip (Phase)
	PartPhaseChangeTip    ChartPart = "phase-change-tip"    // a change of phase (Phase, PreviousLevel)
	PartPhaseTrendTip     ChartPart = "phase-trend-tip"     // a phase's own trend line (Phase)
	PartPhaseShort        ChartPart = "phase-short"         // a narrow phase's label (Phase)
	PartTickYear          ChartPart = "tick-year"           // the year under a tick (Date), at the first and at each new year
	PartProjectionLineTip ChartPart = "projection-line-tip" // the trend beyond the as-of date
	PartInBandTip         ChartPart = "in-band-tip"         // the in-band series' tooltip
	PartLegendProjection  ChartPart = "legend-projection"   // legend: where the trend reaches the goal
	PartLegendPartialWeek ChartPart = "legend-partial-week" // legend: a week of 1–3 days
	PartLegendInBand      ChartPart = "legend-in-band"      // legend: the percent in band, any support
)

// chartParts lists every part, for the samples.
var chartParts = []ChartPart{PartLegendWeeks, PartLegendThreshold, PartLegendAimline, PartLegendTrend,
	PartLegendSetback, PartLegendPhase, PartAxisX, PartAxisY, PartTick, PartGoal, PartGoalTip,
	PartAimlineTip, PartTrendTip, PartDeadline, PartAsOf, PartProjectionTip, PartWeekTip,
	PartSetbackTip, PartPhase, PartPhaseTip, PartPhaseChangeTip, PartLegendPhaseTrend, PartPhaseTrendTip,
	PartPhaseShort, PartTickYear, PartProjectionLineTip, PartInBandTip, PartLegendProjection, PartLegendPartialWeek, PartLegendInBand}

// ChartLabelData is what [NameChartLabel] renders: the chart, which part,
// and the one mark the part is about.
type ChartLabelData struct {
	ChartData
	Part          ChartPart
	Date          goal.Date        // the date of a tick, a setback day or the projection
	Week          assess.WeekPoint // the week of a weekly point
	Phase         assess.Phase     // the phase of a phase label, tooltip, change or trend
	PreviousLevel rubric.Intensity // the level of support before a phase change
}

func (d ChartLabelData) validate() error {
	for _, p := range chartParts {
		if d.Part == p {
			return d.ChartData.validate()
		}
	}
	return fmt.Errorf("%w: chart part %q", ErrInvalid, d.Part)
}

func init() {
	addFuncs(map[string]any{
		"shortDate": ShortDate,
		"isPart":    func(p ChartPart, name string) bool { return string(p) == name },
	})
	define(NameChartTitle, chartSamples)
	define(NameChartSubtitle, chartSamples)
	define(NameChartDescription, chartSamples)
	define(NameChartLabel, chartLabelSamples)
}

// ShortDate returns a date as a chart's tick writes it: "Sep 7". It is the
// template helper "shortDate".
func ShortDate(d goal.Date) string {
	if !d.IsValid() {
		return Blank
	}
	return d.Month().String()[:3] + " " + fmt.Sprint(d.Day())
}

func chartSamples() []ChartData {
	var out []ChartData
	for i, a := range sampleAssessments() {
		d := ChartData{Assessment: a}
		if i%2 == 0 {
			d.Student = "S-0042"
			d.Phases = []assess.Phase{samplePhase(4, goal.MustDate(2026, 8, 31), goal.MustDate(2026, 10, 5)),
				samplePhase(3, goal.MustDate(2026, 10, 5), goal.MustDate(2026, 11, 23))}
		}
		out = append(out, d)
	}
	return out
}

// samplePhase returns a phase of support at level from from to (the
// Monday after its last week), rising 2.5 points a week.
func samplePhase(level rubric.Intensity, from, to goal.Date) assess.Phase {
	trend := assess.Trend{Method: assess.TrendTheilSen, Slope: 2.5, Intercept: 40, Anchor: from.AddDays(2), Points: 4, OK: true}
	return assess.Phase{From: from, To: to, Support: level, Weeks: to.DaysSince(from) / 7, Points: 4, Mean: 45, Median: 44,
		OLS: trend, TheilSen: trend}
}

func chartLabelSamples() []ChartLabelData {
	var out []ChartLabelData
	for i, c := range chartSamples() {
		for _, p := range chartParts {
			d := ChartLabelData{ChartData: c, Part: p, Date: goal.MustDate(2026, 9, 7), PreviousLevel: 4,
				Phase: samplePhase(3, goal.MustDate(2026, 10, 5), goal.MustDate(2026, 11, 23))}
			if len(c.Assessment.Weeks) > 0 {
				d.Week = c.Assessment.Weeks[i%len(c.Assessment.Weeks)]
			}
			out = append(out, d)
		}
	}
	return out
}
