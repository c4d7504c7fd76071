package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The reference computation: the weekly and summary outputs computed the
// straightforward way, with encoding/csv, maps and time.Time.ISOWeek,
// sharing no code with package progress or the program.

// refQuery is what the reference computes: the flags' meaning.
type refQuery struct {
	low, high    int      // TEP band
	maxIntensity int      // support ceiling
	focus        []string // element column keys ("de-escalation")
	threshold    float64
	asOf         time.Time
}

// refMinutes is one student-day's or student-week's minutes.
type refMinutes struct{ rated, qualifying int64 }

type refWeek struct {
	student    string
	year, week int
}

// reference returns the weekly and summary CSV the program must write.
// fataler is the part of *testing.T and *rapid.T the reference uses.
type fataler interface {
	Helper()
	Fatalf(format string, args ...any)
}

func reference(t fataler, in io.Reader, q refQuery) (weekly, summary string) {
	t.Helper()
	rows, err := csv.NewReader(in).ReadAll()
	if err != nil {
		t.Fatalf("reference: %v", err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[strings.ToLower(name)] = i
	}
	weeks := map[refWeek]refMinutes{}
	days := map[string]map[time.Time]refMinutes{}
	for _, r := range rows[1:] {
		student := r[col["student"]]
		date, err := time.Parse(time.DateOnly, r[col["date"]])
		if err != nil {
			t.Fatalf("reference: %v", err)
		}
		minutes := refInt(t, r[col["minutes"]])
		var m refMinutes
		if tep := r[col["tep"]]; tep != "" {
			m.rated = minutes
			if refQualifies(t, r, col, refInt(t, tep), q) {
				m.qualifying = minutes
			}
		}
		y, w := date.ISOWeek()
		k := refWeek{student, y, w}
		weeks[k] = refMinutes{weeks[k].rated + m.rated, weeks[k].qualifying + m.qualifying}
		if days[student] == nil {
			days[student] = map[time.Time]refMinutes{}
		}
		d := days[student][date]
		days[student][date] = refMinutes{d.rated + m.rated, d.qualifying + m.qualifying}
	}
	return refWeekly(weeks), refSummary(days, q)
}

func refQualifies(t fataler, r []string, col map[string]int, tep int64, q refQuery) bool {
	overall := r[col["intensity"]]
	if tep < int64(q.low) || tep > int64(q.high) || overall == "" || refInt(t, overall) > int64(q.maxIntensity) {
		return false
	}
	for _, e := range q.focus {
		if i, ok := col["intensity:"+e]; ok && r[i] != "" && refInt(t, r[i]) > int64(q.maxIntensity) {
			return false
		}
	}
	return true
}

func refInt(t fataler, s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("reference: %v", err)
	}
	return n
}

func refPercent(m refMinutes) string {
	if m.rated == 0 {
		return ""
	}
	return strconv.FormatFloat(float64(m.qualifying)*100/float64(m.rated), 'f', 4, 64)
}

func refWeekly(weeks map[refWeek]refMinutes) string {
	keys := make([]refWeek, 0, len(weeks))
	for k := range weeks {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b refWeek) int {
		if c := strings.Compare(a.student, b.student); c != 0 {
			return c
		}
		if a.year != b.year {
			return a.year - b.year
		}
		return a.week - b.week
	})
	var b strings.Builder
	w := csv.NewWriter(&b) // encoding/csv's own quoting, not the program's
	w.Write([]string{"student", "iso_year", "iso_week", "rated_minutes", "qualifying_minutes", "percent"})
	for _, k := range keys {
		m := weeks[k]
		w.Write([]string{k.student, fmt.Sprint(k.year), fmt.Sprint(k.week), fmt.Sprint(m.rated), fmt.Sprint(m.qualifying), refPercent(m)})
	}
	w.Flush()
	return b.String()
}

func refSummary(days map[string]map[time.Time]refMinutes, q refQuery) string {
	students := make([]string, 0, len(days))
	for s := range days {
		students = append(students, s)
	}
	slices.Sort(students)
	var b strings.Builder
	cw := csv.NewWriter(&b)
	cw.Write([]string{"student", "window_days", "window_rated_minutes", "window_qualifying_minutes", "window_percent", "met"})
	for _, s := range students {
		var rated []time.Time
		for d, m := range days[s] {
			if !d.After(q.asOf) && m.rated > 0 {
				rated = append(rated, d)
			}
		}
		slices.SortFunc(rated, func(a, b time.Time) int { return b.Compare(a) }) // latest first
		rated = rated[:min(len(rated), 10)]
		var w refMinutes
		for _, d := range rated {
			w.rated += days[s][d].rated
			w.qualifying += days[s][d].qualifying
		}
		met := w.rated > 0 && float64(w.qualifying)*100/float64(w.rated) >= q.threshold && len(rated) >= 5
		cw.Write([]string{s, fmt.Sprint(len(rated)), fmt.Sprint(w.rated), fmt.Sprint(w.qualifying), refPercent(w), fmt.Sprint(met)})
	}
	cw.Flush()
	return b.String()
}
