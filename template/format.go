package template

import "fmt"

// Format selects how a [Set] executes its templates: the same template text
// runs as text/template (Text) or as html/template (HTML). The zero value is
// not a format; rendering with it fails with [ErrInvalid].
type Format uint8

const (
	// Text renders plain text: a student name such as `<b>Al</b> & "Jo"`
	// is written verbatim.
	Text Format = iota + 1
	// HTML renders an HTML fragment with html/template's contextual
	// escaping: the same name is written `&lt;b&gt;Al&lt;/b&gt; &amp; &#34;Jo&#34;`.
	// The default templates hold no markup, so the fragment is escaped text
	// (line breaks included) for a caller's element.
	HTML
)

// IsValid reports whether f is Text or HTML.
func (f Format) IsValid() bool { return f == Text || f == HTML }

// String returns "text", "html" or "%!Format(7)".
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case HTML:
		return "html"
	}
	return fmt.Sprintf("%%!Format(%d)", uint8(f))
}
