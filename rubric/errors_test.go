package rubric_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/iepgoal/iepgoal/rubric"
)

func TestParseErrorLocation(t *testing.T) {
	_, err := rubric.ParseTEP("7")
	var pe *rubric.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("ParseTEP(7) error %v is not a *ParseError", err)
	}
	if pe.Type != "TEP" || pe.Input != "7" || !errors.Is(pe.Err, rubric.ErrOutOfRange) {
		t.Errorf("ParseError = %+v, want type TEP, input 7, ErrOutOfRange", pe)
	}
	if !strings.HasPrefix(err.Error(), "rubric: ") {
		t.Errorf("error %q does not start with the package name", err)
	}
}

func TestErrorsIsThroughWrappers(t *testing.T) {
	_, err := rubric.ParseBand[rubric.Intensity]("2-9")
	wrapped := fmt.Errorf("progress: line 4, column %q: %w", "support", err)
	if !errors.Is(wrapped, rubric.ErrOutOfRange) {
		t.Errorf("errors.Is(%v, ErrOutOfRange) = false", wrapped)
	}
	var pe *rubric.ParseError
	if !errors.As(wrapped, &pe) || pe.Type != "Band[Intensity]" {
		t.Errorf("errors.As through a wrapper gave %+v", pe)
	}
}

func TestParseErrorTruncatesLongInput(t *testing.T) {
	long := strings.Repeat("é", 100)
	_, err := rubric.ParseElement(long)
	var pe *rubric.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *ParseError", err)
	}
	if len(pe.Input) > 70 || !utf8.ValidString(pe.Input) || !strings.HasSuffix(pe.Input, "…") {
		t.Errorf("Input = %q (%d bytes), want at most 64 bytes of valid UTF-8 and an ellipsis", pe.Input, len(pe.Input))
	}
}
