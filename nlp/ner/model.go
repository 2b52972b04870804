package ner

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/conll"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Model is a trained entity recognizer: the perceptron weights over BILOU
// classes, the gazetteer of names seen in training, and the word clusters
// its features were computed with.
type Model struct {
	p        *perceptron.Model
	gazs     []*gazetteer // the model's own names first, then external lists
	ls       *labelSet
	clusters *clusters.Map
	// SplitHyphens makes the recognizer split tokens at inner hyphens
	// before tagging, as OntoNotes tokenizes ("Hong Kong-based" ->
	// "Hong Kong - based").
	SplitHyphens bool
}

// Types returns the entity types the model predicts.
func (m *Model) Types() []string { return append([]string(nil), m.ls.types...) }

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.p.Features() }

// Save writes the model as two files: base+".model.gz" (perceptron
// weights) and base+".gaz.gz" (hashed gazetteer).
func (m *Model) Save(base string) error {
	if err := os.MkdirAll(filepath.Dir(base), 0o755); err != nil {
		return err
	}
	write := func(path string, f func(io.Writer) error) error {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			return err
		}
		return os.WriteFile(path, buf.Bytes(), 0o644)
	}
	if err := write(base+".model.gz", m.p.Save); err != nil {
		return err
	}
	return write(base+".gaz.gz", func(w io.Writer) error { return writeGazetteers(w, m.gazs) })
}

// LoadModel reads a model written by Save from its two parts; cl is the
// word clustering it was trained with (nil for none).
func LoadModel(weights, gaz io.Reader, cl *clusters.Map) (*Model, error) {
	p, err := perceptron.Load(weights)
	if err != nil {
		return nil, err
	}
	g, err := readGazetteers(gaz)
	if err != nil {
		return nil, err
	}
	if len(p.Classes) == 0 || p.Classes[0] != "O" {
		return nil, fmt.Errorf("ner: model classes do not start with O")
	}
	return &Model{p: p, gazs: g, ls: labelSetFromClasses(p.Classes), clusters: cl}, nil
}

// LoadModelFiles reads base+".model.gz" and base+".gaz.gz".
func LoadModelFiles(base string, cl *clusters.Map) (*Model, error) {
	w, err := os.ReadFile(base + ".model.gz")
	if err != nil {
		return nil, err
	}
	g, err := os.ReadFile(base + ".gaz.gz")
	if err != nil {
		return nil, err
	}
	return LoadModel(bytes.NewReader(w), bytes.NewReader(g), cl)
}

// TagDoc tags the sentences of a tokenized document and returns, for each
// sentence, its entity spans.
func (m *Model) TagDoc(d conll.Document) [][]conll.Span {
	t := newTagger(m.ls, m.clusters).withCache(CacheWords)
	st := newDocState(len(m.ls.types))
	return tagDoc(t, m.ls, m.gazs, m.p, st, d)
}

// CacheWords is how many words' feature scores a tagger caches unless
// Recognizer.SetCacheWords says otherwise.
const CacheWords = 8192

func tagDoc(t *tagger, ls *labelSet, gaz []*gazetteer, sc scorer, st *docState, d conll.Document) [][]conll.Span {
	st.reset()
	t.beginDoc()
	for _, s := range d.Sents {
		t.run(s.Words, gaz, sc, st, nil, nil)
	}
	st.secondPass()
	out := make([][]conll.Span, len(d.Sents))
	for i, s := range d.Sents {
		ys := t.run(s.Words, gaz, sc, st, nil, nil)
		out[i] = ls.decode(ys, nil)
	}
	return out
}
