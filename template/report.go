package template

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	htmltemplate "html/template"
	"io"
	"iter"
	"slices"
	"strings"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress/assess"
)

// Names of the templates of the periodic progress report.
const (
	// NameReport is the team's periodic progress report of a plan for a
	// reporting period (assess.Report): per benchmark the code, whether
	// progress is sufficient and why not, the numbers, the likelihood and
	// what it is measured by; then the data's completeness. Data:
	// [ReportData].
	NameReport = "report"
	// NameAsMeasuredBy is what a benchmark is measured by, a phrase that
	// names no student. Data: [MeasureData].
	NameAsMeasuredBy = "as-measured-by"
	// NameReportFamily is the progress report for the family, in plain
	// language: for each benchmark being worked on, the aim, how the
	// student is doing lately, what went well, whether it is enough and
	// what comes next — short sentences, no scale numbers, no scale names.
	// Data: [ReportData].
	NameReportFamily = "report-family"
	// NameReportFamilyBenchmark is one benchmark of [NameReportFamily];
	// without a name it says "the student". Data: [FamilyBenchmarkData].
	NameReportFamilyBenchmark = "report-family-benchmark"
	// NameEvaluationTitle is a benchmark's short title for another
	// system's record: "1.2. TEP 3–5, support ≤4, 90%". Data: [TitleData].
	NameEvaluationTitle = "evaluation-title"
	// NamePlainSupport is what support the adults keep giving, in plain
	// words: the end of [NamePlain] and the next step of
	// [NameReportFamily]. Data: [BenchmarkData].
	NamePlainSupport = "plain-support"
	// NameReportLine is one line of a benchmark in a progress report (its
	// heading, its text, or both as a row), shared by [NameReport] and
	// [NameReportPage]. Data: [ReportLineData].
	NameReportLine = "report-line"
	// NameReportPage is the progress report as a printable HTML page: a
	// table per benchmark and its chart inline, print CSS, no script. It
	// renders as HTML only. Data: [ReportPageData].
	NameReportPage = "report-page"
	// NameCaseload is a caseload's roll-up of progress reports for one
	// period: per rung the students by code, the students unlikely to
	// meet a benchmark, each student's percent and, per school day, the
	// students with data and the high, low and mean percent. Data:
	// [CaseloadData].
	NameCaseload = "caseload"
	// NameCaseloadPage is the caseload's roll-up as a printable HTML page
	// of tables. It renders as HTML only. Data: [CaseloadData].
	NameCaseloadPage = "caseload-page"
)

// CaseloadData is what [NameCaseload] renders: a roll-up made by
// assess.CaseloadOf. It names students by their opaque IDs only.
type CaseloadData struct {
	Caseload assess.Caseload
}

func (d CaseloadData) validate() error {
	if d.Caseload.Codes == nil || d.Caseload.Period.IsZero() {
		return fmt.Errorf("%w: Caseload: not made by assess.CaseloadOf", ErrInvalid)
	}
	return nil
}

// Caseload writes the roll-up c in format f ([NameCaseload]).
func (s *Set) Caseload(w io.Writer, f Format, c assess.Caseload) error {
	return s.Execute(w, f, NameCaseload, CaseloadData{Caseload: c})
}

// CaseloadPage writes the roll-up c as a printable HTML page
// ([NameCaseloadPage]).
func (s *Set) CaseloadPage(w io.Writer, c assess.Caseload) error {
	return s.Execute(w, HTML, NameCaseloadPage, CaseloadData{Caseload: c})
}

// ReportPageData is what [NameReportPage] renders: a report, the
// student's name and the charts to show inline — Charts[goal][benchmark]
// an SVG document as package progress/chart renders it, "" or missing for
// none.
type ReportPageData struct {
	Student string
	Report  assess.ProgressReport
	Charts  [][]string
}

// Chart returns the chart of benchmark b of goal g, or "".
func (d ReportPageData) Chart(g, b int) string {
	if g < len(d.Charts) && b < len(d.Charts[g]) {
		return d.Charts[g][b]
	}
	return ""
}

func (d ReportPageData) validate() error {
	if err := (ReportData{Student: d.Student, Report: d.Report}).validate(); err != nil {
		return err
	}
	for gi, g := range d.Charts {
		for bi, svg := range g {
			if _, err := inlineSVG(svg); svg != "" && err != nil {
				return fmt.Errorf("%w: ReportPageData.Charts[%d][%d]: %w", ErrInvalid, gi, bi, err)
			}
		}
	}
	return nil
}

// ReportPage writes the progress report r as a printable HTML page
// ([NameReportPage]) with the charts given (see [ReportPageData]), each
// rebuilt from what a progress chart may hold. A chart that is not an SVG
// document, or holds anything else (a script, a style, a link, an event
// handler, foreign content), fails with [ErrInvalid]. Charts placed in one
// page need distinct ids: draw each with its own chart.Options.IDPrefix.
func (s *Set) ReportPage(w io.Writer, student string, r assess.ProgressReport, charts [][]string) error {
	return s.Execute(w, HTML, NameReportPage, ReportPageData{Student: student, Report: r, Charts: charts})
}

// inlineSVG returns an SVG document as markup to place in a page. The
// markup is not the document's text but rebuilt from its parsed elements,
// attributes and text, every value escaped: only the elements and
// attributes a progress chart uses are allowed (no script, no style, no
// link, no foreign content, no URL of any kind), and comments, processing
// instructions and directives are dropped — so what the page holds is
// what the check read, however a browser parses it. It is the template
// helper "inlineSVG".
func inlineSVG(doc string) (htmltemplate.HTML, error) {
	dec := xml.NewDecoder(strings.NewReader(doc))
	var out strings.Builder
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("chart: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				if t.Name.Local != "svg" || t.Name.Space != svgNamespace {
					return "", fmt.Errorf("chart: root element %s, want svg in the SVG namespace", t.Name.Local)
				}
			}
			if !svgElements[t.Name.Local] || t.Name.Space != svgNamespace {
				return "", fmt.Errorf("chart: a %s element, which a chart does not have", t.Name.Local)
			}
			out.WriteString("<" + t.Name.Local)
			if depth == 0 {
				out.WriteString(` xmlns="` + svgNamespace + `"`)
			}
			for _, a := range t.Attr {
				switch {
				case a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns":
					continue // the namespace, written once above
				case a.Name.Space == xmlNamespace && a.Name.Local == "lang" && depth == 0:
					out.WriteString(` xml:lang="`)
					xml.EscapeText(&out, []byte(a.Value))
					out.WriteString(`"`)
					continue // the chart's language
				case a.Name.Space != "" || !svgAttributes[a.Name.Local]:
					return "", fmt.Errorf("chart: attribute %s, which a chart does not have", a.Name.Local)
				}
				out.WriteString(" " + a.Name.Local + `="`)
				xml.EscapeText(&out, []byte(a.Value))
				out.WriteString(`"`)
			}
			out.WriteString(">")
			depth++
		case xml.EndElement:
			out.WriteString("</" + t.Name.Local + ">")
			depth--
		case xml.CharData:
			if depth > 0 {
				xml.EscapeText(&out, t)
			}
		}
	}
	if roots != 1 {
		return "", fmt.Errorf("chart: %d root elements, want one svg", roots)
	}
	return htmltemplate.HTML(out.String()), nil // rebuilt above from allowed parts, every value escaped
}

const (
	svgNamespace = "http://www.w3.org/2000/svg"
	xmlNamespace = "http://www.w3.org/XML/1998/namespace" // of xml:lang, as encoding/xml names it
)

// svgElements and svgAttributes are what a progress chart uses
// (package progress/chart): all an inline chart may hold.
var (
	svgElements = map[string]bool{"svg": true, "title": true, "desc": true, "g": true, "rect": true, "line": true,
		"polyline": true, "circle": true, "path": true, "text": true}
	svgAttributes = map[string]bool{"version": true, "width": true, "height": true, "viewBox": true, "role": true,
		"aria-labelledby": true, "id": true, "class": true, "x": true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true,
		"cx": true, "cy": true, "r": true, "d": true, "points": true, "transform": true, "fill": true, "stroke": true,
		"stroke-width": true, "stroke-dasharray": true, "stroke-linecap": true, "stroke-linejoin": true, "stroke-opacity": true,
		"paint-order": true, "font-family": true, "font-size": true, "font-weight": true, "text-anchor": true}
)

// TitleData is what [NameEvaluationTitle] renders: a benchmark and its
// number on the form.
type TitleData struct {
	Number    string
	Benchmark goal.Benchmark
}

func (d TitleData) validate() error {
	if d.Benchmark.IsZero() {
		return fmt.Errorf("%w: TitleData: zero goal.Benchmark", ErrInvalid)
	}
	return nil
}

// FamilyBenchmarkData is what [NameReportFamilyBenchmark] renders: one
// benchmark of a report and the student's name ("" for none).
type FamilyBenchmarkData struct {
	Student   string
	Benchmark assess.BenchmarkReport
}

func (d FamilyBenchmarkData) validate() error { return checkAssessment(d.Benchmark.Assessment) }

// ReportLineData is what [NameReportLine] renders: one part of a
// benchmark's report ([ReportParts] names them, plus "completeness",
// which reads Complete) in one mode: "heading", "text" or "row".
type ReportLineData struct {
	Benchmark assess.BenchmarkReport
	Part      string
	Mode      string
	Complete  assess.Completeness
	Codes     *assess.CodeSet // the report's code set, for the labels of its codes in the Set's language; nil: the codes' own labels
}

func (d ReportLineData) validate() error {
	if !slices.Contains(reportPartNames, d.Part) {
		return fmt.Errorf("%w: ReportLineData.Part %q: want one of %s", ErrInvalid, d.Part, strings.Join(reportPartNames, ", "))
	}
	if !slices.Contains([]string{"heading", "text", "row"}, d.Mode) {
		return fmt.Errorf("%w: ReportLineData.Mode %q: want heading, text or row", ErrInvalid, d.Mode)
	}
	return nil
}

// sampleSVG is a small chart for the samples of the page.
const sampleSVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40" role="img"><title>a chart</title><rect width="80" height="40" fill="#eee"/></svg>`

// reportPartNames are the parts of [NameReportLine].
var reportPartNames = []string{"code", "not-introduced", "sufficient", "now", "rate", "likelihood", "period", "by-period", "measured-by", "completeness"}

// ReportParts returns the parts of a benchmark's report, in the order the
// report shows them: its code; then "not-introduced", or whether progress
// is sufficient, where it stands now, its rate, its likelihood and its
// period; its breakdown by class period when it has one; what it is
// measured by. It is the template helper "reportParts".
func ReportParts(b assess.BenchmarkReport) []string {
	parts := []string{"code"}
	if b.Standing == assess.StandingNotIntroduced {
		parts = append(parts, "not-introduced")
	} else {
		parts = append(parts, "sufficient", "now", "rate", "likelihood", "period")
	}
	if len(b.ClassPeriods) > 0 {
		parts = append(parts, "by-period")
	}
	return append(parts, "measured-by")
}

// ReportData is what the progress report ([NameReport]) renders: a report
// made by assess.Report and the student's name.
type ReportData struct {
	Student string
	Report  assess.ProgressReport
}

func (d ReportData) validate() error {
	r := d.Report
	if r.Codes == nil || r.Period.IsZero() || len(r.Goals) != len(r.Plan.Goals) || len(r.Goals) == 0 {
		return fmt.Errorf("%w: ProgressReport: not made by assess.Report", ErrInvalid)
	}
	for gi, g := range r.Goals {
		if len(g.Benchmarks) == 0 || len(g.Benchmarks) != len(r.Plan.Goals[gi].Benchmarks) {
			return fmt.Errorf("%w: ProgressReport: goal %d: not made by assess.Report", ErrInvalid, gi+1)
		}
	}
	return PlanProgressData{Plan: r.Plan}.validate()
}

// MeasureData is what [NameAsMeasuredBy] renders: a benchmark, its days in
// the reporting period and how many class periods its breakdown holds (0
// when the report has none).
type MeasureData struct {
	Benchmark    goal.Benchmark
	Period       assess.PeriodTally
	ClassPeriods int
}

func (d MeasureData) validate() error {
	if d.Benchmark.IsZero() {
		return fmt.Errorf("%w: MeasureData: zero goal.Benchmark", ErrInvalid)
	}
	return nil
}

func init() {
	addFuncs(map[string]any{
		"measureData": func(b assess.BenchmarkReport) MeasureData { return measureData(b) },
		"mul100":      func(f float64) float64 { return 100 * f },
		"reportParts": ReportParts,
		"familyBenchmark": func(student string, b assess.BenchmarkReport) FamilyBenchmarkData {
			return FamilyBenchmarkData{student, b}
		},
		"inlineSVG": inlineSVG,
		"reportLine": func(b assess.BenchmarkReport, part, mode string, c assess.Completeness, codes ...*assess.CodeSet) ReportLineData {
			d := ReportLineData{b, part, mode, c, nil}
			if len(codes) > 0 {
				d.Codes = codes[0]
			}
			return d
		},
	})
	defineHTML(NameReportPage, func() []ReportPageData {
		var out []ReportPageData
		for i, r := range reportSamples() {
			d := ReportPageData{Student: r.Student, Report: r.Report}
			if i == 0 {
				d.Charts = [][]string{{sampleSVG}}
			}
			out = append(out, d)
		}
		return out
	})
	define(NameCaseload, caseloadSamples)
	defineHTML(NameCaseloadPage, caseloadSamples)
	define(NameReportLine, func() []ReportLineData {
		// Every part of every benchmark, as a heading and as a row (a row
		// holds the text): enough to take every branch.
		var out []ReportLineData
		for r, b := range sampleBenchmarkReports() {
			for _, part := range append(ReportParts(b), "completeness") {
				for _, mode := range []string{"heading", "row"} {
					out = append(out, ReportLineData{b, part, mode, r.Complete, r.Codes})
				}
			}
		}
		return out
	})
	define(NameReport, reportSamples)
	define(NameReportFamily, reportSamples)
	define(NameEvaluationTitle, func() []TitleData {
		var out []TitleData
		for i, b := range sampleBenchmarks() {
			out = append(out, TitleData{fmt.Sprintf("%d.%d", i/3+1, i%3+1), b})
		}
		return out
	})
	define(NameReportFamilyBenchmark, func() []FamilyBenchmarkData {
		var out []FamilyBenchmarkData
		for _, b := range sampleBenchmarkReports() {
			if b.Standing != assess.StandingNotIntroduced {
				out = append(out, FamilyBenchmarkData{"", b}, FamilyBenchmarkData{"Jordan", b})
			}
		}
		return out
	})
	define(NamePlainSupport, benchmarkSamples)
	define(NameAsMeasuredBy, func() []MeasureData {
		var out []MeasureData
		for _, b := range sampleBenchmarkReports() {
			out = append(out, measureData(b))
		}
		return out
	})
}

// measureData returns what a benchmark of a report is measured by.
func measureData(b assess.BenchmarkReport) MeasureData {
	return MeasureData{Benchmark: b.Assessment.Benchmark, Period: b.InPeriod, ClassPeriods: len(b.ClassPeriods)}
}

// sampleBenchmarkReports yields every benchmark of the report samples
// with its report.
func sampleBenchmarkReports() iter.Seq2[assess.ProgressReport, assess.BenchmarkReport] {
	return func(yield func(assess.ProgressReport, assess.BenchmarkReport) bool) {
		for _, r := range reportSamples() {
			for _, g := range r.Report.Goals {
				for _, b := range g.Benchmarks {
					if !yield(r.Report, b) {
						return
					}
				}
			}
		}
	}
}

// Report writes the periodic progress report r for the student in format
// f. A report not made by assess.Report fails with [ErrInvalid].
func (s *Set) Report(w io.Writer, f Format, student string, r assess.ProgressReport) error {
	return s.Execute(w, f, NameReport, ReportData{Student: student, Report: r})
}

// FamilyReport writes the family's version of report r for the student
// in format f ([NameReportFamily]).
func (s *Set) FamilyReport(w io.Writer, f Format, student string, r assess.ProgressReport) error {
	return s.Execute(w, f, NameReportFamily, ReportData{Student: student, Report: r})
}

// ReportDocument is the JSON form of a progress report, for exchange
// between systems: the student's opaque ID (never a name), the period,
// the code set, each benchmark's code and numbers, and the data's
// completeness. Numbers that do not exist (no baseline yet, no trend) are
// null. It is a plain value: it reads back from its JSON unchanged.
type ReportDocument struct {
	Student      goal.StudentID       `json:"student"`
	Period       goal.Period          `json:"period"`
	AsOf         goal.Date            `json:"as_of"`
	Codes        string               `json:"codes"`
	Goals        []GoalDocument       `json:"goals"`
	Completeness CompletenessDocument `json:"completeness"`
	// Periods is the breakdown by class period of the plan's first
	// benchmark (the one Completeness is of); each benchmark has its own.
	Periods []ClassPeriodDocument `json:"periods"`
}

// ClassPeriodDocument is one class period of a breakdown: its label, the
// rated and qualifying units, the percent (null when none was rated) and
// whether it is at or above the benchmark's threshold.
type ClassPeriodDocument struct {
	Period          string   `json:"period"`
	RatedUnits      int64    `json:"rated_units"`
	QualifyingUnits int64    `json:"qualifying_units"`
	Percent         *float64 `json:"percent"`
	AtThreshold     bool     `json:"at_threshold"`
}

// GoalDocument is one goal of a [ReportDocument].
type GoalDocument struct {
	Goal       int                 `json:"goal"` // from 1
	Benchmarks []BenchmarkDocument `json:"benchmarks"`
}

// BenchmarkDocument is one benchmark of a [ReportDocument]. Percent is the
// window's, Expected the aimline's at the report date, Progress the share
// of the way from the baseline to the threshold, RatePerWeek the trend's
// slope (the rate of improvement), MeanIntensity the support observed in
// the period.
type BenchmarkDocument struct {
	Number          string                `json:"number"` // as on the form: "2", or "1.2"
	Benchmark       goal.Benchmark        `json:"benchmark"`
	Standing        assess.Standing       `json:"standing"`
	Code            string                `json:"code"`
	Label           string                `json:"label"`
	Sufficient      assess.Sufficiency    `json:"sufficient"`
	Reason          string                `json:"reason"` // the code set's reason code, empty when sufficient
	ReasonLabel     string                `json:"reason_label"`
	Percent         *float64              `json:"percent"`
	ExpectedPercent *float64              `json:"expected_percent"`
	BaselinePercent *float64              `json:"baseline_percent"`
	Progress        *float64              `json:"progress"`
	RatePerWeek     *float64              `json:"rate_per_week"`
	Likelihood      *LikelihoodDocument   `json:"likelihood"` // null when not computed or not enough data
	RatedDays       int                   `json:"rated_days"`
	RatedUnits      int64                 `json:"rated_units"`
	RecordedUnits   int64                 `json:"recorded_units"`
	SetbackDays     int                   `json:"setback_days"`
	MeanIntensity   *float64              `json:"mean_intensity"`
	AsMeasuredBy    string                `json:"as_measured_by"`
	Periods         []ClassPeriodDocument `json:"periods"` // the breakdown by class period, when the report has it
}

// LikelihoodDocument is the likelihood of a [BenchmarkDocument].
type LikelihoodDocument struct {
	Level       assess.LikelihoodLevel `json:"level"`
	Probability float64                `json:"probability"`
	Predicted   float64                `json:"predicted"`
	SE          float64                `json:"se"`
}

// CompletenessDocument is the completeness of a [ReportDocument].
type CompletenessDocument struct {
	SchoolDays    int         `json:"school_days"`
	DaysRated     int         `json:"days_rated"`
	DaysWithData  int         `json:"days_with_data"`
	NoData        []goal.Date `json:"no_data"`
	RatedUnits    int64       `json:"rated_units"`
	RecordedUnits int64       `json:"recorded_units"`
}

// ReportDocument returns the JSON document of report r, its
// as_measured_by phrases worded by the set ([NameAsMeasuredBy], as text).
func (s *Set) ReportDocument(r assess.ProgressReport) (ReportDocument, error) {
	if err := (ReportData{Report: r}).validate(); err != nil {
		return ReportDocument{}, err
	}
	c := r.Complete
	doc := ReportDocument{Student: r.Plan.Student, Period: r.Period, AsOf: r.AsOf, Codes: r.Codes.Name,
		Completeness: CompletenessDocument{SchoolDays: c.SchoolDays, DaysRated: c.DaysRated, DaysWithData: c.DaysWithData,
			NoData: append([]goal.Date{}, c.NoData...), RatedUnits: c.Rated, RecordedUnits: c.Units}}
	for gi, g := range r.Goals {
		gd := GoalDocument{Goal: gi + 1}
		for bi, b := range g.Benchmarks {
			var measured strings.Builder
			if err := s.Execute(&measured, Text, NameAsMeasuredBy, measureData(b)); err != nil {
				return ReportDocument{}, err
			}
			bd := s.benchmarkDocument(r.Codes, b)
			bd.Number, bd.AsMeasuredBy = BenchmarkNumber(r.Plan.Plan, gi, bi), measured.String()
			gd.Benchmarks = append(gd.Benchmarks, bd)
		}
		doc.Goals = append(doc.Goals, gd)
	}
	if len(doc.Goals) > 0 && len(doc.Goals[0].Benchmarks) > 0 {
		doc.Periods = doc.Goals[0].Benchmarks[0].Periods
	}
	return doc, nil
}

// benchmarkDocument returns the document of one benchmark, its number and
// phrase aside; the labels of its codes are in the Set's language, as the
// code set words them.
func (s *Set) benchmarkDocument(codes *assess.CodeSet, b assess.BenchmarkReport) BenchmarkDocument {
	a := b.Assessment
	label, reasonLabel := b.Code.Label, b.ReasonCode.Label
	if codes != nil {
		label, reasonLabel = codes.LabelIn(s.lang.String(), b.Code), codes.ReasonLabelIn(s.lang.String(), b.Reason)
	}
	d := BenchmarkDocument{Benchmark: a.Benchmark, Standing: b.Standing, Code: b.Code.Code, Label: label,
		Sufficient: b.Sufficient, Reason: b.ReasonCode.Code, ReasonLabel: reasonLabel,
		RatedDays: b.InPeriod.Days, RatedUnits: b.InPeriod.Rated, RecordedUnits: b.InPeriod.Units, SetbackDays: b.InPeriod.Setbacks}
	for _, p := range b.ClassPeriods {
		d.Periods = append(d.Periods, ClassPeriodDocument{Period: p.Label, RatedUnits: p.Rated, QualifyingUnits: p.Qualifying,
			Percent: optional(p.Percent()), AtThreshold: p.AtThreshold})
	}
	if b.Standing == assess.StandingNotIntroduced {
		return d
	}
	d.Percent = optional(a.Window.Percent())
	d.BaselinePercent = optional(a.Baseline.Percent())
	d.ExpectedPercent = optional(b.Expected, b.HasExpected)
	d.Progress = optional(b.Progress, b.HasProgress)
	d.RatePerWeek = optional(a.Trend.Slope, a.Trend.OK)
	d.MeanIntensity = optional(b.InPeriod.MeanIntensity())
	if l := b.Likelihood; l.Level.IsValid() && l.Level != assess.LikelihoodNeedsMoreData {
		d.Likelihood = &LikelihoodDocument{Level: l.Level, Probability: l.Probability, Predicted: l.Predicted, SE: l.SE}
	}
	return d
}

// optional returns &v when ok, nil otherwise.
func optional(v float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	return &v
}

// WriteReportJSON writes the JSON document of report r (see
// [Set.ReportDocument]), indented, with a final newline.
func (s *Set) WriteReportJSON(w io.Writer, r assess.ProgressReport) error {
	doc, err := s.ReportDocument(r)
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}
