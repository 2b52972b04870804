package ner

// docState is the document-level memory of the tagger: for each
// capitalised word string, how often earlier in the document it was tagged
// with each entity type (index 0 for outside) and the latest type. This is
// Ratinov and Roth's "extended prediction history".
//
// It also carries the two-pass document view: in the first pass (collect)
// the label counts of each capitalised word, keyed by its lower-case form,
// are gathered over the whole document; the second pass reads them.
type docState struct {
	ntypes int
	idx    map[string]int32
	counts []int32 // stride ntypes+1
	lasts  []int

	collect    bool
	next, cur  map[uint64]int32 // lower-case word hash -> row
	nextCounts []int32
	curCounts  []int32

	// context aggregation: lower-case word hash -> row of ctxRows
	ctxNext, ctxCur map[uint64]int32
	ctxRows         []ctxSet
}

type histView struct {
	counts []int32
	last   int
}

// major returns the most frequent type (0 for outside; ties to the latest).
func (h *histView) major() int {
	best, bi := int32(-1), 0
	for i, c := range h.counts {
		if c > best || (c == best && i == h.last) {
			best, bi = c, i
		}
	}
	return bi
}

func newDocState(ntypes int) *docState {
	return &docState{ntypes: ntypes, idx: map[string]int32{}, next: map[uint64]int32{}, cur: map[uint64]int32{},
		ctxNext: map[uint64]int32{}, ctxCur: map[uint64]int32{}}
}

// reset starts a new document in its first pass.
func (s *docState) reset() {
	s.clearHistory()
	clear(s.next)
	clear(s.cur)
	s.nextCounts = s.nextCounts[:0]
	s.curCounts = s.curCounts[:0]
	clear(s.ctxNext)
	clear(s.ctxCur)
	s.ctxRows = s.ctxRows[:0]
	s.collect = true
}

func (s *docState) clearHistory() {
	clear(s.idx)
	s.counts = s.counts[:0]
	s.lasts = s.lasts[:0]
}

// secondPass makes the first pass's whole-document counts visible and
// restarts the history.
func (s *docState) secondPass() {
	s.clearHistory()
	s.cur, s.next = s.next, s.cur
	s.curCounts, s.nextCounts = s.nextCounts, s.curCounts[:0]
	clear(s.next)
	s.ctxCur, s.ctxNext = s.ctxNext, s.ctxCur
	clear(s.ctxNext)
	s.collect = false
}

// record adds a first-pass label (0 outside, else type+1) of a word.
func (s *docState) record(lower uint64, t int) {
	i, ok := s.next[lower]
	if !ok {
		i = int32(len(s.nextCounts) / (s.ntypes + 1))
		s.next[lower] = i
		for k := 0; k <= s.ntypes; k++ {
			s.nextCounts = append(s.nextCounts, 0)
		}
	}
	s.nextCounts[int(i)*(s.ntypes+1)+t]++
}

// whole returns the document-wide first-pass view of a word: its most
// frequent entity type (type+1; 0 when never an entity) and how dominant
// entity readings are (0 none, 1 under half, 2 at least half, 3 always).
func (s *docState) whole(lower uint64) (typ, dominance int, ok bool) {
	i, ok := s.cur[lower]
	if !ok {
		return 0, 0, false
	}
	st := s.ntypes + 1
	c := s.curCounts[int(i)*st : int(i)*st+st]
	total, best := int32(0), int32(0)
	for k, n := range c {
		total += n
		if k > 0 && n > best {
			best, typ = n, k
		}
	}
	ent := total - c[0]
	switch {
	case ent == 0:
		dominance = 0
	case ent == total:
		dominance = 3
	case 2*ent >= total:
		dominance = 2
	default:
		dominance = 1
	}
	return typ, dominance, true
}

func (s *docState) lookup(w string) (histView, bool) {
	i, ok := s.idx[w]
	if !ok {
		return histView{}, false
	}
	st := s.ntypes + 1
	return histView{counts: s.counts[int(i)*st : int(i)*st+st], last: s.lasts[i]}, true
}

// add records that word w was tagged with type t (0 outside, else type+1).
func (s *docState) add(w string, t int) {
	i, ok := s.idx[w]
	if !ok {
		i = int32(len(s.lasts))
		s.idx[w] = i
		for k := 0; k <= s.ntypes; k++ {
			s.counts = append(s.counts, 0)
		}
		s.lasts = append(s.lasts, 0)
	}
	s.counts[int(i)*(s.ntypes+1)+t]++
	s.lasts[i] = t
}
