package ner

import (
	"slices"
	"strings"
	"testing"
)

// TestScoreCacheEviction checks that a cache too small for a text's words,
// which keeps replacing entries, returns the vectors computed afresh.
func TestScoreCacheEviction(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model()
	small := newTagger(m.ls, m.clusters).withCache(5)
	none := newTagger(m.ls, m.clusters).withCache(0)
	words := strings.Fields(sample + " " + sample)
	toks := make([]tokInfo, len(words))
	small.prepare(toks, words, m.gazs)
	for i := range toks {
		got := slices.Clone(small.cache.vectors(small, &toks[i], m.p))
		want := none.cache.vectors(none, &toks[i], m.p)
		if !slices.Equal(got, want) {
			t.Fatalf("word %d (%q): cached vectors differ", i, words[i])
		}
	}
	if len(small.cache.idx) != 5 || len(small.cache.words) != 5 {
		t.Fatalf("cache holds %d words (%d entries), want 5", len(small.cache.idx), len(small.cache.words))
	}
}
