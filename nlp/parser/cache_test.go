package parser

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleCacheExact walks the parser's configurations over the benchmark
// sentences and checks at each that the role, buffer and rest features
// are exactly the move features, and that the cached scores equal the
// scores of the features to the bit (with a cache large enough for every
// word, and with ones too small for them, which replace their entries).
func TestRoleCacheExact(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, max := range []int{roleWords, 3, 30} {
		sc := p.get()
		c := newRoleCache(p.moves, max)
		checked := 0
		for rep := 0; rep < 2; rep++ {
			for _, line := range benchText {
				var forms, tags []string
				for _, wt := range strings.Fields(line) {
					i := strings.LastIndexByte(wt, '/')
					forms, tags = append(forms, wt[:i]), append(tags, wt[i+1:])
				}
				p.load(sc, len(forms), func(i int) string { return forms[i] }, func(i int) string { return tags[i] })
				st := &sc.st
				c.sentence(p.moves, st, sc.hints)
				var ok [nMoves]bool
				var want, got [nMoves]float32
				for !st.terminal() {
					st.legal(&ok)
					all := st.features(nil)
					p.moves.Scores(all, want[:])
					c.scores(p.moves, st, nil, got[:])
					if got != want {
						t.Fatalf("max %d, %q, config %d: cached scores %v, want %v", max, line, checked, got, want)
					}
					split := st.bufferFeatures(nil)
					for r, i := range st.roles() {
						split = roleFeatures(split, st.wordAt(i), r)
					}
					split = st.restFeatures(split)
					slices.Sort(all)
					slices.Sort(split)
					if !slices.Equal(all, split) {
						t.Fatalf("%q, config %d: %d role, buffer and rest features, %d features", line, checked, len(split), len(all))
					}
					checked++
					best := -1
					for m := 0; m < nMoves; m++ {
						if ok[m] && (best < 0 || want[m] > want[best]) {
							best = m
						}
					}
					lab := int32(-1)
					if best == left || best == right {
						lab = 0
					}
					st.apply(best, lab)
				}
			}
		}
		if checked < 100 {
			t.Fatalf("only %d configurations checked", checked)
		}
	}
}
