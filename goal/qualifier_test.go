package goal_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

func TestQualifierAgreesWithReference(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := gen.Benchmark().Draw(t, "benchmark")
		q := b.Qualifier()
		p := gen.SupportProfile().Draw(t, "profile")
		tep := gen.OrUnrated(gen.TEP()).Draw(t, "tep")
		overall := gen.OrUnrated(gen.Intensity()).Draw(t, "overall")
		skill := gen.OrUnrated(gen.SoftSkill()).Draw(t, "skill")
		wantInterval := b.Measure() == goal.MeasureTEP && naiveInterval(b.TEPBand(), b.Support(), b.Focus(), tep, overall, &p)
		if got := q.QualifiesInterval(tep, overall, &p); got != wantInterval {
			t.Fatalf("Qualifier().QualifiesInterval(%d, %d, %v) = %v, want %v", tep, overall, p, got, wantInterval)
		}
		wantNil := b.Measure() == goal.MeasureTEP && naiveInterval(b.TEPBand(), b.Support(), b.Focus(), tep, overall, nil)
		if got := q.QualifiesInterval(tep, overall, nil); got != wantNil {
			t.Fatalf("Qualifier().QualifiesInterval(%d, %d, nil) = %v, want %v", tep, overall, got, wantNil)
		}
		wantOpp := b.Measure() == goal.MeasureSoftSkill && naiveOpportunity(b.ProficiencyBand(), b.Support(), skill, overall)
		if got := q.QualifiesOpportunity(skill, overall); got != wantOpp {
			t.Fatalf("Qualifier().QualifiesOpportunity(%d, %d) = %v, want %v", skill, overall, got, wantOpp)
		}
	})
}

func TestZeroQualifierQualifiesNothing(t *testing.T) {
	var q goal.Qualifier
	p := rubric.SupportProfile{}.With(rubric.DeEscalation, 1)
	for tep := rubric.TEP(0); tep <= 5; tep++ {
		for v := rubric.Intensity(0); v <= 5; v++ {
			if q.QualifiesInterval(tep, v, &p) || q.QualifiesOpportunity(rubric.SoftSkill(tep), v) {
				t.Fatalf("the zero Qualifier qualifies rating %d at intensity %d", tep, v)
			}
		}
	}
}
