package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

const magic = "DLPC1"

// Save writes a frozen model, gzipped, with weights quantized to 16 bits.
func (m *Model) Save(w io.Writer) error {
	if m.index == nil {
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
	var maxAbs float32
	for _, x := range m.wts {
		if a := float32(math.Abs(float64(x))); a > maxAbs {
			maxAbs = a
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, scale)
	keys := make([]uint64, 0, len(m.index))
	for f := range m.index {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	putU(bw, uint64(len(keys)))
	var prev uint64
	for _, f := range keys {
		e := m.index[f]
		putU(bw, f-prev) // delta-coded keys compress better
		prev = f
		putU(bw, uint64(e.n))
		for i := e.off; i < e.off+e.n; i++ {
			putU(bw, uint64(m.cls[i]))
			q := int16(math.Round(float64(m.wts[i] / scale)))
			binary.Write(bw, binary.LittleEndian, q)
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
	if err != nil || nc > 1<<16 {
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
	m.index = make(map[uint64]entry, nf)
	var prev uint64
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
		off := uint32(len(m.cls))
		for j := uint64(0); j < n; j++ {
			c, err := binary.ReadUvarint(br)
			if err != nil || c >= nc {
				return nil, errors.New("perceptron: bad class")
			}
			var q int16
			if err := binary.Read(br, binary.LittleEndian, &q); err != nil {
				return nil, err
			}
			m.cls = append(m.cls, uint16(c))
			m.wts = append(m.wts, float32(q)*scale)
		}
		m.index[f] = entry{off, uint32(n)}
	}
	return m, nil
}

func putU(w *bufio.Writer, x uint64) {
	var b [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(b[:], x)
	w.Write(b[:n])
}
