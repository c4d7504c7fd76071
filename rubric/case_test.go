package rubric_test

import (
	"strings"
	"unicode"
)

// Case changers for the "labels ignore case" properties.
func identity(s string) string { return s }

func upper(s string) string { return strings.ToUpper(s) }

func title(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}
