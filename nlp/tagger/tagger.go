// Package tagger is Dateline's part-of-speech tagger and lemmatiser: a
// greedy left-to-right averaged perceptron over Penn Treebank tags (the
// XPOS column of UD English), with a tag dictionary for frequent
// unambiguous words, and a lemma table plus learned suffix rules. The
// shipped model is trained on UD English EWT and embedded in the binary.
package tagger

import (
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
	"sync/atomic"
)

// Tagger assigns Penn Treebank tags and lower-case lemmas to tokens. It is
// safe for concurrent use.
type Tagger struct {
	model *perceptron.Model
	tags  []string          // class names, == model.Classes
	dict  map[uint64]uint16 // exact-form hash -> tag of frequent unambiguous words
	clu   *clusters.Map     // word clusters, or nil
	lem   *lemmatizer
	// free holds idle scratches; unlike a sync.Pool it keeps them (and
	// their caches) across garbage collections
	free chan *scratch
	// cacheWords is how many word forms the role cache of a new scratch
	// holds (0: CacheWords)
	cacheWords atomic.Int64
}

// SetCacheWords sets how many word forms the role cache of each scratch
// created from now on holds (n <= 0: CacheWords). A cache larger than the
// vocabulary of the text makes tagging faster; each word costs about
// 800 bytes. The tags do not depend on it.
func (t *Tagger) SetCacheWords(n int) { t.cacheWords.Store(int64(n)) }

type scratch struct {
	ws     []word
	fs     []uint64
	scores []float32
	low    []byte
	tags   []int
	forms  []string
	lemBuf []byte
	cluBuf []byte
	lemmas map[string]string // interned lemmas
	cache  *roleCache        // role vectors by word form (frozen model)
	acc    []int32
}

func newTagger(m *perceptron.Model, tb tables, clu *clusters.Map) *Tagger {
	return &Tagger{model: m, tags: m.Classes, dict: tb.Dict, clu: clu, lem: tb.Lemma, free: make(chan *scratch, 8)}
}

// get returns an idle scratch or a new one.
func (t *Tagger) get() *scratch {
	select {
	case sc := <-t.free:
		return sc
	default:
		return &scratch{scores: make([]float32, len(t.tags)), lemmas: map[string]string{}, acc: make([]int32, len(t.tags))}
	}
}

// put returns a scratch for reuse.
func (t *Tagger) put(sc *scratch) {
	select {
	case t.free <- sc:
	default:
	}
}

// Name implements doc.Stage.
func (t *Tagger) Name() string { return "tagger" }

// Tags returns the tag set.
func (t *Tagger) Tags() []string { return t.tags }

// Process implements doc.Stage: it sets Tag and Lemma on every token of
// every sentence.
func (t *Tagger) Process(d *doc.Doc) error {
	sc := t.get()
	defer t.put(sc)
	for _, s := range d.Sents {
		toks := d.Tokens[s.First:s.Last]
		sc.forms = sc.forms[:0]
		for i := range toks {
			sc.forms = append(sc.forms, normalize(toks[i].Text))
		}
		tags := t.tag(sc, sc.forms)
		for i := range toks {
			tag := t.tags[tags[i]]
			toks[i].Tag = tag
			lem, b := t.lem.lemmaBytes(sc.forms[i], tag, sc.lemBuf[:0])
			if b != nil {
				sc.lemBuf = b
				lem = intern(sc.lemmas, b)
			}
			toks[i].Lemma = lem
		}
	}
	return nil
}

// Tag returns the tags of a sentence's words.
func (t *Tagger) Tag(forms []string) []string {
	sc := t.get()
	defer t.put(sc)
	norm := make([]string, len(forms))
	for i, f := range forms {
		norm[i] = normalize(f)
	}
	ids := t.tag(sc, norm)
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = t.tags[id]
	}
	return out
}

// Lemma returns the lower-case lemma of a word form with a given tag.
func (t *Tagger) Lemma(form, tag string) string { return t.lem.lemma(normalize(form), tag) }

// prepare fills sc.ws with the padded word records of forms.
func (t *Tagger) prepare(sc *scratch, forms []string) { t.prepareCached(sc, forms, nil, nil) }

// prepareCached is prepare taking the cluster hashes of form i from
// clu[hits[i]] where hits[i] >= 0 (a role cache's find).
func (t *Tagger) prepareCached(sc *scratch, forms []string, hits []int32, clu [][4]uint64) {
	sc.ws = append(sc.ws[:0], padStart, padStart)
	for i, f := range forms {
		var w word
		w, sc.low = makeWord(f, sc.low)
		if i == 0 {
			w.flags |= flagFirst
		}
		if hits != nil && hits[i] >= 0 {
			w.clu = clu[hits[i]]
			sc.ws = append(sc.ws, w)
			continue
		}
		var bits string
		if t.clu != nil {
			bits, sc.cluBuf = t.clu.LookupFold(f, sc.cluBuf)
		}
		for k, n := range cluPrefixes {
			w.clu[k] = perceptron.NewHasher(byte(40 + k)).Str(bits[:min(n, len(bits))]).Sum()
		}
		sc.ws = append(sc.ws, w)
	}
	sc.ws = append(sc.ws, padEnd, padEnd)
}

// tag tags normalised forms, returning tag indices in sc.tags.
//
// A frozen model scores with the role vectors of sc's cache, which gives
// the same scores as the features of features, to the bit.
func (t *Tagger) tag(sc *scratch, forms []string) []int {
	sc.tags = sc.tags[:0]
	n := uint64(len(t.tags))
	p1, p2 := n, n+1
	cached := t.model.Frozen()
	if cached {
		if sc.cache == nil {
			n := int(t.cacheWords.Load())
			if n <= 0 {
				n = CacheWords
			}
			sc.cache = newRoleCache(t.model, n)
		}
		// the words cached already keep their cluster hashes, which
		// otherwise cost a lookup in the cluster table per word
		t.prepareCached(sc, forms, sc.cache.find(forms), sc.cache.clu)
		sc.cache.sentence(t.model, sc.ws, forms)
	} else {
		t.prepare(sc, forms)
	}
	for i := range forms {
		w := &sc.ws[i+2]
		c, ok := t.dict[w.form]
		y := int(c)
		switch {
		case ok:
		case cached:
			sc.cache.scores(t.model, sc.ws, i+2, p1, p2, sc.acc, sc.scores)
			y = perceptron.Argmax(sc.scores, nil)
		default:
			sc.fs = features(sc.fs[:0], sc.ws, i+2, p1, p2)
			y = t.model.Predict(sc.fs, sc.scores)
		}
		sc.tags = append(sc.tags, y)
		p2, p1 = p1, uint64(y)
	}
	t.finiteVerb(forms, sc.tags)
	t.thatBeforePlural(forms, sc.tags)
	t.pluralNotAdverb(forms, sc.tags)
	t.adjectiveAsNoun(forms, sc.tags)
	return sc.tags
}
