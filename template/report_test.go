package template_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// sampleReport reports the stage-1 ladder of student S00003 of a
// generated school year for the first trimester, with the SELPA codes, as
// of October 30 (before the first deadline: benchmark 3 is not yet
// introduced).
func sampleReport(t *testing.T) assess.ProgressReport {
	t.Helper()
	var plan goal.Plan
	if err := json.Unmarshal([]byte(`{"student": "S00003", "stage": "new-to-program",
 "period": {"start": "2026-08-31", "end": "2027-06-25"},
 "calendar": {"trimester-1": "2026-11-20", "trimester-2": "2027-02-12", "trimester-3": "2027-05-07"},
 "goals": [{"stage": "new-to-program", "target": "engagement", "benchmarks": [
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 50, "deadline": "trimester-1"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 75, "deadline": "trimester-2"},
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 90, "deadline": "trimester-3"}]}]}`), &plan); err != nil {
		t.Fatal(err)
	}
	var data bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&data, progress.GenConfig{Seed: 1, Students: 4, Days: 60}); err != nil {
		t.Fatal(err)
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, &data, nil, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	period, err := assess.TermPeriod(plan, goal.Trimester1)
	if err != nil {
		t.Fatal(err)
	}
	codes, _ := assess.ShippedCodeSet("selpa")
	r, err := assess.Report(plan, measured, "", period, assess.ReportOptions{Codes: codes, AsOf: goal.MustDate(2026, 10, 30)})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestReportDocumentRoundTrip: the JSON document has the documented
// members and reads back unchanged; it names the student by ID only.
func TestReportDocumentRoundTrip(t *testing.T) {
	r := sampleReport(t)
	var out bytes.Buffer
	if err := template.Default().WriteReportJSON(&out, r); err != nil {
		t.Fatal(err)
	}
	var back template.ReportDocument
	dec := json.NewDecoder(bytes.NewReader(out.Bytes()))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&back); err != nil {
		t.Fatal(err)
	}
	doc, err := template.Default().ReportDocument(r)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc, back, cmp.Comparer(func(a, b goal.Date) bool { return a == b }),
		cmp.Comparer(func(a, b goal.Period) bool { return a == b }), cmp.Comparer(func(a, b goal.Benchmark) bool { return a == b })); diff != "" {
		t.Errorf("round trip (-document +read back):\n%s", diff)
	}
	var raw struct {
		Goals []struct {
			Benchmarks []map[string]json.RawMessage `json:"benchmarks"`
		} `json:"goals"`
	}
	_ = json.Unmarshal(out.Bytes(), &raw)
	first := raw.Goals[0].Benchmarks[0]
	for _, m := range []string{"code", "label", "sufficient", "reason", "percent", "expected_percent", "baseline_percent",
		"rate_per_week", "likelihood", "rated_days", "setback_days", "as_measured_by"} {
		if _, ok := first[m]; !ok {
			t.Errorf("benchmark 1 has no member %q", m)
		}
	}
	notIntroduced := 0
	for i, b := range raw.Goals[0].Benchmarks {
		if string(b["standing"]) == `"not-introduced"` {
			notIntroduced++
			if got := string(b["sufficient"]); got != "null" {
				t.Errorf("benchmark %d, not yet introduced: sufficient = %s, want null", i+1, got)
			}
		}
	}
	if notIntroduced == 0 {
		t.Errorf("no benchmark of the sample is not yet introduced")
	}
	if doc.Student != "S00003" || doc.Codes != "selpa" || doc.Goals[0].Benchmarks[0].Code == "" {
		t.Errorf("document: student %q, codes %q, code %q", doc.Student, doc.Codes, doc.Goals[0].Benchmarks[0].Code)
	}
}

// TestReportText: the text report shows each benchmark's code, and in
// HTML a name with markup is escaped.
func TestReportText(t *testing.T) {
	r := sampleReport(t)
	var text, html bytes.Buffer
	if err := template.Default().Report(&text, template.Text, "Jordan", r); err != nil {
		t.Fatal(err)
	}
	b := r.Goals[0].Benchmarks[0]
	for _, want := range []string{"Progress report for Jordan: August 31 to November 20, 2026, as of October 30, 2026",
		"code          " + b.Code.Code + ": " + b.Code.Label, "not yet introduced", "Data completeness:"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the report does not say %q:\n%s", want, text.String())
		}
	}
	if err := template.Default().Report(&html, template.HTML, `<b>Al</b>`, r); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html.String(), "<b>") || !strings.Contains(html.String(), "&lt;b&gt;Al&lt;/b&gt;") {
		t.Errorf("the name is not escaped in HTML:\n%.300s", html.String())
	}
}

// TestFamilyReportIsPlain: the family's report of every student of a
// generated school year, for each trimester, has short sentences (at most
// 25 words) and none of the scales' jargon.
func TestFamilyReportIsPlain(t *testing.T) {
	var plan goal.Plan
	if err := json.Unmarshal([]byte(`{"stage": "new-to-program",
 "period": {"start": "2026-08-31", "end": "2027-06-25"},
 "calendar": {"trimester-1": "2026-11-20", "trimester-2": "2027-02-12", "trimester-3": "2027-05-07"},
 "goals": [{"stage": "new-to-program", "target": "engagement", "benchmarks": [
  {"measure": "tep", "tep": "3-5", "support": "4-5", "threshold": 50, "deadline": "trimester-1"},
  {"measure": "tep", "tep": "3-5", "support": "3", "threshold": 75, "deadline": "trimester-2"},
  {"measure": "tep", "tep": "3-5", "support": "independent", "threshold": 90, "deadline": "trimester-3"}]}]}`), &plan); err != nil {
		t.Fatal(err)
	}
	var data bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&data, progress.GenConfig{Seed: 5, Students: 8, Days: 180}); err != nil {
		t.Fatal(err)
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, &data, nil, progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	jargon := regexp.MustCompile(`(?i)\b(tep|intensity|rubrics?|scales?|benchmarks?|tolerance|levels?)\b`)
	for i := range 8 {
		for _, term := range []goal.Term{goal.Trimester1, goal.Trimester2, goal.Trimester3} {
			period, _ := assess.TermPeriod(plan, term)
			r, err := assess.Report(plan, measured, progress.GenStudentID(i), period, assess.ReportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := template.Default().FamilyReport(&out, template.Text, "Jordan", r); err != nil {
				t.Fatal(err)
			}
			text := out.String()
			if w := jargon.FindString(text); w != "" {
				t.Errorf("student %d, %v: the family's report says %q:\n%s", i, term, w, text)
			}
			for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '?' || r == '\n' }) {
				if n := len(strings.Fields(s)); n > 25 {
					t.Errorf("student %d, %v: a sentence of %d words: %q", i, term, n, s)
				}
			}
		}
	}
}

// TestReportPage: the page is one well-formed document (read here as
// XML), with a table per benchmark, the chart given inline, no script, and
// a name with markup escaped; a chart with a script is refused; the page
// does not render as text.
func TestReportPage(t *testing.T) {
	r := sampleReport(t)
	svg := `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>chart</title></svg>`
	var page bytes.Buffer
	if err := template.Default().ReportPage(&page, `<b>Al</b> & "Jo"`, r, [][]string{{svg}}); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(page.Bytes()))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the page is not well formed: %v\n%s", err, page.String())
		}
		if s, ok := tok.(xml.StartElement); ok {
			count[s.Name.Local]++
		}
	}
	want := map[string]int{"html": 1, "table": 3, "h3": 3, "svg": 1, "figure": 1, "script": 0, "b": 0}
	for name, n := range want {
		if count[name] != n {
			t.Errorf("%d <%s> elements, want %d", count[name], name, n)
		}
	}
	// A comment or a processing instruction is dropped, not passed on: a
	// browser would read some as markup (a script).
	for _, tricky := range []string{
		`<?xml version="1.0"?><!--<svg><script>alert(1)</script>--><svg xmlns="http://www.w3.org/2000/svg"><!-- x --><?pi x?><title>t</title></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><!--><script>alert(1)</script>--></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><?x ><script>alert(1)</script>?></svg>`,
	} {
		var clean bytes.Buffer
		if err := template.Default().ReportPage(&clean, "Jo", r, [][]string{{tricky}}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(clean.String(), "script") || strings.Contains(clean.String(), "<!--") || strings.Contains(clean.String(), "<?") {
			t.Errorf("chart %q: a comment or instruction passed into the page", tricky)
		}
	}
	if !strings.Contains(page.String(), "&lt;b&gt;Al&lt;/b&gt; &amp; &#34;Jo&#34;") {
		t.Errorf("the name is not escaped")
	}
	for _, bad := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"/></svg>`,
		`<div>not a chart</div>`,
		`<svg xmlns="http://www.w3.org/2000/svg"`,
		// What an XML parser and a browser read differently (a reviewer's list):
		`<svg xmlns="http://www.w3.org/2000/svg"><p/><iframe srcdoc="x"/></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><a href="java&#x9;script:alert(1)"/></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://x.example/)</style></svg>`,
		`<svg xmlns="http://www.w3.org/2000/svg"><rect style="background:url(https://x.example/)"/></svg>`,
		`<?xml version="1.0"?><!--<svg><script>alert(1)</script>--><svg xmlns="http://www.w3.org/2000/svg"><image href="https://x.example/"/></svg>`,
	} {
		if err := template.Default().ReportPage(io.Discard, "Jo", r, [][]string{{bad}}); !errors.Is(err, template.ErrInvalid) {
			t.Errorf("chart %q: error %v, want ErrInvalid", bad, err)
		}
	}
	if err := template.Default().Execute(io.Discard, template.Text, template.NameReportPage, template.ReportPageData{Report: r}); !errors.Is(err, template.ErrInvalid) {
		t.Errorf("the page as text: error %v, want ErrInvalid", err)
	}
}

// TestSupportCard: the card of every sample plan has short sentences and
// no scale jargon; its HTML page is one well-formed document; a vendor's
// replacement of a part changes the card.
func TestSupportCard(t *testing.T) {
	r := sampleReport(t)
	var text, page bytes.Buffer
	if err := template.Default().SupportCard(&text, template.Text, "Jordan", r.Plan); err != nil {
		t.Fatal(err)
	}
	jargon := regexp.MustCompile(`(?i)\b(tep|intensity|rubrics?|scales?|benchmarks?)\b`)
	if w := jargon.FindString(text.String()); w != "" {
		t.Errorf("the card says %q:\n%s", w, text.String())
	}
	for _, s := range strings.FieldsFunc(text.String(), func(r rune) bool { return r == '.' || r == '\n' }) {
		if n := len(strings.Fields(s)); n > 25 {
			t.Errorf("a sentence of %d words: %q", n, s)
		}
	}
	for _, want := range []string{"Today with Jordan: support card, October 30, 2026", "Safety first", "give more support first"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the card does not say %q:\n%s", want, text.String())
		}
	}
	if err := template.Default().SupportCardPage(&page, "<b>Jo</b>", r.Plan); err != nil {
		t.Fatal(err)
	}
	testcheck.WellFormedXML(t, page.Bytes())
	set, err := template.New(template.Replace(template.NameCardPart, `{{if eq .Part "safety"}}Breathe first, then the task.{{else}}-{{end}}`))
	if err != nil {
		t.Fatal(err)
	}
	var replaced bytes.Buffer
	if err := set.SupportCard(&replaced, template.Text, "Jordan", r.Plan); err != nil || !strings.Contains(replaced.String(), "Breathe first") {
		t.Errorf("a replaced part: %v\n%s", err, replaced.String())
	}
}

// TestRatingSheet: the sheet has a column for every column of the CSV it
// is typed into (after the student and the date, which head it), and its
// page is well formed, with one heading cell a column.
func TestRatingSheet(t *testing.T) {
	elements := rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)
	d := template.SheetData{Student: "Jordan", Dates: []goal.Date{goal.MustDate(2026, 9, 14)},
		Periods: []progress.SheetPeriod{{Label: "1", Minutes: 50}, {Label: "2", Minutes: 45}}, Elements: elements}
	cols := d.Columns()
	if diff := cmp.Diff(progress.IntervalColumns(elements)[2:], cols[:len(cols)-2]); diff != "" {
		t.Errorf("the sheet's columns and the CSV's (-CSV +sheet):\n%s", diff)
	}
	var text, page bytes.Buffer
	if err := template.Default().RatingSheet(&text, template.Text, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(text.String(), "\n")
	if want := "Class period | Minutes | TEP 1–5 | Support 1–5 | De-escalation 1–5 | Visual 1–5 | Not rated / absent | Notes"; lines[1] != want {
		t.Errorf("the heading row:\n%q\nwant\n%q", lines[1], want)
	}
	if got := strings.Count(lines[2], "|"); got != len(cols)-1 {
		t.Errorf("a period's row %q has %d cells, want %d", lines[2], got+1, len(cols))
	}
	if err := template.Default().RatingSheet(&page, template.HTML, d); err != nil {
		t.Fatal(err)
	}
	th := 0
	dec := xml.NewDecoder(&page)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the sheet's page is not well formed: %v", err)
		}
		if s, ok := tok.(xml.StartElement); ok && s.Name.Local == "th" {
			th++
		}
	}
	if th != len(cols) {
		t.Errorf("%d heading cells, want %d", th, len(cols))
	}
}

// TestEvaluationTitlesFit: the default title of every built-in soft-skill
// area's benchmark, and a TEP one, fits Ed-Fi's 50 characters.
func TestEvaluationTitlesFit(t *testing.T) {
	bs := []goal.Benchmark{goal.MustBenchmark(goal.Spec{Measure: goal.MeasureTEP, TEP: rubric.MustBand[rubric.TEP](3, 5),
		Support: goal.MustSupportRange(4, 5), Threshold: 100, Focus: rubric.MustElementSet(rubric.DeEscalation)})}
	for _, area := range rubric.BuiltinSkillAreas() {
		bs = append(bs, goal.MustBenchmark(goal.Spec{Measure: goal.MeasureSoftSkill, Skill: area,
			Proficiency: rubric.MustBand[rubric.SoftSkill](2, 3), Support: goal.MustSupportRange(2, 3), Threshold: 100}))
	}
	for _, b := range bs {
		var title strings.Builder
		if err := template.Default().Execute(&title, template.Text, template.NameEvaluationTitle, template.TitleData{Number: "12.12", Benchmark: b}); err != nil {
			t.Fatal(err)
		}
		if n := utf8.RuneCountInString(title.String()); n > 50 {
			t.Errorf("%q: %d characters", title.String(), n)
		}
	}
}
