package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"slices"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/outfile"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/progress/assess"
	"github.com/iepgoal/iepgoal/rubric"
	"github.com/iepgoal/iepgoal/template"
)

// sample is the built-in data, the quickstart's school year.
var sample = progress.GenConfig{Seed: 1, Students: 8, Days: 180}

// focus are the plan's focus elements, two the generator records.
var focus = rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)

// samplePlan is the chart's stage-2 plan (support lowered step by step
// while the student keeps good functioning), a rung a trimester.
func samplePlan() (goal.Plan, error) {
	calendar := goal.MustCalendar(map[goal.Term]goal.Date{goal.Trimester1: goal.MustDate(2026, 11, 20),
		goal.Trimester2: goal.MustDate(2027, 2, 12), goal.Trimester3: goal.MustDate(2027, 5, 7)})
	return goal.StandardPlan(goal.StageMaintaining, goal.LadderOptions{Focus: focus, Calendar: calendar,
		Deadlines: []goal.Deadline{goal.ByEndOf(goal.Trimester1), goal.ByEndOf(goal.Trimester2), goal.ByEndOf(goal.Trimester3)},
		Period:    goal.MustPeriod(goal.MustDate(2026, 8, 31), goal.MustDate(2027, 6, 25))})
}

type config struct {
	tool         string // card, sheet or blank-csv
	student      goal.StudentID
	name, format string
	out          string
	asOf, date   goal.Date // zero: the last day of the data, the school day after it
	days         int
	words        *template.Set // the wording set of -lang
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("classroom", flag.ContinueOnError)
	fs.SetOutput(stderr)
	card := fs.Bool("card", false, "the student's support card")
	sheet := fs.Bool("sheet", false, "the daily rating sheet")
	blank := fs.Bool("blank-csv", false, "the blank CSV of the rating sheet")
	consistency := fs.Bool("consistency", false, "how consistently the adults record the student's support, per rater and class period, over the last ten school days")
	student := fs.String("student", "S00003", "opaque ID of the student (S00001…S00008 in the sample)")
	c := config{}
	fs.StringVar(&c.name, "name", "Jordan", "the student's name, used only in the wording")
	fs.StringVar(&c.format, "format", "text", "text or html (a printable page)")
	fs.StringVar(&c.out, "out", "", "write to this file (default: standard output)")
	asOf := fs.String("asof", "", "the card's date, YYYY-MM-DD (default: the last day of the data)")
	date := fs.String("date", "", "the sheet's first date, YYYY-MM-DD (default: the school day after the data's last)")
	fs.IntVar(&c.days, "days", 1, "school days of sheets, from -date (1–10)")
	lang := fs.String("lang", "en", "the language of the card, sheet or report: en or es")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	var tools []string
	for name, on := range map[string]bool{"card": *card, "sheet": *sheet, "blank-csv": *blank, "consistency": *consistency} {
		if on {
			tools = append(tools, name)
		}
	}
	if len(tools) != 1 {
		return config{}, fmt.Errorf("name one tool: -card, -sheet, -blank-csv or -consistency")
	}
	c.tool = tools[0]
	l, err := template.ParseLanguage(*lang)
	if err != nil {
		return config{}, fmt.Errorf("-lang: %w", err)
	}
	c.words = template.DefaultIn(l)
	if c.student, err = goal.ParseStudentID(*student); err != nil {
		return config{}, fmt.Errorf("-student: %w", err)
	}
	for _, d := range []struct {
		text string
		dst  *goal.Date
		flag string
	}{{*asOf, &c.asOf, "-asof"}, {*date, &c.date, "-date"}} {
		if d.text != "" {
			if *d.dst, err = goal.ParseDate(d.text); err != nil {
				return config{}, fmt.Errorf("%s: %w", d.flag, err)
			}
		}
	}
	switch {
	case c.format != "text" && c.format != "html":
		return config{}, fmt.Errorf("-format %q: want text or html", c.format)
	case c.tool == "blank-csv" && c.format != "text":
		return config{}, fmt.Errorf("-blank-csv writes CSV: leave -format out")
	case c.tool == "consistency" && c.format != "text":
		return config{}, fmt.Errorf("-consistency writes text only: leave -format out")
	case c.days < 1 || c.days > 10:
		return config{}, fmt.Errorf("-days %d: want 1 to 10", c.days)
	}
	return c, nil
}

// run is the program: flags in args, the tool on stdout or in -out.
func run(args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	var data bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&data, sample); err != nil {
		return err
	}
	var out bytes.Buffer
	switch c.tool {
	case "card":
		err = writeCard(&out, data.Bytes(), c)
	case "consistency":
		err = writeConsistency(&out, withRaters(data.Bytes()), c)
	default:
		err = writeSheet(&out, data.Bytes(), c)
	}
	if err != nil {
		return err
	}
	return outfile.Write(c.out, out.Bytes(), stdout)
}

// writeCard writes the student's support card as of the date.
func writeCard(out *bytes.Buffer, data []byte, c config) error {
	plan, err := samplePlan()
	if err != nil {
		return err
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(data), nil, progress.MeasureOptions{})
	if err != nil {
		return err
	}
	if c.asOf.IsZero() {
		c.asOf = measured.LastDate()
	}
	pa, err := assess.Plan(plan, measured, c.student, c.asOf, assess.PlanOptions{})
	if err != nil {
		return err
	}
	if c.format == "html" {
		return c.words.SupportCardPage(out, c.name, pa)
	}
	err = c.words.SupportCard(out, template.Text, c.name, pa)
	out.WriteByte('\n')
	return err
}

// withRaters adds a rater column to the sample: the staff member who has
// the student for each class period (T-01 in periods 1–3, T-02 in 4 and
// 5, T-03 after), as a school's data would carry it.
func withRaters(data []byte) []byte {
	var out bytes.Buffer
	for i, line := range bytes.Split(bytes.TrimSuffix(data, []byte("\n")), []byte("\n")) {
		out.Write(line)
		switch {
		case i == 0:
			out.WriteString(",rater")
		default:
			period := bytes.Split(line, []byte(","))[2]
			rater := "T-03"
			switch string(period) {
			case "1", "2", "3":
				rater = "T-01"
			case "4", "5":
				rater = "T-02"
			}
			out.WriteString("," + rater)
		}
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// writeConsistency writes how consistently the student's support is
// recorded over the last ten school days of data, for the plan's first
// benchmark worked on now.
func writeConsistency(out *bytes.Buffer, data []byte, c config) error {
	plan, err := samplePlan()
	if err != nil {
		return err
	}
	_, last, err := timetable(data, c.student)
	if err != nil {
		return err
	}
	from := last
	for n := 1; n < 10; n++ {
		for from = from.AddDays(-1); from.Weekday() == 0 || from.Weekday() == 6; from = from.AddDays(-1) {
		}
	}
	measured, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(data), nil, progress.MeasureOptions{})
	if err != nil {
		return err
	}
	pa, err := assess.Plan(plan, measured, c.student, last, assess.PlanOptions{})
	if err != nil {
		return err
	}
	current, _ := pa.Goals[0].CurrentAssessment()
	cons, err := assess.ConsistencyOf(progress.ReadRatedIntervals(bytes.NewReader(data), progress.ReadOptions{}), current.Benchmark, c.student,
		assess.ConsistencyOptions{From: from, To: last})
	if err != nil {
		return err
	}
	f := template.Text
	if c.format == "html" {
		f = template.HTML
	}
	err = c.words.Consistency(out, f, c.name, cons)
	out.WriteByte('\n')
	return err
}

// writeSheet writes the rating sheet, or its blank CSV, for the student's
// timetable: the class periods of the last ten school days of data.
func writeSheet(out *bytes.Buffer, data []byte, c config) error {
	periods, last, err := timetable(data, c.student)
	if err != nil {
		return err
	}
	if c.date.IsZero() {
		c.date = nextSchoolDay(last)
	}
	dates := []goal.Date{c.date}
	for len(dates) < c.days {
		dates = append(dates, nextSchoolDay(dates[len(dates)-1]))
	}
	if c.tool == "blank-csv" {
		return progress.WriteBlankSheet(out, c.student, dates, periods, focus)
	}
	f := template.Text
	if c.format == "html" {
		f = template.HTML
	}
	err = c.words.RatingSheet(out, f, template.SheetData{Student: c.name, Dates: dates, Periods: periods, Elements: focus})
	if f == template.Text {
		out.WriteByte('\n')
	}
	return err
}

// timetable returns the class periods of the student's last ten school
// days of data, in the order of the day, each with the minutes it most
// often had, and the data's last date for the student.
func timetable(data []byte, id goal.StudentID) ([]progress.SheetPeriod, goal.Date, error) {
	var ivs []progress.Interval
	for iv, err := range progress.ReadIntervals(bytes.NewReader(data), progress.ReadOptions{}) {
		if err != nil {
			return nil, goal.Date{}, err
		}
		if iv.Student == id {
			ivs = append(ivs, iv)
		}
	}
	if len(ivs) == 0 {
		return nil, goal.Date{}, fmt.Errorf("-student %s: no data", id)
	}
	var days []goal.Date
	for _, iv := range ivs {
		if !slices.Contains(days, iv.Date) {
			days = append(days, iv.Date)
		}
	}
	slices.SortFunc(days, func(a, b goal.Date) int { return a.Compare(b) })
	recent := days[max(0, len(days)-10):]
	minutes := map[string]map[int]int{}
	var order []string
	for _, iv := range ivs {
		if !slices.Contains(recent, iv.Date) {
			continue
		}
		if minutes[iv.Period] == nil {
			minutes[iv.Period] = map[int]int{}
			order = append(order, iv.Period)
		}
		minutes[iv.Period][iv.Minutes]++
	}
	var out []progress.SheetPeriod
	for _, p := range order {
		best, n := 0, 0
		for m, k := range minutes[p] {
			if k > n || k == n && m < best {
				best, n = m, k
			}
		}
		out = append(out, progress.SheetPeriod{Label: p, Minutes: best})
	}
	return out, days[len(days)-1], nil
}

// nextSchoolDay returns the next weekday after d.
func nextSchoolDay(d goal.Date) goal.Date {
	for d = d.AddDays(1); d.Weekday() == 0 || d.Weekday() == 6; d = d.AddDays(1) {
	}
	return d
}
