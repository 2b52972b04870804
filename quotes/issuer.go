package quotes

import "github.com/dateline-news/dateline/doc"

// documentNouns name a message or the occasion it was given at, which
// speaks for whoever issued it: "issued a statement calling ...",
// "unleashed a series of tweets saying ...".
var documentNouns = set(`statement statements tweet tweets letter letters paper papers filing filings
	brief briefs message messages memo memos email emails post posts release releases video videos ad ads
	conference briefing speech speeches op-ed editorial column note notes order orders
	resolution motion lawsuit suit complaint petition document documents`)

// issuers gives each quotation whose speaker is a message its cue
// modifies the issuer of the message as its speaker.
func issuers(d *doc.Doc) {
	for _, q := range d.Quotes {
		if q.Speaker < 0 || q.CueRange.Len() == 0 {
			continue
		}
		k := d.TokenAt(q.CueRange.Start)
		s := d.Spans[q.Speaker]
		if k < 0 || s.First < 0 || s.Last <= s.First {
			continue
		}
		sub := np{first: s.First, last: s.Last, rel: -1}
		if n := issuer(d, k, sub); n != sub {
			q.Speaker = speakerSpan(d, n)
		}
	}
}

// issuer returns who issued the message that phrase sub names when a
// participle cue at token k modifies it ("the Council issued a statement
// calling ...", "Trump's tweets accusing ..."): its possessor, or the
// subject of the verb it depends on. Otherwise it returns sub.
func issuer(d *doc.Doc, k int, sub np) np {
	if !sub.ok() || d.Tokens[k].Tag != "VBG" || sub.last > k || k-sub.last > 4 {
		return sub
	}
	head := sub.last - 1 // "a series of tweets": the message ends the phrase
	if !documentNouns[lower(d, head)] {
		return sub
	}
	for j := sub.last; j < k; j++ {
		// only a time phrase between the message and the participle
		if d.Tokens[j].Tag == "IN" && j+1 < k {
			j++ // "on Monday"
		}
		if e := timeSpanStarting(d, j); e > 0 && e <= k {
			j = e - 1
			continue
		}
		return sub
	}
	for j := sub.first; j < head; j++ {
		if d.Tokens[j].Tag == "POS" && j > sub.first {
			return np{first: sub.first, last: j, rel: -1}
		}
		if d.Tokens[j].Tag == "PRP$" {
			return np{first: j, last: j + 1, rel: -1}
		}
	}
	t := newTree(d)
	n := head
	for hop := 0; hop < 3; hop++ {
		h := d.Tokens[n].Head
		if h < 0 || h == n || d.Tokens[h].Sent != d.Tokens[n].Sent {
			break
		}
		switch t.dep(n) {
		case "obj", "obl", "nmod":
		default:
			return sub
		}
		if isVerb(d, h) {
			if c := t.child(h, "nsubj"); c >= 0 {
				f, l := t.span(c, -1)
				if l <= sub.first {
					return np{first: f, last: l, rel: -1}
				}
			}
			return sub
		}
		n = h
	}
	return sub
}
