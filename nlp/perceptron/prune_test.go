package perceptron

import (
	"math"
	"math/rand"
	"testing"
)

// TestPrune checks that a pruned model scores every feature set as the sum
// of the original weights at or above the threshold, for dense and sparse
// layouts.
func TestPrune(t *testing.T) {
	tests := []struct {
		name    string
		classes int
		minAbs  float64
	}{
		{"dense, nothing pruned", 4, 0},
		{"dense, pruned", 4, 0.5},
		{"sparse, nothing pruned", 30, 0},
		{"sparse, pruned", 30, 0.5},
		{"sparse, everything pruned", 30, 1e9},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(7))
			names := make([]string, tc.classes)
			for i := range names {
				names[i] = string(rune('A' + i))
			}
			m := New(names)
			feats := make([]uint64, 300)
			for i := range feats {
				feats[i] = rng.Uint64()
			}
			feats[0] = 0
			for it := 0; it < 3000; it++ {
				m.Tick()
				f := []uint64{feats[rng.Intn(len(feats))], feats[rng.Intn(len(feats))]}
				m.Update(rng.Intn(tc.classes), rng.Intn(tc.classes), f)
			}
			m.Freeze(0)
			// the expected score of each single feature after pruning
			want := make(map[uint64][]float32)
			for _, f := range feats {
				out := make([]float32, tc.classes)
				m.Scores([]uint64{f}, out)
				for c, v := range out {
					if math.Abs(float64(v)) < tc.minAbs-float64(m.frozen.scale) {
						out[c] = 0
					}
				}
				want[f] = out
			}
			before := m.Features()
			n, err := m.Prune(tc.minAbs)
			if err != nil {
				t.Fatal(err)
			}
			if n > before || (tc.minAbs == 0 && n != before) || (tc.minAbs > 1e6 && n != 0) {
				t.Fatalf("kept %d of %d features", n, before)
			}
			got := make([]float32, tc.classes)
			for _, f := range feats {
				m.Scores([]uint64{f}, got)
				for c := range got {
					if d := math.Abs(float64(got[c] - want[f][c])); d > 1e-4 && got[c] != 0 {
						t.Fatalf("feature %x class %d: %v after pruning, want %v", f, c, got[c], want[f][c])
					}
					if got[c] == 0 && math.Abs(float64(want[f][c])) >= tc.minAbs+float64(m.frozen.scale) {
						t.Fatalf("feature %x class %d: pruned a weight of %v", f, c, want[f][c])
					}
				}
			}
		})
	}
	if _, err := New([]string{"a", "b"}).Prune(1); err == nil {
		t.Error("Prune of an unfrozen model: no error")
	}
}
