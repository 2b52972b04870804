package perceptron

import (
	"bytes"
	"math"
	"math/rand"
	"testing"
)

// TestFrozenScoresMatchAverages trains random models of several class
// counts (dense and sparse layouts, inline and out-of-line entries) and
// checks that the frozen and reloaded scores equal the averaged weights
// up to quantization.
func TestFrozenScoresMatchAverages(t *testing.T) {
	tests := []struct {
		name    string
		classes int
	}{
		{"two classes (dense)", 2},
		{"four classes (dense)", 4},
		{"five classes (sparse)", 5},
		{"fifty classes (sparse)", 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(tc.classes)))
			names := make([]string, tc.classes)
			for i := range names {
				names[i] = string(rune('A' + i))
			}
			m := New(names)
			feats := []uint64{0, 2, 3, 1 << 63, 12345}
			for i := 0; i < 200; i++ {
				feats = append(feats, rng.Uint64())
			}
			// Reference averages, computed naively.
			sum := map[uint64][]float64{}
			cur := map[uint64][]float64{}
			steps := 0
			for it := 0; it < 2000; it++ {
				m.Tick()
				steps++
				f := feats[rng.Intn(len(feats))]
				g := feats[rng.Intn(len(feats))]
				y, p := rng.Intn(tc.classes), rng.Intn(tc.classes)
				m.Update(y, p, []uint64{f, g})
				// The weights of a step are those before its update.
				for k, w := range cur {
					for c := range w {
						sum[k][c] += w[c]
					}
				}
				for _, k := range []uint64{f, g} {
					if cur[k] == nil {
						cur[k] = make([]float64, tc.classes)
						sum[k] = make([]float64, tc.classes)
					}
					if y != p {
						cur[k][y]++
						cur[k][p]--
					}
				}
			}
			m.Freeze(0)
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := Load(&buf)
			if err != nil {
				t.Fatal(err)
			}
			if m2.Features() != m.Features() {
				t.Fatalf("reloaded %d features, want %d", m2.Features(), m.Features())
			}
			out := make([]float32, tc.classes)
			out2 := make([]float32, tc.classes)
			for _, f := range append(feats, 99, 98) {
				m.Scores([]uint64{f}, out)
				m2.Scores([]uint64{f}, out2)
				for c := range out {
					want := 0.0
					if sum[f] != nil {
						want = sum[f][c] / float64(steps)
					}
					if math.Abs(float64(out[c])-want) > 1e-3 || out[c] != out2[c] {
						t.Fatalf("feature %x class %d: frozen %g, reloaded %g, want %g", f, c, out[c], out2[c], want)
					}
				}
			}
		})
	}
}
