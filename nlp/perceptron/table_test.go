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

// TestByHome checks that byHome groups slots by block of home slots, in
// table order, and keeps every slot: tables of one block, of a few, and of
// many, with keys colliding in their blocks.
func TestByHome(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{"empty", 0},
		{"one block", 100},
		{"a few blocks", 1000},
		{"many blocks", 100000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewSource(int64(tc.n)))
			tb := newTable(tc.n, 5, 1)
			ss := make([]slot, tc.n)
			want := map[uint64]uint64{}
			for i := range ss {
				ss[i] = slot{fixKey(rng.Uint64()), uint64(i)}
				want[ss[i].key] = ss[i].v
			}
			tb.byHome(ss)
			block := func(s slot) uint64 { return tb.home(s.key) >> blockBits }
			for i := 1; i < len(ss); i++ {
				if block(ss[i-1]) > block(ss[i]) {
					t.Fatalf("slot %d in block %d after block %d", i, block(ss[i]), block(ss[i-1]))
				}
			}
			for _, s := range ss {
				if v, ok := want[s.key]; !ok || v != s.v {
					t.Fatalf("slot %x=%d not among the input", s.key, s.v)
				}
				delete(want, s.key)
			}
			if len(want) > 0 {
				t.Fatalf("%d slots lost", len(want))
			}
			tb.placeAll(ss)
			var vals [batch]uint64
			for i := 0; i < len(ss); i += batch {
				fs := make([]uint64, 0, batch)
				for _, s := range ss[i:min(i+batch, len(ss))] {
					fs = append(fs, s.key)
				}
				tb.lookup(fs, &vals)
				for j := range fs {
					if vals[j] != ss[i+j].v {
						t.Fatalf("lookup %x = %d, want %d", fs[j], vals[j], ss[i+j].v)
					}
				}
			}
		})
	}
}
