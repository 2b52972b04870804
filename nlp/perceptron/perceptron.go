// Package perceptron is an averaged multiclass perceptron over hashed
// features: the learner under Dateline's tagger, parser and entity
// recognizer. Training keeps dense per-feature weight vectors with lazy
// averaging; Freeze turns them into a compact sparse table for prediction,
// which is what Save writes and Load reads.
package perceptron

import (
	"hash/fnv"
	"math"
	"sort"
)

// Hash maps a feature string to its key.
func Hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// Hasher builds feature keys without allocating: Reset, then write parts,
// then Sum.
type Hasher uint64

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// NewHasher starts a key with a template id, so that equal values under
// different templates get different keys.
func NewHasher(template byte) Hasher {
	h := Hasher(offset64)
	return h.Byte(template)
}

// Byte adds one byte.
func (h Hasher) Byte(b byte) Hasher { return (h ^ Hasher(b)) * prime64 }

// Str adds a string and a separator.
func (h Hasher) Str(s string) Hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ Hasher(s[i])) * prime64
	}
	return (h ^ 0xff) * prime64
}

// Int adds a small integer.
func (h Hasher) Int(n int) Hasher {
	return h.Byte(byte(n)).Byte(byte(n >> 8))
}

// Sum returns the key.
func (h Hasher) Sum() uint64 { return uint64(h) }

// Model is an averaged perceptron with a fixed set of classes.
type Model struct {
	Classes []string

	// training state
	w      map[uint64][]float64
	totals map[uint64][]float64
	stamps map[uint64][]int32
	step   int32

	// frozen state
	index map[uint64]entry
	cls   []uint16
	wts   []float32
}

type entry struct{ off, n uint32 }

// New returns an untrained model over the given classes.
func New(classes []string) *Model {
	return &Model{
		Classes: classes,
		w:       map[uint64][]float64{},
		totals:  map[uint64][]float64{},
		stamps:  map[uint64][]int32{},
	}
}

// Class returns the index of a class name, or -1.
func (m *Model) Class(name string) int {
	for i, c := range m.Classes {
		if c == name {
			return i
		}
	}
	return -1
}

// Scores adds the score of each class for the features into out, which must
// have len(m.Classes) entries and is zeroed first.
func (m *Model) Scores(feats []uint64, out []float32) {
	for i := range out {
		out[i] = 0
	}
	if m.index != nil {
		for _, f := range feats {
			e, ok := m.index[f]
			if !ok {
				continue
			}
			cs := m.cls[e.off : e.off+e.n]
			ws := m.wts[e.off : e.off+e.n]
			for i, c := range cs {
				out[c] += ws[i]
			}
		}
		return
	}
	for _, f := range feats {
		if ws, ok := m.w[f]; ok {
			for c, x := range ws {
				out[c] += float32(x)
			}
		}
	}
}

// Predict returns the best class for the features.
func (m *Model) Predict(feats []uint64, scratch []float32) int {
	if len(scratch) < len(m.Classes) {
		scratch = make([]float32, len(m.Classes))
	}
	scratch = scratch[:len(m.Classes)]
	m.Scores(feats, scratch)
	return Argmax(scratch, nil)
}

// Argmax returns the index of the highest score among those allowed (nil
// allows all), or -1 if none is allowed.
func Argmax(scores []float32, allowed []bool) int {
	best, bi := float32(math.Inf(-1)), -1
	for i, s := range scores {
		if allowed != nil && !allowed[i] {
			continue
		}
		if bi < 0 || s > best {
			best, bi = s, i
		}
	}
	return bi
}

// Tick advances the instance counter; call once per training instance.
func (m *Model) Tick() { m.step++ }

// Update moves weight from guess to truth for the features.
func (m *Model) Update(truth, guess int, feats []uint64) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		m.add(f, truth, 1)
		m.add(f, guess, -1)
	}
}

// UpdateWeighted adds delta to class c for the features.
func (m *Model) UpdateWeighted(c int, delta float64, feats []uint64) {
	for _, f := range feats {
		m.add(f, c, delta)
	}
}

func (m *Model) add(f uint64, c int, v float64) {
	ws, ok := m.w[f]
	if !ok {
		n := len(m.Classes)
		ws = make([]float64, n)
		m.w[f] = ws
		m.totals[f] = make([]float64, n)
		m.stamps[f] = make([]int32, n)
	}
	tot, st := m.totals[f], m.stamps[f]
	tot[c] += float64(m.step-st[c]) * ws[c]
	st[c] = m.step
	ws[c] += v
}

// Freeze averages the weights, drops those whose magnitude is below
// threshold, and switches the model to its compact prediction form.
// Training cannot continue afterwards.
func (m *Model) Freeze(threshold float64) {
	keys := make([]uint64, 0, len(m.w))
	for f := range m.w {
		keys = append(keys, f)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	m.index = make(map[uint64]entry, len(keys))
	m.cls, m.wts = nil, nil
	for _, f := range keys {
		ws, tot, st := m.w[f], m.totals[f], m.stamps[f]
		off := uint32(len(m.cls))
		for c := range ws {
			t := tot[c] + float64(m.step-st[c])*ws[c]
			avg := t / float64(max32(m.step, 1))
			if math.Abs(avg) >= threshold && avg != 0 {
				m.cls = append(m.cls, uint16(c))
				m.wts = append(m.wts, float32(avg))
			}
		}
		if n := uint32(len(m.cls)) - off; n > 0 {
			m.index[f] = entry{off, n}
		}
	}
	m.w, m.totals, m.stamps = nil, nil, nil
}

// Features returns the number of features with at least one weight.
func (m *Model) Features() int {
	if m.index != nil {
		return len(m.index)
	}
	return len(m.w)
}

func max32(a, b int32) int32 {
	if a > b {
		return a
	}
	return b
}
