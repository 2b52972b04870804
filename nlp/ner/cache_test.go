package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/nlp/conll"
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

// TestSecondPassReuse checks that the second pass over a document reuses
// the first pass's tokens and static scores instead of computing them
// again.
func TestSecondPassReuse(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model()
	words := strings.Fields(sample)
	d := conll.Document{Sents: []conll.Sentence{{Words: words}, {Words: words[:5]}, {Words: words}}}
	tg := newTagger(m.ls, m.clusters).withCache(CacheWords)
	got := tagDoc(tg, m.ls, m.gazs, m.p, newDocState(len(m.ls.types)), d)
	if n := len(tg.docToks); n != conll.Tokens([]conll.Document{d}) {
		t.Errorf("tagger stored %d tokens for a document of %d words", n, conll.Tokens([]conll.Document{d}))
	}
	if len(got) != len(d.Sents) {
		t.Errorf("%d sentences tagged, want %d", len(got), len(d.Sents))
	}
}

// TestBoundaryKeys checks that a literal "<s>" in a text does not share
// the cached vectors of the sentence-boundary token.
func TestBoundaryKeys(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m := r.Model()
	tg := newTagger(m.ls, m.clusters).withCache(100)
	none := newTagger(m.ls, m.clusters).withCache(0)
	words := []string{"<s>", "</s>", "Paris"}
	toks := make([]tokInfo, len(words))
	tg.prepare(toks, words, m.gazs)
	for i := range toks {
		tg.cache.vectors(tg, &toks[i], m.p) // the literal words first
	}
	for _, b := range []*tokInfo{&startTok, &endTok} {
		got := slices.Clone(tg.cache.vectors(tg, b, m.p))
		want := none.cache.vectors(none, b, m.p)
		if !slices.Equal(got, want) {
			t.Errorf("boundary %q: vectors of the literal word", b.word)
		}
	}
}
