package petrarch

import (
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// sent is one sentence under coding: its tokens (indices relative to the
// sentence), their dependency tree, the actor and agent phrases found in
// it and the tokens that comma-clause deletion removed.
type sent struct {
	c       *Coder
	d       *doc.Doc
	first   int         // index of the first token in d.Tokens
	toks    []doc.Token // the sentence's tokens
	words   []string    // upper-case token text
	head    []int       // relative head; -1 for the root
	kids    [][]int
	deleted []bool
	matches []match
	matchAt []int // token -> index into matches, or -1
	at      time.Time
}

// match is an actor or agent phrase found in the sentence: tokens
// [first, last).
type match struct {
	first, last int
	top         int // the token of the match whose head lies outside it
	actor       *Actor
	agent       *Agent
	codes       []string // an actor's codes at the sentence's date
}

func (c *Coder) newSent(d *doc.Doc, si int, at time.Time) *sent {
	S := d.Sents[si]
	s := &sent{c: c, d: d, first: S.First, toks: d.Tokens[S.First:S.Last], at: at}
	n := len(s.toks)
	s.words = make([]string, n)
	s.head = make([]int, n)
	s.kids = make([][]int, n)
	s.deleted = make([]bool, n)
	s.matchAt = make([]int, n)
	for i, t := range s.toks {
		s.words[i] = normWord(t.Text)
		s.matchAt[i] = -1
		h := t.Head - S.First
		if t.Head < 0 || h < 0 || h >= n {
			h = -1
		}
		s.head[i] = h
	}
	s.breakCycles()
	for i, h := range s.head {
		if h >= 0 {
			s.kids[h] = append(s.kids[h], i)
		}
	}
	s.findMatches()
	s.deleteCommaClauses()
	return s
}

// breakCycles makes a token whose heads never reach a root a root
// itself, so that a malformed parse cannot send the coder round a cycle.
func (s *sent) breakCycles() {
	n := len(s.head)
	for i := range s.head {
		t := i
		for k := 0; t >= 0 && k <= n; k++ {
			t = s.head[t]
		}
		if t >= 0 {
			s.head[t] = -1 // t lies on a cycle
		}
	}
}

func (s *sent) dep(i int) string { return s.toks[i].Dep }

func (s *sent) tag(i int) string { return s.toks[i].Tag }

func isPunct(t doc.Token) bool {
	for _, r := range t.Text {
		if strings.ContainsRune(".,;:!?\"'`()[]{}-–—…“”‘’", r) {
			continue
		}
		return false
	}
	return true
}

// findMatches marks the longest actor or agent phrase starting at each
// word, left to right. Words of a token joined by '_' ("Dol_Amroth")
// count as separate words.
func (s *sent) findMatches() {
	type word struct {
		w   string
		tok int
	}
	var ws []word
	for i, w := range s.words {
		for _, p := range strings.Split(w, "_") {
			if p != "" {
				ws = append(ws, word{p, i})
			}
		}
	}
	gapOK := func(k int) bool {
		t := s.toks[ws[k].tok]
		if isPunct(t) || t.Tag == "POS" || t.Tag == "CC" || t.Tag == "IN" || t.Tag == "DT" {
			return false
		}
		return strings.HasPrefix(t.Tag, "J") || strings.HasPrefix(t.Tag, "N") || strings.HasPrefix(t.Tag, "V")
	}
	for i := 0; i < len(ws); {
		best, bestEnd := -1, 0
		es := s.c.d.index[ws[i].w]
		for ei, e := range es {
			j := i + 1
			ok := true
			for k := 1; k < len(e.phrase.Words); k++ {
				w := e.phrase.Words[k]
				switch {
				case j < len(ws) && ws[j].w == w:
					j++
				case !e.phrase.Connected[k] && j+1 < len(ws) && ws[j+1].w == w && gapOK(j):
					j += 2
				default:
					ok = false
				}
				if !ok {
					break
				}
			}
			if ok {
				best, bestEnd = ei, j
				break
			}
		}
		if best < 0 {
			i++
			continue
		}
		e := es[best]
		m := match{first: ws[i].tok, last: ws[bestEnd-1].tok + 1, actor: e.actor, agent: e.agent}
		if m.actor != nil {
			codes, ok := m.actor.CodeAt(s.at)
			if !ok {
				i = bestEnd
				continue
			}
			m.codes = codes
		}
		m.top = m.first
		for t := m.first; t < m.last; t++ {
			if h := s.head[t]; h < m.first || h >= m.last {
				m.top = t
				break
			}
		}
		for t := m.first; t < m.last; t++ {
			if s.matchAt[t] < 0 {
				s.matchAt[t] = len(s.matches)
			}
		}
		s.matches = append(s.matches, m)
		i = bestEnd
	}
}

// deleteCommaClauses removes comma-delimited clauses the way PETRARCH's
// comma options do: internal clauses of CommaMin..CommaMax words, the
// clause before the first comma (CommaBMin..CommaBMax) and after the last
// (CommaEMin..CommaEMax). A clause followed by a conjunction is part of a
// list and stays.
func (s *sent) deleteCommaClauses() {
	o := s.c.opt
	var commas []int
	for i, t := range s.toks {
		if t.Text == "," && !s.npInternal(i) && !s.listComma(i) {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return
	}
	count := func(a, b int) int {
		n := 0
		for i := a; i < b; i++ {
			if !isPunct(s.toks[i]) {
				n++
			}
		}
		return n
	}
	del := func(a, b int) {
		for i := a; i < b; i++ {
			s.deleted[i] = true
		}
	}
	n := len(s.toks)
	end := n
	for end > 0 && isPunct(s.toks[end-1]) {
		end--
	}
	for k := 0; k+1 < len(commas); k++ {
		a, b := commas[k], commas[k+1]
		if b+1 < n && s.toks[b+1].Tag == "CC" || s.listItem(a+1, b) {
			continue
		}
		if c := count(a+1, b); o.CommaMax > 0 && c >= o.CommaMin && c <= o.CommaMax {
			del(a, b)
		}
	}
	if last := commas[len(commas)-1]; last < end {
		if c := count(last+1, end); o.CommaEMax > 0 && c >= o.CommaEMin && c <= o.CommaEMax && s.hasVerb(last+1, end) {
			del(last, end)
		}
	}
	if fst := commas[0]; o.CommaBMax > 0 {
		if c := count(0, fst); c >= o.CommaBMin && c <= o.CommaBMax {
			del(0, fst+1)
		}
	}
}

// npInternal reports a comma inside a noun phrase ("complete, full
// diplomatic ties"), which delimits no clause.
func (s *sent) npInternal(c int) bool {
	h := s.head[c]
	if h < 0 || !strings.HasPrefix(s.tag(h), "N") {
		return false
	}
	lo, hi := h, h
	for _, t := range s.subtree(h, nil) {
		lo, hi = min(lo, t), max(hi, t)
	}
	return lo < c && c < hi && s.dep(c+1) != "conj" && s.dep(h) != "conj"
}

// listItem reports a segment that is an item of a conjoined list
// ("Mordor, Rohan, Fornost and Bree").
func (s *sent) listItem(a, b int) bool {
	for t := a; t < b; t++ {
		if h := s.head[t]; s.dep(t) == "conj" && (h < a || h >= b) {
			return true
		}
	}
	return false
}

// hasVerb reports whether tokens [a, b) hold a verb.
func (s *sent) hasVerb(a, b int) bool {
	for t := a; t < b; t++ {
		if strings.HasPrefix(s.tag(t), "VB") {
			return true
		}
	}
	return false
}

// intraNP reports relations that keep a dependent inside its head's noun
// phrase.
func intraNP(dep string) bool {
	switch dep {
	case "compound", "amod", "det", "nmod:poss", "flat", "nummod", "case", "det:predet",
		"fixed", "goeswith", "det:poss", "nmod:npmod", "compound:prt", "punct", "appos", "nmod:desc":
		return true
	}
	return strings.HasPrefix(dep, "flat") || strings.HasPrefix(dep, "compound")
}

// npHead climbs from token t to the head of its noun phrase.
func (s *sent) npHead(t int) int {
	for k := 0; k < len(s.toks); k++ {
		h := s.head[t]
		if h < 0 || !intraNP(s.dep(t)) {
			return t
		}
		t = h
	}
	return t
}

// npTokens appends h and its noun-phrase-internal dependents: those in
// intraNP relations and unmarked nominal modifiers (a name the parser
// attached as nmod without a preposition).
func (s *sent) npTokens(h int, out []int) []int {
	out = append(out, h)
	for _, k := range s.kids[h] {
		if intraNP(s.dep(k)) || s.dep(k) == "nmod" && !s.hasCase(k) && k > h || s.dep(k) == "conj" && !s.realConj(k) {
			out = s.npTokens(k, out)
		}
	}
	return out
}

// hasCase reports whether t has a preposition.
func (s *sent) hasCase(t int) bool {
	for _, k := range s.kids[t] {
		if s.dep(k) == "case" {
			return true
		}
	}
	return false
}

// phraseTokens is npTokens in text order, glued to the dictionary words
// right before it that the parser left outside any phrase ("Arnor" read
// as a subordinator in "Arnor security officials").
func (s *sent) phraseTokens(h int) []int {
	toks := s.npTokens(h, nil)
	sort.Ints(toks)
	for l := toks[0] - 1; l >= 0; l-- {
		if s.matchAt[l] < 0 || s.deleted[l] {
			break
		}
		switch s.dep(l) {
		case "mark", "advmod", "dep", "amod", "compound", "det", "discourse":
		default:
			if s.head[l] != h {
				return toks
			}
		}
		toks = append([]int{l}, toks...)
	}
	return s.chunkLeft(toks)
}

// chunkLeft extends a phrase in text order over the noun-phrase words
// right before it, however the parser attached them ("Ithilen 's awful
// and cool minister Calimehtar" with "Ithilen" read as the verb's
// possessive): PETRARCH's noun phrases are word sequences.
func (s *sent) chunkLeft(toks []int) []int {
	if !s.npWord(toks[0]) {
		return toks // a phrase opened by its preposition
	}
	for l := toks[0] - 1; l >= 0 && !s.deleted[l]; l-- {
		switch {
		case s.npWord(l) && s.tag(l) != "PRP":
		case s.tag(l) == "CC" && l > 0 && l+1 < len(s.toks) &&
			strings.HasPrefix(s.tag(l-1), "JJ") && strings.HasPrefix(s.tag(l+1), "JJ"):
		default:
			return toks
		}
		toks = append([]int{l}, toks...)
	}
	return toks
}

// subtree appends t and all its dependents.
func (s *sent) subtree(t int, out []int) []int {
	out = append(out, t)
	for _, k := range s.kids[t] {
		out = s.subtree(k, out)
	}
	return out
}

// realConj reports whether conj dependent k is marked as a conjunct by a
// conjunction or comma before it; an unmarked one ("Bree Prime Minister
// Romendacil" misread as a list) belongs to its head's phrase.
func (s *sent) realConj(k int) bool {
	lo := k
	for _, t := range s.subtree(k, nil) {
		lo = min(lo, t)
	}
	for _, t := range []int{lo, lo - 1} {
		if t >= 0 && (s.tag(t) == "CC" || s.toks[t].Text == ",") {
			return true
		}
	}
	return false
}

// conjuncts returns h and the heads conjoined with it.
func (s *sent) conjuncts(h int) []int {
	out := []int{h}
	for i := 0; i < len(out); i++ {
		for _, k := range s.kids[out[i]] {
			if s.dep(k) == "conj" && s.realConj(k) && !s.clauseSubject(h, k) {
				out = append(out, k)
			}
		}
	}
	return out
}
