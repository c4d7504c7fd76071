package template

import (
	"fmt"
	"reflect"
	ttemplate "text/template"

	"github.com/iepgoal/iepgoal/goal"
	"github.com/iepgoal/iepgoal/progress"
	"github.com/iepgoal/iepgoal/rubric"
)

// funcs holds the helper functions every template of every Set can call.
// It is filled by init functions (see addFuncs) and read-only afterwards.
var funcs = ttemplate.FuncMap{}

// addFuncs adds helper functions for templates. It is for init functions of
// this package, so that a file adding a new named template can add its own
// helpers without editing this one; it panics on a name already taken.
func addFuncs(m ttemplate.FuncMap) {
	for name, fn := range m {
		if _, taken := funcs[name]; taken {
			panic("template: helper " + name + " added twice")
		}
		funcs[name] = fn
	}
}

func init() {
	addFuncs(ttemplate.FuncMap{
		"name":          StudentName,
		"student":       TheStudent,
		"ordinal":       Ordinal,
		"percent":       percentOf,
		"band":          bandOf,
		"support":       SupportPhrase,
		"deadline":      DeadlinePhrase,
		"date":          DatePhrase,
		"join":          joinOf,
		"plainBand":     PlainBand,
		"plainSupport":  PlainSupport,
		"elements":      ElementNames,
		"plural":        Plural,
		"inc":           func(i int) int { return i + 1 },
		"isTEP":         func(b goal.Benchmark) bool { return b.Measure() == goal.MeasureTEP },
		"isSoftSkill":   func(b goal.Benchmark) bool { return b.Measure() == goal.MeasureSoftSkill },
		"benchmarkData": func(student string, b goal.Benchmark) BenchmarkData { return BenchmarkData{student, b} },
	})
}

// percentOf is the template helper "percent": any integer or float, as
// [Percent], or a progress.Tally, as [PercentOf].
func percentOf(v any) (string, error) {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return Percent(float64(rv.Int())), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return Percent(float64(rv.Uint())), nil
	case reflect.Float32, reflect.Float64:
		return Percent(rv.Float()), nil
	}
	if t, ok := v.(progress.Tally); ok {
		return PercentOf(t), nil
	}
	return "", fmt.Errorf("percent: want a number or a progress.Tally, got %T", v)
}

// bandOf is the template helper "band": the [BandPhrase] of a benchmark's
// rating band or of a rubric band.
func bandOf(v any) (string, error) { return bandWith(v, BandPhrase) }

// bandWith is bandOf with the band's ends worded by phrase.
func bandWith(v any, phrase func(low, high int) string) (string, error) {
	switch b := v.(type) {
	case goal.Benchmark:
		if b.IsZero() {
			return "", fmt.Errorf("band: zero benchmark")
		}
		return phrase(b.BandLow(), b.BandHigh()), nil
	case rubric.Band[rubric.TEP]:
		return validBand(b, phrase)
	case rubric.Band[rubric.SoftSkill]:
		return validBand(b, phrase)
	case rubric.Band[rubric.Intensity]:
		return validBand(b, phrase)
	}
	return "", fmt.Errorf("band: want a goal.Benchmark or a rubric.Band, got %T", v)
}

func validBand[L rubric.Level](b rubric.Band[L], phrase func(low, high int) string) (string, error) {
	if err := b.Validate(); err != nil {
		return "", fmt.Errorf("band: %w", err)
	}
	return phrase(int(b.Low()), int(b.High())), nil
}

// joinOf is the template helper "join": [JoinList] of a slice of strings or
// of values with a String method (such as rubric.Element).
func joinOf(v any) (string, error) { return joinWith(v, JoinList) }

// joinWith is joinOf with the list joined by join.
func joinWith(v any, join func([]string) string) (string, error) {
	if s, ok := v.([]string); ok {
		return join(s), nil
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array {
		return "", fmt.Errorf("join: want a list, got %T", v)
	}
	items := make([]string, rv.Len())
	for i := range items {
		switch e := rv.Index(i).Interface().(type) {
		case string:
			items[i] = e
		case fmt.Stringer:
			items[i] = e.String()
		default:
			return "", fmt.Errorf("join: item %d: want a string or a Stringer, got %T", i, e)
		}
	}
	return join(items), nil
}
