package gazetteer

import (
	"sort"
	"testing"
)

// TestKeyIndex checks that the hash index finds, for every key of the
// embedded gazetteer and for keys it lacks, the line a binary search over
// the sorted key lines finds, and that the key lines are sorted (which the
// binary search relied on).
func TestKeyIndex(t *testing.T) {
	g := Default()
	search := func(key string) (int, bool) {
		i := sort.Search(len(g.keyLines), func(i int) bool {
			k, _ := g.keyAt(i)
			return k >= key
		})
		if i < len(g.keyLines) {
			if k, _ := g.keyAt(i); k == key {
				return i, true
			}
		}
		return 0, false
	}
	var prev string
	for i := range g.keyLines {
		k, _ := g.keyAt(i)
		if k < prev {
			t.Fatalf("key line %d %q before %q: not sorted", i, prev, k)
		}
		prev = k
		if got := g.keyOf(i); got != k {
			t.Fatalf("keyOf(%d) = %q, want %q", i, got, k)
		}
		wi, wok := search(k)
		if gi, gok := g.find(k); gi != wi || gok != wok {
			t.Fatalf("find(%q) = %d %v, want %d %v", k, gi, gok, wi, wok)
		}
	}
	tests := []string{"", "london", "paris", "new york", "no such place at all", "zzzz", "\t", "a\nb"}
	for _, key := range tests {
		wi, wok := search(key)
		if gi, gok := g.find(key); gi != wi || gok != wok {
			t.Errorf("find(%q) = %d %v, want %d %v", key, gi, gok, wi, wok)
		}
	}
}
