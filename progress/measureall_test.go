package progress_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
	"pgregory.net/rapid"
)

// intervalsCSV writes intervals as CSV.
func intervalsCSV(t interface{ Fatal(...any) }, ivs []progress.Interval) []byte {
	return intervalsIn(t, progress.FormatCSV, ivs)
}

// intervalsIn writes intervals in the format.
func intervalsIn(t interface{ Fatal(...any) }, f progress.Format, ivs []progress.Interval) []byte {
	var buf bytes.Buffer
	w := progress.NewIntervalWriter(&buf, f, profileElements)
	for _, iv := range ivs {
		if err := w.Write(iv); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestMeasureAllEqualsEachAlone is the one-pass property: measuring many
// benchmarks together gives, for each, the summary that measuring it alone
// gives — whatever the benchmarks, repeats among them, the format or the
// number of workers (every input is split across them: the parallel path
// is taken whenever Workers > 1 and the format is CSV), and the one-pass
// measurement on several workers equals each benchmark measured alone on
// one.
func TestMeasureAllEqualsEachAlone(t *testing.T) {
	progress.SplitSmall(t)
	rapid.Check(t, func(t *rapid.T) {
		ivs := genIntervals(0, 60).Draw(t, "intervals")
		bs := rapid.SliceOfN(genBenchmark, 1, 8).Draw(t, "benchmarks")
		if rapid.Bool().Draw(t, "repeat") {
			bs = append(bs, bs[0])
		}
		format := rapid.SampledFrom([]progress.Format{progress.FormatCSV, progress.FormatJSONLines}).Draw(t, "format")
		data := intervalsIn(t, format, ivs)
		opts := progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: format}, Workers: rapid.IntRange(1, 3).Draw(t, "workers")}
		all, err := progress.MeasureAll(bytes.NewReader(data), bs, opts)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(all.Benchmarks()), distinctCount(bs); got != want {
			t.Fatalf("%d summaries for %d distinct benchmarks", got, want)
		}
		for i, b := range bs {
			alone, err := progress.Measure(bytes.NewReader(data), b, progress.MeasureOptions{ReadOptions: progress.ReadOptions{Format: format}, Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			sum, ok := all.Summary(b)
			if !ok || !sum.Equal(alone) {
				t.Fatalf("benchmark %d: the one-pass summary differs from measuring it alone", i)
			}
		}
	})
}

func distinctCount(bs []goal.Benchmark) int {
	seen := map[goal.Benchmark]bool{}
	for _, b := range bs {
		seen[b] = true
	}
	return len(seen)
}

// TestMeasurePlan measures a stage-3 plan — an intensity ladder over
// intervals and a soft-skill ladder over opportunities — in one pass over
// each input, and checks each benchmark against measuring it alone.
func TestMeasurePlan(t *testing.T) {
	area := rubric.MustSkillArea(rubric.SkillGroupWork, "working successfully in a group")
	plan, err := goal.StandardPlan(goal.StageSkillDeficit, goal.LadderOptions{Focus: profileElements, Skills: []rubric.SkillArea{area}})
	if err != nil {
		t.Fatal(err)
	}
	cfg := progress.GenConfig{Seed: 3, Students: 3, Days: 20}
	var ivs, ops bytes.Buffer
	if _, err := progress.WriteGeneratedCSV(&ivs, cfg); err != nil {
		t.Fatal(err)
	}
	ow := progress.NewOpportunityWriter(&ops, progress.FormatCSV)
	for o := range progress.GenerateOpportunities(cfg) {
		o.Skill = area.ID()
		if err := ow.Write(o); err != nil {
			t.Fatal(err)
		}
	}
	if err := ow.Flush(); err != nil {
		t.Fatal(err)
	}
	all, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(ivs.Bytes()), bytes.NewReader(ops.Bytes()), progress.MeasureOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(all.Benchmarks()); got != 11 {
		t.Fatalf("%d benchmarks measured, want the plan's 11", got)
	}
	for _, g := range plan.Goals() {
		for i, b := range g.Benchmarks() {
			in := ivs.Bytes()
			if b.Measure() == goal.MeasureSoftSkill {
				in = ops.Bytes()
			}
			alone, err := progress.Measure(bytes.NewReader(in), b, progress.MeasureOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if sum, _ := all.Summary(b); !sum.Equal(alone) || sum.Len() != 3 {
				t.Errorf("%v benchmark %d: the plan's summary differs from measuring it alone", g.Target(), i)
			}
		}
	}
	if !all.Has("S00001") || all.Has("S00009") {
		t.Errorf("Has: S00001 %t, S00009 %t; want true, false", all.Has("S00001"), all.Has("S00009"))
	}
	if _, err := progress.MeasurePlan([]goal.Plan{plan}, bytes.NewReader(ivs.Bytes()), nil, progress.MeasureOptions{}); !errors.Is(err, goal.ErrInvalid) {
		t.Errorf("MeasurePlan without the opportunities the plan needs: %v, want goal.ErrInvalid", err)
	}
}

func TestMeasureAllRejects(t *testing.T) {
	soft := gen.BenchmarkOf(goal.MeasureSoftSkill).Example(1)
	tep := gen.BenchmarkOf(goal.MeasureTEP).Example(1)
	for name, tc := range map[string]struct {
		bs   []goal.Benchmark
		want error
	}{
		"no benchmark":     {nil, goal.ErrInvalid},
		"a zero benchmark": {[]goal.Benchmark{tep, {}}, goal.ErrInvalid},
		"both measures":    {[]goal.Benchmark{tep, soft}, progress.ErrMixedMeasures},
		"both, soft first": {[]goal.Benchmark{soft, tep}, progress.ErrMixedMeasures},
	} {
		if _, err := progress.MeasureAll(strings.NewReader("student,date,period,minutes,tep,intensity\n"), tc.bs, progress.MeasureOptions{}); !errors.Is(err, tc.want) {
			t.Errorf("%s: error = %v, want %v", name, err, tc.want)
		}
	}
	var empty progress.Summaries
	if _, err := empty.Days(tep, "S1"); !errors.Is(err, progress.ErrNotMeasured) {
		t.Errorf("Days of a benchmark not measured: %v, want ErrNotMeasured", err)
	}
}

// BenchmarkMeasurePlan measures, in one pass over a generated CSV of
// 1.26 M intervals (1,000 students × 180 days × 7 periods), the five TEP
// benchmarks of a stage-3 plan's intensity ladder — every benchmark of the
// plan that is measured over intervals; its six soft-skill benchmarks are
// measured over the opportunities, in their own pass — and reports the
// cost per row; beside it, the cost of one benchmark alone.
func BenchmarkMeasurePlan(b *testing.B) {
	var buf bytes.Buffer
	rows, err := progress.WriteGeneratedCSV(&buf, progress.GenConfig{Seed: 7, Students: 1000, Days: 180})
	if err != nil {
		b.Fatal(err)
	}
	ladder, err := goal.IntensityLadder(goal.LadderOptions{Focus: rubric.MustElementSet(rubric.DeEscalation, rubric.Visual)})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1, len(ladder)} {
		b.Run(fmt.Sprintf("benchmarks=%d/workers=1", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			for b.Loop() {
				if _, err := progress.MeasureAll(bytes.NewReader(buf.Bytes()), ladder[:n], progress.MeasureOptions{Workers: 1}); err != nil {
					b.Fatal(err)
				}
			}
			reportRows(b, int(rows))
		})
	}
}
