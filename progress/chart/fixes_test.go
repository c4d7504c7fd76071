package chart_test

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/rubric"
)

// element is an element of a rendered chart: its name, class, the class
// of the group it is in, its attributes and its text.
type element struct {
	name, class, group string
	attrs              map[string]string
	text               string
}

func elements(t *testing.T, svg []byte) []element {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var out []element
	var groups []string
	var open []int
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			e.class = e.attrs["class"]
			if len(groups) > 0 {
				e.group = groups[len(groups)-1]
			}
			if e.name == "g" {
				groups = append(groups, e.class)
			}
			out = append(out, e)
			open = append(open, len(out)-1)
		case xml.CharData:
			if len(open) > 0 {
				out[open[len(open)-1]].text += string(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "g" {
				groups = groups[:len(groups)-1]
			}
			open = open[:len(open)-1]
		}
	}
}

func attr(t *testing.T, e element, name string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(e.attrs[name], 64)
	if err != nil {
		t.Fatalf("%s %s=%q: %v", e.name, name, e.attrs[name], err)
	}
	return v
}

// variant assesses the fixture's days changed by change, as of asOf.
func variant(t *testing.T, b goal.Benchmark, asOf goal.Date, change func([]progress.DayTally) []progress.DayTally) assess.Assessment {
	t.Helper()
	a, err := assess.Benchmark(b, change(fixtureDays()), asOf, assess.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestChartFixes: each fix of the chart a team prints, on a fixture made
// to show it, checked on the elements and against its golden SVG (run
// with -update to rewrite them after a deliberate change, and look at
// them).
func TestChartFixes(t *testing.T) {
	asOf := goal.MustDate(2026, 11, 20)
	cases := []struct {
		name  string
		a     assess.Assessment
		check func(t *testing.T, es []element, bottom float64)
	}{
		{
			// The last week at level 1: a phase too narrow for "support
			// level 1" is labelled with its level, as is the level-2 phase
			// once cut at the as-of date.
			"narrow-newest-phase", variant(t, fixtureBenchmark(), asOf, func(days []progress.DayTally) []progress.DayTally {
				for i := 55; i < 60; i++ {
					days[i].IntensityUnits = days[i].SupportUnits
				}
				return days
			}),
			func(t *testing.T, es []element, _ float64) {
				var labels []string
				for _, e := range es {
					if e.group == "phases" && e.name == "text" {
						labels = append(labels, e.text)
					}
				}
				if diff := cmp.Diff([]string{"support level 4", "support level 3", "2", "1"}, labels); diff != "" {
					t.Errorf("phase labels (-want +got):\n%s", diff)
				}
			},
		},
		{
			// Setbacks on 25 consecutive school days (and the fixture's one
			// in December): marks in their lane below the axis, none on the
			// plot.
			"dense-setbacks", variant(t, fixtureBenchmark(), asOf, func(days []progress.DayTally) []progress.DayTally {
				for i := 20; i < 45; i++ {
					days[i].Qualifying, days[i].InBand = 60, 90
				}
				return days
			}),
			func(t *testing.T, es []element, bottom float64) {
				n := 0
				for _, e := range es {
					if e.group == "setbacks" && e.name == "rect" {
						n++
						if y := attr(t, e, "y"); y <= bottom {
							t.Errorf("a setback mark at y %v, inside the plot (bottom %v)", y, bottom)
						}
					}
				}
				if n != 26 {
					t.Errorf("%d setback marks, want 26", n)
				}
			},
		},
		{
			// A student already at the goal from the start: the aimline
			// lies on the goal line and is drawn just above it; a two-day
			// week is drawn hollow.
			"aimline-on-goal", variant(t, fixtureBenchmark(), asOf, func(days []progress.DayTally) []progress.DayTally {
				for i := range days {
					if days[i].Rated > 0 {
						days[i].Qualifying, days[i].InBand = 240, 240
					}
				}
				return append(days[:56:56], days[58], days[59]) // the last week: Monday, Thursday and Friday
			}),
			func(t *testing.T, es []element, _ float64) {
				var aim, goalLine element
				partial := 0
				for _, e := range es {
					switch {
					case e.class == "aimline":
						aim = e
					case e.group == "threshold" && e.name == "line":
						goalLine = e
					case e.class == "partial":
						partial++
					}
				}
				if aim.name == "" || attr(t, aim, "y1") != attr(t, goalLine, "y1")-3 {
					t.Errorf("aimline %v, goal line %v: want the aimline 3 px above", aim.attrs, goalLine.attrs)
				}
				if partial != 1 {
					t.Errorf("%d hollow weeks, want the last one", partial)
				}
			},
		},
		{
			// Nothing qualifies under the support limit (support 5 above the
			// benchmark's 4), but the ratings are in band: the series sits at
			// 0%, its flat trend shows over the x axis, and the faint in-band
			// series says why.
			"zero-under-the-limit", variant(t, fixtureBenchmark(), asOf, func(days []progress.DayTally) []progress.DayTally {
				for i := range days {
					days[i].Qualifying = 0
					days[i].MaxIntensity = rubric.IntensityExtreme
				}
				return days
			}),
			func(t *testing.T, es []element, _ float64) {
				axes, trend, inBand := -1, -1, false
				for i, e := range es {
					switch {
					case e.class == "axes" && axes < 0:
						axes = i
					case e.class == "trend":
						trend = i
					case e.class == "in-band":
						inBand = true
					}
				}
				if trend < axes {
					t.Errorf("the trend (element %d) is drawn before the axes (%d), under the x axis", trend, axes)
				}
				if !inBand {
					t.Errorf("no in-band series")
				}
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			svg := render(t, tc.a, chart.Options{})
			es := elements(t, svg)
			bottom := 0.0
			for _, e := range es {
				if e.group == "axes" && e.name == "line" {
					bottom = attr(t, e, "y1") // the x axis comes first
					break
				}
			}
			tc.check(t, es, bottom)
			path := filepath.Join("testdata", tc.name+".svg.golden")
			if *update {
				if err := os.WriteFile(path, svg, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(svg)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
			}
		})
	}
}

// TestHeightHoldsThePlot: a height too small for the margins, the legend
// and a plot is refused; the least one draws.
func TestHeightHoldsThePlot(t *testing.T) {
	a := variant(t, fixtureBenchmark(), goal.MustDate(2026, 11, 20), func(d []progress.DayTally) []progress.DayTally { return d })
	for _, tt := range []struct {
		w, h int
		ok   bool
	}{{800, 200, false}, {800, 313, false}, {800, 314, true}, {300, 457, false}, {300, 458, true}} {
		err := chart.Render(io.Discard, a, chart.Options{Width: tt.w, Height: tt.h})
		if (err == nil) != tt.ok {
			t.Errorf("%d × %d: error %v, want ok %v", tt.w, tt.h, err, tt.ok)
		}
	}
}
