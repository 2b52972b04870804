package tagger

import (
	"runtime"
	"strings"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// The lexical features of features() that read one word only, grouped by
// the word's position relative to the word being tagged: its role. A
// word's summed weights in each role are the same wherever it occurs, so
// the frozen tagger computes them once per word form and caches them.
const (
	roleSelf   = iota // the word being tagged
	roleLeft          // the word before it
	roleRight         // the word after it
	roleRight2        // the second word after it
	nRoles
)

// roleFeatures appends the keys of the features of w in role r; together
// with restFeatures they are exactly the keys features returns.
func roleFeatures(fs []uint64, w *word, r int) []uint64 {
	switch r {
	case roleSelf:
		return append(fs,
			mix(key(1), w.low),
			mix(key(2), w.form),
			mix(key(3), w.suf[0]),
			mix(key(4), w.suf[1]),
			mix(key(5), w.suf[2]),
			mix(key(6), w.suf[3]),
			mix(key(7), w.pre[0]),
			mix(key(8), w.pre[1]),
			mix(key(9), w.pre[2]),
			mix(key(10), w.shape),
			mix(key(34), w.clu[0]),
			mix(key(35), w.clu[1]),
			mix(key(36), w.clu[2]),
			mix(key(37), w.clu[3]),
		)
	case roleLeft:
		return append(fs,
			mix(key(16), w.low),
			mix(key(17), w.suf[2]),
			mix(key(23), w.shape),
			mix(key(38), w.clu[1]),
			mix(key(39), w.clu[3]),
		)
	case roleRight:
		return append(fs,
			mix(key(19), w.low),
			mix(key(20), w.suf[2]),
			mix(key(22), w.shape),
			mix(key(32), w.suf[1]),
			mix(key(40), w.clu[1]),
			mix(key(41), w.clu[3]),
		)
	default: // roleRight2
		return append(fs,
			mix(key(21), w.low),
			mix(key(29), w.suf[2]),
			mix(key(42), w.clu[3]),
		)
	}
}

// restFeatures appends the keys of the features of position i that
// roleFeatures leaves out: those of the previous tags, of the flags (which
// mark the first word), of the second word to the left and of word pairs.
func restFeatures(fs []uint64, ws []word, i int, p1, p2 uint64) []uint64 {
	w := &ws[i]
	l1, l2, r1, r2 := &ws[i-1], &ws[i-2], &ws[i+1], &ws[i+2]
	p12 := mix(p1, p2)
	return append(fs,
		key(0),
		mix(key(11), w.flags),
		mix(key(12), p1),
		mix(key(13), p2),
		mix(key(14), p12),
		mix(mix(key(15), p1), w.low),
		mix(key(18), l2.low),
		mix(mix(key(24), l1.low), w.low),
		mix(mix(key(25), w.low), r1.low),
		mix(mix(key(26), p1), r1.low),
		mix(mix(key(27), p1), w.suf[2]),
		mix(mix(key(28), l1.low), r1.low),
		mix(mix(key(30), w.shape), r1.shape),
		mix(mix(key(31), p1), w.shape),
		mix(mix(key(33), r1.low), r2.low),
		mix(mix(key(43), p1), w.clu[3]),
		mix(mix(key(44), w.clu[3]), r1.clu[3]),
		mix(mix(key(51), p12), w.low),
		mix(mix(key(53), w.low), r1.suf[2]),
	)
}

// roleCache holds, per word form, the integer weight sums of its role
// features (nRoles vectors of one entry per class). Entries 0 and 1 are
// the sentence padding. Once it holds max words, a new word replaces one
// not used since the clock hand last passed it (CLOCK, an approximation of
// least recently used) and not used by the current sentence; failing
// that, its vectors are computed for the sentence only.
type roleCache struct {
	nc    int
	idx   map[string]int32
	vecs  []int32  // stride nRoles*nc, room for max+2 entries (outside the Go heap)
	words []string // form of each entry ("" for the padding)
	used  []bool   // entry used since the hand last passed
	stamp []uint32 // sentence that last used the entry
	sent  uint32   // current sentence
	hand  int
	max   int
	fs    []uint64
	ids   []int32 // per padded position of the sentence: entry, or -1-k for extra[k]
	extra []int32
	clu   [][4]uint64 // word.clu of each entry's form
	// hits holds, after find, the entry of each form of the sentence that
	// was cached before it (-1 for the others)
	hits  []int32
	found bool
}

// CacheWords is how many word forms a roleCache holds unless
// Tagger.SetCacheWords says otherwise.
const CacheWords = 8192

func newRoleCache(m *perceptron.Model, max int) *roleCache {
	c := &roleCache{nc: len(m.Classes), idx: map[string]int32{}, max: max}
	var free func()
	c.vecs, free = perceptron.OffHeap[int32]((max + 2) * c.stride())
	if free != nil {
		runtime.AddCleanup(c, func(f func()) { f() }, free)
	}
	c.compute(m, c.entry(0), &padStart)
	c.compute(m, c.entry(1), &padEnd)
	c.words = []string{"", ""}
	c.clu = [][4]uint64{padStart.clu, padEnd.clu}
	c.used = []bool{true, true}
	c.stamp = []uint32{0, 0}
	c.hand = 2
	return c
}

func (c *roleCache) stride() int { return nRoles * c.nc }

// entry returns the vectors of entry id.
func (c *roleCache) entry(id int32) []int32 {
	at := int(id) * c.stride()
	return c.vecs[at : at+c.stride()]
}

// fill appends the role vectors of w to vs.
func (c *roleCache) fill(m *perceptron.Model, vs []int32, w *word) []int32 {
	at := len(vs)
	vs = append(vs, make([]int32, c.stride())...)
	c.compute(m, vs[at:at+c.stride()], w)
	return vs
}

// compute sets v (nRoles*nc entries) to the role vectors of w.
func (c *roleCache) compute(m *perceptron.Model, v []int32, w *word) {
	clear(v)
	for r := 0; r < nRoles; r++ {
		c.fs = roleFeatures(c.fs[:0], w, r)
		m.AddWeights(c.fs, v[r*c.nc:(r+1)*c.nc])
	}
}

// find starts a sentence: it looks up each of its forms, keeping those
// found (the tagger reads their cluster hashes) from being replaced by the
// sentence's new words, and returns their entries (-1 for the others).
// sentence then takes the hits from there.
func (c *roleCache) find(forms []string) []int32 {
	c.sent++
	c.found = true
	c.hits = c.hits[:0]
	for _, f := range forms {
		id, ok := c.idx[f]
		if ok {
			c.used[id] = true
			c.stamp[id] = c.sent
		} else {
			id = -1
		}
		c.hits = append(c.hits, id)
	}
	return c.hits
}

// sentence resolves the role vectors of every position of the padded
// words ws, whose forms are forms (after find, when it was asked).
func (c *roleCache) sentence(m *perceptron.Model, ws []word, forms []string) {
	if !c.found {
		c.sent++
		c.hits = c.hits[:0]
		for range forms {
			c.hits = append(c.hits, -1)
		}
	}
	c.found = false
	c.ids = append(c.ids[:0], 0, 0)
	c.extra = c.extra[:0]
	for i, f := range forms {
		id, ok := c.hits[i], c.hits[i] >= 0
		if !ok {
			// not cached before the sentence, or added for a word before it
			id, ok = c.idx[f]
		}
		switch {
		case ok:
		case len(c.idx) < c.max:
			id = int32(len(c.words))
			w := strings.Clone(f)
			c.idx[w] = id
			c.words = append(c.words, w)
			c.clu = append(c.clu, ws[i+2].clu)
			c.used = append(c.used, false)
			c.stamp = append(c.stamp, 0)
			c.compute(m, c.entry(id), &ws[i+2])
		default:
			if id = c.victim(); id >= 0 {
				delete(c.idx, c.words[id])
				w := strings.Clone(f)
				c.idx[w] = id
				c.words[id] = w
				c.clu[id] = ws[i+2].clu
				c.compute(m, c.entry(id), &ws[i+2])
			} else {
				id = int32(-1 - len(c.extra)/c.stride())
				c.extra = c.fill(m, c.extra, &ws[i+2])
			}
		}
		if id >= 0 {
			c.used[id] = true
			c.stamp[id] = c.sent
		}
		c.ids = append(c.ids, id)
	}
	c.ids = append(c.ids, 1, 1)
}

// victim returns the entry a new word replaces, or -1 when every entry
// is in use by the current sentence. It passes over the padding, entries
// of the current sentence and, clearing their marks, entries used since
// it last passed.
func (c *roleCache) victim() int32 {
	for range 2 * len(c.words) {
		h := c.hand
		if c.hand++; c.hand == len(c.words) {
			c.hand = 0
		}
		switch {
		case h < 2 || c.stamp[h] == c.sent:
		case c.used[h]:
			c.used[h] = false
		default:
			return int32(h)
		}
	}
	return -1
}

// vec returns the vector of the word at padded position j in role r.
func (c *roleCache) vec(j, r int) []int32 {
	id := c.ids[j]
	vs := c.vecs
	if id < 0 {
		id, vs = -1-id, c.extra
	}
	at := int(id)*c.stride() + r*c.nc
	return vs[at : at+c.nc]
}

// scores sets out to the class scores of the word at padded position i
// (p1 and p2 as for features), the same as Scores of features(ws, i, p1, p2)
// to the bit.
func (c *roleCache) scores(m *perceptron.Model, ws []word, i int, p1, p2 uint64, acc []int32, out []float32) {
	clear(acc)
	addInts(acc, c.vec(i, roleSelf))
	addInts(acc, c.vec(i-1, roleLeft))
	addInts(acc, c.vec(i+1, roleRight))
	addInts(acc, c.vec(i+2, roleRight2))
	c.fs = restFeatures(c.fs[:0], ws, i, p1, p2)
	m.AddWeights(c.fs, acc)
	m.Scale(acc, out)
}

// addInts adds src to dst element by element.
func addInts(dst, src []int32) {
	src = src[:len(dst)]
	for i := range dst {
		dst[i] += src[i]
	}
}
