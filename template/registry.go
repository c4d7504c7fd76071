package template

import (
	"reflect"
	"slices"
	"sync"
)

// definition is one named template a Set knows: the type of value it
// renders, and sample values that every build executes it against so that
// a replacement referring to a missing field fails when it is installed,
// not when a report is printed.
type definition struct {
	name     string
	dataType reflect.Type
	samples  func() []any // computed once, then shared read-only
	htmlOnly bool         // markup: rendered as HTML only (see defineHTML)
}

// formats returns the formats the template renders in.
func (d definition) formats() []Format {
	if d.htmlOnly {
		return []Format{HTML}
	}
	return []Format{Text, HTML}
}

// definitions is the registry of template names, filled by init functions
// (see define) and read-only afterwards.
var definitions = map[string]definition{}

// define registers the template name with data type T and a function
// returning sample values of T. It is for init functions of this package:
// a file adding a new template (with its default text in
// templates/<name>.tmpl) calls it from its own init, so no other file needs
// editing. The samples should take every branch of the default template; a
// replacement is checked against the same samples. define panics on a name
// registered twice or an empty sample list, both programmer errors.
func define[T any](name string, samples func() []T) {
	if _, taken := definitions[name]; taken {
		panic("template: " + name + " defined twice")
	}
	definitions[name] = definition{
		name:     name,
		dataType: reflect.TypeFor[T](),
		samples: sync.OnceValue(func() []any {
			ts := samples()
			if len(ts) == 0 {
				panic("template: " + name + " has no samples")
			}
			out := make([]any, len(ts))
			for i, t := range ts {
				out[i] = t
			}
			return out
		}),
	}
}

// defineHTML registers a template whose source is HTML markup (a whole
// page): it renders only as [HTML], with html/template's escaping, as
// text/template would pass a name's markup through. Otherwise as define.
func defineHTML[T any](name string, samples func() []T) {
	define(name, samples)
	d := definitions[name]
	d.htmlOnly = true
	definitions[name] = d
}

// registeredNames returns the registered template names, sorted.
func registeredNames() []string {
	names := make([]string, 0, len(definitions))
	for name := range definitions {
		names = append(names, name)
	}
	slices.Sort(names)
	return names
}
