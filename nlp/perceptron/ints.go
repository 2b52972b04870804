package perceptron

import "runtime"

// MaxExact is the most features whose weights AddWeights sums without any
// rounding in Scores: a float32 holds every integer up to 2^24 exactly,
// and each feature adds at most 2^15 to a class.
const MaxExact = 1 << 24 / (1 << 15)

// Frozen reports whether the model is in its compact prediction form
// (after Freeze or Load), which AddWeights needs.
func (m *Model) Frozen() bool { return m.frozen != nil }

// AddWeights adds the quantized weights of the features, as integers
// before scaling, into acc, which must have len(m.Classes) entries. The
// model must be frozen.
//
// Partial sums from AddWeights can be cached and combined: for any split
// of at most MaxExact features into parts, Scale of the summed parts
// equals, to the bit, Scores of all the features, since every partial sum
// Scores forms is an integer that float32 holds exactly.
func (m *Model) AddWeights(feats []uint64, acc []int32) {
	t := m.frozen
	if t.dense {
		t.addDense(feats, acc)
	} else {
		t.addSparse(feats, acc)
	}
	runtime.KeepAlive(t)
}

// Scale sets out[c] to the score of the integer weight sum acc[c].
func (m *Model) Scale(acc []int32, out []float32) {
	s := m.frozen.scale
	for c := range out {
		out[c] = float32(acc[c]) * s
	}
}

// addSparse is AddWeights for tables with more than maxDense classes: the
// lookup phases of scores, summing in integers.
func (t *table) addSparse(feats []uint64, acc []int32) {
	var vals [batch]uint64
	ents := t.ents
	for len(feats) > 0 {
		fs := feats[:min(batch, len(feats))]
		feats = feats[len(fs):]
		touch := t.lookup(fs, &vals)
		for _, v := range vals[:len(fs)] {
			if v&outOfLine == 0 {
				e0, e1 := uint32(v), uint32(v>>32)
				acc[e0>>16] += int32(int16(e0))
				acc[e1>>16] += int32(int16(e1))
			} else {
				off := uint32(v)
				for _, e := range ents[off : off+uint32(v>>32&0x7fffffff)] {
					acc[e>>16] += int32(int16(e))
				}
			}
		}
		keep(touch)
	}
}

// addDense is AddWeights for tables with at most maxDense classes.
func (t *table) addDense(feats []uint64, acc []int32) {
	var (
		home [batch]uint32
		sum  [maxDense]int32
	)
	slots := t.slots
	mask := uint64(len(slots) - 1)
	shift := t.shift
	for len(feats) > 0 {
		fs := feats[:min(batch, len(feats))]
		feats = feats[len(fs):]
		for j, f := range fs {
			home[j] = uint32(((fixKey(f) * golden) >> shift) & mask)
		}
		prefetch(slots, &home, len(fs))
		for j, f := range fs {
			f = fixKey(f)
			i := uint64(home[j])
			k := slots[i].key
			for {
				if k == f {
					v := slots[i].v
					sum[0] += int32(int16(v))
					sum[1] += int32(int16(v >> 16))
					sum[2] += int32(int16(v >> 32))
					sum[3] += int32(int16(v >> 48))
					break
				}
				if k == 0 {
					break
				}
				i = (i + 1) & mask
				k = slots[i].key
			}
		}
	}
	for c := range acc {
		acc[c] += sum[c]
	}
}

// DenseWeights sets out[j] to the quantized weights of feats[j] for each
// class (zero when the feature is absent), for a frozen model of at most
// four classes. out must be as long as feats.
func (m *Model) DenseWeights(feats []uint64, out [][4]int16) {
	t := m.frozen
	if !t.dense {
		panic("perceptron: DenseWeights of a model with more than four classes")
	}
	var vals [batch]uint64
	for len(feats) > 0 {
		fs := feats[:min(batch, len(feats))]
		feats = feats[len(fs):]
		t.lookup(fs, &vals)
		for j, v := range vals[:len(fs)] {
			out[j] = [4]int16{int16(v), int16(v >> 16), int16(v >> 32), int16(v >> 48)}
		}
		out = out[len(fs):]
	}
	runtime.KeepAlive(t)
}
