package parser

import (
	"runtime"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// The move features of one word alone (its form, tag and cluster) in one
// position of the configuration: its role. A word's summed move weights in
// a role are the same wherever it occurs, so the frozen parser computes
// them once per distinct word and caches them; the features of the buffer
// front and its two successors together (and the bias) are computed once
// per buffer position. Only the rest are looked up for each move.
const (
	roleS0 = iota // stack top
	roleN0        // buffer front
	roleN1        // second buffer word
	roleN2        // third buffer word
	roleS1        // second stack word
	nRoles
)

// word is what the role features read of one word.
type word struct{ w, p, c, c4 uint64 }

// noWord stands for an absent position (index -1).
var noWord = word{noneWord, noneTag, noneWord, noneWord}

func (s *state) wordAt(i int32) word {
	if i < 0 {
		return noWord
	}
	return word{s.word[i], s.tag[i], s.clu[i], s.clu4[i]}
}

// roleFeatures appends the keys of the move features of k in role r;
// with bufferFeatures and restFeatures they are exactly the keys features
// returns.
func roleFeatures(fs []uint64, k word, r int) []uint64 {
	w, p := k.w, k.p
	switch r {
	case roleS0:
		return append(fs, mix(key(1), w), mix(key(2), p), mix(key(3), mix(w, p)),
			mix(key(77), k.c), mix(mix(key(80), k.c4), p))
	case roleN0:
		return append(fs, mix(key(4), w), mix(key(5), p), mix(key(6), mix(w, p)),
			mix(key(78), k.c), mix(mix(key(81), k.c4), p))
	case roleN1:
		return append(fs, mix(key(7), w), mix(key(8), p), mix(key(9), mix(w, p)),
			mix(key(79), k.c))
	case roleN2:
		return append(fs, mix(key(10), w), mix(key(11), p), mix(key(12), mix(w, p)))
	default: // roleS1
		return append(fs, mix(key(67), w), mix(key(68), p), mix(mix(key(86), k.c), p))
	}
}

// buffer returns the positions of the first three buffer words (-1 when
// absent).
func (s *state) buffer() (n0, n1, n2 int32) {
	b := int32(s.b)
	n0, n1, n2 = b, -1, -1
	if b+1 <= int32(s.n) {
		n1 = b + 1
	}
	if b+2 <= int32(s.n) {
		n2 = b + 2
	}
	return n0, n1, n2
}

// bufferFeatures appends the keys of the bias and of the features that
// read the first buffer words together.
func (s *state) bufferFeatures(fs []uint64) []uint64 {
	n0, n1, n2 := s.buffer()
	n0p, n1p := s.p(n0), s.p(n1)
	return append(fs,
		key(0),
		mix(mix(key(20), n0p), n1p),
		mix(mix(mix(key(21), n0p), n1p), s.p(n2)),
		mix(mix(key(87), s.c(n0)), s.c(n1)),
	)
}

// roleCache holds the integer move weights of words in each role, nRoles
// vectors of nMoves entries per distinct word. Entry 0 is the absent
// word. Once it holds max words, a new word replaces one not used since
// the clock hand last passed it (CLOCK, an approximation of least recently
// used) and not used by the current sentence; failing that, its vectors
// are computed for the sentence only.
type roleCache struct {
	idx   map[word]int32
	vecs  [][nRoles][nMoves]int32 // room for max+1 entries (outside the Go heap)
	words []word                  // word of each entry
	used  []bool                  // entry used since the hand last passed
	stamp []uint32                // sentence that last used the entry
	sent  uint32                  // current sentence
	hand  int
	max   int
	extra [][nRoles][nMoves]int32
	ids   []int32 // per word of the sentence (and its root): entry, or -1-k for extra[k]
	fs    []uint64
	// the buffer position whose bufferFeatures' sums are in bufVec
	bufAt  int
	bufVec [nMoves]int32
	acc    [nMoves]int32
}

// roleWords is how many distinct words a roleCache holds.
const roleWords = 1 << 15

func newRoleCache(m *perceptron.Model, max int) *roleCache {
	c := &roleCache{idx: map[word]int32{}, max: max}
	var free func()
	c.vecs, free = perceptron.OffHeap[[nRoles][nMoves]int32](max + 1)
	if free != nil {
		runtime.AddCleanup(c, func(f func()) { f() }, free)
	}
	c.vecs[0] = c.vectors(m, noWord)
	c.words, c.used, c.stamp = []word{noWord}, []bool{true}, []uint32{0}
	return c
}

// vectors computes the role vectors of a word.
func (c *roleCache) vectors(m *perceptron.Model, k word) (v [nRoles][nMoves]int32) {
	for r := range nRoles {
		c.fs = roleFeatures(c.fs[:0], k, r)
		m.AddWeights(c.fs, v[r][:])
	}
	return v
}

// sentence resolves the role vectors of the words of the loaded state,
// its root included.
func (c *roleCache) sentence(m *perceptron.Model, s *state) {
	c.sent++
	c.ids = c.ids[:0]
	c.extra = c.extra[:0]
	c.bufAt = -1
	for i := 0; i <= s.n; i++ {
		k := s.wordAt(int32(i))
		id, ok := c.idx[k]
		switch {
		case ok:
		case len(c.words) <= c.max:
			id = int32(len(c.words))
			c.idx[k] = id
			c.vecs[id] = c.vectors(m, k)
			c.words = append(c.words, k)
			c.used = append(c.used, false)
			c.stamp = append(c.stamp, 0)
		default:
			if id = c.victim(); id >= 0 {
				delete(c.idx, c.words[id])
				c.idx[k] = id
				c.words[id] = k
				c.vecs[id] = c.vectors(m, k)
			} else {
				id = int32(-1 - len(c.extra))
				c.extra = append(c.extra, c.vectors(m, k))
			}
		}
		if id >= 0 {
			c.used[id] = true
			c.stamp[id] = c.sent
		}
		c.ids = append(c.ids, id)
	}
}

// victim returns the entry a new word replaces, or -1 when every entry is
// in use by the current sentence. It passes over the absent word, entries
// of the current sentence and, clearing their marks, entries used since it
// last passed.
func (c *roleCache) victim() int32 {
	for range 2 * len(c.words) {
		h := c.hand
		if c.hand++; c.hand == len(c.words) {
			c.hand = 0
		}
		switch {
		case h == 0 || c.stamp[h] == c.sent:
		case c.used[h]:
			c.used[h] = false
		default:
			return int32(h)
		}
	}
	return -1
}

// vec returns the vector of the word at position i (-1: absent) in role r.
func (c *roleCache) vec(i int32, r int) *[nMoves]int32 {
	if i < 0 {
		return &c.vecs[0][r]
	}
	if id := c.ids[i]; id < 0 {
		return &c.extra[-1-id][r]
	}
	return &c.vecs[c.ids[i]][r]
}

// scores sets out to the move scores of the state, the same as Scores of
// s.features to the bit.
func (c *roleCache) scores(m *perceptron.Model, s *state, fs []uint64, out []float32) []uint64 {
	if c.bufAt != s.b {
		c.bufVec = [nMoves]int32{}
		c.fs = s.bufferFeatures(c.fs[:0])
		m.AddWeights(c.fs, c.bufVec[:])
		c.bufAt = s.b
	}
	s0 := s.top()
	s1 := int32(-1)
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, n2 := s.buffer()
	acc := &c.acc
	*acc = c.bufVec
	for _, v := range [...]*[nMoves]int32{c.vec(s0, roleS0), c.vec(n0, roleN0), c.vec(n1, roleN1), c.vec(n2, roleN2), c.vec(s1, roleS1)} {
		for k := range acc {
			acc[k] += v[k]
		}
	}
	fs = s.restFeatures(fs[:0])
	m.AddWeights(fs, acc[:])
	m.Scale(acc[:], out)
	return fs
}
