package parser

// Transitions of the arc-eager system (Nivre 2003) with the root token at
// the end of the buffer (Ballesteros & Nivre 2013).
const (
	shift  = iota // push the buffer front
	reduce        // pop the stack top, which has a head
	left          // the buffer front becomes the head of the stack top, which is popped
	right         // the stack top becomes the head of the buffer front, which is pushed
	nMoves
)

var moveNames = []string{"SHIFT", "REDUCE", "LEFT", "RIGHT"}

// state is a parser configuration over a sentence of n words; word n is
// the artificial root, which never leaves the buffer.
type state struct {
	n      int
	word   []uint64 // lower-cased form hashes, n+1
	tag    []uint64 // tag ids, n+1
	head   []int32  // -1 until attached
	label  []int32  // label ids, -1 until attached
	l1, l2 []int32  // leftmost and second leftmost children
	r1, r2 []int32  // rightmost and second rightmost children
	nl, nr []int32  // numbers of left and right children
	lset   []uint64 // labels of the left children, as a bit set (label ids modulo 64)
	rset   []uint64 // ... and of the right children
	clu    []uint64 // hash of the word cluster's bit string, n+1
	clu4   []uint64 // ... of its first 4 bits, n+1
	stack  []int32
	inStk  []bool
	b      int // buffer front
}

func growI32(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// reset prepares the state for n words; word and tag must be filled by the
// caller for indices 0..n.
func (s *state) reset(n int) {
	s.n = n
	if cap(s.word) < n+1 {
		s.word = make([]uint64, n+1)
		s.tag = make([]uint64, n+1)
		s.clu = make([]uint64, n+1)
		s.clu4 = make([]uint64, n+1)
		s.lset = make([]uint64, n+1)
		s.rset = make([]uint64, n+1)
		s.inStk = make([]bool, n+1)
	}
	s.word, s.tag, s.inStk = s.word[:n+1], s.tag[:n+1], s.inStk[:n+1]
	s.clu, s.clu4 = s.clu[:n+1], s.clu4[:n+1]
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	clear(s.lset)
	clear(s.rset)
	for _, p := range []*[]int32{&s.head, &s.label, &s.l1, &s.l2, &s.r1, &s.r2} {
		*p = growI32(*p, n+1)
		for i := range *p {
			(*p)[i] = -1
		}
	}
	for _, p := range []*[]int32{&s.nl, &s.nr} {
		*p = growI32(*p, n+1)
		for i := range *p {
			(*p)[i] = 0
		}
	}
	for i := range s.inStk {
		s.inStk[i] = false
	}
	s.stack = s.stack[:0]
	s.b = 0
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

func (s *state) top() int32 {
	if len(s.stack) == 0 {
		return -1
	}
	return s.stack[len(s.stack)-1]
}

// legal fills ok with the moves allowed in the state.
func (s *state) legal(ok *[nMoves]bool) {
	st := s.top()
	ok[shift] = s.b < s.n
	ok[right] = st >= 0 && s.b < s.n
	ok[left] = st >= 0 && s.head[st] < 0
	ok[reduce] = st >= 0 && s.head[st] >= 0
}

// pending is the label of an arc made by RIGHT until its dependent leaves
// the stack: only then is the dependent's subtree complete, and the
// labeller sees all of it.
const pending = -2

func (s *state) attach(h, d, lab int32) {
	s.head[d] = h
	if d < h {
		s.l2[h] = s.l1[h]
		s.l1[h] = d
		s.nl[h]++
	} else {
		s.r2[h] = s.r1[h]
		s.r1[h] = d
		s.nr[h]++
	}
	s.setLabel(d, lab)
}

// setLabel sets the label of the attached word d (pending or a label id).
func (s *state) setLabel(d, lab int32) {
	s.label[d] = lab
	if lab < 0 {
		return
	}
	h := s.head[d]
	if d < h {
		s.lset[h] |= 1 << (uint32(lab) % 64)
	} else {
		s.rset[h] |= 1 << (uint32(lab) % 64)
	}
}

func (s *state) push(i int32) {
	s.stack = append(s.stack, i)
	s.inStk[i] = true
}

func (s *state) pop() {
	i := s.stack[len(s.stack)-1]
	s.inStk[i] = false
	s.stack = s.stack[:len(s.stack)-1]
}

// apply performs move m; lab is the label of the arc LEFT and RIGHT make.
func (s *state) apply(m int, lab int32) {
	switch m {
	case shift:
		s.push(int32(s.b))
		s.b++
	case reduce:
		s.pop()
	case left:
		s.attach(int32(s.b), s.top(), lab)
		s.pop()
	case right:
		s.attach(s.top(), int32(s.b), lab)
		s.push(int32(s.b))
		s.b++
	}
}

// costs fills c with the number of gold arcs each legal move makes
// unreachable (Goldberg & Nivre 2012's dynamic oracle for arc-eager); gold
// holds the gold head of each word (n for the root).
func (s *state) costs(gold []int32, ok *[nMoves]bool, c *[nMoves]int) {
	st := s.top()
	b := int32(s.b)
	n := int32(s.n)
	if ok[left] {
		k := 0
		if g := gold[st]; g != b && g > b {
			k++
		}
		for j := b; j <= n; j++ {
			if j < n && gold[j] == st {
				k++
			}
		}
		c[left] = k
	}
	if ok[reduce] {
		k := 0
		for j := b; j < n; j++ {
			if gold[j] == st {
				k++
			}
		}
		c[reduce] = k
	}
	if ok[right] || ok[shift] {
		deps := 0 // headless stack words whose gold head is b
		for _, j := range s.stack {
			if gold[j] == b && s.head[j] < 0 {
				deps++
			}
		}
		g := gold[b]
		if ok[right] {
			k := deps
			if g != st && (g > b || s.inStk[g]) {
				k++
			}
			c[right] = k
		}
		if ok[shift] {
			k := deps
			if g < n && s.inStk[g] {
				k++
			}
			c[shift] = k
		}
	}
}
