package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// replyCues are the verbs of an answer in an exchange.
var replyCues = set("replied replies answered answers responded responds retorted retorts countered counters shot")

// turnTaker returns the attribution of an unattributed quotation paragraph
// in a conversation: after two paragraphs in which two people spoke in
// turn, the second answering the first ("“Where is the money?” asked
// Hale." / "“In the budget,” Dunmore replied."), the next quotation is the
// first one's turn again ("“Then show us.”"), and so on. ok is false when the
// paragraphs before are no such exchange; the quotation then continues the
// speaker before it, as a quotation paragraph usually does. turns holds
// the quotations attributed so before, which carry a conversation on.
func turnTaker(d *doc.Doc, direct []*doc.Quote, para int, turns map[*doc.Quote]bool) (attribution, bool) {
	if len(direct) < 2 {
		return noAttribution, false
	}
	prev, prev2 := direct[len(direct)-1], direct[len(direct)-2]
	if prev.Speaker < 0 || prev2.Speaker < 0 || d.Sents[prev.Sent].Para != para-1 || d.Sents[prev2.Sent].Para != para-2 {
		return noAttribution, false
	}
	a, b := d.Spans[prev2.Speaker].Entity, d.Spans[prev.Speaker].Entity
	if a < 0 || b < 0 || a == b || d.Entities[a].Type != "PERSON" || d.Entities[b].Type != "PERSON" {
		return noAttribution, false
	}
	if !replyCues[strings.ToLower(prev.Cue)] && !turns[prev] {
		return noAttribution, false
	}
	return attribution{speaker: prev2.Speaker, cue: prev2.Cue, cueRange: prev2.CueRange, addressee: b, cueTok: -1, inherited: true}, true
}

// startsParagraph reports whether a quotation opens its paragraph.
func startsParagraph(d *doc.Doc, p piece) bool {
	oi := d.TokenAt(p.open)
	return oi >= 0 && d.Sents[d.Tokens[oi].Sent].First == oi && (oi == 0 || d.Sents[d.Tokens[oi-1].Sent].Para != p.para)
}
