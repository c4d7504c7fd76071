package template

import "github.com/iepgoal/iepgoal/rubric/instrument"

// scoreReportSamples returns score reports that take every branch of the
// default template: with and without a comparison, items moved up, down
// and not at all, a section with nothing answered, unanswered items, an
// empty plan and a plan with fields filled in.
func scoreReportSamples() []ScoreReportData {
	item := func(n int, label string) instrument.Item {
		return instrument.Item{Number: n, Label: label, Descriptors: [3]string{"not begun", "begun", "done"}}
	}
	in := instrument.Must("Sample self-assessment", []instrument.Section{
		{ID: "A", Title: "Foundations", Items: []instrument.Item{item(1, "team named"), item(2, "data reviewed")}},
		{ID: "B", Title: "Practice", Items: []instrument.Item{item(3, "strategy taught"), item(4, "families told")}},
		{ID: "C", Title: "Review", Items: []instrument.Item{item(5, "yearly review")}},
	}, []instrument.Grouping{{ID: "core", Title: "Core", Sections: []string{"A", "B"}}})
	admin := func(date string, levels ...instrument.Response) instrument.Administration {
		a := instrument.Administration{School: "Sample School", Date: date}
		for i, r := range levels {
			if r.IsValid() {
				a.Answers = append(a.Answers, instrument.Answer{Item: i + 1, Level: r})
			}
		}
		return a
	}
	n, p, f, none := instrument.NotStarted, instrument.Partial, instrument.Full, instrument.Response{}
	last := admin("2026-05-15", n, p, p, f, p)
	this := admin("2027-05-14", p, p, f, p, n)
	partial := admin("2027-05-14", f, none, f, none, none)
	same := admin("2028-05-12", p, p, f, p, n)

	compared, err := ScoreReportOf(in, &last, this)
	if err != nil {
		panic(err)
	}
	compared.Plan[0].Goal, compared.Plan[0].Tasks = "a named team meets monthly", "invite members; set dates"
	compared.Plan[0].Who, compared.Plan[0].ByWhen = "principal", "2027-09-30"
	alone, err := ScoreReportOf(in, nil, partial, instrument.AllowPartial())
	if err != nil {
		panic(err)
	}
	unchanged, err := ScoreReportOf(in, &this, same)
	if err != nil {
		panic(err)
	}
	return []ScoreReportData{compared, alone, unchanged}
}
