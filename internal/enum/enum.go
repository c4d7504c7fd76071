// Package enum is the one implementation of the text forms of the
// library's small enumerations: a type whose values run from 1 to n, with
// the zero value meaning unset. A [Table] holds the names; the types'
// String, MarshalText and Parse methods call it, so that every enum prints
// an undeclared value the same way ("%!Stage(9)") and parses names the same
// way (ignoring case).
package enum

import (
	"strconv"
	"strings"
)

// Table is the names of an enumeration E: names[v-1] is the name of value
// v, for v from 1 to len(names). The zero value of E shows as zero (often
// "" or "unset"). A Table is immutable after [New] and safe for concurrent
// use.
type Table[E ~uint8] struct {
	typ   string // the Go type's name, for "%!Type(9)"
	zero  string // how the zero value shows in String
	names []string
}

// New returns the table of the type named typ: the zero value shows as
// zero, value v (from 1) as names[v-1].
func New[E ~uint8](typ, zero string, names ...string) Table[E] {
	return Table[E]{typ: typ, zero: zero, names: names}
}

// Valid reports whether v is a declared value (not zero).
func (t Table[E]) Valid(v E) bool { return v >= 1 && int(v) <= len(t.names) }

// Name returns the name of a declared value, and false for zero or an
// undeclared value.
func (t Table[E]) Name(v E) (string, bool) {
	if !t.Valid(v) {
		return "", false
	}
	return t.names[v-1], true
}

// String returns the name of v, the zero text for 0, and "%!Type(9)" for
// an undeclared value. It never panics.
func (t Table[E]) String(v E) string {
	switch {
	case v == 0:
		return t.zero
	case t.Valid(v):
		return t.names[v-1]
	}
	return Undeclared(t.typ, uint64(v))
}

// Undeclared is how every type of the library shows a value it does not
// declare: "%!Type(9)", as the standard library's time.Month does.
func Undeclared(typ string, v uint64) string {
	return "%!" + typ + "(" + strconv.FormatUint(v, 10) + ")"
}

// Parse returns the declared value whose name is text, ignoring case, and
// false when there is none (the empty text included).
func (t Table[E]) Parse(text string) (E, bool) {
	for i, name := range t.names {
		if strings.EqualFold(text, name) {
			return E(i + 1), true
		}
	}
	return 0, false
}

// Values returns every declared value, in order.
func (t Table[E]) Values() []E {
	out := make([]E, len(t.names))
	for i := range out {
		out[i] = E(i + 1)
	}
	return out
}

// List returns the names joined for an error message: "a, b or c".
func (t Table[E]) List() string {
	switch n := len(t.names); n {
	case 0:
		return ""
	case 1:
		return t.names[0]
	default:
		return strings.Join(t.names[:n-1], ", ") + " or " + t.names[n-1]
	}
}
