package petrarch

// binding records the tokens a pattern's actor elements matched.
type binding struct {
	source, target, compound int // a token of the phrase, or -1
	compoundUpper            bool
}

// matcher matches pattern elements against a list of tokens (the words
// after the verb, or those before it read backwards).
type matcher struct {
	s       *sent
	list    []int // token indices in matching order
	reverse bool  // list runs right to left
	b       *binding
}

// seq reports whether elems match list from position pos on; the first
// element must sit at pos exactly when it is connected.
func (m *matcher) seq(elems []Elem, pos int) bool {
	if len(elems) == 0 {
		return true
	}
	e := elems[0]
	for start := pos; start < len(m.list); start++ {
		if e.Conn && start != pos {
			break
		}
		saved := *m.b
		for _, end := range m.elem(e, start) {
			if m.seq(elems[1:], end) {
				return true
			}
			*m.b = saved
		}
	}
	return false
}

// elem returns the positions after each way e can match at start.
func (m *matcher) elem(e Elem, start int) []int {
	s := m.s
	t := m.list[start]
	switch e.Kind {
	case ElemWord:
		if s.words[t] == e.Word {
			return []int{start + 1}
		}
	case ElemSynset:
		var ends []int
		for _, member := range s.c.d.Verbs.Synsets[e.Word] {
			mm := member
			if m.reverse {
				mm = reverseElems(member)
			}
			sub := &matcher{s: s, list: m.list, reverse: m.reverse, b: m.b}
			ends = append(ends, sub.exact(mm, start)...)
		}
		return ends
	case ElemSource, ElemTarget, ElemCompound:
		mi := s.matchAt[t]
		if mi < 0 {
			return nil
		}
		end := start + 1
		for end < len(m.list) && s.matchAt[m.list[end]] == mi {
			end++
		}
		h := s.npHead(s.matches[mi].top)
		switch e.Kind {
		case ElemSource:
			m.b.source = h
		case ElemTarget:
			m.b.target = h
		default:
			if s.partyAt(h).conj < 2 {
				return nil
			}
			m.b.compound = h
			m.b.compoundUpper = m.reverse
		}
		return []int{end}
	case ElemSkip:
		if !s.chunkable(t) {
			return nil
		}
		end := start + 1
		for end < len(m.list) && s.chunkable(m.list[end]) {
			end++
		}
		return []int{end}
	}
	return nil
}

// exact matches a synset member: its words in a row from start.
func (m *matcher) exact(elems []Elem, start int) []int {
	pos := []int{start}
	for _, e := range elems {
		var next []int
		for _, p := range pos {
			if p >= len(m.list) {
				continue
			}
			next = append(next, m.elem(e, p)...)
		}
		pos = next
		if len(pos) == 0 {
			return nil
		}
	}
	return pos
}

// chunkable reports tokens a '^' may skip over: the words of a noun
// phrase.
func (s *sent) chunkable(t int) bool {
	if s.matchAt[t] >= 0 {
		return true
	}
	tag := s.tag(t)
	return len(tag) > 0 && (tag[0] == 'N' || tag[0] == 'J' || tag == "CD" || tag == "PRP")
}

// reverseElems reverses a word sequence for right-to-left matching,
// moving each connection flag to the element it now follows.
func reverseElems(es []Elem) []Elem {
	out := make([]Elem, len(es))
	for i := range es {
		out[i] = es[len(es)-1-i]
		out[i].Conn = false
	}
	for i := 1; i < len(out); i++ {
		out[i].Conn = es[len(es)-i].Conn
	}
	if len(out) > 0 && len(es) > 0 {
		out[0].Conn = true // a member's first word sits where the match is
	}
	return out
}

// matchPattern matches p around the verb: the elements before '*'
// against upper read backwards from the verb, those after it against
// lower.
func (s *sent) matchPattern(p *Pattern, upper, lower []int) (binding, bool) {
	b := binding{source: -1, target: -1, compound: -1}
	k := 0
	for k < len(p.Elems) && p.Elems[k].Kind != ElemVerb {
		k++
	}
	pre, post := p.Elems[:k], p.Elems[k+1:]
	if len(post) > 0 {
		m := &matcher{s: s, list: lower, b: &b}
		if !m.seq(post, 0) {
			return b, false
		}
	}
	if len(pre) > 0 {
		rev := make([]Elem, len(pre))
		for i := range pre {
			rev[i] = pre[len(pre)-1-i]
		}
		// the element next to the verb is connected when '*' is
		rev[0].Conn = p.Elems[k].Conn
		for i := 1; i < len(rev); i++ {
			rev[i].Conn = pre[len(pre)-i].Conn
		}
		rl := make([]int, len(upper))
		for i := range upper {
			rl[i] = upper[len(upper)-1-i]
		}
		m := &matcher{s: s, list: rl, reverse: true, b: &b}
		if !m.seq(rev, 0) {
			return b, false
		}
	}
	return b, true
}
