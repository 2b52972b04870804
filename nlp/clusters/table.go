package clusters

import "hash/maphash"

// table is the Map's index: one open-addressing hash table (power-of-two
// slots, linear probing, at most 5/8 full) over the words and their
// lower-cased forms, with the key bytes packed in one arena. A slot holds
// both what Lookup finds for its key (exact) and what the case-folded
// lookup finds (fold), so that LookupFold of a word without capitals
// probes once. Compared with Go maps of strings, a probe touches one slot
// and one run of arena bytes instead of a control word, a slot and a
// separately allocated key.
type table struct {
	seed  maphash.Seed
	slots []slot
	mask  uint64
	used  int // occupied slots
	words int // slots with an exact entry
	arena []byte
	bits  []string // interned bit strings; a slot's exact and fold are 1 + an index
}

type slot struct {
	tag   uint32 // the high half of the key's hash
	off   uint32 // the key is arena[off : off+n]
	n     uint32
	exact uint32 // 1 + index in bits of the key's own bit string, 0 for none
	fold  uint32 // 1 + index in bits for the key as a lower-cased form, 0 for none
	count int32  // the key's frequency (exact entries only)
}

// empty reports whether s is free: every occupied slot has an exact or a
// fold entry.
func (s *slot) empty() bool { return s.exact == 0 && s.fold == 0 }

// newTable returns an empty table sized for size keys.
func newTable(size int) *table {
	n := 16
	for 5*n < 8*size {
		n *= 2
	}
	return &table{seed: maphash.MakeSeed(), slots: make([]slot, n), mask: uint64(n - 1)}
}

// find returns the slot of key w, or nil.
func (t *table) find(w string) *slot {
	h := maphash.String(t.seed, w)
	tag := uint32(h >> 32)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.empty() {
			return nil
		}
		if s.tag == tag && int(s.n) == len(w) && string(t.arena[s.off:s.off+s.n]) == w {
			return s
		}
	}
}

// insert returns the slot of key w, adding an empty entry when there is
// none. The slot is valid until the next insert.
func (t *table) insert(w string) *slot {
	if s := t.find(w); s != nil {
		return s
	}
	if 8*(t.used+1) > 5*len(t.slots) {
		t.grow()
	}
	t.used++
	off := uint32(len(t.arena))
	t.arena = append(t.arena, w...)
	h := maphash.String(t.seed, w)
	s := t.place(h)
	*s = slot{tag: uint32(h >> 32), off: off, n: uint32(len(w))}
	return s
}

// place returns the first free slot on the probe sequence of hash h.
func (t *table) place(h uint64) *slot {
	i := h & t.mask
	for !t.slots[i].empty() {
		i = (i + 1) & t.mask
	}
	return &t.slots[i]
}

// grow doubles the slots.
func (t *table) grow() {
	old := t.slots
	t.slots = make([]slot, 2*len(old))
	t.mask = uint64(len(t.slots) - 1)
	for i := range old {
		if s := &old[i]; !s.empty() {
			*t.place(maphash.String(t.seed, string(t.arena[s.off:s.off+s.n]))) = *s
		}
	}
}

// str returns the bit string of an exact or fold index.
func (t *table) str(k uint32) string {
	if k == 0 {
		return ""
	}
	return t.bits[k-1]
}
