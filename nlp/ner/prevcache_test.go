package ner

import (
	"math"
	"strings"
	"testing"
)

// TestPrevCache checks that the cached integer sums of the label features
// after O, scaled, are the scores of those features, to the bit, also
// after entries were replaced.
func TestPrevCache(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model()
	nc := len(m.ls.classes)
	c := newPrevCache(nc)
	words := strings.Fields(sample + " " + strings.ToUpper(sample))
	for i := 0; i < 3*prevCacheSize; i++ {
		words = append(words, strings.Repeat("x", 1+i%7)+string(rune('a'+i%26))+strings.Repeat("Z", i/182))
	}
	toks := make([]tokInfo, len(words))
	tg := newTagger(m.ls, m.clusters).withCache(cacheWords)
	tg.prepare(toks, words, m.gazs)
	got, want := make([]float32, nc), make([]float32, nc)
	for pass := 0; pass < 2; pass++ {
		for i := range toks {
			m.p.Scale(c.get(m.p, &toks[i]), got)
			m.p.Scores(prevLabelFeatures(nil, &toks[i], 0), want)
			for k := range got {
				if math.Float32bits(got[k]) != math.Float32bits(want[k]) {
					t.Fatalf("pass %d, %q: class %d scores %v, want %v", pass, words[i], k, got[k], want[k])
				}
			}
		}
	}
}
