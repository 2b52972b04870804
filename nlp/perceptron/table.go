package perceptron

import (
	"math"
	"math/bits"
	"runtime"
	"sort"
	"unsafe"
)

// table is the frozen, read-only form of a model: an open-addressing hash
// table (power-of-two slots, linear probing) from feature key to weights.
// Weights are 16-bit integers times one scale per model, as on disk.
//
// Each slot holds the key and one 64-bit value:
//   - with at most four classes (dense), the value is the four weights;
//   - otherwise, when its top bit is clear, the value holds up to two
//     entries inline (class<<16 | uint16(weight)); a zero entry adds zero
//     to class 0, so absent entries need no test;
//   - when its top bit is set, the value is the offset (low 32 bits) and
//     count (bits 32..62) of the feature's entries in ents.
//
// Key 0 marks an empty slot; a feature whose key is 0 is stored as
// zeroKey.
type table struct {
	slots []slot
	shift uint8 // 64 - log2(len(slots))
	dense bool
	ents  []uint32
	scale float32
	n     int // features
}

type slot struct{ key, v uint64 }

const (
	outOfLine = 1 << 63
	maxDense  = 4
	golden    = 0x9E3779B97F4A7C15
)

// zeroKey stands for key 0, which marks empty slots.
const zeroKey = 0x8F1BBCDCCA62C1D6

func fixKey(f uint64) uint64 {
	if f == 0 {
		return zeroKey
	}
	return f
}

// entry packs a class and a quantized weight.
func entry(c int, q int16) uint32 { return uint32(c)<<16 | uint32(uint16(q)) }

// weight is one feature's weight for one class, quantized.
type weight struct {
	c int
	q int16
}

// newTable sizes a table for n features over nc classes. A large table's
// slots are on huge pages (see hugeAlloc) from the start: filling a table
// touches its slots at random, which on 4 KiB pages costs a page fault and
// a TLB miss nearly every time.
func newTable(n, nc int, scale float32) *table {
	size := 16
	for size*2 < n*3 { // load factor at most 2/3
		size *= 2
	}
	t := &table{
		shift: uint8(64 - bits.TrailingZeros(uint(size))),
		dense: nc <= maxDense,
		scale: scale,
	}
	if mem, free := hugeAlloc(size * int(unsafe.Sizeof(slot{}))); mem != nil {
		t.slots = unsafe.Slice((*slot)(unsafe.Pointer(&mem[0])), size)
		runtime.AddCleanup(t, func(f func()) { f() }, free)
	} else {
		t.slots = make([]slot, size)
	}
	return t
}

func (t *table) home(f uint64) uint64 { return (f * golden) >> t.shift }

// insert adds a feature's weights; each feature must be inserted once.
func (t *table) insert(f uint64, ws []weight) { t.place(slot{fixKey(f), t.value(ws)}) }

// value encodes a feature's weights as a slot value, appending its
// out-of-line entries to t.ents.
func (t *table) value(ws []weight) uint64 {
	var v uint64
	switch {
	case t.dense:
		for _, w := range ws {
			v |= uint64(uint16(w.q)) << (16 * w.c)
		}
	case len(ws) <= 2:
		for i, w := range ws {
			v |= uint64(entry(w.c, w.q)) << (32 * i)
		}
	default:
		v = outOfLine | uint64(len(ws))<<32 | uint64(len(t.ents))
		for _, w := range ws {
			t.ents = append(t.ents, entry(w.c, w.q))
		}
	}
	return v
}

// place puts a slot (its key fixed) in the table.
func (t *table) place(s slot) {
	mask := uint64(len(t.slots) - 1)
	i := t.home(s.key)
	for t.slots[i].key != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
	t.n++
}

// placeAll puts slots (their keys fixed) in the table in the order of
// their home slots' blocks (byHome), so that filling a large table writes
// it front to back instead of at random. The order changes where colliding
// keys sit, never what a lookup finds.
func (t *table) placeAll(ss []slot) {
	t.byHome(ss)
	for _, s := range ss {
		t.place(s)
	}
}

// batch is how many features scores looks up at once.
const batch = 64

// scores adds the scores of the features into out, which is zeroed first.
//
// The tables are larger than the caches, so nearly every lookup misses.
// scores therefore works on batches of features in phases: it first
// computes the home slot of every feature in the batch and prefetches them
// all (see prefetch: independent fetches that the processor overlaps),
// then resolves each feature to its value (probing on when needed),
// touching the out-of-line entries it will read, and only then adds the
// weights, in feature order as before.
func (t *table) scores(feats []uint64, out []float32) {
	for i := range out {
		out[i] = 0
	}
	if t.dense {
		t.denseScores(feats, out)
		return
	}
	var vals [batch]uint64
	ents := t.ents
	for len(feats) > 0 {
		fs := feats[:min(batch, len(feats))]
		feats = feats[len(fs):]
		touch := t.lookup(fs, &vals)
		for _, v := range vals[:len(fs)] {
			if v&outOfLine == 0 {
				e0, e1 := uint32(v), uint32(v>>32)
				out[e0>>16] += float32(int16(e0))
				out[e1>>16] += float32(int16(e1))
			} else {
				off := uint32(v)
				for _, e := range ents[off : off+uint32(v>>32&0x7fffffff)] {
					out[e>>16] += float32(int16(e))
				}
			}
		}
		keep(touch)
	}
	for c := range out {
		out[c] *= t.scale
	}
	runtime.KeepAlive(t) // the slots may live outside the Go heap (settle)
}

// lookup resolves a batch of features to their slot values (0 when a
// feature is not in the table), in the two phases scores describes: the
// home slots of the whole batch are prefetched first, then probed. It returns a
// sum over the out-of-line entries it touched, for keep (none in a
// dense table, whose values are weights throughout).
func (t *table) lookup(fs []uint64, vals *[batch]uint64) uint32 {
	var home [batch]uint32
	slots := t.slots
	mask := uint64(len(slots) - 1)
	shift := t.shift
	dense := t.dense
	for j, f := range fs {
		home[j] = uint32(((fixKey(f) * golden) >> shift) & mask)
	}
	prefetch(slots, &home, len(fs))
	var touch uint32
	for j, f := range fs {
		f = fixKey(f)
		i := uint64(home[j])
		k := slots[i].key
		var v uint64
		for {
			if k == f {
				v = slots[i].v
				break
			}
			if k == 0 {
				break
			}
			i = (i + 1) & mask
			k = slots[i].key
		}
		if v&outOfLine != 0 && !dense {
			touch += t.ents[uint32(v)]
		}
		vals[j] = v
	}
	return touch
}

// keep consumes a value so that the loads behind it are not optimised away.
//
//go:noinline
func keep(uint32) {}

// denseScores is scores for tables with at most maxDense classes: the
// integer sums of addDense, scaled.
func (t *table) denseScores(feats []uint64, out []float32) {
	var acc [maxDense]int32
	t.addDense(feats, acc[:len(out)])
	for c := range out {
		out[c] = float32(acc[c]) * t.scale
	}
	runtime.KeepAlive(t)
}

// weights appends a slot's non-zero weights to ws.
func (t *table) weights(s slot, ws []weight) []weight {
	switch {
	case t.dense:
		for c := 0; c < maxDense; c++ {
			if q := int16(s.v >> (16 * c)); q != 0 {
				ws = append(ws, weight{c, q})
			}
		}
	case s.v&outOfLine == 0:
		for i := 0; i < 2; i++ {
			if e := uint32(s.v >> (32 * i)); e != 0 {
				ws = append(ws, weight{int(e >> 16), int16(e)})
			}
		}
	default:
		off := uint32(s.v)
		for _, e := range t.ents[off : off+uint32(s.v>>32&0x7fffffff)] {
			ws = append(ws, weight{int(e >> 16), int16(e)})
		}
	}
	runtime.KeepAlive(t)
	return ws
}

// sortedSlots returns the occupied slots in key order.
func (t *table) sortedSlots() []slot {
	out := make([]slot, 0, t.n)
	for _, s := range t.slots {
		if s.key != 0 {
			out = append(out, s)
		}
	}
	runtime.KeepAlive(t)
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// quantize returns the 16-bit weight of x under scale.
func quantize(x float64, scale float32) int16 {
	q := math.Round(x / float64(scale))
	return int16(max(-32767, min(32767, q)))
}

// settle moves the out-of-line entries of a finished table, when they
// are many, to huge pages (see hugeAlloc), which the garbage collector
// never scans; the block is released when the table is collected.
func (t *table) settle() {
	mem, free := hugeAlloc(len(t.ents) * 4)
	if mem == nil {
		return
	}
	ents := unsafe.Slice((*uint32)(unsafe.Pointer(&mem[0])), len(t.ents))
	copy(ents, t.ents)
	t.ents = ents
	runtime.AddCleanup(t, func(f func()) { f() }, free)
}
