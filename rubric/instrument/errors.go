package instrument

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/rubric"
)

// Sentinel errors for administrations of an [Instrument]. Like the
// package's other sentinels, each names one kind of failure; the location
// is carried by [AdministrationError], [IncompleteError] or [InputError].
var (
	// ErrUnknownItem reports an answer to an item number the instrument
	// does not have.
	ErrUnknownItem = errors.New("unknown item")
	// ErrDuplicateItem reports an item answered more than once for the
	// same strategy.
	ErrDuplicateItem = errors.New("item answered more than once")
	// ErrUnanswered reports items left without an answer when a complete
	// administration is required.
	ErrUnanswered = errors.New("items not answered")
	// ErrNotPerStrategy reports an answer recorded for another strategy on
	// an item that is not answered per strategy.
	ErrNotPerStrategy = errors.New("item is not answered per strategy")
)

// parseError is the *rubric.ParseError of an input that is not a value of
// type typ, with long inputs cut short.
func parseError(typ, input string, reason error) error {
	return &rubric.ParseError{Type: typ, Input: truncateInput(input), Err: reason}
}

// truncateInput cuts a hostile input short for an error message.
func truncateInput(s string) string {
	const maxInput = 64
	if len(s) > maxInput {
		cut := maxInput
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return s[:cut] + "…"
	}
	return s
}

// AdministrationError says which part of an [Administration] is wrong: a
// field ("date", "school", "main_strategy") or one answer (Item, with
// Strategy when the answer is for a strategy other than the main one). Err
// wraps one of the package's sentinel errors.
type AdministrationError struct {
	Field    string // the field at fault, or "answers" for an answer
	Item     int    // the item number of the answer at fault; 0 for a field
	Strategy string // the other strategy the answer is for; "" for the main one
	Err      error  // the reason, wrapping a sentinel such as ErrUnknownItem
}

// Error formats the error as `instrument: administration: item 57: unknown item`.
func (e *AdministrationError) Error() string {
	var b strings.Builder
	b.WriteString("instrument: administration: ")
	switch {
	case e.Item != 0 && e.Strategy != "":
		fmt.Fprintf(&b, "item %d (strategy %q)", e.Item, e.Strategy)
	case e.Item != 0:
		fmt.Fprintf(&b, "item %d", e.Item)
	default:
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Unwrap returns the reason, so errors.Is(err, ErrUnknownItem) works.
func (e *AdministrationError) Unwrap() error { return e.Err }

// IncompleteError lists the items an administration left unanswered when a
// complete one was required (see [AllowPartial]). It wraps [ErrUnanswered].
type IncompleteError struct {
	Items []int // the unanswered item numbers, in instrument order
}

// Error formats the error as `instrument: administration: items not answered: 4, 17, 56`.
func (e *IncompleteError) Error() string {
	var b strings.Builder
	b.WriteString("instrument: administration: ")
	b.WriteString(ErrUnanswered.Error())
	for i, n := range e.Items {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, n)
	}
	return b.String()
}

// Unwrap returns [ErrUnanswered].
func (e *IncompleteError) Unwrap() error { return ErrUnanswered }

// InputError says where in the CSV or JSON form of an administration a
// problem was found: the line (counting from 1; the header is line 1 of a
// CSV file) and the column or field, when one is at fault. Err wraps one of
// the package's sentinel errors.
type InputError struct {
	Format string // "CSV" or "JSON"
	Line   int    // 1-based line number
	Column string // the CSV column or JSON field ("item", "level", …), or "" for the whole line
	Err    error  // the reason, wrapping a sentinel
}

// Error formats the error as `instrument: administration CSV: line 3, column "level": …`.
func (e *InputError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("instrument: administration %s: line %d: %v", e.Format, e.Line, e.Err)
	}
	return fmt.Sprintf("instrument: administration %s: line %d, column %q: %v", e.Format, e.Line, e.Column, e.Err)
}

// Unwrap returns the reason.
func (e *InputError) Unwrap() error { return e.Err }
