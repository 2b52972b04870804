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

	// training state: each feature's row holds the classes it was ever
	// updated for
	index trainIndex
	rows  [][]acc
	step  int32

	// frozen state
	frozen *table
}

// New returns an untrained model over the given classes.
func New(classes []string) *Model {
	return &Model{Classes: classes, index: newTrainIndex()}
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
// have len(m.Classes) entries and is zeroed first. Before Freeze the scores
// use the current (not averaged) weights.
func (m *Model) Scores(feats []uint64, out []float32) {
	if m.frozen != nil {
		m.frozen.scores(feats, out)
		return
	}
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		if r := m.index.find(f); r >= 0 {
			for _, a := range m.rows[r] {
				out[a.c] += float32(a.w)
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
	r := m.index.find(f)
	if r < 0 {
		r = int32(len(m.rows))
		m.index.add(f, r)
		m.rows = append(m.rows, make([]acc, 0, 2))
	}
	row := m.rows[r]
	for i := range row {
		if int(row[i].c) == c {
			a := &row[i]
			a.total += float64(m.step-a.stamp) * a.w
			a.stamp = m.step
			a.w += v
			return
		}
	}
	m.rows[r] = append(row, acc{w: v, stamp: m.step, c: uint16(c)})
}

// Freeze averages the weights, drops those whose magnitude is below
// threshold, quantizes the rest to 16 bits (as Save writes them) and
// switches the model to its compact prediction form. Training cannot
// continue afterwards.
func (m *Model) Freeze(threshold float64) {
	var maxAbs float64
	for _, row := range m.rows {
		for i := range row {
			maxAbs = max(maxAbs, math.Abs(row[i].avg(m.step)))
		}
	}
	scale := float32(maxAbs / 32767)
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint64, 0, len(m.rows))
	for i, k := range m.index.keys {
		if k != 0 {
			keys = append(keys, m.index.keys[i])
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	kept := make([][]weight, 0, len(keys))
	var ws []weight
	for _, f := range keys {
		row := m.rows[m.index.find(f)]
		ws = ws[:0]
		for i := range row {
			a := row[i].avg(m.step)
			if math.Abs(a) < threshold || a == 0 {
				continue
			}
			if q := quantize(a, scale); q != 0 {
				ws = append(ws, weight{int(row[i].c), q})
			}
		}
		if len(ws) > 0 {
			sort.Slice(ws, func(i, j int) bool { return ws[i].c < ws[j].c })
			kept = append(kept, append([]weight(nil), ws...))
		} else {
			kept = append(kept, nil)
		}
	}
	n := 0
	for _, w := range kept {
		if w != nil {
			n++
		}
	}
	t := newTable(n, len(m.Classes), scale)
	for i, f := range keys {
		if kept[i] != nil {
			t.insert(f, kept[i])
		}
	}
	t.settle()
	m.frozen = t
	m.index, m.rows = trainIndex{}, nil
}

// Features returns the number of features with at least one weight.
func (m *Model) Features() int {
	if m.frozen != nil {
		return m.frozen.n
	}
	return len(m.rows)
}
