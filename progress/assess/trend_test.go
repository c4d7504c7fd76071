package assess

import (
	"math"
	"slices"
	"strconv"
	"testing"

	"pgregory.net/rapid"
)

func TestOLS(t *testing.T) {
	tests := []struct {
		name                 string
		xs, ys               []float64
		wantSlope, wantInter float64
		wantOK               bool
	}{
		{"exact line", []float64{0, 1, 2, 3}, []float64{10, 12, 14, 16}, 2, 10, true},
		// x̄ = 1.5, ȳ = 49.25, Σdx·dy = 30.5, Σdx² = 5: slope 6.1, intercept 40.1.
		{"hand-worked weeks", []float64{0, 1, 2, 3}, []float64{40, 50, 45, 62}, 6.1, 40.1, true},
		{"two points", []float64{2, 4}, []float64{0, 10}, 5, -10, true},
		{"one point", []float64{1}, []float64{1}, 0, 0, false},
		{"no points", nil, nil, 0, 0, false},
		{"all xs equal", []float64{3, 3, 3}, []float64{1, 2, 3}, 0, 0, false},
		{"lengths differ", []float64{1, 2, 3}, []float64{1, 2}, 0, 0, false},
		{"NaN", []float64{1, 2, math.NaN()}, []float64{1, 2, 3}, 0, 0, false},
		{"infinity", []float64{1, 2, 3}, []float64{1, math.Inf(1), 3}, 0, 0, false},
		{"sums overflow", []float64{-1e308, 1e308}, []float64{-1e308, 1e308}, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, i, ok := OLS(tt.xs, tt.ys)
			if ok != tt.wantOK || !near(s, tt.wantSlope) || !near(i, tt.wantInter) {
				t.Errorf("OLS(%v, %v) = %v, %v, %v, want %v, %v, %v", tt.xs, tt.ys, s, i, ok, tt.wantSlope, tt.wantInter, tt.wantOK)
			}
		})
	}
}

func TestTheilSen(t *testing.T) {
	tests := []struct {
		name                 string
		xs, ys               []float64
		wantSlope, wantInter float64
		wantOK               bool
	}{
		{"exact line", []float64{0, 1, 2, 3}, []float64{10, 12, 14, 16}, 2, 10, true},
		// Pairwise slopes -5, 2.5, 6, 22/3, 10, 17: median (6 + 22/3)/2 = 20/3.
		// Residuals 40, 130/3, 95/3, 42: median (40 + 42)/2 = 41.
		{"hand-worked weeks", []float64{0, 1, 2, 3}, []float64{40, 50, 45, 62}, 20.0 / 3, 41, true},
		// One outlier does not move the line: slopes 1,1,1,1 and the pairs
		// with the outlier; the median stays 1.
		{"outlier", []float64{0, 1, 2, 3, 4}, []float64{0, 1, 2, 100, 4}, 1, 0, true},
		// Pairs with equal x are skipped: slopes 2 and 0, median 1;
		// residuals 0, 2, 1, median 1.
		{"repeated xs are skipped", []float64{0, 0, 1}, []float64{0, 2, 2}, 1, 1, true},
		{"all xs equal", []float64{3, 3, 3}, []float64{1, 2, 3}, 0, 0, false},
		{"one point", []float64{1}, []float64{1}, 0, 0, false},
		{"lengths differ", []float64{1, 2}, []float64{1}, 0, 0, false},
		{"NaN", []float64{1, 2}, []float64{math.NaN(), 1}, 0, 0, false},
		// Both differences overflow to +Inf, and Inf/Inf is NaN.
		{"differences overflow", []float64{-1e308, 1e308}, []float64{-1e308, 1e308}, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, i, ok := TheilSen(tt.xs, tt.ys)
			if ok != tt.wantOK || !near(s, tt.wantSlope) || !near(i, tt.wantInter) {
				t.Errorf("TheilSen(%v, %v) = %v, %v, %v, want %v, %v, %v", tt.xs, tt.ys, s, i, ok, tt.wantSlope, tt.wantInter, tt.wantOK)
			}
		})
	}
}

// near compares with a tolerance relative to the magnitude.
func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// points draws n (x, y) points with small integer xs (so repeats happen)
// and percent-like ys.
func points(t *rapid.T) (xs, ys []float64) {
	n := rapid.IntRange(0, 25).Draw(t, "n")
	xs = make([]float64, n)
	ys = make([]float64, n)
	for i := range n {
		xs[i] = float64(rapid.IntRange(-20, 60).Draw(t, "x"))
		ys[i] = rapid.Float64Range(0, 100).Draw(t, "y")
	}
	return xs, ys
}

// TestOLSClosedForm checks OLS against the textbook closed form
// slope = (nΣxy − ΣxΣy) ÷ (nΣx² − (Σx)²), intercept = (Σy − slope·Σx) ÷ n.
func TestOLSClosedForm(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs, ys := points(t)
		var sx, sy, sxy, sxx float64
		for i := range xs {
			sx += xs[i]
			sy += ys[i]
			sxy += xs[i] * ys[i]
			sxx += xs[i] * xs[i]
		}
		n := float64(len(xs))
		den := n*sxx - sx*sx
		slope, inter, ok := OLS(xs, ys)
		if wantOK := len(xs) >= 2 && den != 0; ok != wantOK {
			t.Fatalf("OLS(%v, %v) ok = %v, want %v", xs, ys, ok, wantOK)
		}
		if !ok {
			return
		}
		wantSlope := (n*sxy - sx*sy) / den
		wantInter := (sy - wantSlope*sx) / n
		if math.Abs(slope-wantSlope) > 1e-6 || math.Abs(inter-wantInter) > 1e-6 {
			t.Fatalf("OLS(%v, %v) = %v, %v, want %v, %v", xs, ys, slope, inter, wantSlope, wantInter)
		}
	})
}

// naiveMedian sorts a copy and averages the middle pair.
func naiveMedian(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// TestTheilSenNaive checks TheilSen against the naive O(n²) definition
// with full sorts for both medians.
func TestTheilSenNaive(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		xs, ys := points(t)
		var slopes []float64
		for i := range xs {
			for j := range xs {
				if xs[j] > xs[i] {
					slopes = append(slopes, (ys[j]-ys[i])/(xs[j]-xs[i]))
				}
			}
		}
		slope, inter, ok := TheilSen(xs, ys)
		if ok != (len(slopes) > 0) {
			t.Fatalf("TheilSen(%v, %v) ok = %v, want %v", xs, ys, ok, len(slopes) > 0)
		}
		if !ok {
			return
		}
		wantSlope := naiveMedian(slopes)
		resid := make([]float64, len(xs))
		for i := range xs {
			resid[i] = ys[i] - wantSlope*xs[i]
		}
		wantInter := naiveMedian(resid)
		if !near(slope, wantSlope) || math.Abs(inter-wantInter) > 1e-9 {
			t.Fatalf("TheilSen(%v, %v) = %v, %v, want %v, %v", xs, ys, slope, inter, wantSlope, wantInter)
		}
	})
}

func TestMedianSelection(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := rapid.SliceOfN(rapid.Float64Range(-10, 10), 1, 40).Draw(t, "v")
		if len(v) > 3 && rapid.Bool().Draw(t, "ties") {
			for i := range v {
				v[i] = math.Round(v[i] / 5)
			}
		}
		want := naiveMedian(v)
		if got := median(slices.Clone(v)); got != want {
			t.Fatalf("median(%v) = %v, want %v", v, got, want)
		}
	})
}

// TestTrendLineRecovered checks both estimators recover a line that the
// points lie on exactly.
func TestTrendLineRecovered(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := float64(rapid.IntRange(-50, 50).Draw(t, "intercept"))
		b := float64(rapid.IntRange(-10, 10).Draw(t, "slope"))
		n := rapid.IntRange(2, 20).Draw(t, "n")
		xs, ys := make([]float64, n), make([]float64, n)
		for i := range n {
			xs[i] = float64(i)
			ys[i] = a + b*xs[i]
		}
		for name, fit := range map[string]func(xs, ys []float64) (float64, float64, bool){"OLS": OLS, "TheilSen": TheilSen} {
			s, i, ok := fit(xs, ys)
			if !ok || !near(s, b) || math.Abs(i-a) > 1e-9 {
				t.Fatalf("%s on y = %v + %v·x = %v, %v, %v", name, a, b, s, i, ok)
			}
		}
	})
}

func BenchmarkTheilSen(b *testing.B) {
	for _, n := range []int{10, 40, 200} {
		xs, ys := make([]float64, n), make([]float64, n)
		for i := range n {
			xs[i] = float64(i)
			ys[i] = float64((i*37)%100) + float64(i)/2
		}
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				TheilSen(xs, ys)
			}
		})
	}
}

func BenchmarkOLS(b *testing.B) {
	xs, ys := make([]float64, 40), make([]float64, 40)
	for i := range xs {
		xs[i], ys[i] = float64(i), float64((i*37)%100)
	}
	b.ReportAllocs()
	for b.Loop() {
		OLS(xs, ys)
	}
}
