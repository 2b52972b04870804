package tagger

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
	var wb bytes.Buffer
	if err := t.model.Save(&wb); err != nil {
		return err
	}
	var hdr [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(hdr[:], uint64(wb.Len()))
	if _, err := io.WriteString(w, fileMagic); err != nil {
		return err
	}
	if _, err := w.Write(hdr[:n]); err != nil {
		return err
	}
	if _, err := w.Write(wb.Bytes()); err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(tables{Dict: t.dict, Clusters: t.clu != nil, Lemma: t.lem}); err != nil {
		return err
	}
	return zw.Close()
}

// SaveFile writes the tagger to a file.
func (t *Tagger) SaveFile(path string) error { return perceptron.WriteFile(path, t.Save) }

// Load reads a tagger written by Save.
func Load(r io.Reader) (*Tagger, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != fileMagic {
		return nil, errors.New("tagger: not a tagger model")
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<30 {
		return nil, errors.New("tagger: bad weights length")
	}
	wb := make([]byte, n)
	if _, err := io.ReadFull(br, wb); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	m, err := perceptron.Load(bytes.NewReader(wb))
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	var tb tables
	if err := gob.NewDecoder(zr).Decode(&tb); err != nil {
		return nil, fmt.Errorf("tagger: tables: %w", err)
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
	return newTagger(m, tb, clu), nil
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
