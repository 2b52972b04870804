// Package ner is Dateline's named-entity recognizer: a greedy left-to-right
// BILOU tagger over an averaged perceptron with word, shape, affix,
// context-window, word-cluster, gazetteer and document-history features
// (after Ratinov and Roth 2009). Two models are embedded: the production
// model over OntoNotes 5's 18 types (Default) and a model over CoNLL-2003's
// 4 types for comparison with the literature (CoNLL).
//
// The Recognizer is a pipeline stage: it reads Doc.Tokens and Doc.Sents
// and appends one doc.Span per entity mention.
package ner

import (
	"bytes"
	"embed"
	"sync"
	"sync/atomic"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/conll"
)

//go:embed models/*.gz
var modelFS embed.FS

// Recognizer tags the tokens of a Doc with entity spans. It is safe for
// concurrent use.
type Recognizer struct {
	m    *Model
	name string
	// free holds idle work areas; unlike a sync.Pool it keeps them (and
	// their score caches) across garbage collections
	free chan *work
	// cacheWords is how many words the score cache of a new work area
	// holds (0: CacheWords)
	cacheWords atomic.Int64
}

// SetCacheWords sets how many words the score cache of each work area
// created from now on holds (n <= 0: CacheWords). A cache larger than the
// vocabulary of the text makes recognition faster; each word costs
// 28 bytes per class (about 2 KB with the OntoNotes model). The entities
// found do not depend on it.
func (r *Recognizer) SetCacheWords(n int) { r.cacheWords.Store(int64(n)) }

type work struct {
	t      *tagger
	st     *docState
	words  []string
	rngs   []doc.Range
	toks   []int // for each internal word, the Doc token it comes from
	bounds []int // end of each sentence in words
	spans  []conll.Span
}

// NewRecognizer wraps a model as a pipeline stage.
func NewRecognizer(m *Model, name string) *Recognizer {
	return &Recognizer{m: m, name: name, free: make(chan *work, 8)}
}

// get returns an idle work area or a new one.
func (r *Recognizer) get() *work {
	select {
	case w := <-r.free:
		return w
	default:
		n := int(r.cacheWords.Load())
		if n <= 0 {
			n = CacheWords
		}
		return &work{t: newTagger(r.m.ls, r.m.clusters).withCache(n), st: newDocState(len(r.m.ls.types))}
	}
}

// put returns a work area for reuse.
func (r *Recognizer) put(w *work) {
	select {
	case r.free <- w:
	default:
	}
}

// Model returns the recognizer's model.
func (r *Recognizer) Model() *Model { return r.m }

// Name implements doc.Stage.
func (r *Recognizer) Name() string { return r.name }

// Process implements doc.Stage: it appends a span of kind doc.KindName for
// every entity found, labeled with the model's type (OntoNotes labels for
// the default model), with Source "ner". The document is tagged twice: the
// first pass collects how each word was labeled across the whole document,
// the second uses that as features.
func (r *Recognizer) Process(d *doc.Doc) error {
	w := r.get()
	defer r.put(w)
	sents := d.Sents
	if len(sents) == 0 && len(d.Tokens) > 0 {
		sents = []doc.Sentence{{First: 0, Last: len(d.Tokens)}}
	}
	w.words, w.rngs, w.toks, w.bounds = w.words[:0], w.rngs[:0], w.toks[:0], w.bounds[:0]
	for _, s := range sents {
		if s.First < 0 || s.Last > len(d.Tokens) || s.First >= s.Last {
			continue
		}
		for ti := s.First; ti < s.Last; ti++ {
			tk := &d.Tokens[ti]
			if r.m.SplitHyphens {
				w.splitHyphens(tk, ti)
			} else {
				w.words = append(w.words, tk.Text)
				w.rngs = append(w.rngs, tk.Range)
				w.toks = append(w.toks, ti)
			}
		}
		w.bounds = append(w.bounds, len(w.words))
	}
	w.st.reset()
	w.t.beginDoc()
	for pass := 0; pass < 2; pass++ {
		from := 0
		for _, to := range w.bounds {
			ys := w.t.run(w.words[from:to], r.m.gazs, r.m.p, w.st, nil, nil)
			if pass == 1 {
				w.spans = r.m.ls.decode(ys, w.spans[:0])
				for _, sp := range w.spans {
					r.addSpan(d, w, from+sp.Start, from+sp.End, sp.Label)
				}
			}
			from = to
		}
		w.st.secondPass()
	}
	return nil
}

// addSpan appends the entity over internal words [a, b).
func (r *Recognizer) addSpan(d *doc.Doc, w *work, a, b int, label string) {
	first, last := w.toks[a], w.toks[b-1]+1
	rg := doc.Range{Start: w.rngs[a].Start, End: w.rngs[b-1].End}
	if rg.Start != d.Tokens[first].Start || rg.End != d.Tokens[last-1].End {
		first, last = -1, -1 // part of a hyphenated token
	}
	d.Spans = append(d.Spans, doc.Span{
		Range: rg, First: first, Last: last,
		Label: label, Kind: doc.KindName, Entity: -1, Source: "ner",
	})
}

// splitHyphens adds the token as words split at inner hyphens, as
// OntoNotes tokenizes: "pro-democracy" -> "pro", "-", "democracy". Tokens
// that are all hyphens or start or end with one stay whole.
func (w *work) splitHyphens(tk *doc.Token, ti int) {
	s := tk.Text
	if len(s) < 3 || s[0] == '-' || s[len(s)-1] == '-' || !hasInnerHyphen(s) || len(s) != tk.End-tk.Start {
		w.words = append(w.words, s)
		w.rngs = append(w.rngs, tk.Range)
		w.toks = append(w.toks, ti)
		return
	}
	from := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '-' {
			continue
		}
		if i > from {
			w.words = append(w.words, s[from:i])
			w.rngs = append(w.rngs, doc.Range{Start: tk.Start + from, End: tk.Start + i})
			w.toks = append(w.toks, ti)
		}
		if i < len(s) {
			w.words = append(w.words, "-")
			w.rngs = append(w.rngs, doc.Range{Start: tk.Start + i, End: tk.Start + i + 1})
			w.toks = append(w.toks, ti)
		}
		from = i + 1
	}
}

func hasInnerHyphen(s string) bool {
	for i := 1; i < len(s)-1; i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

// SplitHyphenated splits words at inner hyphens as OntoNotes does; the
// CLI uses it to run the OntoNotes model on CoNLL-tokenized files.
func SplitHyphenated(words []string) []string {
	var out []string
	var w work
	for _, s := range words {
		w.words = w.words[:0]
		tk := doc.Token{Range: doc.Range{Start: 0, End: len(s)}, Text: s}
		w.splitHyphens(&tk, 0)
		out = append(out, w.words...)
	}
	return out
}

var (
	defOnce, conllOnce sync.Once
	defRec, conllRec   *Recognizer
	defErr, conllErr   error
)

func loadEmbedded(base string, split bool) (*Recognizer, error) {
	cl, err := clusters.Default()
	if err != nil {
		return nil, err
	}
	wb, err := modelFS.ReadFile("models/" + base + ".model.gz")
	if err != nil {
		return nil, err
	}
	gb, err := modelFS.ReadFile("models/" + base + ".gaz.gz")
	if err != nil {
		return nil, err
	}
	m, err := LoadModel(bytes.NewReader(wb), bytes.NewReader(gb), cl)
	if err != nil {
		return nil, err
	}
	m.SplitHyphens = split
	return NewRecognizer(m, "ner"), nil
}

// Default returns the production recognizer (OntoNotes 5, 18 types),
// loading the embedded model on first use.
func Default() (*Recognizer, error) {
	defOnce.Do(func() { defRec, defErr = loadEmbedded("ontonotes", true) })
	return defRec, defErr
}

// CoNLL returns the recognizer trained on CoNLL-2003 (PER, ORG, LOC,
// MISC), loading the embedded model on first use.
func CoNLL() (*Recognizer, error) {
	conllOnce.Do(func() { conllRec, conllErr = loadEmbedded("conll", false) })
	return conllRec, conllErr
}
