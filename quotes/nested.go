package quotes

import "github.com/dateline-news/dateline/doc"

// notNested drops the learned attributions whose cue lies inside the
// content of an attribution the rules found: what a source is reported to
// have said is theirs, not a new attribution ("Clinton had told police
// that she didn't want the escort, the source added"), as annotation
// schemes in which each word plays one role in one attribution (PolNeAR)
// have it.
func notNested(rules, learned []*doc.Quote) []*doc.Quote {
	out := learned[:0]
	for _, q := range learned {
		if !insideContent(rules, q) {
			out = append(out, q)
		}
	}
	return out
}

// insideContent reports whether q's cue lies inside the content of
// another of qs.
func insideContent(qs []*doc.Quote, q *doc.Quote) bool {
	for _, o := range qs {
		if o != q && o.Content.Start <= q.CueRange.Start && q.CueRange.End <= o.Content.End {
			return true
		}
	}
	return false
}

// stanceInside drops reported stance whose cue lies inside the content of
// another attribution: "X said Y wants Z" is X's report.
func stanceInside(d *doc.Doc, qs []*doc.Quote) []*doc.Quote {
	out := qs[:0]
	for _, q := range qs {
		k := d.TokenAt(q.CueRange.Start)
		if q.Direct || k < 0 || speechVerbs[lemma(d, k)] || phraseAt(d, k) > 0 || !insideContent(qs, q) {
			out = append(out, q)
		}
	}
	return out
}

// strayPhrases drops the quoted phrases inside a sentence that nothing in
// the sentence attributes (a title, a term or scare quotes: "the
// so-called “Golden Week”", not the words of the speaker of the paragraph
// before), and titles in capitals inside a sentence even when it has a
// cue ("told “Morning Joe”", "his book, “Grow Rich Slowly”").
// Quotations opening their sentence keep an inherited speaker.
func strayPhrases(d *doc.Doc, qs []*doc.Quote) []*doc.Quote {
	out := qs[:0]
	for _, q := range qs {
		if q.Direct && midSentence(d, q.Content) && (q.CueRange.Len() == 0 || d.SentenceAt(q.CueRange.Start) != q.Sent || titleCase(d, q.Content)) {
			continue
		}
		if q.Direct && !opensSentence(d, q.Content) && titleCase(d, q.Content) && titleLike(d, q.Content) {
			// a title after a comma or colon: 'his book, “Grow Rich Slowly”'
			continue
		}
		out = append(out, q)
	}
	return out
}

// titleCase reports whether r is a short run of capitalised words, the
// title of a show, book or law ("said on “Face the Nation”").
func titleCase(d *doc.Doc, r doc.Range) bool {
	first, last := d.TokensIn(r)
	words, long := 0, 0
	for i := first; i < last; i++ {
		w := d.Tokens[i].Text
		if !isWordy(w) {
			continue
		}
		capital := w[0] >= 'A' && w[0] <= 'Z'
		if words == 0 && !capital {
			return false
		}
		words++
		if len(w) >= 4 {
			if !capital {
				return false
			}
			long++
		}
	}
	return long > 0 && words <= 8
}

// midSentence reports whether a word of its sentence comes before the
// quotation mark opening r.
func midSentence(d *doc.Doc, r doc.Range) bool {
	first, _ := d.TokensIn(r)
	return first > 1 && d.Tokens[first-1].Sent == d.Tokens[first-2].Sent && isWordy(d.Tokens[first-2].Text)
}

// opensSentence reports whether the quotation r opens its sentence.
func opensSentence(d *doc.Doc, r doc.Range) bool {
	first, _ := d.TokensIn(r)
	return first == 0 || first == 1 || d.Tokens[first-1].Sent != d.Tokens[first].Sent || d.Tokens[first-2].Sent != d.Tokens[first].Sent
}

// titleLike reports whether the capitalised words of r read as a title
// rather than a one-word answer or a person's name ("Hopefully", "Anna
// Reyes."): two words or more, not all in the name of a person the
// article mentions elsewhere.
func titleLike(d *doc.Doc, r doc.Range) bool {
	first, last := d.TokensIn(r)
	words, lastWord := 0, first
	for i := first; i < last; i++ {
		if isWordy(d.Tokens[i].Text) {
			words++
			lastWord = i
		}
	}
	if words < 2 {
		return false
	}
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && s.Label == "PERSON" && s.First <= first && s.Last > lastWord && s.Entity >= 0 && len(d.Entities[s.Entity].Mentions) > 1 {
			return false
		}
	}
	return true
}
