package ner

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// scorer scores the classes for a feature set: the frozen perceptron at run
// time, the trainer's current or averaged weights while training.
type scorer interface {
	Scores(feats []uint64, out []float32)
}

// tagger labels sentences greedily left to right under BILOU constraints.
// It holds reusable buffers; one tagger serves one goroutine.
type tagger struct {
	ls       *labelSet
	clusters *clusters.Map
	cache    *scoreCache // caches word-feature scores; nil while training
	toks     []tokInfo
	feats    []uint64
	scores   []float32
	static   []float32 // per token, the scores of its word features (with cache)
	ys       []int
	cbuf     []byte
}

func newTagger(ls *labelSet, cl *clusters.Map) *tagger {
	return &tagger{ls: ls, clusters: cl, scores: make([]float32, len(ls.classes))}
}

// withCache makes the tagger cache the word-feature scores of up to max
// words; only valid with a scorer whose weights do not change.
func (t *tagger) withCache(max int) *tagger {
	t.cache = &scoreCache{nc: len(t.ls.classes), idx: map[string]int32{}, max: max}
	return t
}

// prepare computes the per-token values of a sentence.
func (t *tagger) prepare(words []string, gazs []*gazetteer) {
	if cap(t.toks) < len(words) {
		t.toks = make([]tokInfo, len(words), 2*len(words))
	}
	t.toks = t.toks[:len(words)]
	for i, w := range words {
		tk := &t.toks[i]
		tk.word = w
		tk.lower = hashLower(perceptron.NewHasher(0), w).Sum()
		tk.shape, tk.short = shapes(w)
		tk.cap = startsUpper(w)
		tk.cluster = ""
		if t.clusters != nil {
			tk.cluster, t.cbuf = t.clusters.LookupFold(w, t.cbuf)
		}
	}
	markAll(t.toks, gazs)
}

// run tags one sentence and returns its class indices (valid until the next
// call). With tr non-nil it trains: after each token it updates tr towards
// gold. st, when non-nil, is read for history features and updated with
// the sentence's predictions.
func (t *tagger) run(words []string, gazs []*gazetteer, sc scorer, st *docState, gold []int, tr *trainer) []int {
	t.prepare(words, gazs)
	caps := isAllCapsSentence(words)
	n := len(words)
	ls := t.ls
	nc := len(ls.classes)
	if t.cache != nil {
		t.fillStatic(sc)
	}
	ys := t.ys[:0]
	start := nc
	for i := 0; i < n; i++ {
		y1, y2 := -1, -1
		if i > 0 {
			y1 = ys[i-1]
		}
		if i > 1 {
			y2 = ys[i-2]
		}
		fs := t.feats[:0]
		if t.cache == nil {
			fs = t.staticFeatures(fs, t.toks, i)
		}
		fs = t.dynamicFeatures(fs, t.toks, i, y1, y2, caps, st)
		t.feats = fs
		sc.Scores(fs, t.scores)
		if t.cache != nil {
			st := t.static[i*nc : i*nc+nc]
			for c := range t.scores {
				t.scores[c] += st[c]
			}
		}
		prev := start
		if i > 0 {
			prev = ys[i-1]
		}
		allowed := ls.allowedAfter[prev]
		last := i == n-1
		guess, best := -1, float32(0)
		for c, s := range t.scores {
			if !allowed[c] || (last && !ls.allowedLast[c]) {
				continue
			}
			if guess < 0 || s > best {
				guess, best = c, s
			}
		}
		if tr != nil {
			tr.tick()
			if guess != gold[i] {
				tr.update(gold[i], guess, fs)
			}
		}
		ys = append(ys, guess)
	}
	if st != nil {
		for i := range t.toks {
			if t.toks[i].cap {
				st.add(t.toks[i].word, ls.typ[ys[i]]+1)
				if st.collect {
					st.record(t.toks[i].lower, ls.typ[ys[i]]+1)
				}
			}
		}
	}
	t.ys = ys
	return ys
}

// fillStatic computes t.static: for each token the summed scores of the
// word features of it and its neighbours, from the cache.
func (t *tagger) fillStatic(sc scorer) {
	n := len(t.toks)
	nc := len(t.ls.classes)
	if cap(t.static) < n*nc {
		t.static = make([]float32, n*nc, 2*n*nc)
	}
	t.static = t.static[:n*nc]
	clear(t.static)
	for j := -2; j < n+2; j++ {
		v := t.cache.vectors(tokAt(t.toks, j), sc, t.clusters != nil)
		for r := 0; r < nRoles; r++ {
			i := j - roleOffset[r]
			if i < 0 || i >= n {
				continue
			}
			dst := t.static[i*nc : i*nc+nc]
			src := v[r*nc : r*nc+nc]
			for c := range dst {
				dst[c] += src[c]
			}
		}
	}
}

// scoreCache remembers, per word, the class scores of its word features in
// each role.
type scoreCache struct {
	nc      int
	idx     map[string]int32
	vecs    []float32 // stride nRoles*nc
	max     int
	scratch []float32
	fs      []uint64
}

// vectors returns the nRoles*nc role scores of a token's word. The slice
// is valid until the next call.
func (c *scoreCache) vectors(tk *tokInfo, sc scorer, withClusters bool) []float32 {
	stride := nRoles * c.nc
	if id, ok := c.idx[tk.word]; ok {
		return c.vecs[int(id)*stride : int(id)*stride+stride]
	}
	var v []float32
	if len(c.idx) < c.max {
		id := len(c.idx)
		c.idx[strings.Clone(tk.word)] = int32(id)
		for k := 0; k < stride; k++ {
			c.vecs = append(c.vecs, 0)
		}
		v = c.vecs[id*stride : id*stride+stride]
	} else {
		if len(c.scratch) < stride {
			c.scratch = make([]float32, stride)
		}
		v = c.scratch[:stride]
	}
	for r := 0; r < nRoles; r++ {
		c.fs = wordFeatures(c.fs[:0], tk, r, withClusters)
		sc.Scores(c.fs, v[r*c.nc:r*c.nc+c.nc])
	}
	return v
}
