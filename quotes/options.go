package quotes

import "github.com/dateline-news/dateline/doc"

// srcOption is one reading of whom the cue at a token rests on: a phrase
// (none when !n.ok()) and how it was found.
type srcOption struct {
	n   np
	how string
}

// sourceOptions lists the distinct readings of the source of the cue at
// token k: the parse's (learnedSource, always first), the subject before
// or after the cue on the surface, a participle's subject, the cue's own
// possessor or by-agent, the subject of the sentence's main verb, and no
// source at all. The source ranker picks one.
func (t *tree) sourceOptions(k int, out []srcOption) []srcOption {
	d := t.d
	sent := d.Sents[d.Tokens[k].Sent]
	add := func(n np, how string) {
		if timeOnly(d, n) {
			return // "In late August, a poll found"
		}
		for _, o := range out {
			if o.n.first == n.first && o.n.last == n.last && (o.n.ok() || !n.ok()) {
				return
			}
		}
		out = append(out, srcOption{n: n, how: how})
	}
	n, how := t.learnedSource(k)
	add(n, "parse-"+how)
	add(participleSubject(d, sent.First, k), "participle")
	add(subjectBefore(d, sent.First, k), "before")
	add(subjectAfter(d, k, sent.Last), "after")
	if c := t.child(k, "nmod:poss"); c >= 0 {
		f, l := t.span(c, -1)
		add(np{first: f, last: l, rel: -1}, "poss")
	}
	// the subject of the sentence's root
	for r := sent.First; r < sent.Last; r++ {
		if d.Tokens[r].Head < 0 || d.Tokens[r].Head == r {
			if c := t.child(r, "nsubj", "nsubj:pass"); c >= 0 && r != k {
				f, l := t.span(c, -1)
				add(np{first: f, last: l, rel: -1}, "root-subj")
			}
			break
		}
	}
	// the nearest noun phrase before the cue in its sentence
	for j := k - 1; j >= sent.First && j >= k-12; j-- {
		if inNP(d, j) && hasNoun(d, np{first: j, last: j + 1}) {
			if n := npLeft(d, sent.First, j+1); n.ok() {
				add(n, "near-before")
			}
			break
		}
	}
	add(np{rel: -1}, "none")
	return out
}

// contentOptions lists the distinct readings of what the cue at token k
// reports, as token ranges: the parse's (learnedContent, always first),
// each dependent's subtree after the cue, the head's clause, the rest of
// the sentence, and the sentence before the cue.
func (t *tree) contentOptions(k int, out []cntOption) []cntOption {
	d := t.d
	add := func(f, l int, how string) {
		if f, l = trimSpan(d, f, l); l <= f {
			return
		}
		for _, o := range out {
			if o.first == f && o.last == l {
				return
			}
		}
		out = append(out, cntOption{first: f, last: l, how: how})
	}
	f, l, how := t.learnedContent(k)
	add(f, l, "parse-"+how)
	for _, c := range t.kids[k] {
		switch t.dep(c) {
		case "ccomp", "xcomp", "obj", "csubj", "iobj", "obl", "nmod", "advcl", "acl", "parataxis", "nsubj":
			cf, cl := t.span(c, -1)
			add(cf, cl, "kid-"+t.dep(c))
		}
	}
	s := d.Sents[d.Tokens[k].Sent]
	if h := d.Tokens[k].Head; h >= 0 && d.Tokens[h].Sent == d.Tokens[k].Sent {
		hf, hl := t.span(h, k)
		add(hf, hl, "head")
	}
	_, kl := t.span(k, -1)
	add(max(k+1, kl), s.Last, "rest")
	add(k+1, s.Last, "after")
	kf, _ := t.span(k, -1)
	add(s.First, min(k, kf), "before")
	return out
}

// cntOption is one reading of a cue's content: tokens [first, last).
type cntOption struct {
	first, last int
	how         string
}

func (o cntOption) rng(d *doc.Doc) doc.Range {
	return doc.Range{Start: d.Tokens[o.first].Start, End: d.Tokens[o.last-1].End}
}
