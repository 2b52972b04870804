package gazetteer

import (
	"hash/maphash"
	"strings"
)

// keySeed seeds the hashes of keyIndex; any seed gives the same answers.
var keySeed = maphash.MakeSeed()

// keyIndex is an open-addressing hash table (linear probing, a power of two
// slots, at most half full) from a key to its line in keyLines: one or two
// probes where a binary search over the 234,000 sorted key lines reads
// eighteen lines at random.
type keyIndex struct {
	slots []int32 // index in keyLines + 1; 0 marks an empty slot
	mask  uint64
}

// indexKeys builds g.keys over g.keyLines. Where a key occurs on several
// lines, the first is kept, as the binary search found it.
func (g *Gazetteer) indexKeys() {
	size := 16
	for size < 2*len(g.keyLines) {
		size *= 2
	}
	x := keyIndex{slots: make([]int32, size), mask: uint64(size - 1)}
	for i := range g.keyLines {
		key := g.keyOf(i)
		h := maphash.String(keySeed, key) & x.mask
		for ; x.slots[h] != 0; h = (h + 1) & x.mask {
			if g.keyOf(int(x.slots[h]-1)) == key {
				break
			}
		}
		if x.slots[h] == 0 {
			x.slots[h] = int32(i + 1)
		}
	}
	g.keys = x
}

// find returns the key line of key.
func (g *Gazetteer) find(key string) (int, bool) {
	x := &g.keys
	if len(x.slots) == 0 {
		return 0, false
	}
	for h := maphash.String(keySeed, key) & x.mask; x.slots[h] != 0; h = (h + 1) & x.mask {
		if i := int(x.slots[h] - 1); g.keyOf(i) == key {
			return i, true
		}
	}
	return 0, false
}

// keyOf returns the key of key line i, reading no further into the line
// than its tab.
func (g *Gazetteer) keyOf(i int) string {
	start := int(g.keyLines[i])
	line := g.text[start:]
	if t := strings.IndexByte(line, '\t'); t >= 0 && strings.IndexByte(line[:t], '\n') < 0 {
		return line[:t]
	}
	k, _ := g.keyAt(i)
	return k
}
