package quotes

import (
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// candidate reports whether token i may be the head of an attribution cue
// the model judges: a verb, common noun or adjective outside quotation
// marks.
func candidate(d *doc.Doc, i int, inQuote []bool) bool {
	if inQuote[i] {
		return false
	}
	switch d.Tokens[i].Tag {
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "JJ":
		return isWordy(d.Tokens[i].Text)
	}
	return false
}

// learnedContent returns the tokens [first, last) of what the cue at token
// k reports, read off the parse: its clausal complement or object, the
// clause it is a parenthetical of ("..., sources said"), or the rest of
// its sentence; how names the relation used.
func (t *tree) learnedContent(k int) (first, last int, how string) {
	d := t.d
	for _, rel := range []string{"ccomp", "xcomp", "obj", "csubj", "iobj", "obl", "nmod", "advcl", "acl"} {
		for _, c := range t.kids[k] {
			if t.dep(c) != rel || d.Tokens[c].Dep == "obl:agent" || d.Tokens[c].Dep == "acl:relcl" {
				continue
			}
			if rel == "obl" || rel == "nmod" || rel == "advcl" {
				if c < k || d.Tokens[c].Dep == "obl:tmod" || d.Tokens[c].Dep == "nmod:poss" {
					continue // a circumstance before the cue, a time, an owner
				}
			}
			f, l := t.span(c, -1)
			if f, l = trimSpan(d, f, l); f < l {
				return f, l, rel
			}
		}
	}
	h := d.Tokens[k].Head
	if h >= 0 && d.Tokens[h].Sent == d.Tokens[k].Sent {
		switch t.dep(k) {
		case "parataxis", "advcl", "conj", "ccomp":
			f, l := t.span(h, k)
			if kf, _ := t.span(k, -1); h < k && l > kf {
				l = kf
			}
			if f, l = trimSpan(d, f, l); l-f >= 2 {
				return f, l, "head-" + t.dep(k)
			}
		}
	}
	s := d.Sents[d.Tokens[k].Sent]
	_, kl := t.span(k, -1)
	if f, l := trimSpan(d, max(k+1, kl), s.Last); l-f >= 2 {
		return f, l, "rest"
	}
	kf, _ := t.span(k, -1)
	f, l := trimSpan(d, s.First, min(k, kf))
	return f, l, "before"
}

// learnedSource returns the phrase the cue at token k rests on: its
// subject (the antecedent of a relative "who"), the agent of a passive,
// the owner of a nominal cue ("Trump's claim"), or the subject of the
// verb it complements; how names the relation used.
func (t *tree) learnedSource(k int) (np, string) {
	d := t.d
	k0 := k
	for hop := 0; hop < 4 && k >= 0; hop++ {
		if c := t.child(k, "nsubj", "csubj"); c >= 0 {
			f, l := t.span(c, -1)
			if relatives[lower(d, c)] && c == f && l == c+1 {
				if h := d.Tokens[k].Head; h >= 0 && t.dep(k) == "acl" {
					hf, _ := t.span(h, k)
					return np{first: hf, last: h + 1, rel: c}, "relative"
				}
			}
			return np{first: f, last: l, rel: -1}, "nsubj"
		}
		if c := t.child(k, "nsubj:pass"); c >= 0 && !t.passiveVoice(k) {
			// a past participle after "have" the parse took for a passive
			f, l := t.span(c, -1)
			return np{first: f, last: l, rel: -1}, "nsubj"
		}
		if c := t.child(k, "nsubj:pass"); c >= 0 {
			for _, a := range t.kids[k] {
				if d.Tokens[a].Dep == "obl:agent" || (t.dep(a) == "obl" && t.caseWord(a) == "by") {
					f, l := t.span(a, -1)
					if f < l && lower(d, f) == "by" {
						f++
					}
					return np{first: f, last: l, rel: -1}, "agent"
				}
			}
			return np{rel: -1}, "passive"
		}
		if c := t.child(k, "nmod:poss"); c >= 0 {
			f, l := t.span(c, -1)
			return np{first: f, last: l, rel: -1}, "poss"
		}
		h := d.Tokens[k].Head
		if h < 0 || d.Tokens[h].Sent != d.Tokens[k].Sent {
			break
		}
		switch t.dep(k) {
		case "xcomp", "conj", "advcl", "ccomp", "parataxis":
			k = h
			continue
		}
		break
	}
	// the parse has no subject: the rules' surface reading
	sent := d.Sents[d.Tokens[k0].Sent]
	if n := participleSubject(d, sent.First, k0); n.ok() {
		return n, "surface-participle"
	}
	if n := subjectBefore(d, sent.First, k0); n.ok() {
		return n, "surface-before"
	}
	if n := subjectAfter(d, k0, sent.Last); n.ok() {
		return n, "surface-after"
	}
	return np{rel: -1}, "none"
}

// newCueContext records the quotations found so far in d.
func newCueContext(d *doc.Doc, inQuote []bool) *cueContext {
	n := len(d.Tokens)
	c := &cueContext{inQuote: inQuote, ruleCue: make([]bool, n), inContent: make([]bool, n), tree: newTree(d)}
	for _, q := range d.Quotes {
		if q.Direct {
			continue
		}
		first, last := d.TokensIn(q.Content)
		for i := first; i < last; i++ {
			c.inContent[i] = true
		}
	}
	for _, q := range d.Quotes {
		if q.CueRange.Len() == 0 {
			continue
		}
		first, last := d.TokensIn(q.CueRange)
		for i := first; i < last; i++ {
			c.ruleCue[i] = true
		}
	}
	return c
}

// findLearned returns the reported attributions whose cue the model finds
// where the rules found none: each candidate whose "cue" score beats its
// "none" score by more than threshold, with the content and source the
// parse gives it.
func findLearned(d *doc.Doc, c *cueContext, m *perceptron.Model, threshold, veto float64) []*doc.Quote {
	var out []*doc.Quote
	var fs []uint64
	scores := make([]float32, len(m.Classes))
	vetoed := map[int]bool{}
	for k := range d.Tokens {
		if !candidate(d, k, c.inQuote) {
			continue
		}
		fs = c.features(k, fs[:0])
		m.Scores(fs, scores)
		margin := float64(scores[1] - scores[0])
		if c.ruleCue[k] {
			if margin < veto {
				vetoed[d.Tokens[k].Start] = true
			}
			continue
		}
		if margin <= threshold {
			continue
		}
		if q := c.learnedQuote(m, k); q != nil {
			out = append(out, q)
		}
	}
	if len(vetoed) > 0 {
		// reported stance the rules found at a cue the model rejects (their
		// verbs of saying are kept)
		kept := d.Quotes[:0]
		for _, q := range d.Quotes {
			if q.Direct || q.Cue == ":" || !vetoed[q.CueRange.Start] {
				kept = append(kept, q)
			}
		}
		d.Quotes = kept
	}
	return out
}

// learnedQuote builds the attribution of the cue at token k, with the
// source and content the rankers of m choose, or nil when it has no
// content.
func (c *cueContext) learnedQuote(m *perceptron.Model, k int) *doc.Quote {
	d := c.tree.d
	src := c.tree.rankedSource(m, k)
	// what is said is not who says it
	co := c.tree.rankedContentOption(m, k, func(o cntOption) bool { return !src.ok() || o.last <= src.first || o.first >= src.last })
	if co.last <= co.first {
		return nil
	}
	q := &doc.Quote{
		Content:   doc.Range{Start: d.Tokens[co.first].Start, End: d.Tokens[co.last-1].End},
		Cue:       d.Tokens[k].Text,
		CueRange:  d.Tokens[k].Range,
		Speaker:   -1,
		Addressee: -1,
		Sent:      d.Tokens[k].Sent,
	}
	if src.ok() {
		q.Speaker = speakerSpan(d, src)
	}
	return q
}

// passiveVoice reports whether the verb at k has a passive auxiliary ("was
// called", "got fired").
func (t *tree) passiveVoice(k int) bool {
	for _, c := range t.kids[k] {
		if t.d.Tokens[c].Dep == "aux:pass" {
			return true
		}
		if t.dep(c) == "aux" {
			if lm := lemma(t.d, c); lm == "be" || lm == "get" {
				return true
			}
		}
	}
	return false
}
