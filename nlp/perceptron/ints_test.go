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

// TestDenseWeights checks that DenseWeights gives each feature's weights,
// zero for absent features, over batches of several sizes.
func TestDenseWeights(t *testing.T) {
	for _, nc := range []int{2, 4} {
		rng := rand.New(rand.NewSource(int64(nc)))
		const n = 3000
		tb := newTable(n, nc, 0.5)
		keys := make([]uint64, n)
		want := map[uint64][4]int16{}
		for i := range keys {
			keys[i] = rng.Uint64()
			var ws []weight
			var w [4]int16
			for c := 0; c < nc; c++ {
				q := int16(rng.Intn(65535) - 32767)
				ws = append(ws, weight{c, q})
				w[c] = q
			}
			tb.insert(keys[i], ws)
			want[keys[i]] = w
		}
		m := &Model{Classes: make([]string, nc), frozen: tb}
		for _, size := range []int{0, 1, batch - 1, batch, batch + 1, 3*batch + 7} {
			feats := make([]uint64, size)
			for j := range feats {
				if rng.Intn(4) == 0 {
					feats[j] = rng.Uint64() // absent
				} else {
					feats[j] = keys[rng.Intn(n)]
				}
			}
			got := make([][4]int16, size)
			m.DenseWeights(feats, got)
			for j, f := range feats {
				if got[j] != want[f] {
					t.Fatalf("%d classes, %d features: feature %d has %v, want %v", nc, size, j, got[j], want[f])
				}
			}
		}
	}
}
