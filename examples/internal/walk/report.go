package walk

import (
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/chart"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// Assessed is a measured benchmark with its assessment.
type Assessed struct {
	Measured
	Assessment progress.Assessment
}

// AssessAll assesses every measured benchmark as of asOf.
func AssessAll(ms []Measured, asOf goal.Date, opts progress.AssessOptions) ([]Assessed, error) {
	out := make([]Assessed, 0, len(ms))
	for _, m := range ms {
		a, err := m.Assess(asOf, opts)
		if err != nil {
			return nil, err
		}
		out = append(out, Assessed{Measured: m, Assessment: a})
	}
	return out, nil
}

// Result turns an assessment into the result the progress template words.
func Result(a progress.Assessment) template.Result {
	p, ok := a.Window.Percent()
	return template.Result{
		Status: a.Status, Percent: p, HasPercent: ok,
		From: a.Window.First, To: a.Window.Last,
		RatedDays: a.Window.Days, SetbackDays: a.Window.Setbacks,
	}
}

// Wording writes the plan in its formal wording, then the plain-language
// version of every benchmark. name is the student's name: it enters here,
// at rendering, and nowhere in the data.
func Wording(w io.Writer, set *template.Set, name string, plan goal.Plan) error {
	fmt.Fprintln(w, "== The plan, in the program's formal wording")
	fmt.Fprintln(w)
	if err := set.Plan(w, template.Text, name, plan); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "== The same benchmarks in plain language, for paraprofessionals and families")
	for gi, g := range plan.Goals() {
		for bi, b := range g.Benchmarks() {
			m := Measured{Ref: goal.BenchmarkRef{Goal: gi, Benchmark: bi}}
			fmt.Fprintf(w, "\nBenchmark %s:\n", m.Number(plan.Len()))
			if err := set.Plain(w, template.Text, name, b); err != nil {
				return err
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

// Report writes the progress report of one assessed benchmark: status and
// window percent, baseline and aimline, trend and projection, decision
// rules, setback days, support intensity and the worded summary.
func Report(w io.Writer, set *template.Set, name string, goals int, x Assessed) error {
	a := x.Assessment
	b := x.Benchmark
	fmt.Fprintf(w, "\nBenchmark %s: %d%% or more of %s, due %s\n", x.Number(goals), b.Threshold(), basis(b), deadline(a))
	fmt.Fprintf(w, "  status     %s\n", statusLine(a))
	fmt.Fprintf(w, "  baseline   %s\n", baselineLine(a))
	fmt.Fprintf(w, "  trend      %s\n", trendLine(a))
	fmt.Fprintf(w, "  decision   %s\n", decisionLine(a))
	fmt.Fprintf(w, "  setbacks   %s\n", setbackLine(a))
	fmt.Fprintf(w, "  support    %s\n", supportLine(a))
	var text strings.Builder
	if err := set.Progress(&text, template.Text, name, b, Result(a)); err != nil {
		return err
	}
	fmt.Fprintf(w, "  in words   %s\n", text.String())
	return nil
}

func basis(b goal.Benchmark) string {
	if b.Measure() == goal.MeasureSoftSkill {
		return "opportunities in " + b.Skill().Phrase()
	}
	return "the day"
}

func deadline(a progress.Assessment) string {
	phrase := template.DeadlinePhrase(a.Benchmark.Deadline())
	if d, isDate := a.Benchmark.Deadline().Date(); a.Deadline.IsZero() || isDate && d == a.Deadline {
		return phrase
	}
	return fmt.Sprintf("%s (%v)", phrase, a.Deadline)
}

func statusLine(a progress.Assessment) string {
	if a.Window.Days == 0 {
		return fmt.Sprintf("%v: no rated days on or before %v", a.Status, a.AsOf)
	}
	return fmt.Sprintf("%v: %s over the last %d rated days (%v to %v)", a.Status, a.Window.PercentText(), a.Window.Days, a.Window.First, a.Window.Last)
}

func baselineLine(a progress.Assessment) string {
	if a.Baseline.Days == 0 {
		return "none yet"
	}
	s := fmt.Sprintf("%s over the first %d rated days", a.Baseline.PercentText(), a.Baseline.Days)
	if a.Aimline.OK() {
		s += fmt.Sprintf("; aimline to %.0f%% by %v (%+.2f points a week)", a.Aimline.ToPercent, a.Aimline.To, a.Aimline.Slope())
	}
	return s
}

func trendLine(a progress.Assessment) string {
	if !a.Trend.OK {
		return "too few weeks for a trend"
	}
	s := fmt.Sprintf("%+.2f points a week (%v; %v %+.2f) over %d weeks", a.Trend.Slope, a.Trend.Method, other(a).Method, other(a).Slope, a.Trend.Points)
	if a.Projected.IsZero() {
		return s + "; never reaches the threshold at this rate"
	}
	return s + fmt.Sprintf("; reaches %d%% on %v", a.Benchmark.Threshold(), a.Projected)
}

// other returns the trend the assessment did not use for its decisions.
func other(a progress.Assessment) progress.Trend {
	if a.Trend.Method == a.OLS.Method {
		return a.TheilSen
	}
	return a.OLS
}

func decisionLine(a progress.Assessment) string {
	rules := make([]string, len(a.Rules))
	for i, r := range a.Rules {
		rules[i] = fmt.Sprintf("%v: %v", r.Rule, r.Decision)
	}
	return fmt.Sprintf("%v (%s)", a.Decision, strings.Join(rules, ", "))
}

func setbackLine(a progress.Assessment) string {
	n := len(a.Setbacks)
	if n == 0 {
		return "none"
	}
	return fmt.Sprintf("%d days so far, %d in the window; the last on %v", n, a.Window.Setbacks, a.Setbacks[n-1])
}

func supportLine(a progress.Assessment) string {
	c := a.Intensity
	if c.Days == 0 {
		return "too few days with a recorded intensity"
	}
	s := fmt.Sprintf("mean intensity %.1f → %.1f across the window (first and last %d days), peak level %d", c.First, c.Last, c.Days, c.Peak)
	if c.Rose {
		s += ": support rose, a warning even when the percent looks fine"
	}
	return s
}

// Chart writes the assessment's SVG chart to dir as benchmark-<n>.svg and
// returns its path. The chart names the student by ID, never by name.
func Chart(dir string, id goal.StudentID, goals int, x Assessed) (string, error) {
	var buf strings.Builder
	if err := chart.Render(&buf, x.Assessment, chart.Options{Student: string(id)}); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "benchmark-"+x.Number(goals)+".svg")
	return path, os.WriteFile(path, []byte(buf.String()), 0o644)
}

// Team is what the team knows beyond the data, for the stage advice.
type Team struct {
	SkillDeficit bool // the team names an outlying soft-skill deficit
	Mainstream   int  // percent of the day in the mainstream classroom
}

// heldShare is the share of rated minutes in a band, over the window, at
// which we say the student "held" the band (our choice for the example:
// the program's own 90% bar).
const heldShare = 0.9

// Evidence gathers what the assessments say for goal.Advise: the
// benchmarks met, the current overall intensity (the window's last days,
// rounded to a level), and the TEP band held when at least 90% of the
// window's rated minutes were in a TEP benchmark's band, whatever the support.
func Evidence(xs []Assessed, team Team) goal.Evidence {
	ev := goal.Evidence{SkillDeficit: team.SkillDeficit, Mainstream: team.Mainstream}
	for _, x := range xs {
		a := x.Assessment
		if a.Status == goal.StatusMet {
			ev.Met = append(ev.Met, x.Ref)
		}
		if a.Intensity.Days > 0 {
			ev.Intensity = rubric.Intensity(math.Round(a.Intensity.Last))
		}
		if b := x.Benchmark; b.Measure() == goal.MeasureTEP && inBandShare(x.Days, a.Window) >= heldShare {
			ev.TEPHeld = b.TEPBand()
		}
	}
	return ev
}

// inBandShare returns the share of the window's rated units that were in
// the benchmark's band, whatever the support (DayTally.InBand).
func inBandShare(days []progress.DayTally, w progress.Window) float64 {
	var inBand, rated int64
	for _, d := range days {
		if !d.Date.Before(w.First) && !d.Date.After(w.Last) {
			inBand += d.InBand
			rated += d.Rated
		}
	}
	if rated == 0 {
		return 0
	}
	return float64(inBand) / float64(rated)
}

// Advice writes the stage advice for the plan given the assessments.
func Advice(w io.Writer, plan goal.Plan, xs []Assessed, team Team) goal.Advice {
	ev := Evidence(xs, team)
	adv := goal.Advise(plan.Stage(), plan, ev)
	fmt.Fprintf(w, "\n== Stage advice (goal.Advise)\n\n")
	fmt.Fprintf(w, "%v, stage %d (%s): %s\n", adv.Action, adv.Stage.Number(), adv.Stage.Title(), adv.Reason)
	return adv
}

// Table writes one line per assessed benchmark: its number, status,
// window percent and deadline.
func Table(w io.Writer, goals int, xs []Assessed) {
	fmt.Fprintf(w, "%-10s  %-16s  %-7s  %s\n", "benchmark", "status", "window", "due")
	for _, x := range xs {
		a := x.Assessment
		fmt.Fprintf(w, "%-10s  %-16v  %-7s  %s\n", x.Number(goals), a.Status, a.Window.PercentText(), deadline(a))
	}
}

// Current returns, for each goal, the first assessed benchmark of its
// ladder that is not met: the one the team works on now. A goal whose
// ladder is all met has none.
func Current(xs []Assessed) []Assessed {
	var out []Assessed
	done := map[int]bool{}
	for _, x := range xs {
		if !done[x.Ref.Goal] && x.Assessment.Status != goal.StatusMet {
			out = append(out, x)
			done[x.Ref.Goal] = true
		}
	}
	return out
}
