package instrument

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/iepgoal/iepgoal/internal/jsonobj"
	"github.com/iepgoal/iepgoal/rubric"
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
// rejects members it does not know and members written twice, and reports
// each problem as an [*InputError] with the line where it was found,
// wrapping [rubric.ErrInvalid] for malformed JSON, an unknown or repeated
// member or a value of the wrong JSON type, and the parse error of the
// value otherwise (for a level, a [*rubric.ParseError] wrapping
// [rubric.ErrOutOfRange] or [rubric.ErrUnknownLabel]). It does not check
// the administration against an instrument; call [Instrument.Validate]
// for that.
func ReadAdministrationJSON(r io.Reader) (Administration, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return Administration{}, fmt.Errorf("instrument: reading administration JSON: %w", err)
	}
	d := jsonReader{data: data}
	obj, err := jsonobj.Decode(data)
	if err != nil {
		return Administration{}, d.objectError(0, "", err)
	}
	var a Administration
	for _, m := range obj {
		if err := d.field(&a, m); err != nil {
			return Administration{}, err
		}
	}
	return a, nil
}

// jsonReader reads one administration's JSON, locating errors by line.
type jsonReader struct{ data []byte }

func (d jsonReader) field(a *Administration, m jsonobj.Member) error {
	var dst any
	switch m.Name {
	case "school":
		dst = &a.School
	case "date":
		dst = &a.Date
	case "respondents":
		dst = &a.Respondents
	case "main_strategy":
		dst = &a.MainStrategy
	case "answers":
		return d.answers(a, m)
	default:
		return d.errorAt(m.Offset, m.Name, fmt.Errorf("%w: unknown field", rubric.ErrInvalid))
	}
	if err := json.Unmarshal(m.Value, dst); err != nil {
		return d.errorAt(m.ValueOffset, m.Name, fmt.Errorf("%w: %w", rubric.ErrInvalid, err))
	}
	return nil
}

// answers decodes the answers array one answer at a time, so that an error
// names the line of the answer at fault.
func (d jsonReader) answers(a *Administration, m jsonobj.Member) error {
	elements, err := jsonobj.Array(m.Value, true)
	if err != nil {
		return d.objectError(m.ValueOffset, m.Name, err)
	}
	if jsonobj.IsNull(m.Value) {
		a.Answers = nil
		return nil
	}
	a.Answers = make([]Answer, 0, len(elements))
	for _, el := range elements {
		ans, err := d.answer(m.ValueOffset+el.Offset, el.Value)
		if err != nil {
			return err
		}
		a.Answers = append(a.Answers, ans)
	}
	return nil
}

// answer decodes one answer object that starts at offset base.
func (d jsonReader) answer(base int64, data []byte) (Answer, error) {
	var ans Answer
	obj, err := jsonobj.Decode(data)
	if err != nil {
		return ans, d.objectError(base, "answers", err)
	}
	if unknown := obj.Unknown("item", "level", "strategy"); len(unknown) > 0 {
		return ans, d.objectError(base, "answers", unknown[0])
	}
	for _, m := range obj {
		at := base + m.ValueOffset
		var err error
		switch m.Name {
		case "item":
			err = json.Unmarshal(m.Value, &ans.Item)
		case "level":
			if err = ans.Level.UnmarshalJSON(m.Value); err != nil {
				return ans, d.errorAt(at, "answers.level", err)
			}
		case "strategy":
			err = json.Unmarshal(m.Value, &ans.Strategy)
		}
		if err != nil {
			return ans, d.errorAt(at, "answers", fmt.Errorf("%w: %s: %w", rubric.ErrInvalid, m.Name, err))
		}
	}
	return ans, nil
}

// objectError locates an error of package jsonobj found in the value that
// starts at offset base, naming field (or the member at fault).
func (d jsonReader) objectError(base int64, field string, err error) error {
	var je *jsonobj.Error
	at := base
	if errors.As(err, &je) {
		at += je.Offset
		if field == "" {
			field = je.Member
		}
	}
	return d.errorAt(at, field, fmt.Errorf("%w: %w", rubric.ErrInvalid, err))
}

// errorAt builds an *InputError for the byte offset at.
func (d jsonReader) errorAt(at int64, field string, err error) error {
	return &InputError{Format: "JSON", Line: jsonobj.Line(d.data, at), Column: field, Err: err}
}
