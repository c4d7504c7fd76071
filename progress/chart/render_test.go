package chart_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// legendCircles are the circles of the legend: a weekly point and a
// partial week.
const legendCircles = 2

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

var monday = goal.MustDate(2026, 8, 31)

// fixtureDays is twelve school weeks of one student: the percent climbs
// from 40% by 4 points a week, support fades from level 4 (weeks 1–4) to
// 3 (5–8) to 2 (9–12), Labor Day is unrated, and two days go badly.
func fixtureDays() []progress.DayTally {
	var days []progress.DayTally
	for w := range 12 {
		level := int64(4 - w/4)
		for i := range 5 {
			q := int64(40 + 4*w + (i % 3))
			d := progress.DayTally{
				Date:   monday.AddDays(7*w + i),
				Tally:  progress.Tally{Rated: 300, Qualifying: 3 * q},
				InBand: min(300, 3*q+45), Units: 300,
				SupportUnits: 300, IntensityUnits: 300 * level, MaxIntensity: rubric.Intensity(level),
			}
			days = append(days, d)
		}
	}
	days[5] = progress.DayTally{Date: days[5].Date, Units: 300} // Labor Day: unrated
	for _, i := range []int{23, 51} {
		days[i].Qualifying, days[i].InBand = 60, 90
	}
	return days
}

func fixtureBenchmark() goal.Benchmark {
	return goal.MustBenchmark(goal.Spec{
		Measure:   goal.MeasureTEP,
		TEP:       rubric.MustBand[rubric.TEP](3, 5),
		Support:   goal.MustSupportAtMost(4),
		Threshold: 80,
		Deadline:  goal.By(goal.MustDate(2027, 1, 29)),
	})
}

func fixture(t testing.TB) assess.Assessment {
	t.Helper()
	a, err := assess.Benchmark(fixtureBenchmark(), fixtureDays(), goal.MustDate(2026, 11, 20), assess.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func render(t testing.TB, a assess.Assessment, o chart.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := chart.Render(&buf, a, o); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// outline lists the document's elements, one a line, indented by depth,
// with their class or id and their text: the structure, not the geometry.
func outline(t testing.TB, svg []byte) string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var b strings.Builder
	depth := 0
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("parsing SVG: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			fmt.Fprintf(&b, "%s%s", strings.Repeat("  ", depth), tok.Name.Local)
			for _, at := range tok.Attr {
				if at.Name.Local == "class" || at.Name.Local == "id" {
					fmt.Fprintf(&b, " %s=%q", at.Name.Local, at.Value)
				}
			}
			b.WriteByte('\n')
			depth++
			text.Reset()
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			depth--
			if s := strings.TrimSpace(text.String()); s != "" {
				fmt.Fprintf(&b, "%s%q\n", strings.Repeat("  ", depth+1), s)
			}
			text.Reset()
		}
	}
	return b.String()
}

// TestRenderGolden compares the chart with testdata: the whole SVG and its
// element outline. Run `go test ./progress/chart -update` to rewrite them
// after a deliberate change, and look at the SVG.
func TestRenderGolden(t *testing.T) {
	svg := render(t, fixture(t), chart.Options{Student: "S-0042"})
	for _, g := range []struct {
		file string
		got  []byte
	}{
		{"progress.svg.golden", svg},
		{"progress.outline.golden", []byte(outline(t, svg))},
	} {
		path := filepath.Join("testdata", g.file)
		if *update {
			if err := os.WriteFile(path, g.got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if diff := cmp.Diff(string(want), string(g.got)); diff != "" {
			t.Errorf("%s mismatch (-want +got):\n%s", g.file, diff)
		}
	}
}

// fataler is what both *testing.T and *rapid.T provide.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

// svgElements parses the document with a strict decoder over every token
// and returns the root element and the count of elements by class and by
// name.
func svgElements(t fataler, svg []byte) (root xml.StartElement, byClass, byName map[string]int) {
	t.Helper()
	byClass, byName = map[string]int{}, map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = true
	for first := true; ; {
		tok, err := dec.Token()
		if err == io.EOF {
			return root, byClass, byName
		}
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if first {
				root, first = se, false
			}
			byName[se.Name.Local]++
			for _, at := range se.Attr {
				if at.Name.Local == "class" {
					byClass[at.Value]++
				}
			}
		}
	}
}

func TestRenderParsesAsXML(t *testing.T) {
	a := fixture(t)
	svg := render(t, a, chart.Options{})
	if !bytes.HasPrefix(svg, []byte(`<?xml version="1.0" encoding="UTF-8"?>`)) {
		t.Errorf("no XML declaration: %.60q", svg)
	}
	root, byClass, byName := svgElements(t, svg)
	if root.Name.Local != "svg" || root.Name.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("root element = %v, want svg in the SVG namespace", root.Name)
	}
	weeksWithPercent := 0
	for _, w := range a.Weeks {
		if _, ok := w.Percent(); ok {
			weeksWithPercent++
		}
	}
	wantClass := map[string]int{
		"phases": 1, "phase-strip": 3, "phase-changes": 1, "phase-trends": 1, "in-band": 1, "trend-projection": 1, "year": 2, "grid": 1, "axes": 1, "threshold": 1, "aimline": 1, "trend": 1,
		"deadline": 1, "as-of": 1, "weeks": 1, "setbacks": 1, "legend": 1, "axis-title": 2, "chart-title": 1,
		"chart-subtitle": 1, "background": 1, "projection": 1,
	}
	if diff := cmp.Diff(wantClass, byClass); diff != "" {
		t.Errorf("elements by class (-want +got):\n%s", diff)
	}
	if byName["circle"] != weeksWithPercent+legendCircles {
		t.Errorf("%d circles, want %d weekly points + %d in the legend", byName["circle"], weeksWithPercent, legendCircles)
	}
	if byName["title"] < 2 || byName["desc"] != 1 || byName["polyline"] != 2 {
		t.Errorf("title %d, desc %d, polyline %d; want ≥ 2, 1, 2 (the weeks and the in-band series)", byName["title"], byName["desc"], byName["polyline"])
	}
	// Three support phases (4, 3, 2): three shaded rectangles, two changes.
	if got := strings.Count(string(svg), "support changed from level"); got != 2 {
		t.Errorf("%d phase changes marked, want 2", got)
	}
	if got := strings.Count(string(svg), "<title>setback day "); got != len(a.Setbacks) || got != 2 {
		t.Errorf("%d setback marks, want %d (= 2)", got, len(a.Setbacks))
	}
}

// TestRenderEscapes checks that text with markup characters — from the
// student ID and from a vendor's replacement of the title template — is
// escaped, still parses, and reads back as written.
func TestRenderEscapes(t *testing.T) {
	id := `S<1>&"2'`
	title := `Group & <b>"work"</b>`
	set, err := template.Default().With(template.Replace(template.NameChartTitle, title+`{{with .Student}} — student {{.}}{{end}}`))
	if err != nil {
		t.Fatal(err)
	}
	svg := render(t, fixture(t), chart.Options{Student: id, Templates: set})
	var doc struct {
		Title string `xml:"title"`
	}
	if err := xml.Unmarshal(svg, &doc); err != nil {
		t.Fatalf("SVG does not parse: %v", err)
	}
	if want := title + " — student " + id; doc.Title != want {
		t.Errorf("<title> = %q, want %q", doc.Title, want)
	}
	if bytes.Contains(svg, []byte("<b>")) {
		t.Error("unescaped markup in the output")
	}
}

func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name  string
		a     assess.Assessment
		o     chart.Options
		field string
	}{
		{"zero assessment", assess.Assessment{}, chart.Options{}, "assessment"},
		{"width too small", fixture(t), chart.Options{Width: 10}, "Width"},
		{"negative height", fixture(t), chart.Options{Height: -1}, "Height"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := chart.Render(io.Discard, tt.a, tt.o)
			var ce *chart.Error
			if !errors.Is(err, chart.ErrInvalid) || !errors.As(err, &ce) || ce.Field != tt.field {
				t.Errorf("Render error = %v, want a *chart.Error for %s wrapping ErrInvalid", err, tt.field)
			}
		})
	}
	werr := errors.New("disk full")
	if err := chart.Render(failWriter{werr}, fixture(t), chart.Options{}); !errors.Is(err, werr) {
		t.Errorf("Render to a failing writer = %v, want %v", err, werr)
	}
}

type failWriter struct{ err error }

func (w failWriter) Write([]byte) (int, error) { return 0, w.err }

// TestRenderAlwaysXML renders assessments of generated day lists — short,
// empty, no deadline, deadline before the data, flat or wild — and checks
// every chart parses and holds its title and description.
func TestRenderAlwaysXML(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(t, "days")
		d := monday
		var days []progress.DayTally
		for range n {
			d = d.AddDays(rapid.IntRange(1, 5).Draw(t, "gap"))
			rated := int64(rapid.SampledFrom([]int{0, 60, 300}).Draw(t, "rated"))
			q := rapid.Int64Range(0, rated).Draw(t, "qualifying")
			level := int64(rapid.IntRange(0, 5).Draw(t, "level"))
			days = append(days, progress.DayTally{
				Date: d, Tally: progress.Tally{Rated: rated, Qualifying: q},
				InBand: rapid.Int64Range(q, rated).Draw(t, "inBand"), Units: rated + 10,
				SupportUnits: 10 * min(level, 1), IntensityUnits: 10 * level, MaxIntensity: rubric.Intensity(level),
			})
		}
		dl := rapid.SampledFrom([]goal.Deadline{{}, goal.By(monday.AddDays(-30)), goal.By(monday.AddDays(90)), goal.ByEndOf(goal.Trimester2)}).Draw(t, "deadline")
		b := goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5), Support: goal.MustSupportAtMost(3),
			Threshold: rapid.IntRange(1, 100).Draw(t, "threshold"), Deadline: dl})
		a, err := assess.Benchmark(b, days, monday.AddDays(rapid.IntRange(-10, 200).Draw(t, "asOf")),
			assess.Options{Method: rapid.SampledFrom([]assess.TrendMethod{assess.TrendOLS, assess.TrendTheilSen}).Draw(t, "method"),
				Calendar: goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester2: monday.AddDays(150)})})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := chart.Render(&buf, a, chart.Options{Width: rapid.IntRange(300, 1200).Draw(t, "width")}); err != nil {
			t.Fatal(err)
		}
		root, _, byName := svgElements(t, buf.Bytes())
		if root.Name.Local != "svg" || byName["title"] < 1 || byName["desc"] != 1 {
			t.Fatalf("root %v, %d titles, %d desc", root.Name, byName["title"], byName["desc"])
		}
		// Only weeks with rated units are plotted (none as 0%); + the legend's dots.
		plotted := legendCircles
		for _, w := range a.Weeks {
			if w.Rated > 0 {
				plotted++
			}
		}
		if byName["circle"] != plotted {
			t.Fatalf("%d circles, want %d (weeks with rated units + the legend's)", byName["circle"], plotted)
		}
		if bytes.Contains(buf.Bytes(), []byte("NaN")) || bytes.Contains(buf.Bytes(), []byte("Inf")) {
			t.Fatalf("non-finite coordinate in %s", buf.Bytes())
		}
	})
}

func BenchmarkRender(b *testing.B) {
	a := fixture(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := chart.Render(io.Discard, a, chart.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// groupTitles returns the <title> texts of the elements of the group of
// the class, in order (nil when there is no such group).
func groupTitles(t *testing.T, svg []byte, class string) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var titles []string
	depth, inGroup, inTitle, found := 0, 0, false, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			for _, a := range tok.Attr {
				if tok.Name.Local == "g" && a.Name.Local == "class" && a.Value == class {
					inGroup, found = depth, true
				}
			}
			inTitle = inGroup > 0 && tok.Name.Local == "title"
		case xml.CharData:
			if inTitle {
				titles = append(titles, string(tok))
			}
		case xml.EndElement:
			if depth == inGroup {
				inGroup = 0
			}
			depth--
			inTitle = false
		}
	}
	if !found {
		return nil
	}
	return titles
}

// TestPhaseTrends: when support changed, each phase's own trend is drawn
// over its own weeks (the fixture climbs 4 points a week in each of its
// three phases, the second steeper by Theil–Sen as its first week holds a
// setback day); one phase draws none, as its trend is the chart's.
func TestPhaseTrends(t *testing.T) {
	svg := render(t, fixture(t), chart.Options{})
	want := []string{
		"trend at support level 4: +4.00 points per week over 4 weeks (August 31 to September 27, 2026)",
		"trend at support level 3: +5.20 points per week over 4 weeks (September 28 to October 25, 2026)",
		"trend at support level 2: +4.00 points per week over 4 weeks (October 26 to November 22, 2026)",
	}
	if diff := cmp.Diff(want, groupTitles(t, svg, "phase-trends")); diff != "" {
		t.Errorf("phase trends (-want +got):\n%s", diff)
	}
	// Phases of at least five weeks: the first run joins the next, the
	// last the one before, both at level 3: one phase, shaded once, with no
	// trend of its own.
	svg = render(t, fixture(t), chart.Options{MinPhaseWeeks: 5})
	if got := groupTitles(t, svg, "phase-trends"); got != nil {
		t.Errorf("one phase: phase trends %q, want none", got)
	}
	// (the phase's shade and its strip below the axis)
	if got, want := groupTitles(t, svg, "phases"), []string{"support level 3 from August 31 to November 22, 2026", "support level 3 from August 31 to November 22, 2026"}; !cmp.Equal(want, got) {
		t.Errorf("phases with MinPhaseWeeks 5 = %q, want %q", got, want)
	}
}

// TestIDPrefix: charts placed in one page keep distinct ids; a prefix
// that is not a name is refused.
func TestIDPrefix(t *testing.T) {
	svg := render(t, fixture(t), chart.Options{IDPrefix: "g1b2-"})
	for _, want := range []string{`id="g1b2-chart-title"`, `id="g1b2-chart-desc"`, `aria-labelledby="g1b2-chart-title g1b2-chart-desc"`} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the chart has no %s", want)
		}
	}
	for _, bad := range []string{"1a", "a b", `a"`, "-a"} {
		var e *chart.Error
		if err := chart.Render(io.Discard, fixture(t), chart.Options{IDPrefix: bad}); !errors.As(err, &e) {
			t.Errorf("IDPrefix %q: error %v, want an *Error", bad, err)
		}
	}
}

// TestRenderSpanish: a Spanish Set words every text of the chart — the
// ticks' percents too, "20 %" — and the chart keeps the English one's
// elements, one for one; the whole SVG is a golden file as the English
// one is.
func TestRenderSpanish(t *testing.T) {
	svg := render(t, fixture(t), chart.Options{Student: "S-0042", Templates: template.DefaultIn(template.Spanish)})
	english := render(t, fixture(t), chart.Options{Student: "S-0042"})
	elements := func(svg []byte) string { // the outline without its texts
		return regexp.MustCompile(`(?m)^\s*".*"\n`).ReplaceAllString(outline(t, svg), "")
	}
	if diff := cmp.Diff(elements(english), elements(svg)); diff != "" {
		t.Errorf("the Spanish chart's elements differ from the English (-en +es):\n%s", diff)
	}
	path := filepath.Join("testdata", "progress.es.svg.golden")
	if *update {
		if err := os.WriteFile(path, svg, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(svg)); diff != "" {
		t.Errorf("progress.es.svg.golden mismatch (-want +got):\n%s", diff)
	}
	texts := regexp.MustCompile(`>([^<]+)<`).FindAllStringSubmatch(string(svg), -1)
	englishWord := regexp.MustCompile(`(?i)\b(the|of|and|week|weekly|goal|trend|support|day|as of|deadline)\b`)
	ticks := 0
	for _, m := range texts {
		if w := englishWord.FindString(m[1]); w != "" {
			t.Errorf("an English word %q in %q", w, m[1])
		}
		switch m[1] {
		case "0\u00a0%", "20\u00a0%", "40\u00a0%", "60\u00a0%", "80\u00a0%", "100\u00a0%":
			ticks++
		}
	}
	if ticks != 6 {
		t.Errorf("%d ticks written 0 %% … 100 %%, want 6", ticks)
	}
}
