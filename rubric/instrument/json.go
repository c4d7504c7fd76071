package instrument

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/iepgoal/iepgoal/rubric"
	"io"
)

// The JSON form of an administration is the [Administration] struct as
// encoding/json writes it:
//
//	{"school": "Lincoln Middle", "date": "2027-05-14",
//	 "respondents": ["R. Diaz"], "main_strategy": "Check-in/check-out",
//	 "answers": [{"item": 1, "level": 2}, {"item": 18, "level": 1, "strategy": "Social skills group"}]}
//
// json.Marshal writes it; [ReadAdministrationJSON] reads it with line
// numbers in its errors. A level is written as its number; a reader also
// accepts a label. Empty respondents and an empty strategy are omitted, so
// a nil and an empty Respondents list read back the same (nil).

// ReadAdministrationJSON reads the JSON form of an administration. It
// rejects fields it does not know and reports each problem as an
// [*InputError] with the line where it was found, wrapping [rubric.ErrInvalid]
// for malformed JSON or an unknown field, and the parse error of the value
// otherwise (for a level, a [*rubric.ParseError] wrapping [rubric.ErrOutOfRange] or
// [rubric.ErrUnknownLabel]). It does not check the administration against an
// instrument; call [Instrument.Validate] for that.
func ReadAdministrationJSON(r io.Reader) (Administration, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Administration{}, fmt.Errorf("rubric: reading administration JSON: %w", err)
	}
	d := jsonReader{data: data, dec: json.NewDecoder(bytes.NewReader(data)), seen: map[string]bool{}}
	d.dec.DisallowUnknownFields()
	var a Administration
	if err := d.object(&a); err != nil {
		return Administration{}, err
	}
	if _, err := d.dec.Token(); err != io.EOF {
		return Administration{}, d.errorAt(d.dec.InputOffset(), "", fmt.Errorf("%w: data after the administration", rubric.ErrInvalid))
	}
	return a, nil
}

type jsonReader struct {
	data []byte
	dec  *json.Decoder
	seen map[string]bool // top-level fields read so far
}

func (d *jsonReader) object(a *Administration) error {
	if err := d.delim('{'); err != nil {
		return err
	}
	for d.dec.More() {
		at := d.dec.InputOffset()
		tok, err := d.dec.Token()
		if err != nil {
			return d.wrap(at, "", err)
		}
		key, _ := tok.(string)
		if d.seen[key] {
			return d.errorAt(at, key, fmt.Errorf("%w: field repeated", rubric.ErrInvalid))
		}
		d.seen[key] = true
		if err := d.field(a, key, d.dec.InputOffset()); err != nil {
			return err
		}
	}
	return d.delim('}')
}

func (d *jsonReader) field(a *Administration, key string, at int64) error {
	var dst any
	switch key {
	case "school":
		dst = &a.School
	case "date":
		dst = &a.Date
	case "respondents":
		dst = &a.Respondents
	case "main_strategy":
		dst = &a.MainStrategy
	case "answers":
		return d.answers(a)
	default:
		return d.errorAt(at, key, fmt.Errorf("%w: unknown field", rubric.ErrInvalid))
	}
	if err := d.dec.Decode(dst); err != nil {
		return d.wrap(at, key, err)
	}
	return nil
}

// answers decodes the answers array one answer at a time, so that an error
// names the line of the answer at fault.
func (d *jsonReader) answers(a *Administration) error {
	at := d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		return d.wrap(at, "answers", err)
	}
	if tok == nil {
		a.Answers = nil
		return nil
	}
	if tok != json.Delim('[') {
		return d.errorAt(at, "answers", fmt.Errorf("%w: want an array of answers", rubric.ErrInvalid))
	}
	a.Answers = []Answer{}
	for d.dec.More() {
		at := d.dec.InputOffset()
		var ans Answer
		if err := d.dec.Decode(&ans); err != nil {
			return d.wrap(at, "answers", err)
		}
		a.Answers = append(a.Answers, ans)
	}
	return d.delim(']')
}

func (d *jsonReader) delim(want json.Delim) error {
	at := d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		return d.wrap(at, "", err)
	}
	if tok != want {
		return d.errorAt(at, "", fmt.Errorf("%w: want %q", rubric.ErrInvalid, want))
	}
	return nil
}

// wrap turns a decoding error into an *InputError. Errors of this package
// (a level's rubric.ParseError) keep their sentinel; encoding/json's own errors
// become rubric.ErrInvalid.
func (d *jsonReader) wrap(at int64, field string, err error) error {
	var pe *rubric.ParseError
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &pe):
		field += ".level"
	case errors.As(err, &se):
		at, err = se.Offset, fmt.Errorf("%w: %w", rubric.ErrInvalid, err)
	case errors.As(err, &te):
		at, err = te.Offset, fmt.Errorf("%w: %w", rubric.ErrInvalid, err)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		at, err = int64(len(d.data)), fmt.Errorf("%w: unexpected end of input", rubric.ErrInvalid)
	default:
		err = fmt.Errorf("%w: %w", rubric.ErrInvalid, err)
	}
	return d.errorAt(at, field, err)
}

// errorAt builds an *InputError for the byte offset at, moved past the
// separators and spaces that come before the next value.
func (d *jsonReader) errorAt(at int64, field string, err error) error {
	at = min(max(at, 0), int64(len(d.data)))
	for at < int64(len(d.data)) && bytes.IndexByte([]byte(" \t\r\n,:"), d.data[at]) >= 0 {
		at++
	}
	line := 1 + bytes.Count(d.data[:at], []byte{'\n'})
	return &InputError{Format: "JSON", Line: line, Column: field, Err: err}
}
