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

// reportingVerbs are the lemmas of verbs whose clausal complement may
// speak of the subject as "it": "the ministry said it would ...", "Congo
// ... announced it had severed relations".
var reportingVerbs = map[string]bool{"say": true, "add": true, "announce": true, "state": true,
	"confirm": true, "warn": true, "insist": true, "claim": true, "deny": true, "vow": true,
	"pledge": true, "promise": true, "threaten": true, "report": true, "declare": true, "tell": true}

// findReportedIt links "it" as the subject of a clause reported by an
// organisation or a country to that reporter: "Congo's government ... said
// it had severed diplomatic relations", where the nearest earlier name
// ("the rebels") is someone else. The reporter is the subject of the verb
// of saying, or of the verb it is coordinated with.
func (c *clusterer) findReportedIt() {
	d := c.d
	for ti := range d.Tokens {
		t := d.Tokens[ti]
		if !strings.EqualFold(t.Text, "it") || (t.Dep != "nsubj" && t.Dep != "nsubj:pass") || t.Head < 0 || c.spanAt(ti) {
			continue
		}
		h := d.Tokens[t.Head]
		if h.Dep != "ccomp" || h.Head < 0 || !reportingVerbs[d.Tokens[h.Head].Lemma] || c.insideQuote(d.Sents[t.Sent].First, ti) {
			continue
		}
		v := h.Head
		subj := c.subjectToken(v)
		if subj < 0 && d.Tokens[v].Dep == "conj" && d.Tokens[v].Head >= 0 {
			subj = c.subjectToken(d.Tokens[v].Head)
		}
		if subj < 0 {
			continue
		}
		e := c.institutionAt(subj)
		if e < 0 {
			continue
		}
		span := doc.Span{Range: t.Range, First: ti, Last: ti + 1, Kind: doc.KindPronoun, Label: d.Entities[e].Type, Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// subjectToken returns the nominal subject of verb v, or -1.
func (c *clusterer) subjectToken(v int) int {
	d := c.d
	for k := d.Sents[d.Tokens[v].Sent].First; k < d.Sents[d.Tokens[v].Sent].Last; k++ {
		if d.Tokens[k].Head == v && d.Tokens[k].Dep == "nsubj" {
			return k
		}
	}
	return -1
}

// spanAt reports whether a mention already covers token k.
func (c *clusterer) spanAt(k int) bool {
	for _, sp := range c.d.Spans {
		if sp.First <= k && k < sp.Last && sp.Kind != doc.KindTime {
			return true
		}
	}
	return false
}
