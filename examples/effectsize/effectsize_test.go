package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// members are the documented members of the object, in order.
var members = []string{"nap", "nap_se_hanley", "nap_se_unbiased", "nap_se_null", "nap_ci_lower", "nap_ci_upper",
	"tau", "tau_u", "tau_bc", "pnd", "pem", "pand", "ird", "pogo"}

func runJSON(t *testing.T, args ...string) map[string]*float64 {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := run(args, &out, &errOut); err != nil {
		t.Fatalf("run(%q): %v\n%s", args, err, errOut.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out.Bytes()))
	var keys []string
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("output does not open an object: %v %v", tok, err)
	}
	got := map[string]*float64{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		key := tok.(string)
		var v *float64
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("member %s: %v", key, err)
		}
		keys, got[key] = append(keys, key), v
	}
	if diff := cmp.Diff(members, keys); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	return got
}

func num(v float64) *float64 { return &v }

// TestRunPublishedExample: the worked example of Parker, Vannest & Davis
// (2011), at full precision: the published fractions and the Hanley SE
// 0.07739185 of the SingleCaseES and scda reference pages.
func TestRunPublishedExample(t *testing.T) {
	got := runJSON(t, "-a", "20,20,26,25,22,23", "-b", "28, 25, 24, 27, 30, 30, 29", "-goal", "25")
	for _, m := range []struct {
		name string
		want float64
	}{
		{"nap", 11.0 / 12}, {"tau", 5.0 / 6}, {"pnd", 5.0 / 7}, {"pem", 1}, {"pand", 11.0 / 13}, {"ird", 29.0 / 42},
		{"tau_u", 31.0 / 42}, {"nap_se_null", 1.0 / 6}, {"pogo", 100 * (193.0/7 - 136.0/6) / (25 - 136.0/6)},
	} {
		if v := got[m.name]; v == nil || !near(*v, m.want) {
			t.Errorf("%s = %v, want %v", m.name, v, m.want)
		}
	}
	if v := got["nap_se_hanley"]; v == nil || math.Abs(*v-0.07739185) > 5e-9 {
		t.Errorf("nap_se_hanley = %v, want 0.07739185…", v)
	}
	for _, name := range members {
		if got[name] == nil && name != "pogo" {
			t.Errorf("%s is null", name)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

// TestRunNulls: without a goal PoGO is null, and a one-point baseline has
// neither an unbiased SE nor a Tau-BC.
func TestRunNulls(t *testing.T) {
	got := runJSON(t, "-a", "3", "-b", "5,6", "-decrease")
	for _, name := range []string{"pogo", "nap_se_unbiased", "tau_bc"} {
		if got[name] != nil {
			t.Errorf("%s = %v, want null", name, *got[name])
		}
	}
	if v := got["nap"]; v == nil || *v != 0 {
		t.Errorf("nap decreasing = %v, want 0 (every point of B is worse)", v)
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no a", []string{"-b", "1"}, "-a: no points"},
		{"bad point", []string{"-a", "1,x,3", "-b", "2"}, `-a: point 2: "x": not a finite number`},
		{"NaN", []string{"-a", "1", "-b", "NaN"}, `-b: point 1: "NaN": not a finite number`},
		{"bad goal", []string{"-a", "1", "-b", "2", "-goal", "high"}, `-goal: "high": not a finite number`},
		{"confidence", []string{"-a", "1", "-b", "2", "-confidence", "1.5"}, "Confidence"},
		{"extra", []string{"-a", "1", "-b", "2", "more"}, `unexpected argument "more"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(tt.args, &out, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("run(%q) error = %v, want one containing %q", tt.args, err, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("run(%q) wrote %q on error", tt.args, out.String())
			}
		})
	}
	if err := run([]string{"-a", "1", "-b", "x"}, io.Discard, io.Discard); !errors.Is(err, errNotNumber) {
		t.Errorf("error %v does not wrap errNotNumber", err)
	}
}
