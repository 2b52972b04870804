package perceptron

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
)

// WriteBundle writes a model file made of several perceptrons and extra
// data: magic, then each model as Save writes it, prefixed with its length
// (uvarint), then extra gob-encoded and gzipped. The tagger and parser
// store their models this way.
func WriteBundle(w io.Writer, magic string, models []*Model, extra any) error {
	if _, err := io.WriteString(w, magic); err != nil {
		return err
	}
	for _, m := range models {
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
	if err := gob.NewEncoder(zw).Encode(extra); err != nil {
		return err
	}
	return zw.Close()
}

// ReadBundle reads a file WriteBundle wrote with the same magic and n
// models, decoding its extra data into extra (a pointer).
func ReadBundle(r io.Reader, magic string, n int, extra any) ([]*Model, error) {
	br := bufio.NewReader(r)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a model file of this kind")
	}
	ms := make([]*Model, n)
	for i := range ms {
		size, err := binary.ReadUvarint(br)
		if err != nil || size > 1<<30 {
			return nil, errors.New("bad weights length")
		}
		buf := make([]byte, size)
		if _, err := io.ReadFull(br, buf); err != nil {
			return nil, err
		}
		if ms[i], err = Load(bytes.NewReader(buf)); err != nil {
			return nil, err
		}
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	if err := gob.NewDecoder(zr).Decode(extra); err != nil {
		return nil, fmt.Errorf("extra data: %w", err)
	}
	return ms, nil
}
