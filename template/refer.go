package template

import "regexp"

// referencePatterns find, in an error from text/template or html/template,
// the name of the field, key, function or template a template referred to
// that does not exist. The standard library exposes these only in its
// messages; the patterns follow the messages of Go 1.24 and later.
var referencePatterns = []*regexp.Regexp{
	regexp.MustCompile(`can't evaluate field (\w+)`),
	regexp.MustCompile(`(\w+) is an unexported field of struct type`),
	regexp.MustCompile(`map has no entry for key "((?:[^"\\]|\\.)*)"`),
	regexp.MustCompile(`function "((?:[^"\\]|\\.)*)" not defined`),
	regexp.MustCompile(`template "((?:[^"\\]|\\.)*)" not defined`),
	regexp.MustCompile(`no such template "((?:[^"\\]|\\.)*)"`),
}

// referredTo returns the missing name an error message reports, or "".
func referredTo(msg string) string {
	for _, p := range referencePatterns {
		if m := p.FindStringSubmatch(msg); m != nil {
			return m[1]
		}
	}
	return ""
}
