package petrarch

import (
	"sort"
	"strings"
)

// Surface-order evidence. The dependency parse attaches words wrongly
// more often than the tagger and the word order mislead: a target read as
// a parataxis, a list read as an apposition, "for peace" read as a
// passive agent. PETRARCH's own patterns are surface patterns, so these
// helpers read the clause around a verb in word order and the coder
// prefers them where the parse is unreliable.

// clauseVerb reports whether token t heads a clause of its own: a finite
// verb, or a non-finite one in a clausal relation ("promised" in
// "condemned X and promised Y"); participles modifying a noun ("the
// affected villages") do not.
func (s *sent) clauseVerb(t int) bool {
	tag := s.tag(t)
	switch s.dep(t) {
	case "amod", "compound", "aux", "aux:pass", "cop", "det", "case", "mark", "nmod", "obj", "nsubj", "nsubj:pass", "appos", "flat", "fixed":
		return false
	}
	switch tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	case "VB", "VBG", "VBN":
		switch s.dep(t) {
		case "root", "conj", "ccomp", "advcl", "parataxis", "acl:relcl", "csubj":
			return true
		}
	}
	return false
}

// clauseLeftEdge is the first token of the clause headed by t: t or the
// earliest of its subject, markers, auxiliaries and coordinator.
func (s *sent) clauseLeftEdge(t int) int {
	lo := t
	for _, k := range s.kids[t] {
		if k > t {
			continue
		}
		switch d := s.dep(k); {
		case strings.HasPrefix(d, "nsubj"), strings.HasPrefix(d, "csubj"), strings.HasPrefix(d, "aux"),
			d == "mark", d == "cc", d == "expl", d == "advmod", d == "punct", d == "cop":
			for _, x := range s.subtree(k, nil) {
				lo = min(lo, x)
			}
		}
	}
	return lo
}

// subordinator reports a word that opens a subordinate clause.
func subordinator(w string) bool {
	switch w {
	case "AFTER", "BEFORE", "WHEN", "WHILE", "WHERE", "BECAUSE", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH",
		"IF", "UNLESS", "WHEREAS", "ONCE", "WHO", "WHICH", "THAT", "WHOM", "WHOSE":
		return true
	}
	return false
}

// npWord reports a word that can sit inside a noun phrase.
func (s *sent) npWord(t int) bool {
	tag := s.tag(t)
	switch {
	case tag == "DT", tag == "CD", tag == "POS", tag == "PRP", tag == "PRP$", tag == "PDT", tag == "HYPH":
		return true
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"):
		return true
	}
	return s.matchAt[t] >= 0 && !strings.HasPrefix(tag, "VB") && tag != "IN" && tag != "CC"
}

// surfaceLeftEdge is the first word of the clause whose verb is t, read
// in word order: auxiliaries and adverbs, the noun phrase before them,
// and a subordinator or conjunction before that.
func (s *sent) surfaceLeftEdge(t int) int {
	i := t - 1
	for i >= 0 && (s.tag(i) == "MD" || strings.HasPrefix(s.tag(i), "RB") || beForm(s.words[i]) ||
		s.words[i] == "HAS" || s.words[i] == "HAVE" || s.words[i] == "HAD") {
		i--
	}
	j := i
	for j >= 0 && s.npWord(j) {
		j--
	}
	edge := j + 1
	if j >= 0 && (subordinator(s.words[j]) || s.tag(j) == "CC" || s.tag(j) == "WDT" || s.tag(j) == "WP") {
		edge = j
	}
	return edge
}

// surfaceLower is the words after the verb phrase in word order up to the
// start of the next clause or a ';' or ':'.
func (s *sent) surfaceLower(v verbAt) []int {
	var out []int
	for t := v.end; t < len(s.toks); t++ {
		if w := s.toks[t].Text; w == ";" || w == ":" {
			break
		}
		if t != v.tok && s.clauseVerb(t) {
			e := min(s.clauseLeftEdge(t), s.surfaceLeftEdge(t))
			// drop what this clause's left edge covers
			for len(out) > 0 && out[len(out)-1] >= e {
				out = out[:len(out)-1]
			}
			break
		}
		if !s.deleted[t] && !isPunct(s.toks[t]) {
			out = append(out, t)
		}
	}
	return out
}

// clauseBefore is the words of the verb's clause before it in word order,
// nearest first: back to the previous clause's verb, a ';' or ':', or a
// subordinator.
func (s *sent) clauseBefore(v verbAt) []int {
	var out []int
	for t := v.start - 1; t >= 0; t-- {
		if w := s.toks[t].Text; w == ";" || w == ":" {
			break
		}
		if s.clauseVerb(t) {
			break
		}
		if !s.deleted[t] && !isPunct(s.toks[t]) {
			out = append(out, t)
		}
	}
	return out
}

// beForm reports a form of "be" or "get", the passive auxiliaries.
func beForm(w string) bool {
	switch w {
	case "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "GET", "GETS", "GOT", "GOTTEN", "GETTING":
		return true
	}
	return false
}

// surfacePassive reports a passive verb by its words: a past participle
// after a form of "be", adverbs and "not" between.
func (s *sent) surfacePassive(t int) bool {
	if s.tag(t) != "VBN" && s.tag(t) != "VBD" {
		return false
	}
	for i := t - 1; i >= 0 && i >= t-4; i-- {
		if beForm(s.words[i]) {
			return true
		}
		if !strings.HasPrefix(s.tag(i), "RB") {
			return false
		}
	}
	return false
}

// surfaceBy is the coded phrase after "by" in the words after a passive
// verb ("was opposed earlier by Osgiliath"), or -1.
func (s *sent) surfaceBy(lower []int) int {
	for i, t := range lower {
		if s.words[t] != "BY" {
			continue
		}
		for _, u := range lower[i+1:] {
			if mi := s.matchAt[u]; mi >= 0 {
				return s.npHead(s.matches[mi].top)
			}
			if tag := s.tag(u); tag != "DT" && !strings.HasPrefix(tag, "JJ") && tag != "PRP$" {
				break
			}
		}
		return -1
	}
	return -1
}

// hasBy reports whether the agent phrase headed by k is introduced by
// "by".
func (s *sent) hasBy(k int) bool {
	for _, c := range s.kids[k] {
		if s.dep(c) == "case" && s.words[c] == "BY" {
			return true
		}
	}
	return k > 0 && s.words[k-1] == "BY"
}

// nearestBefore is the nearest coded phrase among toks (nearest first),
// or -1.
func (s *sent) nearestBefore(toks []int, not int) int {
	for _, t := range toks {
		mi := s.matchAt[t]
		if mi < 0 {
			continue
		}
		h := s.npHead(s.matches[mi].top)
		if h == not {
			continue
		}
		if p := s.partyAt(h); !p.empty() {
			return h
		}
	}
	return -1
}

// union merges two ascending token lists.
func union(a, b []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, t := range append(append([]int(nil), a...), b...) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Ints(out)
	return out
}

// segment is a run of noun-phrase words in a surface list.
type segment struct{ first, last, top int } // tokens [first, last); the token whose head lies outside

// surfaceList returns the heads of the names listed, in word order, with
// the phrase headed by h ("Mordor, Rohan, Fornost and Bree", however the
// parser attached them), or nil when h is not in such a list. Items are
// separated by commas and a final "and" or "or"; every item must be an
// actor's name, and a later item that is the subject of another verb ends
// the list ("attacked Gondor, and Mordor condemned it").
func (s *sent) surfaceList(h int) []int {
	n := len(s.toks)
	seg := func(a int) (segment, bool) {
		b := a
		for b < n && !s.deleted[b] && s.npWord(b) && !s.sep(b) {
			b++
		}
		if b == a {
			return segment{}, false
		}
		g := segment{first: a, last: b, top: -1}
		for t := a; t < b; t++ {
			if hh := s.head[t]; hh < a || hh >= b {
				if g.top < 0 || s.matchAt[t] >= 0 && s.matchAt[g.top] < 0 {
					g.top = t
				}
			}
		}
		if g.top < 0 || s.matchAt[g.top] < 0 || s.matches[s.matchAt[g.top]].actor == nil {
			return g, false
		}
		return g, true
	}
	// the run holding h, then back to the list's start
	start := h
	for start > 0 && !s.deleted[start-1] && s.npWord(start-1) && !s.sep(start-1) {
		start--
	}
	if !s.npWord(h) {
		return nil
	}
	for {
		p := start - 1
		if p < 0 || !s.sep(p) {
			break
		}
		q := p
		if s.tag(q) == "CC" && q > 0 && s.toks[q-1].Text == "," {
			q--
		}
		e := q
		if e == 0 || !s.npWord(e-1) || s.sep(e-1) {
			break
		}
		a := e - 1
		for a > 0 && !s.deleted[a-1] && s.npWord(a-1) && !s.sep(a-1) {
			a--
		}
		if _, ok := seg(a); !ok {
			break
		}
		start = a
	}
	var segs []segment
	cc := false
	for a := start; a < n; {
		g, ok := seg(a)
		if !ok {
			break
		}
		if len(segs) > 0 && strings.HasPrefix(s.dep(g.top), "nsubj") {
			f := segs[0].top
			if !strings.HasPrefix(s.dep(f), "nsubj") || s.head[f] != s.head[g.top] {
				break
			}
		}
		if len(segs) > 0 && s.clauseSubject(segs[0].top, g.top) {
			break
		}
		segs = append(segs, g)
		b := g.last
		if b >= n || !s.sep(b) {
			break
		}
		if s.tag(b) == "CC" {
			cc = true
		} else if b+1 < n && s.tag(b+1) == "CC" {
			b++
			cc = true
		}
		a = b + 1
	}
	if len(segs) < 2 || !cc {
		return nil
	}
	var out []int
	in := false
	for _, g := range segs {
		if g.first <= h && h < g.last {
			in = true
		}
		out = append(out, g.top)
	}
	if !in {
		return nil
	}
	return out
}

// sep reports a list separator: a comma, "and" or "or".
func (s *sent) sep(t int) bool {
	if s.toks[t].Text == "," {
		return true
	}
	return s.tag(t) == "CC" && (s.words[t] == "AND" || s.words[t] == "OR")
}

// adverbialSubordinator reports a word that opens an adverbial clause.
func adverbialSubordinator(w string) bool {
	switch w {
	case "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH",
		"IF", "UNLESS", "WHEREAS", "ONCE":
		return true
	}
	return false
}

// adverbialClause reports a verb that heads an adverbial clause, by its
// first word ("after Calenardhon crowds burned ...") or its marker.
func (s *sent) adverbialClause(t int) bool {
	if e := s.surfaceLeftEdge(t); e < t && adverbialSubordinator(s.words[e]) {
		return true
	}
	for _, k := range s.kids[t] {
		if s.dep(k) == "mark" && k < t && adverbialSubordinator(s.words[k]) {
			return true
		}
	}
	return false
}

// codedBefore reports whether a verb before t in its sentence, with no ';'
// between, coded an event: the clause t subordinates to. PETRARCH codes
// an adverbial clause inside the verb phrase of an event as part of it,
// not as an event of its own.
func (s *sent) codedBefore(t int, coded map[int]bool) bool {
	for u := t - 1; u >= 0; u-- {
		if s.toks[u].Text == ";" {
			return false
		}
		if coded[u] {
			return true
		}
	}
	return false
}

// nounAsVerb reports a verb of the dictionary the tagger read as a noun
// ("Ethiopia departs/NNS from Libya"), by its place in the words: right
// after an actor's name that opens the clause, before a preposition,
// determiner or name, and with no finite verb of the same clause after
// it ("Gondor attacks on Mordor continued" keeps its noun).
func (s *sent) nounAsVerb(t int) bool {
	tag := s.tag(t)
	if tag != "NN" && tag != "NNS" || t == 0 || t+1 >= len(s.toks) {
		return false
	}
	mi := s.matchAt[t-1]
	if mi < 0 || s.matchAt[t] == mi || s.matches[mi].actor == nil {
		return false
	}
	if f := s.matches[mi].first; f > 0 {
		if w := s.toks[f-1]; w.Text != "," && w.Tag != "CC" && !subordinator(normWord(w.Text)) {
			return false
		}
	}
	switch nt := s.tag(t + 1); {
	case nt == "IN", nt == "DT", nt == "TO", nt == "PRP$", nt == "RP", strings.HasPrefix(nt, "NNP"), s.matchAt[t+1] >= 0:
	default:
		return false
	}
	for u := t + 1; u < len(s.toks); u++ {
		if w := s.toks[u].Text; w == "," || w == ";" || w == ":" {
			break
		}
		switch s.tag(u) {
		case "VBD", "VBZ", "VBP", "MD":
			e := s.surfaceLeftEdge(u)
			if !subordinator(s.words[e]) && s.tag(e) != "WDT" && s.tag(e) != "WP" {
				return false
			}
		}
	}
	return true
}

// listComma reports a comma between the names of a surface list
// ("Mordor, Rohan and Bree"), which delimits no clause whatever the parse.
func (s *sent) listComma(c int) bool {
	n := c + 1
	if n < len(s.toks) && s.tag(n) == "CC" {
		n++
	}
	return n < len(s.toks) && s.matchAt[n] >= 0 && len(s.surfaceList(n)) > 0
}

// surfaceSubject is the coded noun phrase right before verb t ("and
// Mordor condemned Bree"), for a finite verb the parse gave no subject,
// or -1: its head, the last word of the phrase attached outside it.
func (s *sent) surfaceSubject(t int) int {
	for _, k := range s.kids[t] {
		if d := s.dep(k); strings.HasPrefix(d, "nsubj") || strings.HasPrefix(d, "csubj") || d == "expl" {
			return -1
		}
	}
	switch s.dep(t) {
	case "amod", "compound", "acl", "xcomp":
		return -1
	}
	i := t - 1
	for i >= 0 && (s.tag(i) == "MD" || strings.HasPrefix(s.tag(i), "RB") || beForm(s.words[i]) ||
		s.words[i] == "HAS" || s.words[i] == "HAVE" || s.words[i] == "HAD") {
		i--
	}
	switch s.tag(t) {
	case "VBD", "VBZ", "VBP":
	default:
		if i == t-1 {
			return -1 // a bare participle or infinitive
		}
	}
	if i < 0 || s.deleted[i] || !s.npWord(i) {
		return -1
	}
	a := i
	for a > 0 && !s.deleted[a-1] && s.npWord(a-1) {
		a--
	}
	coded, top := false, -1
	for k := a; k <= i; k++ {
		if s.matchAt[k] >= 0 {
			coded = true
		}
		if h := s.head[k]; h < a || h > i {
			top = k
		}
	}
	if !coded {
		return -1
	}
	return top
}

// clauseSubject reports whether conjunct k is really the subject of the
// next clause ("attacked Gondor, and Mordor condemned Bree" read as
// "Gondor, and Mordor"), after a verb earlier in the sentence.
func (s *sent) clauseSubject(h, k int) bool {
	last, first := k, k
	for _, t := range s.phraseTokens(k) {
		if !isPunct(s.toks[t]) {
			last, first = max(last, t), min(first, t)
		}
	}
	// without a comma ("believes Dagolath and Osgiliath can cope") the
	// words cannot tell a clause from a list: the parse decides
	p := first - 1
	if p >= 0 && s.tag(p) == "CC" {
		p--
	}
	if p < 0 || s.toks[p].Text != "," {
		return false
	}
	u := last + 1
	for u < len(s.toks) && (s.tag(u) == "MD" || strings.HasPrefix(s.tag(u), "RB") || beForm(s.words[u]) ||
		s.words[u] == "HAS" || s.words[u] == "HAVE" || s.words[u] == "HAD") {
		u++
	}
	if u >= len(s.toks) || !strings.HasPrefix(s.tag(u), "VB") {
		return false
	}
	st := s.surfaceSubject(u)
	if st < 0 || st != k && !containsInt(s.phraseTokens(st), k) {
		return false
	}
	for t := 0; t < h; t++ {
		if s.clauseVerb(t) {
			return true
		}
	}
	return false
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
