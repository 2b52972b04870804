package perceptron

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
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
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("perceptron: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("perceptron: not a model file")
	}
	nc, err := binary.ReadUvarint(br)
	if err != nil || nc > 1<<15 {
		return nil, errors.New("perceptron: bad class count")
	}
	m := &Model{Classes: make([]string, nc)}
	for i := range m.Classes {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<10 {
			return nil, errors.New("perceptron: bad class name")
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, err
		}
		m.Classes[i] = string(b)
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, err
	}
	nf, err := binary.ReadUvarint(br)
	if err != nil || nf > 1<<28 {
		return nil, errors.New("perceptron: bad feature count")
	}
	t := newTable(int(nf), int(nc), scale)
	var prev uint64
	var ws []weight
	pending := make([]slot, 0, nf)
	for i := uint64(0); i < nf; i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("perceptron: truncated model: %w", err)
		}
		f := prev + d
		prev = f
		n, err := binary.ReadUvarint(br)
		if err != nil || n > nc {
			return nil, errors.New("perceptron: bad entry")
		}
		ws = ws[:0]
		for j := uint64(0); j < n; j++ {
			c, err := binary.ReadUvarint(br)
			if err != nil || c >= nc {
				return nil, errors.New("perceptron: bad class")
			}
			lo, err1 := br.ReadByte()
			hi, err2 := br.ReadByte()
			if err := cmp.Or(err1, err2); err != nil {
				return nil, err
			}
			if q := int16(uint16(lo) | uint16(hi)<<8); q != 0 {
				ws = append(ws, weight{int(c), q})
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
