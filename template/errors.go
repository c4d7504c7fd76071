package template

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors name the kind of a failure. Every error of this package is
// an [*Error] whose Kind is one of them, so callers branch with [errors.Is].
var (
	// ErrUnknownTemplate reports a template name that is not registered:
	// a replacement or an Execute call for a name the Set does not know.
	ErrUnknownTemplate = errors.New("unknown template name")
	// ErrSource reports template text that cannot be read (a file system
	// error, or a pattern that matches no file).
	ErrSource = errors.New("cannot read template source")
	// ErrSyntax reports template text that does not parse, or that
	// html/template cannot escape safely.
	ErrSyntax = errors.New("syntax error")
	// ErrConflict reports a {{define}} that names a template already
	// defined by another source.
	ErrConflict = errors.New("defines a template name already taken")
	// ErrMissingField reports a template that refers to a field, method,
	// map key, helper function or template that does not exist.
	ErrMissingField = errors.New("refers to an undefined name")
	// ErrExecute reports any other failure while executing a template, such
	// as a helper given a value of the wrong type.
	ErrExecute = errors.New("execution failed")
	// ErrOutputLimit reports a rendering longer than the bound set with
	// [MaxOutput].
	ErrOutputLimit = errors.New("output exceeds the size limit")
	// ErrWorkLimit reports a rendering that would take more steps (loop
	// iterations and template calls) than the bound set with [MaxSteps].
	ErrWorkLimit = errors.New("rendering exceeds the work limit")
	// ErrInvalid reports an invalid argument: an unknown [Format], data of
	// the wrong type for the template, a zero benchmark, an invalid assessment,
	// a negative size limit.
	ErrInvalid = errors.New("invalid argument")
)

// Error says which template failed, where its text came from, what it
// referred to, and why. Kind is one of the package's sentinel errors; Err is
// the underlying error from text/template, html/template or io/fs, if any.
type Error struct {
	Template string // the registered template name, e.g. "benchmark"; "" when none applies
	Source   string // where the text came from: "embedded templates/benchmark.tmpl", "Replace", a file path
	Field    string // for ErrMissingField: the field, key, function or template referred to
	Kind     error  // one of the sentinel errors
	Err      error  // the underlying error, or nil
}

// Error returns a message such as
// `template: "benchmark" (Replace): refers to an undefined name "Nmae": template: benchmark:1:12: …`.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("template: ")
	switch {
	case e.Template != "" && e.Source != "":
		fmt.Fprintf(&b, "%q (%s): ", e.Template, e.Source)
	case e.Template != "":
		fmt.Fprintf(&b, "%q: ", e.Template)
	case e.Source != "":
		fmt.Fprintf(&b, "%s: ", e.Source)
	}
	b.WriteString(e.Kind.Error())
	if e.Field != "" {
		fmt.Fprintf(&b, " %q", e.Field)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	return b.String()
}

// Unwrap returns Kind and Err, so that both errors.Is(err, ErrMissingField)
// and errors.As(err, &execErr) work.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func invalid(template, format string, args ...any) error {
	return &Error{Template: template, Kind: ErrInvalid, Err: fmt.Errorf(format, args...)}
}
