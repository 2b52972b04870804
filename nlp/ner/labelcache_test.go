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
	tg := newTagger(m.ls, m.clusters).withCache(CacheWords)
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

// TestLabelScores checks labelScores against Scores of labelFeatures, to
// the bit, over a document's two passes (previous labels from the tags the
// model gives).
func TestLabelScores(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model()
	nc := len(m.ls.classes)
	words := strings.Fields(sample)
	tg := newTagger(m.ls, m.clusters).withCache(CacheWords)
	tg.prev, tg.acc = newPrevCache(nc), make([]int32, 0, nc)
	st := newDocState(len(m.ls.types))
	st.reset()
	tg.beginDoc()
	want := make([]float32, nc)
	for pass := 0; pass < 2; pass++ {
		for rep := 0; rep < 2; rep++ {
			ys := tg.run(words, m.gazs, m.p, st, nil, nil)
			toks := tg.toks
			for i := range toks {
				y1 := -1
				if i > 0 {
					y1 = ys[i-1]
				}
				for _, y := range []int{y1, 0, 1} {
					tg.labelScores(m.p, nil, &toks[i], y, st)
					m.p.Scores(labelFeatures(nil, &toks[i], y, -1, st, true), want)
					for c := range want {
						if math.Float32bits(tg.scores[c]) != math.Float32bits(want[c]) {
							t.Fatalf("pass %d, %q after %d: class %d scores %v, want %v", pass, words[i], y, c, tg.scores[c], want[c])
						}
					}
				}
			}
		}
		st.secondPass()
	}
}
