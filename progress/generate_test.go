package progress_test

import (
	"slices"
	"testing"
	"time"

	"github.com/iepgoal/iepgoal/progress"
)

func TestGenerate(t *testing.T) {
	cfg := progress.GenConfig{Seed: 11, Students: 20, Days: 180}
	ivs := slices.Collect(progress.Generate(cfg))
	if want := 20 * 180 * 7; len(ivs) != want {
		t.Fatalf("Generate yielded %d intervals, want %d", len(ivs), want)
	}
	if !slices.Equal(ivs, slices.Collect(progress.Generate(cfg))) {
		t.Errorf("Generate is not deterministic")
	}
	cfg.Seed++
	if slices.Equal(ivs, slices.Collect(progress.Generate(cfg))) {
		t.Errorf("another seed gives the same data")
	}
	var unrated, rated, inBand, early, late, earlyRated, lateRated int
	var earlySupport, lateSupport, earlyN, lateN int
	last := ivs[len(ivs)-1].Date
	for i, iv := range ivs {
		if err := iv.Validate(); err != nil {
			t.Fatalf("interval %d is invalid: %v", i, err)
		}
		if wd := iv.Date.Weekday(); wd == time.Saturday || wd == time.Sunday {
			t.Fatalf("interval %d falls on a %v", i, wd)
		}
		if iv.Minutes < 45 || iv.Minutes > 60 {
			t.Fatalf("interval %d lasts %d minutes, want 45–60", i, iv.Minutes)
		}
		if iv.Profile.Elements()&^progress.GeneratedElements() != 0 {
			t.Fatalf("interval %d records elements outside GeneratedElements", i)
		}
		if iv.TEP == 0 {
			unrated++
			continue
		}
		if iv.Date.DaysSince(progress.DefaultGenStart) < 30 {
			earlySupport, earlyN = earlySupport+int(iv.Intensity), earlyN+1
		} else if last.DaysSince(iv.Date) < 30 {
			lateSupport, lateN = lateSupport+int(iv.Intensity), lateN+1
		}
		rated++
		good := iv.TEP >= 3
		if good {
			inBand++
		}
		switch {
		case iv.Date.DaysSince(progress.DefaultGenStart) < 30:
			earlyRated++
			if good {
				early++
			}
		case last.DaysSince(iv.Date) < 30:
			lateRated++
			if good {
				late++
			}
		}
	}
	if share := float64(unrated) / float64(len(ivs)); share < 0.02 || share > 0.12 {
		t.Errorf("%.1f%% of intervals unrated, want absences and missed observations around 6%%", 100*share)
	}
	if e, l := float64(earlySupport)/float64(earlyN), float64(lateSupport)/float64(lateN); l > e-1.5 {
		t.Errorf("support does not fade: mean intensity %.2f early, %.2f late", e, l)
	}
	if e, l := float64(early)/float64(earlyRated), float64(late)/float64(lateRated); l < e+0.2 {
		t.Errorf("ratings do not improve over the year: %.2f in band early, %.2f late", e, l)
	}
}

func TestGenerateOpportunities(t *testing.T) {
	cfg := progress.GenConfig{Seed: 3, Students: 5, Days: 10, Opportunities: 4}
	ops := slices.Collect(progress.GenerateOpportunities(cfg))
	if len(ops) != 5*10*4 {
		t.Fatalf("GenerateOpportunities yielded %d, want 200", len(ops))
	}
	for i, o := range ops {
		if err := o.Validate(); err != nil {
			t.Fatalf("opportunity %d is invalid: %v", i, err)
		}
	}
	if !slices.Equal(ops, slices.Collect(progress.GenerateOpportunities(cfg))) {
		t.Errorf("GenerateOpportunities is not deterministic")
	}
}
