package rubric_test

import (
	"testing"

	"github.com/iepgoal/iepgoal/rubric"
)

// hotPaths are the operations that run once per rated interval or per
// parsed cell; none of them may allocate.
var hotPaths = []struct {
	name string
	f    func()
}{
	{"ParseTEP number", func() { _, _ = rubric.ParseTEP("4") }},
	{"ParseTEP label", func() { _, _ = rubric.ParseTEP("Excellent") }},
	{"ParseIntensity", func() { _, _ = rubric.ParseIntensity("moderate") }},
	{"ParseSoftSkill", func() { _, _ = rubric.ParseSoftSkill("generalized across settings") }},
	{"ParseBand", func() { _, _ = rubric.ParseBand[rubric.TEP]("3-5") }},
	{"ParseBand labels", func() { _, _ = rubric.ParseBand[rubric.Intensity]("high to extreme") }},
	{"ParseElement", func() { _, _ = rubric.ParseElement("Staff to Student Ratio") }},
	{"ParseElement 2016 name", func() { _, _ = rubric.ParseElement("Hierarchy of Needs") }},
	{"TEP.UnmarshalText label", func() { _ = tepSink.UnmarshalText(excellentText) }},
	{"Intensity.UnmarshalText label", func() { _ = intensitySink.UnmarshalText(moderateText) }},
	{"SoftSkill.UnmarshalText number", func() { _ = softSkillSink.UnmarshalText(threeText) }},
	{"Element.UnmarshalText", func() { _ = elementSink.UnmarshalText(visualText) }},
	{"Intensity.Scan", func() { _ = intensitySink.Scan(int64(4)) }},
	{"TEP.Value", func() { _, _ = rubric.TEPGood.Value() }},
	{"TEP.String", func() { _ = rubric.TEPGood.String() }},
	{"Intensity.String", func() { _ = rubric.IntensityMild.String() }},
	{"SoftSkill.String unrated", func() { _ = rubric.SoftSkill(0).String() }},
	{"TEP.Label", func() { _ = rubric.TEPFair.Label() }},
	{"TEP.AppendText", func() { _, _ = rubric.TEPGood.AppendText(buf[:0]) }},
	{"Intensity.AppendText", func() { _, _ = rubric.IntensityHigh.AppendText(buf[:0]) }},
	{"SoftSkill.AppendText", func() { _, _ = rubric.SoftSkillEmerging.AppendText(buf[:0]) }},
	{"Band.AppendText", func() { _, _ = fairToExcellent.AppendText(buf[:0]) }},
	{"Element.AppendText", func() { _, _ = rubric.DeEscalation.AppendText(buf[:0]) }},
	{"Element.String", func() { _ = rubric.DeEscalation.String() }},
	{"Band.Contains", func() { _ = fairToExcellent.Contains(rubric.TEPGood) }},
	{"SupportProfile.MaxOf", func() { _ = profile.MaxOf(focus) }},
	{"SupportProfile.Get", func() { _ = profile.Get(rubric.Visual) }},
	{"ElementSet.Has", func() { _ = focus.Has(rubric.Visual) }},
}

var (
	// The Unmarshal targets and inputs live outside the closures so that
	// only the methods' own allocations are counted.
	tepSink       rubric.TEP
	intensitySink rubric.Intensity
	softSkillSink rubric.SoftSkill
	elementSink   rubric.Element
	excellentText = []byte("EXCELLENT")
	moderateText  = []byte("moderate")
	threeText     = []byte("3")
	visualText    = []byte("Visual")

	buf             = make([]byte, 0, 64)
	fairToExcellent = rubric.MustBand(rubric.TEPFair, rubric.TEPExcellent)
	focus           = rubric.MustElementSet(rubric.DeEscalation, rubric.Visual, rubric.Mood)
	profile         = rubric.SupportProfile{}.
			With(rubric.DeEscalation, rubric.IntensityHigh).
			With(rubric.Visual, rubric.IntensityMild).
			With(rubric.Relationship, rubric.IntensityExtreme)
)

func TestHotPathsDoNotAllocate(t *testing.T) {
	for _, hp := range hotPaths {
		t.Run(hp.name, func(t *testing.T) {
			if n := testing.AllocsPerRun(100, hp.f); n != 0 {
				t.Errorf("%s allocates %v times per run, want 0", hp.name, n)
			}
		})
	}
}

func BenchmarkHotPaths(b *testing.B) {
	for _, hp := range hotPaths {
		b.Run(hp.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				hp.f()
			}
		})
	}
}

func BenchmarkSupportProfileJSON(b *testing.B) {
	data, err := profile.MarshalJSON()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = profile.MarshalJSON()
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		var p rubric.SupportProfile
		for b.Loop() {
			_ = p.UnmarshalJSON(data)
		}
	})
}
