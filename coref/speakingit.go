package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// speakingVerbs are the verbs after which "it" is a speaker: "it said",
// "it added in a statement".
var speakingVerbs = map[string]bool{"said": true, "says": true, "added": true, "adds": true,
	"stated": true, "states": true, "noted": true, "notes": true, "warned": true, "warns": true,
	"continued": true, "reads": true, "read": true, "insisted": true, "claimed": true, "claims": true}

// findSpeakingIt links "it" as the subject of a verb of saying ("'We urge
// both parties ...,' it said") to the organisation or country that spoke
// or acted in the sentence before (see institutionBefore): an institution
// speaks as "it", and a statement speaks for its issuer.
func (c *clusterer) findSpeakingIt() {
	d := c.d
	for ti := 0; ti+1 < len(d.Tokens); ti++ {
		if !strings.EqualFold(d.Tokens[ti].Text, "it") || !speakingVerbs[strings.ToLower(d.Tokens[ti+1].Text)] {
			continue
		}
		if d.Tokens[ti+1].Sent != d.Tokens[ti].Sent {
			continue
		}
		e := c.institutionBefore(ti)
		if e < 0 {
			continue
		}
		span := doc.Span{Range: d.Tokens[ti].Range, First: ti, Last: ti + 1, Kind: doc.KindPronoun, Label: d.Entities[e].Type, Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// institutionBefore returns the entity "it" speaks for at token ti: the
// organisation or country that is the subject of a verb of saying in the
// nearest sentence before it ("..., the company said. It added ..."),
// else the subject of that sentence's main verb ("Fiat posted a loss. It
// said ..."). It returns -1 when that subject is anything else ("The
// report found ... It said"): "it" is then not an institution named.
func (c *clusterer) institutionBefore(ti int) int {
	d := c.d
	sent := d.Tokens[ti].Sent
	if sent == 0 {
		return -1
	}
	s := d.Sents[sent-1]
	main := -1
	for k := s.First; k < s.Last; k++ {
		t := d.Tokens[k]
		if t.Dep != "nsubj" || t.Head < s.First || t.Head >= s.Last || c.insideQuote(s.First, k) {
			continue
		}
		if speakingVerbs[strings.ToLower(d.Tokens[t.Head].Text)] {
			return c.institutionAt(k)
		}
		if d.Tokens[t.Head].Dep == "root" && main < 0 {
			main = k
		}
	}
	if main < 0 {
		return -1
	}
	return c.institutionAt(main)
}

// institutionAt returns the ORG or GPE entity of the mention that token k
// heads, or -1.
func (c *clusterer) institutionAt(k int) int {
	d := c.d
	for _, sp := range d.Spans {
		if sp.Entity < 0 || sp.First > k || k >= sp.Last || sp.Kind == doc.KindTime {
			continue
		}
		if t := d.Entities[sp.Entity].Type; t == "ORG" || t == "GPE" {
			return sp.Entity
		}
	}
	return -1
}
