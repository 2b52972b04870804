package perceptron

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

const magic = "DLPC1"

// Save writes a frozen model, gzipped, with weights quantized to 16 bits.
func (m *Model) Save(w io.Writer) error {
	t := m.frozen
	if t == nil {
		return errors.New("perceptron: Save needs a frozen model")
	}
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	putU(bw, uint64(len(m.Classes)))
	for _, c := range m.Classes {
		putU(bw, uint64(len(c)))
		bw.WriteString(c)
	}
	binary.Write(bw, binary.LittleEndian, t.scale)
	slots := t.sortedSlots()
	putU(bw, uint64(len(slots)))
	var prev uint64
	var ws []weight
	for _, s := range slots {
		putU(bw, s.key-prev) // delta-coded keys compress better
		prev = s.key
		ws = t.weights(s, ws[:0])
		putU(bw, uint64(len(ws)))
		for _, x := range ws {
			putU(bw, uint64(x.c))
			binary.Write(bw, binary.LittleEndian, x.q)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save.
//
// It decompresses the whole model first and decodes it from memory, and
// counts the out-of-line entries before it stores them, so that their
// array is allocated once.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	var buf bytes.Buffer
	if br, ok := r.(*bytes.Reader); ok && br.Size() >= 4 {
		// the gzip trailer holds the uncompressed size (mod 2^32)
		var tail [4]byte
		if _, err := br.ReadAt(tail[:], br.Size()-4); err == nil {
			buf.Grow(int(binary.LittleEndian.Uint32(tail[:])) + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	return decode(buf.Bytes())
}

// cursor reads the fields of a decompressed model; after the first
// failed read every read gives zero and bad is set.
type cursor struct {
	b   []byte
	bad bool
}

func (c *cursor) uvarint() uint64 {
	x, n := binary.Uvarint(c.b)
	if n <= 0 {
		c.b, c.bad = nil, true
		return 0
	}
	c.b = c.b[n:]
	return x
}

func (c *cursor) bytes(n int) []byte {
	if n > len(c.b) {
		c.b, c.bad = nil, true
		return nil
	}
	b := c.b[:n:n]
	c.b = c.b[n:]
	return b
}

// decode reads a decompressed model.
func decode(b []byte) (*Model, error) {
	c := &cursor{b: b}
	if string(c.bytes(len(magic))) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	nc := c.uvarint()
	if c.bad || nc > 1<<15 {
		return nil, errors.New("perceptron: bad class count")
	}
	m := &Model{Classes: make([]string, nc)}
	for i := range m.Classes {
		n := c.uvarint()
		if c.bad || n > 1<<10 {
			return nil, errors.New("perceptron: bad class name")
		}
		name := c.bytes(int(n))
		if c.bad {
			return nil, io.ErrUnexpectedEOF
		}
		m.Classes[i] = string(name)
	}
	sb := c.bytes(4)
	if c.bad {
		return nil, io.ErrUnexpectedEOF
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(sb))
	nf := c.uvarint()
	if c.bad || nf > 1<<28 {
		return nil, errors.New("perceptron: bad feature count")
	}
	t := newTable(int(nf), int(nc), scale)
	if !t.dense {
		t.ents = make([]uint32, 0, countOutOfLine(*c, nf, nc))
	}
	var prev uint64
	var ws []weight
	pending := make([]slot, 0, nf)
	for i := uint64(0); i < nf; i++ {
		d := c.uvarint()
		if c.bad {
			return nil, fmt.Errorf("perceptron: truncated model: %w", io.ErrUnexpectedEOF)
		}
		f := prev + d
		prev = f
		n := c.uvarint()
		if c.bad || n > nc {
			return nil, errors.New("perceptron: bad entry")
		}
		ws = ws[:0]
		for j := uint64(0); j < n; j++ {
			cl := c.uvarint()
			if c.bad || cl >= nc {
				return nil, errors.New("perceptron: bad class")
			}
			qb := c.bytes(2)
			if c.bad {
				return nil, io.ErrUnexpectedEOF
			}
			if q := int16(uint16(qb[0]) | uint16(qb[1])<<8); q != 0 {
				ws = append(ws, weight{int(cl), q})
			}
		}
		if len(ws) > 0 {
			pending = append(pending, slot{fixKey(f), t.value(ws)})
		}
	}
	t.placeAll(pending)
	t.settle()
	m.frozen = t
	return m, nil
}

// countOutOfLine returns at least how many entries the nf features that
// c (a copy) starts at store out of line: those of features with more
// than two entries (see table.value), zero weights included.
func countOutOfLine(c cursor, nf, nc uint64) int {
	total := 0
	for i := uint64(0); i < nf && !c.bad; i++ {
		c.uvarint()
		n := c.uvarint()
		if n > nc {
			break
		}
		for j := uint64(0); j < n; j++ {
			c.uvarint()
			c.bytes(2)
		}
		if n > 2 {
			total += int(n)
		}
	}
	return total
}

func putU(w *bufio.Writer, x uint64) {
	var b [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(b[:], x)
	w.Write(b[:n])
}

// WriteFile creates path and writes a model file to it with save,
// reporting the first error, the file's close included.
func WriteFile(path string, save func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := save(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
