package progress

import (
	"fmt"
	"strings"
)

// The assessment enums ([Decision], [Rule]) share one text form:
// names[v] is the kebab-case name of v and names[0] = "" that of the zero
// value. These helpers are their one String, MarshalText and parse path.

// enumString returns names[v], or "%!Type(9)" for an undeclared v.
func enumString[E ~uint8](names []string, typ string, v E) string {
	if int(v) < len(names) {
		return names[v]
	}
	return fmt.Sprintf("%%!%s(%d)", typ, uint8(v))
}

// enumMarshal returns names[v] as text; it fails for an undeclared v.
func enumMarshal[E ~uint8](names []string, field string, v E) ([]byte, error) {
	if int(v) >= len(names) {
		return nil, &AssessError{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %d", ErrAssessOption, field, uint8(v))}
	}
	return []byte(names[v]), nil
}

// enumParse returns the value named text, ignoring case; empty text is the
// zero value when allowEmpty is set.
func enumParse[E ~uint8](names []string, field, text string, allowEmpty bool) (E, error) {
	for i, name := range names {
		if (i > 0 || allowEmpty) && strings.EqualFold(text, name) {
			return E(i), nil
		}
	}
	return 0, &AssessError{Field: field, Index: -1, Err: fmt.Errorf("%w: unknown %s %q", ErrAssessOption, field, text)}
}
