package singlecase_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/iepgoal/iepgoal/progress/singlecase"
)

// BenchmarkCompare computes every measure between two phases of n points
// each (daily percents on a grid of 0.5, so with ties), from small to the
// 200 × 200 of a long school-year phase pair.
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		rng := rand.New(rand.NewPCG(1, uint64(n)))
		a, c := make([]float64, n), make([]float64, n)
		for i := range a {
			a[i] = float64(rng.IntN(120)) / 2
			c[i] = 20 + float64(rng.IntN(160))/2
		}
		b.Run(fmt.Sprintf("points=%dx%d", n, n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := singlecase.Compare(a, c, singlecase.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
