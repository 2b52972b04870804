package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
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
	if _, err := io.WriteString(w, fileMagic); err != nil {
		return err
	}
	for _, m := range []*perceptron.Model{p.moves, p.labels} {
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			return err
		}
		var hdr [binary.MaxVarintLen64]byte
		n := binary.PutUvarint(hdr[:], uint64(buf.Len()))
		if _, err := w.Write(hdr[:n]); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(extras{TagIDs: p.tagIDs, Clusters: p.clu != nil, DeferLabels: p.deferLabels}); err != nil {
		return err
	}
	return zw.Close()
}

// SaveFile writes the parser to a file.
func (p *Parser) SaveFile(path string) error { return perceptron.WriteFile(path, p.Save) }

// Load reads a parser written by Save.
func Load(r io.Reader) (*Parser, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != fileMagic {
		return nil, errors.New("parser: not a parser model")
	}
	var ms [2]*perceptron.Model
	for i := range ms {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<30 {
			return nil, errors.New("parser: bad weights length")
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, fmt.Errorf("parser: %w", err)
		}
		if ms[i], err = perceptron.Load(bytes.NewReader(buf)); err != nil {
			return nil, err
		}
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	var ex extras
	if err := gob.NewDecoder(zr).Decode(&ex); err != nil {
		return nil, fmt.Errorf("parser: tags: %w", err)
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
