package assess

import (
	"math"
	"testing"
)

// TestStudentTCDF checks the t distribution at its quantiles, as the
// tables print them to eight or nine digits (NIST/SEMATECH e-Handbook of
// Statistical Methods, 1.3.6.7.2; R's qt), and against the closed forms
// for 1 and 2 degrees of freedom at full precision.
func TestStudentTCDF(t *testing.T) {
	for _, tt := range []struct {
		t, df, want float64
	}{
		{12.7062047, 1, 0.975},
		{4.30265273, 2, 0.975},
		{2.77644511, 4, 0.975},
		{2.01504837, 5, 0.95},
		{2.22813885, 10, 0.975},
		{2.76376946, 10, 0.99},
		{1.69726089, 30, 0.95},
		{0, 7, 0.5},
		{-2.22813885, 10, 0.025},
	} {
		if got := studentTCDF(tt.t, tt.df); math.Abs(got-tt.want) > 1e-8 {
			t.Errorf("studentTCDF(%v, %v) = %.10f, want %v", tt.t, tt.df, got, tt.want)
		}
	}
	for _, x := range []float64{-30, -3, -0.5, 0.1, 1, 2.5, 40} {
		cauchy := 0.5 + math.Atan(x)/math.Pi // df 1
		two := 0.5 + x/(2*math.Sqrt(2+x*x))  // df 2
		if got := studentTCDF(x, 1); math.Abs(got-cauchy) > 1e-13 {
			t.Errorf("studentTCDF(%v, 1) = %v, want %v", x, got, cauchy)
		}
		if got := studentTCDF(x, 2); math.Abs(got-two) > 1e-13 {
			t.Errorf("studentTCDF(%v, 2) = %v, want %v", x, got, two)
		}
	}
}
