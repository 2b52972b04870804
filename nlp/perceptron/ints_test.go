package perceptron

import (
	"math/rand"
	"slices"
	"testing"
)

// TestAddWeightsMatchesScores checks that integer sums of feature weights,
// split into parts and scaled, give the scores of Scores to the bit.
func TestAddWeightsMatchesScores(t *testing.T) {
	for _, nc := range []int{3, 4, 5, 49} {
		rng := rand.New(rand.NewSource(int64(nc)))
		const n = 5000
		tb := newTable(n, nc, 0.0123)
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = rng.Uint64()
			var ws []weight
			for c := 0; c < nc; c++ {
				if rng.Intn(3) == 0 {
					ws = append(ws, weight{c, int16(rng.Intn(65535) - 32767)})
				}
			}
			if len(ws) == 0 {
				ws = append(ws, weight{0, 1})
			}
			tb.insert(keys[i], ws)
		}
		m := &Model{Classes: make([]string, nc), frozen: tb}
		for trial := 0; trial < 200; trial++ {
			var feats []uint64
			for k := rng.Intn(MaxExact); k > 0; k-- {
				if rng.Intn(4) == 0 {
					feats = append(feats, rng.Uint64()) // absent
				} else {
					feats = append(feats, keys[rng.Intn(n)])
				}
			}
			want := make([]float32, nc)
			m.Scores(feats, want)
			acc := make([]int32, nc)
			cut := rng.Intn(len(feats) + 1)
			m.AddWeights(feats[:cut], acc)
			m.AddWeights(feats[cut:], acc)
			got := make([]float32, nc)
			m.Scale(acc, got)
			if !slices.Equal(got, want) {
				t.Fatalf("%d classes, %d features: %v, want %v", nc, len(feats), got, want)
			}
		}
	}
}
