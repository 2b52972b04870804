package petrarch

import (
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// Options are PETRARCH's coding options (the <Config> settings of the
// validation records).
type Options struct {
	// RequireDyad drops events without a target; without it they are
	// coded with target "---".
	RequireDyad bool
	// Comma-delimited clauses of so many words are removed before
	// coding: internal ones (CommaMin..CommaMax), the first (CommaBMin..
	// CommaBMax) and the last (CommaEMin..CommaEMax). A zero maximum
	// keeps them.
	CommaMin, CommaMax, CommaBMin, CommaBMax, CommaEMin, CommaEMax int
}

// DefaultOptions are PETRARCH's defaults.
func DefaultOptions() Options {
	return Options{RequireDyad: true, CommaMin: 2, CommaMax: 8, CommaEMin: 2, CommaEMax: 8}
}

// Coder codes events with a set of dictionaries.
type Coder struct {
	d   *Dictionaries
	opt Options
}

// NewCoder returns a coder.
func NewCoder(d *Dictionaries, opt Options) *Coder { return &Coder{d: d, opt: opt} }

// Coding is one coded event: source and target actor codes and the CAMEO
// code, with where it was found.
type Coding struct {
	Source, Target string
	Code           string
	Sent           int    // index into Doc.Sents
	Verb           int    // index into Doc.Tokens of the verb
	VerbEnd        int    // one past the last token of the verb phrase
	SourceHead     int    // index into Doc.Tokens of the source phrase's head; -1 when none
	TargetHead     int    // likewise for the target
	Pattern        string // the verb pattern that matched; "" for the verb's default code
	SourceText     string // the words of the source phrase
	TargetText     string // the words of the target phrase
}

// Discarded reports whether the dictionaries' story-level discards
// discard the whole document.
func (c *Coder) Discarded(d *doc.Doc) bool {
	for si := range d.Sents {
		if c.discard(d, si, true) {
			return true
		}
	}
	return false
}

// discard reports whether sentence si holds a discard phrase (story-level
// ones only with story).
func (c *Coder) discard(d *doc.Doc, si int, story bool) bool {
	S := d.Sents[si]
	for i := S.First; i < S.Last; i++ {
		for _, x := range c.d.discardIndex[normWord(d.Tokens[i].Text)] {
			if x.Story != story {
				continue
			}
			j := i
			ok := true
			for _, w := range x.Phrase.Words {
				if j >= S.Last || normWord(d.Tokens[j].Text) != w {
					ok = false
					break
				}
				j++
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// Code codes every sentence of a parsed document (tokens with tags,
// lemmas, heads and relations) at the date at, which picks date-ranged
// actor codes. A story discard codes nothing.
func (c *Coder) Code(d *doc.Doc, at time.Time) []Coding {
	if c.Discarded(d) {
		return nil
	}
	var out []Coding
	for si := range d.Sents {
		out = append(out, c.CodeSentence(d, si, at)...)
	}
	return out
}

// CodeSentence codes sentence si of a parsed document.
func (c *Coder) CodeSentence(d *doc.Doc, si int, at time.Time) []Coding {
	if c.discard(d, si, false) {
		return nil
	}
	s := c.newSent(d, si, at)
	return s.code()
}

// verbAt is a verb of the dictionary found in the sentence.
type verbAt struct {
	tok, start, end int // the verb word; the phrase [start, end)
	verbs           []*Verb
}

// findVerb returns the dictionary verb at token i, if any: the surface
// form first, then, for irregular forms, the lemma.
func (s *sent) findVerb(i int) (verbAt, bool) {
	if s.deleted[i] {
		return verbAt{}, false
	}
	try := func(form string) (verbAt, bool) {
		best := verbAt{tok: i}
		bestLen := -1
		for _, v := range s.c.d.Verbs.Lookup(form) {
			if !s.around(i, v) {
				continue
			}
			n := len(v.Pre) + len(v.Post)
			if n > bestLen {
				bestLen = n
				best.verbs = best.verbs[:0]
				best.start, best.end = i-len(v.Pre), i+1+len(v.Post)
			}
			if n == bestLen {
				best.verbs = append(best.verbs, v)
			}
		}
		if bestLen < 0 {
			return best, false
		}
		// the predicate is the phrase's top word ("wire" in "wire tap"
		// parsed as verb and object), and some word of it must be verbal
		verbal := false
		top := -1
		for t := best.start; t < best.end; t++ {
			if s.verbal(t) {
				verbal = true
			}
			if top < 0 || s.depth(t) < s.depth(top) {
				top = t
			}
		}
		best.tok = top
		if best.end-best.start == 1 {
			best.tok = i
		}
		return best, verbal
	}
	if v, ok := try(s.words[i]); ok {
		return v, true
	}
	lem := strings.ToUpper(s.toks[i].Lemma)
	if lem != "" && !strings.HasPrefix(s.words[i], lem) {
		return try(lem)
	}
	return verbAt{}, false
}

// verbal reports whether token i can be a predicate.
func (s *sent) verbal(i int) bool {
	tag := s.tag(i)
	if strings.HasPrefix(tag, "VB") {
		return true
	}
	for _, k := range s.kids[i] {
		if s.dep(k) == "cop" || s.dep(k) == "case" || s.dep(k) == "det" {
			return false // a noun predicate or a noun phrase
		}
	}
	switch s.dep(i) {
	case "root", "conj", "xcomp", "ccomp", "advcl", "acl", "acl:relcl":
		return strings.HasPrefix(tag, "NN") && !strings.HasPrefix(tag, "NNP") || strings.HasPrefix(tag, "JJ")
	}
	return s.nounAsVerb(i)
}

// around checks the words a multi-word verb needs before and after its
// verb word.
func (s *sent) around(i int, v *Verb) bool {
	if i-len(v.Pre) < 0 || i+1+len(v.Post) > len(s.toks) {
		return false
	}
	for k, w := range v.Pre {
		if s.words[i-len(v.Pre)+k] != w {
			return false
		}
	}
	for k, w := range v.Post {
		if s.words[i+1+k] != w {
			return false
		}
	}
	return true
}

func (s *sent) depth(i int) int {
	n := 0
	for h := s.head[i]; h >= 0 && n < len(s.toks); h = s.head[h] {
		n++
	}
	return n
}

// code codes the sentence's verbs, governing verbs first; a verb in the
// complement of a verb that coded an event ("urged X to help") is not
// coded again.
func (s *sent) code() []Coding {
	var vs []verbAt
	for i := range s.toks {
		if v, ok := s.findVerb(i); ok {
			vs = append(vs, v)
		}
	}
	// verbs of adverbial clauses ("after crowds burned ...") come after
	// the others whatever their depth in the parse
	sub := map[int]bool{}
	for _, v := range vs {
		sub[v.tok] = s.adverbialClause(v.tok)
	}
	sort.SliceStable(vs, func(a, b int) bool {
		if sub[vs[a].tok] != sub[vs[b].tok] {
			return !sub[vs[a].tok]
		}
		return s.depth(vs[a].tok) < s.depth(vs[b].tok)
	})
	isVerb := map[int]bool{}
	for _, v := range vs {
		isVerb[v.tok] = true
	}
	coded := map[int]bool{}
	var out []Coding
	for _, v := range vs {
		if s.governedByEvent(v.tok, isVerb, coded) || sub[v.tok] && s.codedBefore(v.tok, coded) {
			coded[v.tok] = true // its own complements stay quiet too
			continue
		}
		cs := s.codeVerb(v)
		if len(cs) > 0 {
			coded[v.tok] = true
		}
		for _, c := range cs {
			dup := false
			for _, o := range out {
				if o.Source == c.Source && o.Target == c.Target && o.Code == c.Code {
					dup = true
					break
				}
			}
			if !dup {
				out = append(out, c)
			}
		}
	}
	return out
}

// governedByEvent reports whether verb t complements (xcomp, acl) a verb
// that coded an event.
func (s *sent) governedByEvent(t int, isVerb, coded map[int]bool) bool {
	switch s.dep(t) {
	case "xcomp", "acl":
	default:
		return false
	}
	g := s.head[t]
	for k := 0; g >= 0 && k < 4; k++ {
		if isVerb[g] {
			return coded[g]
		}
		switch s.dep(g) {
		case "xcomp", "obj", "nmod", "obl", "acl", "ccomp":
			g = s.head[g]
		default:
			return false
		}
	}
	return false
}

// codeVerb codes one verb: pattern, source, target, events.
func (s *sent) codeVerb(v verbAt) []Coding {
	upper, lower := s.upperLower(v)
	code, pat := "", ""
	var b binding
	matched := false
	for _, p := range s.patterns(v) {
		if bb, ok := s.matchPattern(p, upper, lower); ok {
			code, pat, b, matched = p.Code, p.Text, bb, true
			break
		}
	}
	if !matched {
		last := v.verbs[len(v.verbs)-1]
		code = last.Code
		if code == "" {
			code = last.Block.Code
		}
		b = binding{source: -1, target: -1, compound: -1}
	}
	if nullCode(code) {
		return nil
	}
	src, tgt := s.roles(v, b, lower)
	return s.events(v, code, pat, src, tgt)
}

// patterns returns the patterns of the verb's blocks, longest first.
func (s *sent) patterns(v verbAt) []*Pattern {
	if len(v.verbs) == 1 {
		return v.verbs[0].Block.Patterns
	}
	var ps []*Pattern
	seen := map[*VerbBlock]bool{}
	for _, vb := range v.verbs {
		if !seen[vb.Block] {
			seen[vb.Block] = true
			ps = append(ps, vb.Block.Patterns...)
		}
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].score > ps[j].score })
	return ps
}

// upperLower returns the words before the verb phrase (the whole
// sentence up to it) and those after it inside the verb's clause.
func (s *sent) upperLower(v verbAt) (upper, lower []int) {
	for i := 0; i < v.start; i++ {
		if !s.deleted[i] && !isPunct(s.toks[i]) {
			upper = append(upper, i)
		}
	}
	in := make([]bool, len(s.toks))
	var walk func(t int)
	walk = func(t int) {
		in[t] = true
		for _, k := range s.kids[t] {
			switch s.dep(k) {
			case "conj", "parataxis", "nsubj", "nsubj:pass", "csubj":
				if t == v.tok {
					continue
				}
			}
			walk(k)
		}
	}
	walk(v.tok)
	switch s.dep(v.tok) {
	case "amod", "compound", "obj", "nmod", "obl", "nsubj", "appos", "aux", "dep", "advmod":
		// a verb the parser read as a modifier: its head's phrase follows
		if h := s.head[v.tok]; h > v.tok {
			walk(h)
		}
	}
	for i := v.end; i < len(s.toks); i++ {
		if in[i] && !s.deleted[i] && !isPunct(s.toks[i]) {
			lower = append(lower, i)
		}
	}
	// and the words after it in its clause, however they were attached
	return upper, union(lower, s.surfaceLower(v))
}

// subject finds the subject of verb t: its own, a controller's or a
// conjoined verb's, the noun a participle modifies. passive is set for a
// passive subject; by is a "by" agent, or -1.
func (s *sent) subject(t int, hops int) (subj int, passive bool, by int) {
	subj, by = -1, -1
	for _, k := range s.kids[t] {
		switch dep := s.dep(k); {
		case dep == "nsubj:pass" || dep == "csubj:pass":
			if subj < 0 {
				subj, passive = k, true
			}
		case strings.HasPrefix(dep, "nsubj") || dep == "csubj":
			if subj < 0 {
				subj = k
			}
		case dep == "obl:agent":
			by = k
		case dep == "obl":
			for _, c := range s.kids[k] {
				if s.dep(c) == "case" && s.words[c] == "BY" && by < 0 {
					by = k
				}
			}
		}
	}
	if subj >= 0 {
		if w := s.words[subj]; s.tag(subj) == "WDT" || s.tag(subj) == "WP" || w == "THAT" {
			if strings.HasPrefix(s.dep(t), "acl") && s.head[t] >= 0 {
				subj = s.head[t]
			}
		}
		return subj, passive, by
	}
	if ss := s.surfaceSubject(t); ss >= 0 {
		return ss, false, by
	}
	if hops > 4 {
		return -1, passive, by
	}
	h := s.head[t]
	if h < 0 {
		return -1, passive, by
	}
	switch s.dep(t) {
	case "xcomp":
		for _, k := range s.kids[h] {
			if s.dep(k) == "obj" && s.matchAt[k] >= 0 {
				return k, false, by
			}
		}
		sj, _, _ := s.subject(h, hops+1)
		return sj, false, by
	case "conj":
		sj, p, _ := s.subject(h, hops+1)
		if passive {
			p = true
		}
		return sj, p && by >= 0, by
	case "acl":
		return h, false, by
	case "aux", "dep", "compound", "amod", "advmod":
		// a verb the parser attached to another ("will abandon improved
		// relations"): that one's subject
		sj, _, _ := s.subject(h, hops+1)
		return sj, false, by
	}
	return -1, passive, by
}

// fallbackSubject finds a subject the parse missed: the nearest coded
// phrase before the verb inside its own subtree ("Osgiliath" read as an
// adverb), or after "and", the subject of the verb before.
func (s *sent) fallbackSubject(v verbAt) int {
	in := map[int]bool{}
	for _, t := range s.subtree(v.tok, nil) {
		in[t] = true
	}
	for i := v.start - 1; i >= 0; i-- {
		if !in[i] || s.deleted[i] {
			continue
		}
		if mi := s.matchAt[i]; mi >= 0 {
			h := s.npHead(s.matches[mi].top)
			if !in[h] || h == v.tok {
				h = s.matches[mi].top
			}
			return h
		}
	}
	if v.start > 0 && s.tag(v.start-1) == "CC" {
		for j := v.start - 2; j >= 0; j-- {
			if strings.HasPrefix(s.tag(j), "VB") {
				if sj, _, _ := s.subject(j, 0); sj >= 0 {
					return s.resolve(sj)
				}
			}
		}
	}
	return -1
}

// resolve replaces a personal pronoun by the nearest coded phrase before
// it.
func (s *sent) resolve(t int) int {
	if t < 0 || s.tag(t) != "PRP" {
		return t
	}
	for i := t - 1; i >= 0; i-- {
		if mi := s.matchAt[i]; mi >= 0 && !s.deleted[i] {
			h := s.npHead(s.matches[mi].top)
			if strings.HasPrefix(s.dep(h), "nsubj") {
				return h
			}
		}
	}
	return -1
}

// roles picks the source and target phrases of verb v.
func (s *sent) roles(v verbAt, b binding, lower []int) (src, tgt party) {
	subj, passive, by := s.subject(v.tok, 0)
	subj = s.resolve(subj)
	if subj < 0 {
		subj = s.fallbackSubject(v)
	}
	if subj < 0 {
		subj = s.nearestBefore(s.clauseBefore(v), -1)
	}
	// a passive needs its words ("was opposed"), a "by" agent its "by"
	switch {
	case passive:
		passive = s.surfacePassive(v.tok) || s.dep(v.tok) == "conj"
	case subj >= 0 && subj < v.start:
		passive = s.surfacePassive(v.tok)
	}
	if by >= 0 && !s.hasBy(by) {
		by = -1
	}
	if passive && by < 0 {
		by = s.surfaceBy(lower)
	}
	if passive && by >= 0 {
		subj, by = by, subj
	} else {
		by = -1
	}
	switch {
	case b.source >= 0:
		src = s.partyAt(b.source)
	case b.compound >= 0 && b.compoundUpper:
		src = s.partyAt(b.compound)
	default:
		src = s.partyAt(subj)
		if subj >= 0 && s.head[subj] >= 0 {
			// the parser sometimes gives a verb two subjects for "X and Y"
			// (both before the verb: one after it is an embedded
			// clause's subject, "believes X and Y can cope")
			for _, k := range s.kids[s.head[subj]] {
				if k != subj && k < v.start && subj < v.start && s.dep(k) == s.dep(subj) && strings.HasPrefix(s.dep(k), "nsubj") {
					src = merge(src, s.partyAt(k))
				}
			}
		}
	}
	switch {
	case b.target >= 0:
		tgt = s.partyAt(b.target)
	case b.compound >= 0 && !b.compoundUpper:
		tgt = s.partyAt(b.compound)
	case b.compound >= 0:
		// "% HAVE *": the compound's members act on each other
		tgt = party{head: -1}
	case by >= 0:
		tgt = s.partyAt(by)
	default:
		tgt = s.firstParty(lower, src.head)
	}
	if b.target >= 0 && b.source < 0 && (src.head == tgt.head || src.empty()) {
		// "NOTED + *": the subject is the target; the source is the
		// phrase before it
		src = s.partyBefore(b.target, tgt.head)
	}
	if b.source >= 0 && b.target < 0 && tgt.head == src.head {
		tgt = s.firstParty(lower, src.head)
	}
	return src, tgt
}

// merge joins two phrases' codes as one compound.
func merge(a, b party) party {
	if a.empty() {
		return b
	}
	for _, c := range b.codes {
		if !containsStr(a.codes, c) {
			a.codes = append(a.codes, c)
		}
	}
	a.conj += b.conj
	return a
}

// firstParty is the first coded noun phrase among toks, other than the
// one headed by not.
func (s *sent) firstParty(toks []int, not int) party {
	for _, t := range toks {
		mi := s.matchAt[t]
		if mi < 0 {
			continue
		}
		h := s.npHead(s.matches[mi].top)
		if h == not || s.inPhrase(t, not) {
			continue
		}
		if p := s.partyAt(h); !p.empty() {
			return p
		}
	}
	return party{head: -1}
}

// inPhrase reports whether token t lies in the phrase headed by h or in
// one of its conjuncts.
func (s *sent) inPhrase(t, h int) bool {
	if h < 0 {
		return false
	}
	for _, c := range s.conjuncts(h) {
		for _, k := range s.phraseTokens(c) {
			if k == t {
				return true
			}
		}
	}
	return false
}

// partyBefore is the nearest coded phrase before token t, other than the
// one headed by not.
func (s *sent) partyBefore(t, not int) party {
	first := t
	for _, k := range s.npTokens(t, nil) {
		if k < first {
			first = k
		}
	}
	for i := first - 1; i >= 0; i-- {
		mi := s.matchAt[i]
		if mi < 0 || s.deleted[i] {
			continue
		}
		h := s.npHead(s.matches[mi].top)
		if h == not {
			continue
		}
		if p := s.partyAt(h); !p.empty() {
			return p
		}
	}
	return party{head: -1}
}

// events turns a code and the parties into codings: one per source and
// target pair, both ways for paired codes ("031:032"), and between the
// members of a compound source when there is no target.
func (s *sent) events(v verbAt, code, pat string, src, tgt party) []Coding {
	if src.empty() {
		return nil
	}
	fwd, back := code, ""
	if i := strings.IndexByte(code, ':'); i >= 0 {
		fwd, back = code[:i], code[i+1:]
	}
	mk := func(a, b, c string, ah, bh int) Coding {
		return Coding{Source: a, Target: b, Code: c, Sent: s.toks[0].Sent,
			Verb: s.first + v.start, VerbEnd: s.first + v.end,
			SourceHead: abs(s.first, ah), TargetHead: abs(s.first, bh), Pattern: pat,
			SourceText: s.phraseText(ah), TargetText: s.phraseText(bh)}
	}
	var out []Coding
	if tgt.empty() {
		if src.conj >= 2 && len(src.codes) >= 2 {
			for _, a := range src.codes {
				for _, b := range src.codes {
					if a != b && !nullCode(fwd) {
						out = append(out, mk(a, b, fwd, src.head, src.head))
					}
				}
			}
			return out
		}
		if s.c.opt.RequireDyad {
			return nil
		}
		for _, a := range src.codes {
			if !nullCode(fwd) {
				out = append(out, mk(a, "---", fwd, src.head, -1))
			}
		}
		return out
	}
	for _, a := range src.codes {
		for _, b := range tgt.codes {
			if a == b {
				continue
			}
			if !nullCode(fwd) {
				out = append(out, mk(a, b, fwd, src.head, tgt.head))
			}
			if back != "" && !nullCode(back) {
				out = append(out, mk(b, a, back, tgt.head, src.head))
			}
		}
	}
	return out
}

// phraseText is the text of the phrase headed by h.
func (s *sent) phraseText(h int) string {
	if h < 0 {
		return ""
	}
	toks := s.phraseTokens(h)
	return s.d.Text[s.toks[toks[0]].Start:s.toks[toks[len(toks)-1]].End]
}

func abs(first, h int) int {
	if h < 0 {
		return -1
	}
	return first + h
}
