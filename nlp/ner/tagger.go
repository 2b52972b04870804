package ner

import (
	"runtime"
	"slices"
	"strings"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// scorer scores the classes for a feature set: the frozen perceptron at run
// time, the trainer's current or averaged weights while training.
type scorer interface {
	Scores(feats []uint64, out []float32)
}

// goldHistory makes training continue from the gold label after a
// mistake, so that later tokens see correct previous labels and an
// impossible BILOU transition never blocks the gold label.
var goldHistory = true

// tagger labels sentences greedily left to right under BILOU constraints.
// It holds reusable buffers; one tagger serves one goroutine.
//
// With a cache (run time) it scores in three parts: the word features of
// each token and its neighbours (cached per word), the context features
// (once per sentence, kept for the document's second pass), and the label
// and memory features per step, with the pure label features read from
// tables.
type tagger struct {
	ls       *labelSet
	clusters *clusters.Map
	cache    *scoreCache // nil while training
	toks     []tokInfo
	feats    []uint64
	scores   []float32
	ys       []int
	guesses  []int // the model's own predictions (ys may hold gold labels while training)
	cbuf     []byte

	// document store (cache mode): tokens and static scores of each
	// sentence of the first pass, reused in the second
	docToks   []tokInfo
	docStatic []float32
	sentOff   []int // sentence k: tokens [sentOff[k], sentOff[k+1])
	sentIdx   int
	second    bool // the document's second pass has begun

	// label score table (cache mode): tY1+tY2 by the two previous
	// labels, filled lazily
	yTab  []float32
	ySet  []bool
	tabFS []uint64

	prev *prevCache // label feature sums after O (cache mode, frozen model)
	acc  []int32

	// second-pass document feature sums (docStaticFeatures) by lower-cased
	// word and short shape: row k is docSums[k*nc : k*nc+nc]
	docMemo map[[2]uint64]int32
	docSums []int32
	docFS   []uint64
}

func newTagger(ls *labelSet, cl *clusters.Map) *tagger {
	return &tagger{ls: ls, clusters: cl, scores: make([]float32, len(ls.classes))}
}

// withCache makes the tagger cache the word-feature scores of up to max
// words; only valid with a scorer whose weights do not change.
func (t *tagger) withCache(max int) *tagger {
	nc := len(t.ls.classes)
	t.cache = newScoreCache(nc, max)
	t.yTab = make([]float32, (nc+1)*(nc+1)*nc)
	t.ySet = make([]bool, (nc+1)*(nc+1))
	return t
}

// beginDoc starts a new document: sentences are then numbered in order,
// once per pass.
func (t *tagger) beginDoc() {
	t.docToks = t.docToks[:0]
	t.docStatic = t.docStatic[:0]
	t.sentOff = append(t.sentOff[:0], 0)
	t.sentIdx = 0
	t.second = false
}

// prepare computes the per-token values of a sentence into toks.
func (t *tagger) prepare(toks []tokInfo, words []string, gazs []*gazetteer) {
	for i, w := range words {
		tk := &toks[i]
		tk.word = w
		tk.lower = hashLower(perceptron.NewHasher(0), w).Sum()
		tk.shape, tk.short = shapes(w)
		tk.cap = startsUpper(w)
		tk.cluster = ""
		tk.caseB = caseNone
		if t.cache == nil {
			t.wordInfo(tk)
		}
	}
	markAll(toks, gazs)
}

// wordInfo fills the values that only the word features need; with a
// cache it runs only for words not yet cached.
func (t *tagger) wordInfo(tk *tokInfo) {
	if t.clusters != nil {
		tk.cluster, t.cbuf = t.clusters.LookupFold(tk.word, t.cbuf)
		tk.caseB = t.caseOf(tk.word)
	}
}

// caseOf returns the case bucket of a word with upper-case letters.
func (t *tagger) caseOf(w string) int {
	upper := false
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return caseNone
	}
	m := t.clusters
	b := t.cbuf[:0]
	for i := 0; i < len(w); i++ {
		b = append(b, lowerByte(w[i]))
	}
	lower := m.Count(string(b))
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 32
	}
	title := m.Count(string(b))
	t.cbuf = b
	return caseBucket(m.Count(w), title, lower)
}

// run tags one sentence and returns its class indices (valid until the next
// call). With tr non-nil it trains: after each token it updates tr towards
// gold. st, when non-nil, is read for history features and updated with
// the sentence's predictions. In cache mode the sentences of a document
// must come in the same order in both passes, after beginDoc.
func (t *tagger) run(words []string, gazs []*gazetteer, sc scorer, st *docState, gold []int, tr *trainer) []int {
	n := len(words)
	ls := t.ls
	nc := len(ls.classes)
	caps := isAllCapsSentence(words)
	var static []float32
	if t.cache != nil && st == nil {
		t.beginDoc()
	}
	if t.cache != nil {
		if st != nil && !st.collect && !t.second {
			// the second pass starts: its sentences are numbered afresh,
			// so that they find the first pass's tokens and scores
			t.second = true
			t.sentIdx = 0
			clear(t.docMemo)
			t.docSums = t.docSums[:0]
		}
		k := t.sentIdx
		t.sentIdx++
		if st != nil && !st.collect && k+1 < len(t.sentOff) {
			a, b := t.sentOff[k], t.sentOff[k+1]
			t.toks = t.docToks[a:b]
			static = t.docStatic[a*nc : b*nc]
		} else {
			a := len(t.docToks)
			t.docToks = slices.Grow(t.docToks, n)[:a+n]
			t.toks = t.docToks[a : a+n]
			t.prepare(t.toks, words, gazs)
			t.docStatic = slices.Grow(t.docStatic, n*nc)[:(a+n)*nc]
			static = t.docStatic[a*nc : (a+n)*nc]
			clear(static)
			t.fillStatic(sc, static, caps)
			if st == nil || st.collect {
				t.sentOff = append(t.sentOff, a+n)
			}
		}
	} else {
		if cap(t.toks) < n {
			t.toks = make([]tokInfo, n, 2*n)
		}
		t.toks = t.toks[:n]
		t.prepare(t.toks, words, gazs)
	}
	var frozen frozenScorer
	if f, ok := sc.(frozenScorer); ok && t.cache != nil && f.Frozen() && tr == nil {
		frozen = f
		if t.prev == nil {
			t.prev, t.acc = newPrevCache(nc), make([]int32, 0, nc)
		}
	}
	ys := t.ys[:0]
	t.guesses = t.guesses[:0]
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
			fs = contextFeatures(fs, t.toks, i, caps)
		}
		if frozen != nil {
			fs = t.labelScores(frozen, fs, &t.toks[i], y1, st)
		} else {
			fs = labelFeatures(fs, &t.toks[i], y1, y2, st, t.cache != nil)
			sc.Scores(fs, t.scores)
		}
		t.feats = fs
		prev := start
		if i > 0 {
			prev = ys[i-1]
		}
		cands := ls.allowedList[prev]
		if i == n-1 {
			cands = ls.allowedLastList[prev]
		}
		guess, best := -1, float32(0)
		if t.cache != nil {
			st := static[i*nc : i*nc+nc]
			yt := t.yScores(sc, y2, y1)
			for _, c := range cands {
				if s := t.scores[c] + st[c] + yt[c]; guess < 0 || s > best {
					guess, best = c, s
				}
			}
		} else {
			for _, c := range cands {
				if s := t.scores[c]; guess < 0 || s > best {
					guess, best = c, s
				}
			}
		}
		t.guesses = append(t.guesses, guess)
		if tr != nil {
			tr.tick()
			if guess != gold[i] {
				tr.update(gold[i], guess, fs)
				if goldHistory {
					guess = gold[i]
				}
			}
		}
		ys = append(ys, guess)
	}
	t.ys = ys
	t.remember(st)
	return ys
}

// remember updates the document memory with the sentence just tagged.
func (t *tagger) remember(st *docState) {
	ls := t.ls
	if st != nil && st.collect {
		st.recordContexts(t.toks)
	}
	if st != nil {
		// the document memory records what the model predicted, even
		// when training continued from the gold label
		for i := range t.toks {
			if t.toks[i].cap {
				ty := ls.typ[t.guesses[i]] + 1
				st.add(t.toks[i].word, ty)
				if st.collect {
					st.record(t.toks[i].lower, ty)
				}
			}
		}
	}
}

// yScores returns the scores of the pure label features (tY1, tY2) for
// previous labels y2, y1, from a lazily filled table.
func (t *tagger) yScores(sc scorer, y2, y1 int) []float32 {
	nc := len(t.ls.classes)
	k := (y2+1)*(nc+1) + y1 + 1
	v := t.yTab[k*nc : k*nc+nc]
	if !t.ySet[k] {
		t.tabFS = append(t.tabFS[:0],
			perceptron.NewHasher(tY1).Int(y1+1).Sum(),
			perceptron.NewHasher(tY2).Int(y2+1).Int(y1+1).Sum())
		sc.Scores(t.tabFS, v)
		t.ySet[k] = true
	}
	return v
}

// fillStatic computes static: for each token the summed scores of the word
// features of it and its neighbours (from the cache) and of its context
// features.
func (t *tagger) fillStatic(sc scorer, static []float32, caps bool) {
	n := len(t.toks)
	nc := len(t.ls.classes)
	for j := -maxOffset; j < n+maxOffset; j++ {
		v := t.cache.vectors(t, tokAt(t.toks, j), sc)
		for r := 0; r < nRoles; r++ {
			i := j - roleOffset[r]
			if i < 0 || i >= n {
				continue
			}
			vr := roleVec[r]
			add(static[i*nc:i*nc+nc], v[vr*nc:vr*nc+nc])
		}
	}
	for i := 0; i < n; i++ {
		t.feats = contextFeatures(t.feats[:0], t.toks, i, caps)
		sc.Scores(t.feats, t.scores)
		add(static[i*nc:i*nc+nc], t.scores)
	}
}

// scoreCache remembers, per word, the class scores of its word features in
// each role. When it holds max words, a new word replaces one not used
// since the clock hand last passed it (the CLOCK approximation of least
// recently used), so that a long stream of articles keeps its frequent
// words cached.
type scoreCache struct {
	nc      int
	idx     map[string]int32
	vecs    []float32 // stride nVecRoles*nc
	words   []string  // word of each entry
	used    []bool    // entry read since the hand last passed
	hand    int
	max     int
	scratch []float32
	fs      []uint64
}

// newScoreCache returns an empty cache for max words over nc classes,
// its vectors outside the Go heap.
func newScoreCache(nc, max int) *scoreCache {
	c := &scoreCache{nc: nc, idx: map[string]int32{}, max: max}
	var free func()
	c.vecs, free = perceptron.OffHeap[float32](max * nVecRoles * nc)
	if free != nil {
		runtime.AddCleanup(c, func(f func()) { f() }, free)
	}
	return c
}

// cacheKey is the key of a token's vectors in the score cache: its word,
// or for the sentence-boundary tokens a key no word of a text can be, so
// that a literal "<s>" in a text never shares their vectors (and the
// output never depends on which came first).
func cacheKey(tk *tokInfo) string {
	switch tk {
	case &startTok:
		return "\x00<s>"
	case &endTok:
		return "\x00</s>"
	}
	return tk.word
}

// vectors returns the nVecRoles*nc role scores of a token's word. The slice
// is valid until the next call.
func (c *scoreCache) vectors(t *tagger, tk *tokInfo, sc scorer) []float32 {
	stride := nVecRoles * c.nc
	key := cacheKey(tk)
	if id, ok := c.idx[key]; ok {
		c.used[id] = true
		return c.vecs[int(id)*stride : int(id)*stride+stride]
	}
	var v []float32
	switch {
	case len(c.idx) < c.max:
		id := len(c.idx)
		w := strings.Clone(key)
		c.idx[w] = int32(id)
		c.words = append(c.words, w)
		c.used = append(c.used, false)
		v = c.vecs[id*stride : id*stride+stride]
	case c.max > 0:
		id := c.victim()
		delete(c.idx, c.words[id])
		w := strings.Clone(key)
		c.idx[w] = int32(id)
		c.words[id] = w
		v = c.vecs[id*stride : id*stride+stride]
	default:
		if len(c.scratch) < stride {
			c.scratch = make([]float32, stride)
		}
		v = c.scratch[:stride]
	}
	wi := *tk // a copy: boundary tokens are shared
	if tk != &startTok && tk != &endTok {
		t.wordInfo(&wi)
	}
	for r := 0; r < nVecRoles; r++ {
		c.fs = wordFeatures(c.fs[:0], &wi, r, t.clusters != nil)
		sc.Scores(c.fs, v[r*c.nc:r*c.nc+c.nc])
	}
	return v
}

// victim returns the entry to replace: the first at or after the hand not
// used since the hand last passed, clearing the marks it passes.
func (c *scoreCache) victim() int {
	for {
		h := c.hand
		c.hand = (c.hand + 1) % len(c.used)
		if !c.used[h] {
			return h
		}
		c.used[h] = false
	}
}
