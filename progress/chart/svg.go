package chart

import (
	"bytes"
	"encoding/xml"
	"strconv"
)

// svgBuffer accumulates the document. Every string that is not markup
// written here (attribute values, text) goes through xml.EscapeText.
type svgBuffer struct{ bytes.Buffer }

// escape writes s with XML escaping (a bytes.Buffer never fails).
func (s *svgBuffer) escape(str string) { _ = xml.EscapeText(s, []byte(str)) }

// attrs writes ` name="value"` pairs, escaping the values.
func (s *svgBuffer) attrs(pairs []string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		s.WriteByte(' ')
		s.WriteString(pairs[i])
		s.WriteString(`="`)
		s.escape(pairs[i+1])
		s.WriteByte('"')
	}
}

// open writes a start tag.
func (s *svgBuffer) open(name string, pairs ...string) {
	s.WriteByte('<')
	s.WriteString(name)
	s.attrs(pairs)
	s.WriteString(">\n")
}

// close writes an end tag.
func (s *svgBuffer) close(name string) {
	s.WriteString("</")
	s.WriteString(name)
	s.WriteString(">\n")
}

// empty writes a self-closing element.
func (s *svgBuffer) empty(name string, pairs ...string) {
	s.WriteByte('<')
	s.WriteString(name)
	s.attrs(pairs)
	s.WriteString("/>\n")
}

// textElem writes an element holding escaped text.
func (s *svgBuffer) textElem(name, text string, pairs ...string) {
	s.WriteByte('<')
	s.WriteString(name)
	s.attrs(pairs)
	s.WriteByte('>')
	s.escape(text)
	s.close(name)
}

// withTitle writes an element whose only child is a <title> tooltip, read
// by screen readers and shown on hover.
func (s *svgBuffer) withTitle(name, title string, pairs ...string) {
	s.WriteByte('<')
	s.WriteString(name)
	s.attrs(pairs)
	s.WriteString("><title>")
	s.escape(title)
	s.WriteString("</title></")
	s.WriteString(name)
	s.WriteString(">\n")
}

// num formats a coordinate with one decimal.
func num(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
