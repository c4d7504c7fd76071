package singlecase

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// Number is a measure's value, or none when the measure is not defined
// for the data (a standard error of a one-point phase, PoGO without a
// goal). It never holds NaN or an infinity. The zero Number is none; its
// JSON form is null, and a value's is the shortest decimal that reads
// back to the same float64.
type Number struct {
	v  float64
	ok bool
}

// Some returns the Number holding v, or none when v is NaN or infinite.
func Some(v float64) Number {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return Number{}
	}
	return Number{v: v, ok: true}
}

// Get returns the value and whether there is one.
func (n Number) Get() (float64, bool) { return n.v, n.ok }

// IsZero reports whether n is none, so that `json:",omitzero"` leaves it
// out.
func (n Number) IsZero() bool { return !n.ok }

// String returns the value as MarshalJSON writes it, or "none".
func (n Number) String() string {
	if !n.ok {
		return "none"
	}
	return strconv.FormatFloat(n.v, 'g', -1, 64)
}

// MarshalJSON returns the value at full precision, or null for none.
func (n Number) MarshalJSON() ([]byte, error) {
	if !n.ok {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, n.v, 'g', -1, 64), nil
}

// UnmarshalJSON reads a JSON number, or null as none. Anything else, and
// a number beyond float64's range, is an *[Error] for field "number"; n
// changes only on success.
func (n *Number) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		*n = Number{}
		return nil
	}
	var v json.Number
	if len(data) == 0 || data[0] == '"' || json.Unmarshal(data, &v) != nil {
		return inputError("number", -1, "%q is not a JSON number or null", data)
	}
	f, err := strconv.ParseFloat(string(v), 64)
	if err != nil {
		return inputError("number", -1, "%s is beyond the range of a float64", v)
	}
	*n = Some(f)
	return nil
}
