package parser

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

const fileMagic = "DLDEP2\n"

// extras is the part of a model file besides the perceptron weights.
type extras struct {
	TagIDs   map[string]uint16
	Clusters bool // the features use the shipped word clusters
	// DeferLabels: RIGHT arcs are labelled when the dependent leaves the
	// stack (see Options.DeferLabels)
	DeferLabels bool
}

// Save writes the parser: a header, the move and label perceptrons (each
// gzip with 16-bit weights, length-prefixed) and the tag table (gzip, gob).
func (p *Parser) Save(w io.Writer) error {
	ex := extras{TagIDs: p.tagIDs, Clusters: p.clu != nil, DeferLabels: p.deferLabels}
	return perceptron.WriteBundle(w, fileMagic, []*perceptron.Model{p.moves, p.labels}, ex)
}

// SaveFile writes the parser to a file.
func (p *Parser) SaveFile(path string) error { return perceptron.WriteFile(path, p.Save) }

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	var ex extras
	ms, err := perceptron.ReadBundle(r, fileMagic, 2, &ex)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	var clu *clusters.Map
	if ex.Clusters {
		if clu, err = clusters.Default(); err != nil {
			return nil, err
		}
	}
	if len(ms[0].Classes) != nMoves || ms[1].Class("root") < 0 {
		return nil, errors.New("parser: model classes do not match")
	}
	p := newParser(ms[0], ms[1], ex.TagIDs, clu)
	p.deferLabels = ex.DeferLabels
	return p, nil
}

// LoadFile reads a parser from a file.
func LoadFile(path string) (*Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
}
