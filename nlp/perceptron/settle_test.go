package perceptron

import (
	"math/rand"
	"runtime"
	"testing"
)

// TestSettleKeepsScores fills tables large enough to move to huge pages
// and checks that settling them changes no score.
func TestSettleKeepsScores(t *testing.T) {
	tests := []struct {
		name    string
		classes int
	}{
		{"dense", 4},
		{"sparse", 60},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(1))
			const n = 120000
			tb := newTable(n, tc.classes, 0.5)
			keys := make([]uint64, n)
			for i := range keys {
				keys[i] = rng.Uint64()
				ws := []weight{}
				for c := 0; c < tc.classes; c++ {
					if rng.Intn(tc.classes) < 3 {
						ws = append(ws, weight{c, int16(rng.Intn(2000) - 1000)})
					}
				}
				tb.insert(keys[i], ws)
			}
			var feats []uint64
			for i := 0; i < 500; i++ {
				if i%3 == 0 {
					feats = append(feats, rng.Uint64()) // absent
				} else {
					feats = append(feats, keys[rng.Intn(n)])
				}
			}
			before := make([]float32, tc.classes)
			after := make([]float32, tc.classes)
			tb.scores(feats, before)
			tb.settle()
			runtime.GC()
			tb.scores(feats, after)
			for c := range before {
				if before[c] != after[c] {
					t.Fatalf("class %d: %g after settling, %g before", c, after[c], before[c])
				}
			}
		})
	}
}
