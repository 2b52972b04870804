package quotes

import (
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/doc"
)

// findLabelled finds the turns of a transcript: a paragraph that opens
// with a speaker's name in capitals or a short name and a colon ("PENCE:
// Well, look, ..."), the rest of the paragraph being what they said.
func findLabelled(d *doc.Doc, inQuote []bool) []*doc.Quote {
	var out []*doc.Quote
	for _, s := range d.Sents {
		if s.First >= s.Last || (s.First > 0 && d.Tokens[s.First-1].Sent >= 0 && d.Sents[d.Tokens[s.First-1].Sent].Para == s.Para) {
			continue // not the first sentence of its paragraph
		}
		colon := -1
		for k := s.First; k < s.Last && k < s.First+4; k++ {
			if d.Tokens[k].Text == ":" {
				colon = k
				break
			}
			if !labelWord(d.Tokens[k].Text) {
				break
			}
		}
		if colon <= s.First || colon+1 >= s.Last || inQuote[colon+1] || !speakerLabel(d, s.First, colon) {
			continue
		}
		para := d.Paras[s.Para]
		content := trim(d, doc.Range{Start: d.Tokens[colon+1].Start, End: para.End})
		if content.Len() == 0 {
			continue
		}
		sp := speakerSpan(d, np{first: s.First, last: colon, rel: -1})
		r := d.Tokens[colon].Range
		out = append(out, &doc.Quote{Content: content, Speaker: sp, Addressee: -1, Cue: ":", CueRange: r, Sent: d.SentenceAt(content.Start)})
	}
	return out
}

// speakerLabel reports whether tokens [first, last) can name a speaker in
// a transcript: words in capitals ("PENCE", "CHRIS WALLACE") or a person's
// name ("Mike Pence:"), or a headline's source ("Poll:"), not a headline's
// topic ("Stealth Over Health:", "Correction:").
func speakerLabel(d *doc.Doc, first, last int) bool {
	caps := true
	for k := first; k < last; k++ {
		if w := d.Tokens[k].Text; strings.ToUpper(w) != w {
			caps = false
		}
	}
	if caps {
		return true
	}
	if last-first == 1 && (findingNouns[lemma(d, first)] || lower(d, first) == "sources") {
		// a headline's source: "Poll: ...", "Study: ...", "Sources: ..."
		return true
	}
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && s.Label == "PERSON" && s.First <= first && s.Last >= last {
			return true
		}
	}
	return false
}

// labelWord reports whether w can be part of a speaker label: a word in
// capitals ("PENCE") or a capitalised name word.
func labelWord(w string) bool {
	letters, upper := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		} else if r != '.' && r != '-' && r != '\'' {
			return false
		}
	}
	return letters > 0 && (upper == letters || (letters > 1 && upper >= 1 && unicode.IsUpper([]rune(w)[0])))
}

// dropWrapped removes a transcript turn or a report whose words are one
// direct quotation in its marks ("Merkel: «We will not give up»", "warns
// of 'a difficult winter'"): the quotation, which took the same speaker,
// says it once.
func dropWrapped(d *doc.Doc, qs []*doc.Quote) []*doc.Quote {
	out := qs[:0]
	for _, q := range qs {
		if !q.Direct && (q.Cue == ":" || sharesCue(qs, q)) && wrapsDirect(d, qs, q) {
			continue
		}
		out = append(out, q)
	}
	return out
}

// wrapsDirect reports whether a quotation's content is a direct quotation
// of the same speaker and, around it, only marks, punctuation and a
// preposition before it.
func wrapsDirect(d *doc.Doc, qs []*doc.Quote, q *doc.Quote) bool {
	for _, r := range qs {
		if !r.Direct || r.Speaker != q.Speaker || r.Content.Start < q.Content.Start || r.Content.End > q.Content.End {
			continue
		}
		before := strings.TrimSpace(d.Text[q.Content.Start:r.Content.Start])
		for _, p := range []string{"of ", "about ", "against ", "on "} {
			// "warns of 'a difficult winter'"
			before = strings.TrimPrefix(before, p)
		}
		rest := before + d.Text[r.Content.End:q.Content.End]
		if strings.TrimFunc(rest, func(c rune) bool { return unicode.IsPunct(c) || unicode.IsSpace(c) }) == "" {
			return true
		}
	}
	return false
}
