package bat_test

import (
	"bytes"
	"testing"

	"github.com/iepgoal/iepgoal/rubric/bat"
	"github.com/iepgoal/iepgoal/rubric/instrument"
)

func BenchmarkScore(b *testing.B) {
	a := administrationOf(b, "2027-05-14", handLevels)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bat.Instrument().Score(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadAnswersCSV(b *testing.B) {
	a := administrationOf(b, "2027-05-14", handLevels)
	var buf bytes.Buffer
	if err := instrument.WriteAnswersCSV(&buf, a.Answers); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bat.Instrument().ReadAnswersCSV(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(a.Answers))/b.Elapsed().Seconds(), "rows/s")
}
