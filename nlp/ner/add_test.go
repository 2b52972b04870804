package ner

import (
	"math"
	"math/rand"
	"testing"
)

// TestAdd checks add against float32 additions one at a time, to the bit,
// for every length up to a few vectors and for values of mixed scales.
func TestAdd(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	val := func() float32 {
		return float32(rng.NormFloat64() * math.Pow(10, float64(rng.Intn(9)-4)))
	}
	for n := 0; n <= 80; n++ {
		dst, src := make([]float32, n), make([]float32, n+3)
		for i := range dst {
			dst[i] = val()
		}
		for i := range src {
			src[i] = val()
		}
		want := make([]float32, n)
		for i := range want {
			want[i] = dst[i] + src[i]
		}
		add(dst, src)
		for i := range dst {
			if math.Float32bits(dst[i]) != math.Float32bits(want[i]) {
				t.Fatalf("n=%d: element %d is %v, want %v", n, i, dst[i], want[i])
			}
		}
	}
}
