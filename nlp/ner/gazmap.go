package ner

// gazMap maps gazetteer keys (64-bit hashes) to a byte: an open-addressing
// table (power-of-two slots, linear probing, at most 5/8 full) with the
// keys and the values in separate arrays, so that a miss, the common case,
// reads keys only, most often one cache line. Key 0 marks an empty slot;
// the key 0 itself is kept aside.
//
// In front of the keys, a one-hash Bloom filter with four bits a slot (a
// bitset small enough to stay in the processor's caches) answers most
// misses without reading the keys at all.
type gazMap struct {
	keys   []uint64
	vals   []uint8
	shift  uint8    // 64 - log2(len(keys))
	bloom  []uint64 // bit filterBit(k) is set for every key k held
	bshift uint8    // 64 - log2(bits in bloom)
	n      int      // keys held, 0 included
	zero   bool     // key 0 is present
	zeroV  uint8
}

// fibonacci hashing spreads the keys' low bits over the slots
const gazGolden = 0x9E3779B97F4A7C15

// newGazMap returns an empty map sized for n keys.
func newGazMap(n int) *gazMap {
	m := &gazMap{}
	m.resize(n)
	return m
}

func (m *gazMap) resize(n int) {
	size := 16
	for 5*size < 8*n {
		size *= 2
	}
	keys, vals := m.keys, m.vals
	m.keys, m.vals = make([]uint64, size), make([]uint8, size)
	m.shift = uint8(64 - log2(size))
	bits := 4 * size // at least 6.4 bits a key: with one hash, about 15% false positives at most
	m.bloom, m.bshift = make([]uint64, bits/64), uint8(64-log2(bits))
	for i, k := range keys {
		if k != 0 {
			j := m.free(k)
			m.keys[j], m.vals[j] = k, vals[i]
			m.addBloom(k)
		}
	}
}

// filterBit is the Bloom filter bit of key k, from other bits of the key's
// hash than its home slot.
func (m *gazMap) filterBit(k uint64) uint64 { return (k * bloomMul) >> m.bshift }

const bloomMul = 0xD6E8FEB86659FD93

func (m *gazMap) addBloom(k uint64) {
	b := m.filterBit(k)
	m.bloom[b/64] |= 1 << (b % 64)
}

// mayHold reports whether key k (not 0) may be held: false is certain.
func (m *gazMap) mayHold(k uint64) bool {
	b := m.filterBit(k)
	return m.bloom[b/64]&(1<<(b%64)) != 0
}

func log2(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

func (m *gazMap) home(k uint64) uint64 { return (k * gazGolden) >> m.shift }

// free returns the slot where key k (not 0, not held) goes.
func (m *gazMap) free(k uint64) uint64 {
	mask := uint64(len(m.keys) - 1)
	i := m.home(k)
	for m.keys[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

// len returns the number of keys.
func (m *gazMap) len() int { return m.n }

// get returns the value of key k and whether it is present.
func (m *gazMap) get(k uint64) (uint8, bool) {
	if k == 0 {
		return m.zeroV, m.zero
	}
	if !m.mayHold(k) {
		return 0, false
	}
	mask := uint64(len(m.keys) - 1)
	for i := m.home(k); ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			return m.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// set sets the value of key k.
func (m *gazMap) set(k uint64, v uint8) {
	if k == 0 {
		if !m.zero {
			m.n++
		}
		m.zero, m.zeroV = true, v
		return
	}
	mask := uint64(len(m.keys) - 1)
	for i := m.home(k); ; i = (i + 1) & mask {
		switch m.keys[i] {
		case k:
			m.vals[i] = v
			return
		case 0:
			if 8*(m.n+1) > 5*len(m.keys) {
				m.resize(2 * (m.n + 1))
				i = m.free(k)
			}
			m.keys[i], m.vals[i] = k, v
			m.addBloom(k)
			m.n++
			return
		}
	}
}

// each calls fn for every key and its value, in no particular order.
func (m *gazMap) each(fn func(k uint64, v uint8)) {
	if m.zero {
		fn(0, m.zeroV)
	}
	for i, k := range m.keys {
		if k != 0 {
			fn(k, m.vals[i])
		}
	}
}

// gazBatch is how many keys getAll looks up at once.
const gazBatch = 32

// getAll is get for each of up to gazBatch keys. It first loads the home
// slot of every key the filter lets through (independent loads that the
// processor overlaps: the keys are larger than the caches, so most miss),
// then resolves each.
func (m *gazMap) getAll(ks []uint64, vs *[gazBatch]uint8, ok *[gazBatch]bool) {
	var (
		home  [gazBatch]uint64
		first [gazBatch]uint64
	)
	ks = ks[:min(len(ks), gazBatch)]
	for j, k := range ks {
		if m.mayHold(k) {
			home[j] = m.home(k)
			first[j] = m.keys[home[j]]
		} else {
			first[j] = 0 // absent
		}
	}
	mask := uint64(len(m.keys) - 1)
	for j, k := range ks {
		if k == 0 {
			vs[j], ok[j] = m.zeroV, m.zero
			continue
		}
		i, kk := home[j], first[j]
		for kk != k && kk != 0 {
			i = (i + 1) & mask
			kk = m.keys[i]
		}
		if kk == k {
			vs[j], ok[j] = m.vals[i], true
		} else {
			vs[j], ok[j] = 0, false
		}
	}
}
