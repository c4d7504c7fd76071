package chart

import (
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// words gives every word the chart shows, from the templates of a
// template.Set: the chart itself holds none.
type words struct {
	set   *template.Set
	data  template.ChartData
	err   error // the first rendering error, reported by Render
	title string
}

func newWords(set *template.Set, a assess.Assessment, student string, phases []assess.Phase) *words {
	w := &words{set: set, data: template.ChartData{Student: student, Assessment: a, Phases: phases}}
	w.title = w.render(template.NameChartTitle, w.data)
	return w
}

// render executes a template as text; a failure is kept for Render.
func (w *words) render(name string, data any) string {
	var b strings.Builder
	if err := w.set.Execute(&b, template.Text, name, data); err != nil {
		if w.err == nil {
			w.err = err
		}
		return ""
	}
	return b.String()
}

func (w *words) subtitle() string    { return w.render(template.NameChartSubtitle, w.data) }
func (w *words) description() string { return w.render(template.NameChartDescription, w.data) }

// label renders one part of the chart about a mark (a date, a week or a
// phase; zero when the part needs none).
func (w *words) label(part template.ChartPart, mark template.ChartLabelData) string {
	mark.ChartData, mark.Part = w.data, part
	return w.render(template.NameChartLabel, mark)
}

func (w *words) part(part template.ChartPart) string { return w.label(part, template.ChartLabelData{}) }

func (w *words) at(part template.ChartPart, d goal.Date) string {
	return w.label(part, template.ChartLabelData{Date: d})
}

func (w *words) week(wp assess.WeekPoint) string {
	return w.label(template.PartWeekTip, template.ChartLabelData{Week: wp})
}

func (w *words) phase(part template.ChartPart, p assess.Phase, previous rubric.Intensity) string {
	return w.label(part, template.ChartLabelData{Phase: p, PreviousLevel: previous})
}
