package template

import "github.com/iepgoal/iepgoal/rubric"

// scoreReportSamples returns score reports that take every branch of the
// default template: with and without a comparison, items moved up, down
// and not at all, a section with nothing answered, unanswered items, an
// empty plan and a plan with fields filled in.
func scoreReportSamples() []ScoreReportData {
	item := func(n int, label string) rubric.Item {
		return rubric.Item{Number: n, Label: label, Descriptors: [3]string{"not begun", "begun", "done"}}
	}
	in := rubric.MustInstrument("Sample self-assessment", []rubric.Section{
		{ID: "A", Title: "Foundations", Items: []rubric.Item{item(1, "team named"), item(2, "data reviewed")}},
		{ID: "B", Title: "Practice", Items: []rubric.Item{item(3, "strategy taught"), item(4, "families told")}},
		{ID: "C", Title: "Review", Items: []rubric.Item{item(5, "yearly review")}},
	}, []rubric.Grouping{{ID: "core", Title: "Core", Sections: []string{"A", "B"}}})
	admin := func(date string, levels ...rubric.Response) rubric.Administration {
		a := rubric.Administration{School: "Sample School", Date: date}
		for i, r := range levels {
			if r != 0 {
				a.Answers = append(a.Answers, rubric.Answer{Item: i + 1, Level: r})
			}
		}
		return a
	}
	const n, p, f = rubric.ResponseNotStarted, rubric.ResponsePartial, rubric.ResponseFull
	last := admin("2026-05-15", n, p, p, f, p)
	this := admin("2027-05-14", p, p, f, p, n)
	partial := admin("2027-05-14", f, 0, f, 0, 0)
	same := admin("2028-05-12", p, p, f, p, n)

	compared, err := ScoreReportOf(in, &last, this)
	if err != nil {
		panic(err)
	}
	compared.Plan[0].Goal, compared.Plan[0].Tasks = "a named team meets monthly", "invite members; set dates"
	compared.Plan[0].Who, compared.Plan[0].ByWhen = "principal", "2027-09-30"
	alone, err := ScoreReportOf(in, nil, partial, rubric.AllowPartial())
	if err != nil {
		panic(err)
	}
	unchanged, err := ScoreReportOf(in, &this, same)
	if err != nil {
		panic(err)
	}
	return []ScoreReportData{compared, alone, unchanged}
}
