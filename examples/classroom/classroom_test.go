package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/iepgoal/iepgoal/internal/testcheck"
	"github.com/iepgoal/iepgoal/progress"
)

func runOut(t *testing.T, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(args, &out, io.Discard); err != nil {
		t.Fatalf("run(%q): %v", args, err)
	}
	return out.String()
}

func wellFormed(t *testing.T, page string) { t.Helper(); testcheck.WellFormedXML(t, []byte(page)) }

func TestCard(t *testing.T) {
	card := runOut(t, "-card", "-name", "Sam", "-asof", "2026-11-02")
	for _, want := range []string{"Today with Sam: support card, November 2, 2026", "Support for each focus: De-escalation: level 4 or less", "Safety first"} {
		if !strings.Contains(card, want) {
			t.Errorf("the card does not say %q:\n%s", want, card)
		}
	}
	wellFormed(t, runOut(t, "-card", "-format", "html"))
}

// TestSheet: the sheet lists the student's class periods with their
// minutes; its blank CSV reads back with no error, every row unrated, the
// same periods and minutes.
func TestSheet(t *testing.T) {
	sheet := runOut(t, "-sheet", "-date", "2027-05-10", "-days", "2")
	if !strings.Contains(sheet, "Rating sheet: Jordan, May 10, 2027") || !strings.Contains(sheet, "Rating sheet: Jordan, May 11, 2027") {
		t.Errorf("the sheet:\n%s", sheet)
	}
	wellFormed(t, runOut(t, "-sheet", "-format", "html"))
	blank := runOut(t, "-blank-csv", "-date", "2027-05-10", "-days", "2")
	var report progress.Report
	n := 0
	for iv, err := range progress.ReadIntervals(strings.NewReader(blank), progress.ReadOptions{Report: &report}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if iv.TEP != 0 || iv.Intensity != 0 || iv.Student != "S00003" {
			t.Errorf("a blank row reads as %+v", iv)
		}
	}
	if n != 14 || report.Unrated != 14 || report.Rejected != 0 {
		t.Errorf("%d rows, %+v; want 7 periods × 2 days, all unrated", n, report)
	}
	for _, line := range strings.Split(sheet, "\n")[2:9] {
		label, rest, _ := strings.Cut(line, " | ")
		minutes, _, _ := strings.Cut(rest, " |")
		if !strings.Contains(blank, "S00003,2027-05-10,"+label+","+minutes+",") {
			t.Errorf("the sheet's row %q is not in the blank CSV", line)
		}
	}
}

func TestRunErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-card", "-sheet"}, {"-card", "-format", "pdf"}, {"-blank-csv", "-format", "html"}, {"-consistency", "-format", "html"},
		{"-sheet", "-days", "11"}, {"-card", "-student", "S99999"}, {"-sheet", "-date", "2027-02-30"}} {
		var out bytes.Buffer
		if err := run(args, &out, io.Discard); err == nil || out.Len() != 0 {
			t.Errorf("run(%q): %v, %d bytes written", args, err, out.Len())
		}
	}
	out := filepath.Join(t.TempDir(), "card.html")
	if err := run([]string{"-card", "-format", "html", "-out", out}, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) {
		t.Errorf("-out: %v", err)
	}
}

// TestConsistency: the sample with its rater column reports the three
// raters and the seven class periods, and the same support everywhere
// flags nobody.
func TestConsistency(t *testing.T) {
	text := runOut(t, "-consistency")
	for _, want := range []string{"By rater\n  T-01:", "\n  T-02:", "\n  T-03:", "By class period\n  1:", "\n  7:"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report does not say %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "flagged") {
		t.Errorf("a rater or period flagged in generated data:\n%s", text)
	}
}

// TestSpanish: -lang es prints the card, the sheet (its page too) and the
// consistency report in Spanish, with no English word.
func TestSpanish(t *testing.T) {
	english := regexp.MustCompile(`(?i)\b(the|will|of|and|with|for|support|minutes|period|rated|notes|day)\b`)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-card", "-name", "José"}, "Hoy con José: tarjeta de apoyo"},
		{[]string{"-sheet", "-date", "2027-05-10"}, "Clase | Minutos | TCP 1–5 | Apoyo 1–5 | Desescalamiento 1–5 | Apoyo visual 1–5 | Sin calificar / ausente | Observaciones"},
		{[]string{"-sheet", "-date", "2027-05-10", "-format", "html"}, `<html lang="es">`},
		{[]string{"-consistency"}, "Por evaluador(a)"},
	} {
		out := runOut(t, append([]string{"-lang", "es"}, tt.args...)...)
		if !strings.Contains(out, tt.want) {
			t.Errorf("%v: no %q in:\n%s", tt.args, tt.want, out)
		}
		text := regexp.MustCompile(`(?s)<style.*?</style>|<[^>]*>`).ReplaceAllString(out, " ")
		if w := english.FindString(text); w != "" {
			t.Errorf("%v: an English word %q in:\n%s", tt.args, w, text)
		}
	}
}
