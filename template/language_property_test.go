package template

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/gen"
	"github.com/iepgoal/iepgoal/rubric"
)

// englishStops are English words that no Spanish rendering may hold: the
// issue's list, and common words Spanish does not share.
var englishStops = []string{" will ", " the ", " of the day", " support", " by the end",
	" and ", " with ", " for ", " is ", " of ", " to ", " at ", " on ", " week", " rated", " goal ", " not ", " day "}

// plainTemplates are the plain-language texts, every sentence of which
// has at most maxPlainWords words.
var plainTemplates = []string{NamePlain, NamePlainSupport, NameReportFamily, NameReportFamilyBenchmark, NameCardPart}

const maxPlainWords = 25

var (
	markup = regexp.MustCompile(`(?s)<style.*?</style>|<svg.*?</svg>|<[^>]*>`)
	// sentenceBreak ends a sentence: a full stop, "!" or "?" before a
	// space or the end, or a line break; a colon or a semicolon does not
	// ("El objetivo para …: una calificación …" is one sentence).
	sentenceBreak = regexp.MustCompile(`[.!?](\s|$)|\n`)
)

// visibleText is what a reader sees of a rendering: an HTML page's text
// without its markup, styles and inline charts (drawn by their own
// templates), entities left as they are.
func visibleText(out string) string { return markup.ReplaceAllString(out, " ") }

// englishIn returns the first English stop word of text, or "".
func englishIn(text string) string {
	padded := " " + strings.ToLower(strings.Join(strings.Fields(text), " ")) + " "
	for _, stop := range englishStops {
		if strings.Contains(padded, stop) {
			return stop
		}
	}
	return ""
}

// longSentence returns the first sentence of text with more than
// maxPlainWords words, or "". A percent is one word, its no-break space
// ("90 %") included.
func longSentence(text string) string {
	for _, s := range sentenceBreak.Split(text, -1) {
		if len(strings.Fields(strings.ReplaceAll(s, "\u00a0%", "%"))) > maxPlainWords {
			return s
		}
	}
	return ""
}

// TestSpanishSamplesHaveNoEnglish: every template of the Spanish set,
// against every sample of its data type, in every format it renders,
// writes no English word of the stop list — the sample data's own free
// text (a present level, an instrument's items, a class period's label)
// aside — and every plain sentence of the plain set, in either language,
// has at most 25 words.
func TestSpanishSamplesHaveNoEnglish(t *testing.T) {
	es, en := DefaultIn(Spanish), Default()
	for _, name := range registeredNames() {
		def := definitions[name]
		for i, sample := range def.samples() {
			for _, f := range def.formats() {
				var b bytes.Buffer
				if err := es.Execute(&b, f, name, sample); err != nil {
					t.Fatalf("%s sample %d (%v): %v", name, i, f, err)
				}
				text := withoutSampleData(visibleText(b.String()))
				if stop := englishIn(text); stop != "" {
					t.Errorf("%s sample %d (%v) writes %q:\n%s", name, i, f, stop, text)
				}
			}
		}
	}
	for _, name := range plainTemplates {
		for i, sample := range definitions[name].samples() {
			for _, s := range []*Set{es, en} {
				var b bytes.Buffer
				if err := s.Execute(&b, Text, name, sample); err != nil {
					t.Fatal(err)
				}
				if long := longSentence(b.String()); long != "" {
					t.Errorf("%s (%v) sample %d: a sentence of %d words: %q", name, s.Language(), i, len(strings.Fields(long)), long)
				}
			}
		}
	}
}

// sampleData are the free texts of the package's samples that a team or
// an instrument writes, in whatever language it works in; they are not the
// wording set's words.
var sampleData = []string{"Rated fair or better for about 60% of the day with high support."}

func withoutSampleData(text string) string { return removeWords(text, sampleData) }

// removeWords removes each of the texts from s where it stands as whole
// words (not inside a longer word).
func removeWords(s string, texts []string) string {
	texts = slices.Clone(texts)
	slices.SortFunc(texts, func(a, b string) int { return len(b) - len(a) }) // "B At" before "B"
	for _, d := range texts {
		re := regexp.MustCompile(`(^|[^\pL])` + regexp.QuoteMeta(d) + `($|[^\pL])`)
		s = re.ReplaceAllString(s, "$1 $2")
	}
	return s
}

// studentNames draws names as families write them: none, one or two
// words, with accents, apostrophes and hyphens.
func studentNames() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.SampledFrom([]string{"Jordan", "José", "María José", "D'Angelo", "Ana-Lucía", "Ñeco", "O'Brien"}))
}

// TestPropertySpanishWording: for random plans (every stage, any
// deadlines, focus, roles and review dates) and names, the Spanish
// benchmark sentences, plain versions, labels, goals and plans hold no
// English stop word (the plan's own free text aside), write "______" only
// where a name or a deadline is blank, and every plain sentence — in
// Spanish and in English — has at most 25 words.
func TestPropertySpanishWording(t *testing.T) {
	es, en := DefaultIn(Spanish), Default()
	rapid.Check(t, func(t *rapid.T) {
		plan := gen.Plan().Draw(t, "plan")
		name := studentNames().Draw(t, "name")
		data := planData(plan)
		render := func(s *Set, f Format, template string, v any) string {
			var b bytes.Buffer
			if err := s.Execute(&b, f, template, v); err != nil {
				t.Fatalf("%s (%v, %v): %v", template, s.Language(), f, err)
			}
			return b.String()
		}
		// check reads a rendering as its reader would — an HTML one with
		// its entities decoded, so that "aT &#39;" is the team's "aT '".
		check := func(what string, f Format, out string, blankAllowed bool) {
			text := out
			if f == HTML {
				text = html.UnescapeString(text)
			}
			text = removeWords(text, data)
			if stop := englishIn(text); stop != "" {
				t.Fatalf("%s writes %q:\n%s", what, stop, out)
			}
			if !blankAllowed && strings.Contains(out, Blank) {
				t.Fatalf("%s writes %s with a name and every deadline given:\n%s", what, Blank, out)
			}
		}
		anyBlankDeadline := false
		for gi, g := range plan.Goals() {
			goalBlank := name == ""
			for bi, b := range g.Benchmarks() {
				d := BenchmarkData{Student: name, Benchmark: b}
				blank := name == "" || b.Deadline().IsZero()
				anyBlankDeadline = anyBlankDeadline || b.Deadline().IsZero()
				goalBlank = goalBlank || b.Deadline().IsZero()
				for _, tmpl := range []string{NameBenchmark, NamePlain, NamePlainSupport, NameLabel} {
					for _, f := range []Format{Text, HTML} {
						check(tmpl, f, render(es, f, tmpl, d), blank)
					}
				}
				for _, s := range []*Set{es, en} {
					for _, tmpl := range []string{NamePlain, NamePlainSupport} {
						if long := longSentence(render(s, Text, tmpl, d)); long != "" {
							t.Fatalf("goal %d benchmark %d, %s (%v): a sentence of %d words: %q", gi, bi, tmpl, s.Language(), len(strings.Fields(long)), long)
						}
					}
				}
			}
			gd := GoalData{Student: name, Goal: g, Number: gi + 1}
			check("goal", Text, render(es, Text, NameGoal, gd), goalBlank)
		}
		check("plan", Text, render(es, Text, NamePlan, PlanData{Student: name, Plan: plan}), name == "" || anyBlankDeadline)
	})
}

// planData returns the free texts of a plan the team wrote: present
// levels and the phrases of soft-skill areas that are not built in.
func planData(p goal.Plan) []string {
	var out []string
	builtin := map[string]bool{}
	for _, a := range rubric.BuiltinSkillAreas() {
		builtin[a.ID()] = true
	}
	for _, g := range p.Goals() {
		if pl := g.PresentLevel(); pl != "" {
			out = append(out, pl)
		}
		if a := g.Skill(); !a.IsZero() && !builtin[a.ID()] {
			out = append(out, a.Phrase(), Capitalize(a.Phrase()))
		}
	}
	return out
}
