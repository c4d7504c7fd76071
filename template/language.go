package template

import (
	"fmt"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/internal/enum"
	"github.com/iepgoal/iepgoal/progress"
)

// Language is the language of a Set's wording. The zero value is unset,
// which a Set reads as [English], the default; the text form is the
// language's ISO 639-1 code ("en", "es").
type Language uint8

// The languages the library words.
const (
	// English is the default wording.
	English Language = iota + 1
	// Spanish is the wording for Spanish-speaking families and teams: the
	// terms of its glossary ([Glossary]) and the grammar of Spanish (see
	// the package documentation, "Spanish").
	Spanish
)

var languages = enum.Codec[Language]{
	Table:       enum.New[Language]("Language", "", "en", "es"),
	EmptyIsZero: true,
	Unknown: func(text string) error {
		return &Error{Field: "language", Kind: ErrInvalid, Err: fmt.Errorf("unknown language %q: want en or es", text)}
	},
	Undeclared: func(v Language) error {
		return &Error{Field: "language", Kind: ErrInvalid, Err: fmt.Errorf("unknown language %d", uint8(v))}
	},
}

// Languages returns the languages the library words, English first.
func Languages() []Language { return languages.Values() }

// ParseLanguage parses a language code ("en", "es"), ignoring case.
func ParseLanguage(text string) (Language, error) { return languages.Parse(text) }

// IsValid reports whether l is English or Spanish (not the zero value).
func (l Language) IsValid() bool { return languages.Valid(l) }

// String returns the code ("en", "es"), "" for the zero value, or
// "%!Language(9)".
func (l Language) String() string { return languages.String(l) }

// MarshalText returns the code; it fails for an undeclared language.
func (l Language) MarshalText() ([]byte, error) { return languages.Marshal(l) }

// UnmarshalText parses a code with [ParseLanguage]; empty text is the
// zero value.
func (l *Language) UnmarshalText(text []byte) error {
	return languages.Unmarshal(text, l, ParseLanguage)
}

// orDefault returns l, or English for the zero value.
func (l Language) orDefault() Language {
	if l == 0 {
		return English
	}
	return l
}

// dir is the folder of the language's embedded templates.
func (l Language) dir() string {
	if l.orDefault() == English {
		return "templates"
	}
	return "templates/" + l.String()
}

// InLanguage builds the Set in language l: its templates are that
// language's defaults (English: the templates/*.tmpl files; Spanish:
// templates/es/*.tmpl), except those replaced with [Replace] or
// [ReplaceFS] in the same build or an earlier one, and its helper
// functions word dates, percents, lists and the program's terms in that
// language. The zero Language is English. An undeclared one fails the
// build with [ErrInvalid].
func InLanguage(l Language) Option {
	return func(c *config) {
		if l != 0 && !l.IsValid() {
			c.errs = append(c.errs, invalid("", "InLanguage(%d): want English or Spanish", uint8(l)))
			return
		}
		c.lang = l.orDefault()
	}
}

// Language returns the language of the Set's wording.
func (s *Set) Language() Language {
	if s == nil || s.lang == 0 {
		return English
	}
	return s.lang
}

// StageTitle returns the title of a goal stage in the Set's language
// (the template helper "stageTitle").
func (s *Set) StageTitle(st goal.Stage) string {
	if s == nil || s.funcs == nil {
		return st.Title()
	}
	return s.funcs["stageTitle"].(func(goal.Stage) string)(st)
}

// PercentOf returns a tally's percent as the Set's language writes it
// (the template helper "percent"): [PercentOf] in English ("93.2%"),
// "93.2 %" with a no-break space in Spanish; "" when nothing was rated.
func (s *Set) PercentOf(t progress.Tally) string {
	if s == nil || s.funcs == nil {
		return PercentOf(t)
	}
	p, _ := s.funcs["percent"].(func(any) (string, error))(t)
	return p
}

// Percent returns p as the Set's language writes a percent (the template
// helper "percent"): [Percent] in English ("90%"), "90 %" with a no-break
// space in Spanish.
func (s *Set) Percent(p float64) string {
	if s == nil || s.funcs == nil {
		return Percent(p)
	}
	out, _ := s.funcs["percent"].(func(any) (string, error))(p)
	return out
}
