package ner

import "slices"

// frozenScorer is a frozen perceptron.Model: it sums weights as integers,
// and scaling an integer sum gives what Scores gives for the same features,
// to the bit (perceptron.AddWeights).
type frozenScorer interface {
	scorer
	Frozen() bool
	AddWeights(feats []uint64, acc []int32)
	Scale(acc []int32, out []float32)
}

// prevCacheSize is the number of entries of a prevCache.
const prevCacheSize = 4096

// prevCache remembers, for recently seen tokens, the integer weight sums of
// the features that join the previous label with the token
// (prevLabelFeatures) when that label is O, as it is for most tokens: the
// sums depend only on the token's lower-cased word and short shape. It is
// direct-mapped: an entry is replaced by the next pair that maps to it.
type prevCache struct {
	nc   int
	keys []prevKey
	sums []int32 // entry e: sums[e*nc : e*nc+nc]
	fs   []uint64
}

type prevKey struct {
	lower, short uint64
	set          bool
}

func newPrevCache(nc int) *prevCache {
	return &prevCache{nc: nc, keys: make([]prevKey, prevCacheSize), sums: make([]int32, prevCacheSize*nc)}
}

// get returns the weight sums of prevLabelFeatures(tk, O), valid until
// the next call.
func (c *prevCache) get(m frozenScorer, tk *tokInfo) []int32 {
	e := int(((tk.lower ^ tk.short*0x9E3779B97F4A7C15) * gazGolden) >> (64 - 12))
	v := c.sums[e*c.nc : e*c.nc+c.nc]
	if k := &c.keys[e]; !k.set || k.lower != tk.lower || k.short != tk.short {
		clear(v)
		c.fs = prevLabelFeatures(c.fs[:0], tk, 0)
		m.AddWeights(c.fs, v)
		*k = prevKey{tk.lower, tk.short, true}
	}
	return v
}

// labelScores sets t.scores to the scores of labelFeatures(tk, y1, st)
// with tables (the caller adds the pure label features), in cache mode with
// a frozen model. It sums integers, as Scores does, from three parts: the
// label-word features after O from t.prev, the second pass's document
// features of a word, which stay the same for the whole pass, from
// t.docMemo, and the rest (appended to fs, which it returns) looked up.
func (t *tagger) labelScores(m frozenScorer, fs []uint64, tk *tokInfo, y1 int, st *docState) []uint64 {
	var acc []int32
	if y1 == 0 {
		acc = t.prev.get(m, tk)
	} else {
		fs = prevLabelFeatures(fs, tk, y1)
	}
	var doc []int32
	if st != nil && tk.cap && !st.collect && !ablateDoc {
		doc = t.docStaticSums(m, tk, st)
	}
	fs = histFeatures(fs, tk, st)
	if doc == nil && len(fs) == 0 {
		m.Scale(acc, t.scores)
		return fs
	}
	if acc == nil {
		acc = t.acc[:len(t.scores)]
		clear(acc)
	} else {
		acc = append(t.acc[:0], acc...)
	}
	for c, x := range doc {
		acc[c] += x
	}
	if len(fs) > 0 {
		m.AddWeights(fs, acc)
	}
	m.Scale(acc, t.scores)
	return fs
}

// docStaticSums returns the weight sums of docStaticFeatures(tk, st),
// computed once per word (and short shape) in a document's second pass.
func (t *tagger) docStaticSums(m frozenScorer, tk *tokInfo, st *docState) []int32 {
	nc := len(t.scores)
	key := [2]uint64{tk.lower, tk.short}
	if t.docMemo == nil {
		t.docMemo = map[[2]uint64]int32{}
	}
	k, ok := t.docMemo[key]
	if !ok {
		k = int32(len(t.docSums) / nc)
		t.docMemo[key] = k
		t.docSums = slices.Grow(t.docSums, nc)[:len(t.docSums)+nc]
		v := t.docSums[int(k)*nc:]
		clear(v)
		t.docFS = docStaticFeatures(t.docFS[:0], tk, st)
		m.AddWeights(t.docFS, v)
	}
	return t.docSums[int(k)*nc : int(k)*nc+nc]
}
