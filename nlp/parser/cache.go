package parser

import (
	"runtime"
	"slices"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// The move features of one word alone (its form, tag and cluster) in one
// position of the configuration (on the stack or buffer, or the head or a
// child of one of those words): its role. A word's summed move weights in
// a role are the same wherever it occurs, so the frozen parser computes
// them once per distinct word and caches them; the features of the buffer
// front and its two successors together (and the bias) are computed once
// per buffer position. Only the rest are looked up for each move.
const (
	roleS0   = iota // stack top
	roleN0          // buffer front
	roleN1          // second buffer word
	roleN2          // third buffer word
	roleS1          // second stack word
	roleS0H         // head of the stack top
	roleS0L         // leftmost child of the stack top
	roleS0R         // rightmost child of the stack top
	roleN0L         // leftmost child of the buffer front
	roleS0H2        // head of roleS0H
	roleS0L2        // second leftmost child of the stack top
	roleS0R2        // second rightmost child of the stack top
	roleN0L2        // second leftmost child of the buffer front
	nRoles
)

// relKeys holds, for the roles from roleS0H on, the templates of the
// word's form and of its tag.
var relKeys = [nRoles][2]uint64{
	roleS0H: {39, 40}, roleS0L: {42, 43}, roleS0R: {45, 46}, roleN0L: {48, 49},
	roleS0H2: {51, 52}, roleS0L2: {54, 55}, roleS0R2: {57, 58}, roleN0L2: {60, 61},
}

// roles returns the position of the word in each role (-1 when absent).
func (s *state) roles() [nRoles]int32 {
	s0 := s.top()
	s1 := int32(-1)
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	n0, n1, n2 := s.buffer()
	s0h := at(s.head, s0)
	return [nRoles]int32{
		roleS0: s0, roleN0: n0, roleN1: n1, roleN2: n2, roleS1: s1,
		roleS0H: s0h, roleS0L: at(s.l1, s0), roleS0R: at(s.r1, s0), roleN0L: at(s.l1, n0),
		roleS0H2: at(s.head, s0h), roleS0L2: at(s.l2, s0), roleS0R2: at(s.r2, s0), roleN0L2: at(s.l2, n0),
	}
}

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
	case roleS1:
		return append(fs, mix(key(67), w), mix(key(68), p), mix(mix(key(86), k.c), p))
	default:
		return append(fs, mix(key(relKeys[r][0]), w), mix(key(relKeys[r][1]), p))
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
// vectors of nMoves entries per distinct word. Once it holds max words, a
// new word replaces one not used since the clock hand last passed it
// (CLOCK, an approximation of least recently used). For each sentence it
// copies the vectors of the sentence's words side by side, so that scoring
// a configuration reads them from a few nearby cache lines.
type roleCache struct {
	idx   map[word]int32
	vecs  []roleVecs // room for max entries (outside the Go heap)
	words []word     // word of each entry
	used  []bool     // entry used since the hand last passed
	hand  int
	max   int
	none  roleVecs   // the absent word's
	sent  []roleVecs // per word of the sentence, its root included
	fs    []uint64
	ws    [][nMoves]int16
	// the buffer position whose bufferFeatures' sums are in bufVec
	bufAt  int
	bufVec [nMoves]int32
	acc    [nMoves]int32
}

// roleVecs holds a word's move weight sums in each role.
type roleVecs [nRoles][nMoves]int32

// roleWords is how many distinct words a roleCache holds.
const roleWords = 1 << 15

func newRoleCache(m *perceptron.Model, max int) *roleCache {
	c := &roleCache{idx: map[word]int32{}, max: max}
	var free func()
	c.vecs, free = perceptron.OffHeap[roleVecs](max)
	if free != nil {
		runtime.AddCleanup(c, func(f func()) { f() }, free)
	}
	c.vectors(m, noWord, &c.none)
	return c
}

// vectors computes the role vectors of a word into v, looking up the
// features of all its roles at once.
func (c *roleCache) vectors(m *perceptron.Model, k word, v *roleVecs) {
	var ends [nRoles]int
	c.fs = c.fs[:0]
	for r := range nRoles {
		c.fs = roleFeatures(c.fs, k, r)
		ends[r] = len(c.fs)
	}
	c.ws = slices.Grow(c.ws[:0], len(c.fs))[:len(c.fs)]
	m.DenseWeights(c.fs, c.ws)
	j := 0
	for r := range nRoles {
		v[r] = [nMoves]int32{}
		for ; j < ends[r]; j++ {
			for k, q := range c.ws[j] {
				v[r][k] += int32(q)
			}
		}
	}
}

// sentence copies the role vectors of the words of the loaded state, its
// root included, computing those of words it does not hold. hints, when
// not nil, are the loaded words' form cache entries, whose role cache
// entries spare it a map lookup.
func (c *roleCache) sentence(m *perceptron.Model, s *state, hints []*formEntry) {
	c.bufAt = -1
	c.sent = slices.Grow(c.sent[:0], s.n+1)[:s.n+1]
	for i := range c.sent {
		k := s.wordAt(int32(i))
		var h *formEntry
		if i < len(hints) {
			h = hints[i]
		}
		var id int32
		ok := false
		if h != nil && h.role >= 0 && int(h.role) < len(c.words) && c.words[h.role] == k {
			id, ok = h.role, true
		} else {
			id, ok = c.idx[k]
		}
		switch {
		case ok:
		case len(c.words) < c.max:
			id = int32(len(c.words))
			c.idx[k] = id
			c.vectors(m, k, &c.vecs[id])
			c.words = append(c.words, k)
			c.used = append(c.used, false)
		default:
			id = c.victim()
			delete(c.idx, c.words[id])
			c.idx[k] = id
			c.words[id] = k
			c.vectors(m, k, &c.vecs[id])
		}
		c.used[id] = true
		c.sent[i] = c.vecs[id]
		if h != nil {
			h.role = id
		}
	}
}

// victim returns the entry a new word replaces: the first the hand
// reaches that was not used since it last passed, clearing the marks of
// those it passes over.
func (c *roleCache) victim() int32 {
	for {
		h := c.hand
		if c.hand++; c.hand == len(c.words) {
			c.hand = 0
		}
		if !c.used[h] {
			return int32(h)
		}
		c.used[h] = false
	}
}

// vec returns the vector of the word at position i (-1: absent) in role r.
func (c *roleCache) vec(i int32, r int) *[nMoves]int32 {
	if i < 0 {
		return &c.none[r]
	}
	return &c.sent[i][r]
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
	acc := &c.acc
	*acc = c.bufVec
	for r, i := range s.roles() {
		v := c.vec(i, r)
		for k := range acc {
			acc[k] += v[k]
		}
	}
	fs = s.restFeatures(fs[:0])
	m.AddWeights(fs, acc[:])
	m.Scale(acc[:], out)
	return fs
}
