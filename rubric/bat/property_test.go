package bat_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/iepgoal/iepgoal/rubric/bat"
	"github.com/iepgoal/iepgoal/rubric/instrument"
	"pgregory.net/rapid"
)

// otherStrategies are names for strategies other than the main one; one
// needs CSV quoting.
var otherStrategies = []string{"Mentoring", "Social skills group", `Check & connect, "CC"`}

// genAdministration draws a valid BAT administration in any answer order.
// When partial is true some items are left unanswered. Some per-strategy
// items also get answers for other strategies.
func genAdministration(partial bool) *rapid.Generator[instrument.Administration] {
	return rapid.Custom(func(t *rapid.T) instrument.Administration {
		a := instrument.Administration{
			School:       rapid.SampledFrom([]string{"Lincoln Middle", "Oak Ridge High"}).Draw(t, "school"),
			Date:         rapid.SampledFrom([]string{"2026-05-01", "2027-05-14", "2028-02-29"}).Draw(t, "date"),
			Respondents:  rapid.SliceOfN(rapid.SampledFrom([]string{"A. Lee", "B. Ortiz", "C. Wu"}), 0, 3).Draw(t, "respondents"),
			MainStrategy: "Check-in/check-out",
		}
		level := rapid.SampledFrom(instrument.Responses())
		for _, it := range bat.Instrument().Items() {
			if partial && rapid.Bool().Draw(t, "skip") {
				continue
			}
			a.Answers = append(a.Answers, instrument.Answer{Item: it.Number, Level: level.Draw(t, "level")})
		}
		for _, s := range rapid.SliceOfNDistinct(rapid.SampledFrom(otherStrategies), 0, 2, rapid.ID).Draw(t, "others") {
			for n := bat.FirstStrategyItem; n <= bat.LastStrategyItem; n++ {
				if rapid.Bool().Draw(t, "other answered") {
					a.Answers = append(a.Answers, instrument.Answer{Item: n, Level: level.Draw(t, "other level"), Strategy: s})
				}
			}
		}
		a.Answers = rapid.Permutation(a.Answers).Draw(t, "order")
		return a
	})
}

// parts lists every score of s: the sections, the groupings and the total.
func parts(s instrument.Scores) []instrument.Score {
	var out []instrument.Score
	for _, p := range append(s.Sections, s.Groupings...) {
		out = append(out, p.Score)
	}
	return append(out, s.Total)
}

func TestPropertyPercentInRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		s, err := bat.Instrument().Score(a, instrument.AllowPartial())
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range parts(s) {
			if pct := p.Percent(); pct < 0 || pct > 100 {
				t.Fatalf("percent %v out of [0, 100] for %+v", pct, p)
			}
		}
	})
}

func TestPropertyTotalIsSumOfSections(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		s, err := bat.Instrument().Score(a, instrument.AllowPartial())
		if err != nil {
			t.Fatal(err)
		}
		points, possible, unanswered := 0, 0, 0
		for _, p := range s.Sections {
			points += p.Score.Points
			possible += p.Score.Possible
			unanswered += len(p.Score.Unanswered)
		}
		if points != s.Total.Points || possible != s.Total.Possible || unanswered != len(s.Total.Unanswered) {
			t.Fatalf("sections sum to %d/%d with %d unanswered, total is %d/%d with %d", points, possible, unanswered,
				s.Total.Points, s.Total.Possible, len(s.Total.Unanswered))
		}
		if s.Total.Possible+2*len(s.Total.Unanswered) != bat.MaxPoints {
			t.Fatalf("possible %d + 2 × %d unanswered ≠ %d", s.Total.Possible, len(s.Total.Unanswered), bat.MaxPoints)
		}
	})
}

func TestPropertyRaisingAnItemNeverLowersAScore(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		var raisable []int
		for i, ans := range a.Answers {
			if ans.Strategy == "" && ans.Level.Compare(instrument.Full) < 0 {
				raisable = append(raisable, i)
			}
		}
		if len(raisable) == 0 {
			t.Skip("nothing to raise")
		}
		i := rapid.SampledFrom(raisable).Draw(t, "answer")
		before, err := bat.Instrument().Score(a, instrument.AllowPartial())
		if err != nil {
			t.Fatal(err)
		}
		raised := a
		raised.Answers = append([]instrument.Answer(nil), a.Answers...)
		raised.Answers[i].Level = rapid.SampledFrom(instrument.Responses()[a.Answers[i].Level.Level()+1:]).Draw(t, "raised level")
		after, err := bat.Instrument().Score(raised, instrument.AllowPartial())
		if err != nil {
			t.Fatal(err)
		}
		pb, pa := parts(before), parts(after)
		for k := range pb {
			if pa[k].Points < pb[k].Points || pa[k].Percent() < pb[k].Percent() {
				t.Fatalf("raising item %d to %v lowered a score: %+v → %+v", a.Answers[i].Item, raised.Answers[i].Level, pb[k], pa[k])
			}
		}
	})
}

func TestPropertyActionPlanCoversItemsBelowFull(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		plan, err := bat.Instrument().ActionPlan(a, instrument.AllowPartial())
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]instrument.Response{}
		for _, ans := range a.Answers {
			if ans.Strategy == "" && ans.Level != instrument.Full {
				want[ans.Item] = ans.Level
			}
		}
		got := map[int]instrument.Response{}
		for k, e := range plan {
			got[e.Item] = e.Level
			if k > 0 && plan[k-1].Item >= e.Item {
				t.Fatalf("plan out of order: item %d after %d", e.Item, plan[k-1].Item)
			}
			if e.Priority != instrument.DefaultPriority(instrument.Item{}, e.Level) || e.Goal+e.Tasks+e.Who+e.ByWhen != "" {
				t.Fatalf("entry %+v has the wrong priority or filled-in fields", e)
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("plan items (-want +got):\n%s", diff)
		}
	})
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		data, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		back, err := instrument.ReadAdministrationJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadAdministrationJSON(%s): %v", data, err)
		}
		if diff := cmp.Diff(a, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("JSON round trip (-want +got):\n%s", diff)
		}
	})
}

func TestPropertyCSVRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := genAdministration(true).Draw(t, "administration")
		var b bytes.Buffer
		if err := instrument.WriteAnswersCSV(&b, a.Answers); err != nil {
			t.Fatal(err)
		}
		back, err := bat.Instrument().ReadAnswersCSV(&b)
		if err != nil {
			t.Fatalf("ReadAnswersCSV: %v", err)
		}
		if diff := cmp.Diff(a.Answers, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("CSV round trip (-want +got):\n%s", diff)
		}
	})
}
