package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// result is the JSON object printed, its members in the documented order.
type result struct {
	NAP           float64           `json:"nap"`
	NAPSEHanley   float64           `json:"nap_se_hanley"`
	NAPSEUnbiased singlecase.Number `json:"nap_se_unbiased"`
	NAPSENull     float64           `json:"nap_se_null"`
	NAPCILower    float64           `json:"nap_ci_lower"`
	NAPCIUpper    float64           `json:"nap_ci_upper"`
	Tau           float64           `json:"tau"`
	TauU          float64           `json:"tau_u"`
	TauBC         singlecase.Number `json:"tau_bc"`
	PND           float64           `json:"pnd"`
	PEM           float64           `json:"pem"`
	PAND          float64           `json:"pand"`
	IRD           float64           `json:"ird"`
	PoGO          singlecase.Number `json:"pogo"`
}

func resultOf(e singlecase.Effects) result {
	return result{
		NAP: e.NAP, NAPSEHanley: e.NAPSEHanley, NAPSEUnbiased: e.NAPSEUnbiased, NAPSENull: e.NAPSENull,
		NAPCILower: e.NAPCILower, NAPCIUpper: e.NAPCIUpper, Tau: e.Tau, TauU: e.TauU, TauBC: e.TauBC,
		PND: e.PND, PEM: e.PEM, PAND: e.PAND, IRD: e.IRD, PoGO: e.PoGO,
	}
}

// run parses the flags, computes the effect sizes and writes the JSON
// object to stdout; flag errors and usage go to stderr.
func run(args []string, stdout, stderr io.Writer) error {
	a, b, opts, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	e, err := singlecase.Compare(a, b, opts)
	if err != nil {
		return err
	}
	out, err := json.MarshalIndent(resultOf(e), "", "  ")
	if err != nil {
		return err
	}
	_, err = stdout.Write(append(out, '\n'))
	return err
}

func parseFlags(args []string, stderr io.Writer) (a, b []float64, opts singlecase.Options, err error) {
	fs := flag.NewFlagSet("effectsize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	aText := fs.String("a", "", "the baseline phase's points, in time order, comma-separated (required)")
	bText := fs.String("b", "", "the treatment phase's points, in time order, comma-separated (required)")
	decrease := fs.Bool("decrease", false, "lower values are better (default: higher are)")
	goalText := fs.String("goal", "", "the level the treatment aims at, for PoGO (default: no PoGO)")
	fs.Float64Var(&opts.Confidence, "confidence", singlecase.DefaultConfidence, "the confidence level of the NAP interval, in (0, 1)")
	if err = fs.Parse(args); err != nil {
		return nil, nil, opts, err
	}
	if fs.NArg() > 0 {
		return nil, nil, opts, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if a, err = parseSeries("a", *aText); err != nil {
		return nil, nil, opts, err
	}
	if b, err = parseSeries("b", *bText); err != nil {
		return nil, nil, opts, err
	}
	if *decrease {
		opts.Improvement = singlecase.Decrease
	}
	if *goalText != "" {
		g, err := parseNumber(*goalText)
		if err != nil {
			return nil, nil, opts, fmt.Errorf("-goal: %w", err)
		}
		opts.Goal = singlecase.Some(g)
	}
	return a, b, opts, nil
}

// parseSeries parses the comma-separated points of the flag name.
func parseSeries(name, text string) ([]float64, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("-%s: no points: give them comma-separated, as -%s 20,22,25", name, name)
	}
	fields := strings.Split(text, ",")
	out := make([]float64, len(fields))
	for i, f := range fields {
		v, err := parseNumber(f)
		if err != nil {
			return nil, fmt.Errorf("-%s: point %d: %w", name, i+1, err)
		}
		out[i] = v
	}
	return out, nil
}

// errNotNumber is the reason a point or goal is refused.
var errNotNumber = errors.New("not a finite number")

func parseNumber(text string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q: %w", strings.TrimSpace(text), errNotNumber)
	}
	return v, nil
}
