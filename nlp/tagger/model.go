package tagger

import (
	"fmt"
	"io"
	"os"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

const fileMagic = "DLTAG2\n"

// tables is the part of a model file besides the perceptron weights.
type tables struct {
	Dict     map[uint64]uint16
	Clusters bool // the features use the shipped word clusters
	Lemma    *lemmatizer
}

// Save writes the tagger: a header, the perceptron weights (gzip, 16-bit)
// and the tag dictionary and lemma tables (gzip, gob).
func (t *Tagger) Save(w io.Writer) error {
	tb := tables{Dict: t.dict, Clusters: t.clu != nil, Lemma: t.lem}
	return perceptron.WriteBundle(w, fileMagic, []*perceptron.Model{t.model}, tb)
}

// SaveFile writes the tagger to a file.
func (t *Tagger) SaveFile(path string) error { return perceptron.WriteFile(path, t.Save) }

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	var tb tables
	ms, err := perceptron.ReadBundle(r, fileMagic, 1, &tb)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if tb.Lemma == nil {
		tb.Lemma = &lemmatizer{}
	}
	var clu *clusters.Map
	if tb.Clusters {
		if clu, err = clusters.Default(); err != nil {
			return nil, err
		}
	}
	return newTagger(ms[0], tb, clu), nil
}

// LoadFile reads a tagger from a file.
func LoadFile(path string) (*Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
}
