package chart

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/template"
)

// Options configures [Render]. The zero value draws 800 × 480 pixels,
// worded by the default templates, with no student ID.
type Options struct {
	// Width and Height are the picture's size in pixels: 0 for the
	// default (800 and 480), otherwise 300–10000 and 200–10000, the
	// height at least the margins, the legend (more rows when narrow)
	// and a plot of 100: 314 at 800 wide, 458 at 300.
	Width, Height int
	// Student is an opaque student ID the title shows; "" leaves it out.
	// It is escaped like all text. Pass an ID, not a name.
	Student string
	// IDPrefix starts the ids of the chart's elements (its <title> and
	// <desc>), so that several charts placed in one page keep distinct
	// ids: letters, digits, '-' and '_', starting with a letter; "" keeps
	// the plain ids.
	IDPrefix string
	// MinPhaseWeeks is the shortest support phase shaded: a shorter run
	// of weeks joins a neighbouring phase, as [assess.SupportPhases]
	// documents. 0 keeps every run.
	MinPhaseWeeks int
	// Templates words the chart: its title, subtitle, description and
	// every label ([template.NameChartTitle] and the others). nil means
	// [template.Default]; a vendor's Set with replaced chart templates
	// changes the words without touching the drawing.
	Templates *template.Set
}

func (o Options) resolved() (Options, error) {
	switch {
	case o.Width == 0:
		o.Width = 800
	case o.Width < 300 || o.Width > 10000:
		return o, invalid("Width", "%d: want 0 or 300–10000", o.Width)
	}
	switch {
	case o.Height == 0:
		o.Height = 480
	case o.Height < 200 || o.Height > 10000:
		return o, invalid("Height", "%d: want 0 or 200–10000", o.Height)
	}
	if need := minHeight(o.Width); o.Height < need {
		return o, invalid("Height", "%d: a chart %d wide needs at least %d (margins, legend and a plot of %d)", o.Height, o.Width, need, minPlotHeight)
	}
	for i, r := range o.IDPrefix {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || !(r >= '0' && r <= '9' || r == '-' || r == '_')) {
			return o, invalid("IDPrefix", "%q: want letters, digits, '-' and '_', starting with a letter", o.IDPrefix)
		}
	}
	if o.MinPhaseWeeks < 0 {
		return o, invalid("MinPhaseWeeks", "%d: want 0 or more", o.MinPhaseWeeks)
	}
	return o, nil
}

// The colours of the chart's parts.
const (
	colourSeries     = "#1f4e79"
	colourThreshold  = "#2e7d32"
	colourAim        = "#6a1b9a"
	colourTrend      = "#e65100"
	colourPhaseTrend = "#00897b"
	colourSetback    = "#c62828"
	colourDeadline   = "#b71c1c"
	colourAxis       = "#424242"
	colourGrid       = "#e0e0e0"
)

// halo draws a white outline under a label's glyphs so that it stays
// legible where it crosses a line.
var halo = []string{"stroke", "#ffffff", "stroke-width", "3", "stroke-linejoin", "round", "paint-order", "stroke"}

// phaseFill shades a support phase: more support, darker.
var phaseFill = [6]string{"", "#f1f7fc", "#dcebf6", "#c5ddef", "#aacce6", "#8fbadc"}

// Render writes a's progress chart to w as a standalone SVG document (an
// XML declaration, then <svg> with the SVG namespace, role="img", a
// <title> and a <desc> that states the status and the numbers behind it).
// x is the calendar (dates), y is the percent 0–100. Each part is a <g>
// (or element) with a class naming it: "phases", "phase-changes", "grid",
// "axes", "threshold", "aimline", "in-band" (the weekly percent in band
// whatever the support, when it differs), "trend" (up to the as-of date),
// "trend-projection" (beyond it), "phase-trends" (each support phase's own
// trend, when support changed), "deadline", "as-of",
// "projection", "weeks", "setbacks", "legend". Weeks without a percent
// and absent parts (no aimline without a deadline, no trend with too few
// weeks) are left out. Labels stay clear of the data: the deadline and
// as-of labels sit in the top margin above the plot (on two rows when they
// would meet), the goal label in the right margin level with its line.
//
// The document is built in memory and written with one call to w.Write.
func Render(w io.Writer, a assess.Assessment, opts Options) error {
	o, err := opts.resolved()
	if err != nil {
		return err
	}
	if a.Benchmark.IsZero() || !a.AsOf.IsValid() {
		return invalid("assessment", "not assessed (zero benchmark or as-of date)")
	}
	set := o.Templates
	if set == nil {
		set = template.Default()
	}
	phases := assess.SupportPhases(a.Weeks, o.MinPhaseWeeks)
	c := newCanvas(a, o, newWords(set, a, o.Student, phases), phases)
	var s svgBuffer
	c.draw(&s)
	if c.w.err != nil {
		return c.w.err
	}
	_, err = w.Write(s.Bytes())
	return err
}

// canvas maps dates and percents to pixels.
type canvas struct {
	a                        assess.Assessment
	phases                   []assess.Phase // the support phases shaded, and their trends
	o                        Options
	w                        *words
	legendRows               int
	left, right, top, bottom float64
	from, to                 goal.Date // x domain
}

const (
	marginLeft   = 64
	marginRight  = 68 // room for the goal label right of the plot
	marginTop    = 88 // title, subtitle and two rows for the deadline and as-of labels above the plot
	legendItemW  = 144
	legendRowH   = 18
	legendItems  = 10
	legendIndent = marginLeft
	// Below the plot, from the x axis down: the phase strip (each support
	// phase's shade and level, out of the data's way), the setback lane
	// (a mark per setback day, apart from the 0% line), the tick labels,
	// the years, the x-axis title, then the legend.
	stripH      = 14
	laneH       = 12
	tickLabelY  = stripH + laneH + 14
	yearLabelY  = tickLabelY + 14
	axisTitleY  = yearLabelY + 18
	bottomFixed = axisTitleY + 18
)

// legendRows returns how many rows the legend takes at a width.
func legendRows(width int) int {
	perRow := max(1, (width-legendIndent-8)/legendItemW)
	return (legendItems + perRow - 1) / perRow
}

// minPlotHeight is the least height of the plot itself, in pixels.
const minPlotHeight = 100

// minHeight returns the least height of a chart at a width: the margins,
// the legend and the least plot.
func minHeight(width int) int {
	return marginTop + bottomFixed + legendRows(width)*legendRowH + minPlotHeight
}

func newCanvas(a assess.Assessment, o Options, w *words, phases []assess.Phase) *canvas {
	c := &canvas{a: a, o: o, w: w, phases: phases}
	c.legendRows = legendRows(o.Width)
	c.left, c.right = marginLeft, float64(o.Width-marginRight)
	c.top, c.bottom = marginTop, float64(o.Height-bottomFixed-c.legendRows*legendRowH)
	c.from, c.to = domain(a)
	return c
}

// domain is the span of dates drawn: from the Monday of the first week (or
// two weeks before the as-of date when there is none) to the latest of the
// as-of date, the last week's Friday and the deadline, with a margin.
func domain(a assess.Assessment) (from, to goal.Date) {
	from, to = a.AsOf.AddDays(-14), a.AsOf
	if n := len(a.Weeks); n > 0 {
		from = a.Weeks[0].Mid.AddDays(-2)
		to = later(to, a.Weeks[n-1].Mid.AddDays(2))
	}
	if a.Deadline.IsValid() {
		if a.Deadline.Before(from) {
			from = a.Deadline
		}
		to = later(to, a.Deadline)
	}
	return from, to.AddDays(4)
}

func later(a, b goal.Date) goal.Date {
	if b.After(a) {
		return b
	}
	return a
}

func (c *canvas) x(d goal.Date) float64 {
	return c.left + (c.right-c.left)*float64(d.DaysSince(c.from))/float64(c.to.DaysSince(c.from))
}

func (c *canvas) y(percent float64) float64 {
	return c.bottom - (c.bottom-c.top)*percent/100
}

func (c *canvas) inDomain(d goal.Date) bool { return !d.Before(c.from) && !d.After(c.to) }

func (c *canvas) draw(s *svgBuffer) {
	w, h := strconv.Itoa(c.o.Width), strconv.Itoa(c.o.Height)
	s.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "xml:lang", c.w.set.Language().String(),
		"width", w, "height", h, "viewBox", "0 0 "+w+" "+h,
		"role", "img", "aria-labelledby", c.o.IDPrefix+"chart-title "+c.o.IDPrefix+"chart-desc",
		"font-family", "Helvetica, Arial, sans-serif", "font-size", "12")
	s.textElem("title", c.w.title, "id", c.o.IDPrefix+"chart-title")
	s.textElem("desc", c.w.description(), "id", c.o.IDPrefix+"chart-desc")
	s.empty("rect", "class", "background", "x", "0", "y", "0", "width", w, "height", h, "fill", "#ffffff")
	room := float64(c.o.Width) - c.left - 8
	sub := c.w.subtitle()
	s.textElem("text", c.w.title, "class", "chart-title", "x", num(c.left), "y", "24", "font-size", fitFont(c.w.title, room, 16), "font-weight", "bold")
	s.textElem("text", sub, "class", "chart-subtitle", "x", num(c.left), "y", "44", "font-size", fitFont(sub, room, 12), "fill", colourAxis)
	c.drawPhases(s)
	c.drawGrid(s)
	c.drawAxes(s) // under the data, so that a 0% line or trend shows over the x axis
	c.drawThreshold(s)
	c.drawAimline(s)
	c.drawInBand(s)
	c.drawTrend(s)
	c.drawPhaseTrends(s)
	c.drawDateMarks(s)
	c.drawWeeks(s)
	c.drawSetbacks(s)
	c.drawLegend(s)
	s.close("svg")
}

func (c *canvas) drawPhases(s *svgBuffer) {
	ps := c.phases
	if len(ps) == 0 {
		return
	}
	asOf := c.x(c.a.AsOf.AddDays(1)) // the data stop at the end of the as-of day
	s.open("g", "class", "phases")
	for _, p := range ps {
		x0, x1 := math.Max(c.x(p.From), c.left), math.Min(math.Min(c.x(p.To), c.right), asOf)
		if x1 <= x0 {
			continue
		}
		tip := c.w.phase(template.PartPhaseTip, p, 0)
		s.withTitle("rect", tip, "x", num(x0), "y", num(c.top), "width", num(x1-x0), "height", num(c.bottom-c.top),
			"fill", phaseFill[p.Support])
		s.withTitle("rect", tip, "class", "phase-strip", "x", num(x0), "y", num(c.bottom+1), "width", num(x1-x0), "height", strconv.Itoa(stripH-1),
			"fill", phaseFill[p.Support], "stroke", "#ffffff")
		label := c.w.phase(template.PartPhase, p, 0)
		if textWidth(label, 10) > x1-x0-4 {
			label = c.w.phase(template.PartPhaseShort, p, 0) // a narrow phase: its level alone
		}
		if textWidth(label, 10) <= x1-x0-2 {
			s.textElem("text", label, "x", num(x0+2), "y", num(c.bottom+stripH-3), "fill", colourAxis, "font-size", "10")
		}
	}
	s.close("g")
	s.open("g", "class", "phase-changes", "stroke", colourAxis, "stroke-dasharray", "2 3")
	for i := 1; i < len(ps); i++ {
		prev, p := ps[i-1], ps[i]
		if prev.Support == p.Support || c.x(p.From) > asOf {
			continue
		}
		x := num(c.x(p.From))
		s.withTitle("line", c.w.phase(template.PartPhaseChangeTip, p, prev.Support),
			"x1", x, "y1", num(c.top), "x2", x, "y2", num(c.bottom+stripH))
	}
	s.close("g")
}

func (c *canvas) drawGrid(s *svgBuffer) {
	s.open("g", "class", "grid", "stroke", colourGrid)
	for p := 0; p <= 100; p += 20 {
		y := num(c.y(float64(p)))
		s.empty("line", "x1", num(c.left), "y1", y, "x2", num(c.right), "y2", y)
	}
	s.close("g")
}

// ticks returns the Mondays to label: every k-th week from the first
// Monday on or after the domain's start, k chosen so labels keep 70 px apart.
func (c *canvas) ticks() []goal.Date {
	first := c.from
	for first.Weekday() != 1 {
		first = first.AddDays(1)
	}
	weeks := c.to.DaysSince(first)/7 + 1
	fit := max(1, int((c.right-c.left)/70))
	step := max(1, (weeks+fit-1)/fit)
	var out []goal.Date
	for d := first; !d.After(c.to); d = d.AddDays(7 * step) {
		out = append(out, d)
	}
	return out
}

func (c *canvas) drawAxes(s *svgBuffer) {
	s.open("g", "class", "axes", "fill", colourAxis)
	s.empty("line", "x1", num(c.left), "y1", num(c.bottom), "x2", num(c.right), "y2", num(c.bottom), "stroke", colourAxis)
	s.empty("line", "x1", num(c.left), "y1", num(c.top), "x2", num(c.left), "y2", num(c.bottom), "stroke", colourAxis)
	for p := 0; p <= 100; p += 20 {
		y := c.y(float64(p))
		s.textElem("text", c.w.set.Percent(float64(p)), "x", num(c.left-6), "y", num(y+4), "text-anchor", "end")
	}
	year := 0
	for _, d := range c.ticks() {
		x := num(c.x(d))
		s.empty("line", "x1", x, "y1", num(c.bottom), "x2", x, "y2", num(c.bottom+stripH+laneH+2), "stroke", colourGrid)
		s.textElem("text", c.w.at(template.PartTick, d), "x", x, "y", num(c.bottom+tickLabelY), "text-anchor", "middle")
		if d.Year() != year { // the year under the first tick and under the first of each new year
			year = d.Year()
			s.textElem("text", c.w.at(template.PartTickYear, d), "class", "year", "x", x, "y", num(c.bottom+yearLabelY),
				"text-anchor", "middle", "font-size", "11", "font-weight", "bold")
		}
	}
	mid := num((c.left + c.right) / 2)
	s.textElem("text", c.w.part(template.PartAxisX), "class", "axis-title", "x", mid, "y", num(c.bottom+axisTitleY), "text-anchor", "middle")
	yMid := num((c.top + c.bottom) / 2)
	s.textElem("text", c.w.part(template.PartAxisY), "class", "axis-title", "x", "18", "y", yMid,
		"text-anchor", "middle", "transform", "rotate(-90 18 "+yMid+")")
	s.close("g")
}

func (c *canvas) drawThreshold(s *svgBuffer) {
	t := float64(c.a.Benchmark.Threshold())
	y := num(c.y(t))
	s.open("g", "class", "threshold", "stroke", colourThreshold, "fill", colourThreshold)
	s.withTitle("line", c.w.part(template.PartGoalTip),
		"x1", num(c.left), "y1", y, "x2", num(c.right), "y2", y, "stroke-width", "2")
	// The label sits in the right margin, level with the line, clear of
	// the points and the phase labels inside the plot.
	s.textElem("text", c.w.part(template.PartGoal),
		"x", num(c.right+4), "y", num(c.y(t)+4), "font-size", "11", "stroke", "none")
	s.close("g")
}

func (c *canvas) drawAimline(s *svgBuffer) {
	aim := c.a.Aimline
	if !aim.OK() {
		return
	}
	x0, y0, x1, y1, ok := clip(c.x(aim.From), aim.FromPercent, c.x(aim.To), aim.ToPercent)
	if !ok {
		return
	}
	lift := 0.0
	if t := float64(c.a.Benchmark.Threshold()); math.Abs(aim.FromPercent-t) < 0.5 && math.Abs(aim.ToPercent-t) < 0.5 {
		lift = 3 // on the goal line: drawn just above it, so that both show
	}
	s.withTitle("line", c.w.part(template.PartAimlineTip),
		"class", "aimline", "x1", num(x0), "y1", num(c.y(y0)-lift), "x2", num(x1), "y2", num(c.y(y1)-lift),
		"stroke", colourAim, "stroke-width", "2", "stroke-dasharray", "8 5")
}

// drawTrend draws the trend from the first weekly point to the as-of
// date, and beyond it, to the end of the chart, the trend's projection,
// fainter and dotted: what the trend predicts is not data.
func (c *canvas) drawTrend(s *svgBuffer) {
	t := c.a.Trend
	if !t.OK || len(c.a.Weeks) == 0 {
		return
	}
	start := c.a.Weeks[0].Mid
	for _, w := range c.a.Weeks {
		if _, ok := w.Percent(); ok {
			start = w.Mid
			break
		}
	}
	tip := c.w.part(template.PartTrendTip)
	end := c.a.AsOf
	if x0, y0, x1, y1, ok := clip(c.x(start), t.At(start), c.x(end), t.At(end)); ok && end.After(start) {
		s.withTitle("line", tip, "class", "trend", "x1", num(x0), "y1", num(c.y(y0)), "x2", num(x1), "y2", num(c.y(y1)),
			"stroke", colourTrend, "stroke-width", "2", "stroke-dasharray", "10 3 2 3")
	}
	if x0, y0, x1, y1, ok := clip(c.x(end), t.At(end), c.x(c.to), t.At(c.to)); ok && c.to.After(end) {
		s.withTitle("line", c.w.part(template.PartProjectionLineTip), "class", "trend-projection",
			"x1", num(x0), "y1", num(c.y(y0)), "x2", num(x1), "y2", num(c.y(y1)),
			"stroke", colourTrend, "stroke-width", "2", "stroke-opacity", "0.55", "stroke-dasharray", "2 4")
	}
}

// drawInBand draws, faintly, the weekly percent of rated units in band
// whatever the support, when it differs from the weekly percent: why a
// series under a support limit can sit at 0% while the ratings are good.
func (c *canvas) drawInBand(s *svgBuffer) {
	var pts []string
	differs := false
	for _, w := range c.a.Weeks {
		p, ok := w.InBandPercent()
		if !ok {
			continue
		}
		if q, _ := w.Percent(); math.Abs(p-q) > 0.05 {
			differs = true
		}
		pts = append(pts, num(c.x(w.Mid))+","+num(c.y(p)))
	}
	if !differs || len(pts) == 0 {
		return
	}
	s.withTitle("polyline", c.w.part(template.PartInBandTip), "class", "in-band", "points", strings.Join(pts, " "),
		"fill", "none", "stroke", colourSeries, "stroke-opacity", "0.4", "stroke-width", "1.5", "stroke-dasharray", "3 3")
}

// drawPhaseTrends draws, when support changed, each phase's own trend
// over that phase's weekly points only (the trend of the assessment's
// method), from its first point to its last: the rate of improvement at
// each level of support.
func (c *canvas) drawPhaseTrends(s *svgBuffer) {
	if len(c.phases) < 2 {
		return
	}
	s.open("g", "class", "phase-trends", "stroke", colourPhaseTrend, "stroke-width", "2.5", "stroke-dasharray", "6 2", "stroke-linecap", "round")
	for _, p := range c.phases {
		t := p.TheilSen
		if c.a.Trend.Method == assess.TrendOLS {
			t = p.OLS
		}
		first, last, ok := c.phasePoints(p)
		if !t.OK || !ok {
			continue
		}
		if x0, y0, x1, y1, ok := clip(c.x(first), t.At(first), c.x(last), t.At(last)); ok {
			s.withTitle("line", c.w.phase(template.PartPhaseTrendTip, p, 0),
				"x1", num(x0), "y1", num(c.y(y0)), "x2", num(x1), "y2", num(c.y(y1)))
		}
	}
	s.close("g")
}

// phasePoints returns the dates of the first and last weekly points with
// a percent in the phase.
func (c *canvas) phasePoints(p assess.Phase) (first, last goal.Date, ok bool) {
	for _, w := range c.a.Weeks {
		if _, has := w.Percent(); has && p.Contains(w.Mid) {
			if !ok {
				first, ok = w.Mid, true
			}
			last = w.Mid
		}
	}
	return first, last, ok
}

// clip cuts the segment from (x0, p0) to (x1, p1) (pixels, percent) to
// percents in 0–100; ok is false when none of it is inside.
func clip(x0, p0, x1, p1 float64) (cx0, cp0, cx1, cp1 float64, ok bool) {
	t0, t1 := 0.0, 1.0
	dp := p1 - p0
	for _, bound := range []float64{0, 100} {
		if dp == 0 {
			if p0 < 0 || p0 > 100 {
				return 0, 0, 0, 0, false
			}
			break
		}
		t := (bound - p0) / dp
		entering := (bound == 0) == (dp > 0)
		if entering {
			t0 = math.Max(t0, t)
		} else {
			t1 = math.Min(t1, t)
		}
	}
	if t0 > t1 {
		return 0, 0, 0, 0, false
	}
	at := func(t float64) (float64, float64) { return x0 + (x1-x0)*t, p0 + dp*t }
	cx0, cp0 = at(t0)
	cx1, cp1 = at(t1)
	return cx0, cp0, cx1, cp1, true
}

// Date labels sit in the top margin, above the plot, so they never cover
// the weekly points or the phase labels: row 0 just above the plot, row 1
// above that (used by the as-of label when it would run into the deadline
// label). Each label's line reaches up to its row.
const (
	dateLabelSize = 11
	dateRowHeight = 14
)

// dateLabel is a label beside a vertical date line in the top margin.
type dateLabel struct {
	text   string
	x      float64 // where the text is anchored
	anchor string  // "start" or "end"
	row    int
}

// span returns the label's left and right edge in pixels.
func (l dateLabel) span() (float64, float64) {
	w := textWidth(l.text, dateLabelSize)
	if l.anchor == "end" {
		return l.x - w, l.x
	}
	return l.x, l.x + w
}

func (l dateLabel) overlaps(o dateLabel) bool {
	a0, a1 := l.span()
	b0, b1 := o.span()
	return l.row == o.row && a0 < b1+6 && b0 < a1+6
}

// besideLine places text beside the line at x, on the preferred side,
// and on the other side when it would leave the picture.
func (c *canvas) besideLine(text string, x float64, preferEnd bool) dateLabel {
	w := textWidth(text, dateLabelSize)
	end := dateLabel{text: text, x: x - 4, anchor: "end"}
	start := dateLabel{text: text, x: x + 4, anchor: "start"}
	switch {
	case preferEnd && end.x-w >= 0, !preferEnd && start.x+w > float64(c.o.Width):
		return end
	}
	return start
}

// rowY returns the baseline of a date label row.
func (c *canvas) rowY(row int) float64 { return c.top - 6 - float64(row*dateRowHeight) }

// dateLabels places the deadline and as-of labels: the earlier date's
// label to the left of its line, the later one's to the right, and the
// as-of label a row higher when the two would still overlap.
func (c *canvas) dateLabels() (deadline, asOf dateLabel, hasDeadline bool) {
	d := c.a.Deadline
	hasDeadline = d.IsValid()
	deadlineFirst := !hasDeadline || !d.After(c.a.AsOf)
	asOf = c.besideLine(c.w.part(template.PartAsOf), c.x(c.a.AsOf), !deadlineFirst)
	if !hasDeadline {
		return deadline, asOf, false
	}
	deadline = c.besideLine(c.w.part(template.PartDeadline), c.x(d), deadlineFirst)
	if deadline.overlaps(asOf) {
		asOf.row = 1
	}
	return deadline, asOf, true
}

func (c *canvas) drawDateMarks(s *svgBuffer) {
	deadline, asOf, hasDeadline := c.dateLabels()
	if hasDeadline {
		d := c.a.Deadline
		x := num(c.x(d))
		s.open("g", "class", "deadline", "stroke", colourDeadline, "fill", colourDeadline)
		s.withTitle("line", deadline.text, "x1", x, "y1", num(c.rowY(deadline.row)-10), "x2", x, "y2", num(c.bottom), "stroke-width", "2")
		c.drawDateLabel(s, deadline)
		s.close("g")
	}
	x := num(c.x(c.a.AsOf))
	s.open("g", "class", "as-of", "stroke", colourAxis, "fill", colourAxis)
	s.withTitle("line", asOf.text, "x1", x, "y1", num(c.rowY(asOf.row)-10), "x2", x, "y2", num(c.bottom), "stroke-dasharray", "1 3")
	c.drawDateLabel(s, asOf)
	s.close("g")
	if p := c.a.Projected; p.IsValid() && c.inDomain(p) {
		px, py := c.x(p), c.y(float64(c.a.Benchmark.Threshold()))
		s.withTitle("path", c.w.at(template.PartProjectionTip, p),
			"class", "projection", "d", fmt.Sprintf("M%s %sl6 6l-6 6l-6 -6z", num(px), num(py-6)),
			"fill", colourTrend, "stroke", "#ffffff")
	}
}

func (c *canvas) drawDateLabel(s *svgBuffer, l dateLabel) {
	s.textElem("text", l.text, "x", num(l.x), "y", num(c.rowY(l.row)), "text-anchor", l.anchor,
		"font-size", strconv.Itoa(dateLabelSize), "stroke", "none")
}

func (c *canvas) drawWeeks(s *svgBuffer) {
	var pts []string
	type dot struct {
		x, y    float64
		title   string
		partial bool // a week of 1–3 days with data, drawn hollow
	}
	var dots []dot
	for _, w := range c.a.Weeks {
		p, ok := w.Percent()
		if !ok {
			continue
		}
		x, y := c.x(w.Mid), c.y(p)
		pts = append(pts, num(x)+","+num(y))
		dots = append(dots, dot{x, y, c.w.week(w), w.Days < 4})
	}
	if len(dots) == 0 {
		return
	}
	s.open("g", "class", "weeks", "stroke", colourSeries, "fill", colourSeries)
	s.empty("polyline", "points", strings.Join(pts, " "), "fill", "none", "stroke-width", "2")
	for _, d := range dots {
		if d.partial {
			s.withTitle("circle", d.title, "class", "partial", "cx", num(d.x), "cy", num(d.y), "r", "3.5", "fill", "#ffffff", "stroke-width", "2")
			continue
		}
		s.withTitle("circle", d.title, "cx", num(d.x), "cy", num(d.y), "r", "4", "stroke", "#ffffff")
	}
	s.close("g")
}

func (c *canvas) drawSetbacks(s *svgBuffer) {
	if len(c.a.Setbacks) == 0 {
		return
	}
	s.open("g", "class", "setbacks", "fill", colourSetback)
	for _, d := range c.a.Setbacks {
		if !c.inDomain(d) {
			continue
		}
		x := c.x(d)
		s.withTitle("rect", c.w.at(template.PartSetbackTip, d),
			"x", num(x-1), "y", num(c.bottom+stripH+2), "width", "2", "height", strconv.Itoa(laneH-3))
	}
	s.close("g")
}

func (c *canvas) drawLegend(s *svgBuffer) {
	perRow := max(1, (c.o.Width-legendIndent-8)/legendItemW)
	s.open("g", "class", "legend", "font-size", "11", "fill", colourAxis)
	for i := range legendItems {
		x := float64(legendIndent + (i%perRow)*legendItemW)
		y := c.bottom + bottomFixed + float64(i/perRow*legendRowH)
		mark, text := legendMark(i, x, y-4), c.w.part(legendParts[i])
		s.WriteString(mark)
		s.textElem("text", text, "x", num(x+26), "y", num(y))
	}
	s.close("g")
}

// legendParts are the legend's entries, in the order of legendMark.
var legendParts = [legendItems]template.ChartPart{template.PartLegendWeeks, template.PartLegendThreshold,
	template.PartLegendAimline, template.PartLegendTrend, template.PartLegendSetback, template.PartLegendPhase,
	template.PartLegendPhaseTrend, template.PartLegendProjection, template.PartLegendPartialWeek, template.PartLegendInBand}

// legendMark returns the markup of legend swatch i at (x, y), the
// swatch's vertical middle. Only numbers and constants go into it.
func legendMark(i int, x, y float64) string {
	line := func(colour, dash string) string {
		return fmt.Sprintf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2" stroke-dasharray="%s"/>`+"\n",
			num(x), num(y), num(x+20), num(y), colour, dash)
	}
	switch i {
	case 0:
		return line(colourSeries, "none") + fmt.Sprintf(`<circle cx="%s" cy="%s" r="4" fill="%s"/>`+"\n", num(x+10), num(y), colourSeries)
	case 1:
		return line(colourThreshold, "none")
	case 2:
		return line(colourAim, "8 5")
	case 3:
		return line(colourTrend, "10 3 2 3")
	case 4:
		return fmt.Sprintf(`<rect x="%s" y="%s" width="2" height="9" fill="%s"/><rect x="%s" y="%s" width="2" height="9" fill="%s"/>`+"\n",
			num(x+7), num(y-4.5), colourSetback, num(x+12), num(y-4.5), colourSetback)
	case 5: // the five shades, from level 1 to 5
		var b strings.Builder
		for level := 1; level <= 5; level++ {
			fmt.Fprintf(&b, `<rect x="%s" y="%s" width="4" height="10" fill="%s"/>`, num(x+float64(level-1)*4), num(y-5), phaseFill[level])
		}
		return b.String() + "\n"
	case 6:
		return fmt.Sprintf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.5" stroke-dasharray="6 2"/>`+"\n",
			num(x), num(y), num(x+20), num(y), colourPhaseTrend)
	case 7:
		return fmt.Sprintf(`<path d="M%s %sl6 6l-6 6l-6 -6z" fill="%s" stroke="#ffffff"/>`+"\n", num(x+10), num(y-6), colourTrend)
	case 8:
		return fmt.Sprintf(`<circle cx="%s" cy="%s" r="3.5" fill="#ffffff" stroke="%s" stroke-width="2"/>`+"\n", num(x+10), num(y), colourSeries)
	}
	return fmt.Sprintf(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-opacity="0.4" stroke-width="1.5" stroke-dasharray="3 3"/>`+"\n",
		num(x), num(y), num(x+20), num(y), colourSeries)
}

// textWidth estimates the width in pixels of text at a font size, from an
// average glyph width of 0.6 em (generous for sans-serif, so text fits).
func textWidth(text string, size float64) float64 {
	return 0.6 * size * float64(utf8.RuneCountInString(text))
}

// fitFont returns the font size, at most base and at least 8, at which
// text fits in room pixels.
func fitFont(text string, room, base float64) string {
	size := base
	if w := textWidth(text, base); w > room {
		size = math.Max(8, math.Floor(base*room/w))
	}
	return num(size)
}
