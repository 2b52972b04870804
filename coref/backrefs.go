package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// findHeadNouns links "the council", "the commission", "the ministry" to
// the organisation named shortly before whose name ends in that noun
// ("the U.N. Security Council ... called on the council to"). The noun
// must end its phrase and the organisation must have been named in one
// of the three sentences before.
func (c *clusterer) findHeadNouns() {
	d := c.d
	for i := 1; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		if t.Tag != "NN" || !strings.EqualFold(d.Tokens[i-1].Text, "the") || c.nounAt(i+1, len(d.Tokens)) || c.linkedAt(i) || c.linkedAt(i-1) {
			continue
		}
		w := strings.ToLower(t.Text)
		if len(w) < 4 {
			continue
		}
		e := c.orgAntecedent(" "+w, "", i-1)
		if e < 0 || !c.mentionedSince(e, t.Sent-3) {
			continue
		}
		r := doc.Range{Start: d.Tokens[i-1].Start, End: t.End}
		span := doc.Span{Range: r, First: i - 1, Last: i + 1, Kind: doc.KindNominal, Label: "ORG", Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// islandStates are countries on islands of their own that news calls
// "the island" ("Taiwan ... military assistance for the island").
var islandStates = map[string]bool{"TWN": true, "CUB": true, "CYP": true, "LKA": true, "MDG": true, "ISL": true,
	"MLT": true, "JAM": true, "SGP": true, "BHR": true, "MUS": true, "TTO": true, "BRB": true}

// findIsland links "the island" to the island state named last before it
// in the three sentences before.
func (c *clusterer) findIsland() {
	d := c.d
	for i := 1; i < len(d.Tokens); i++ {
		if !strings.EqualFold(d.Tokens[i].Text, "island") || !strings.EqualFold(d.Tokens[i-1].Text, "the") ||
			c.nounAt(i+1, len(d.Tokens)) || c.linkedAt(i) || c.linkedAt(i-1) {
			continue
		}
		e, pos := -1, -1
		for _, s := range d.Spans {
			if s.Entity < 0 || s.First < 0 || s.First >= i || s.First <= pos || d.Tokens[s.First].Sent < d.Tokens[i].Sent-3 {
				continue
			}
			ent := d.Entities[s.Entity]
			if ent.Type != "GPE" {
				continue
			}
			if iso, ok := c.countryName(ent.Name); ok && islandStates[iso] {
				e, pos = s.Entity, s.First
			}
		}
		if e < 0 {
			continue
		}
		r := doc.Range{Start: d.Tokens[i-1].Start, End: d.Tokens[i].End}
		span := doc.Span{Range: r, First: i - 1, Last: i + 1, Kind: doc.KindNominal, Label: "GPE", Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// rulingNouns are what a court issues: "welcomed the decision", "rejected
// the ruling" are about the court's.
var rulingNouns = map[string]bool{"ruling": true, "decision": true, "verdict": true, "judgment": true, "judgement": true}

// findRulings links "the ruling", "the decision", "the verdict" to the
// court named in the three sentences before it (a known organisation of
// the judicial sector), so that who welcomes or rejects a ruling
// addresses the court.
func (c *clusterer) findRulings() {
	d := c.d
	for i := 1; i < len(d.Tokens); i++ {
		if !rulingNouns[strings.ToLower(d.Tokens[i].Text)] || !strings.EqualFold(d.Tokens[i-1].Text, "the") ||
			c.nounAt(i+1, len(d.Tokens)) || c.linkedAt(i) {
			continue
		}
		if h := d.Tokens[i].Head; h < 0 || d.Tokens[i].Dep != "obj" || !stanceVerbs[d.Tokens[h].Lemma] {
			continue // "we have received the ruling": no stance towards the court
		}
		e := c.lastOrg(d.Tokens[i].Start, court)
		if e < 0 || !c.mentionedSince(e, d.Tokens[i].Sent-3) {
			continue
		}
		r := doc.Range{Start: d.Tokens[i-1].Start, End: d.Tokens[i].End}
		span := doc.Span{Range: r, First: i - 1, Last: i + 1, Kind: doc.KindNominal, Label: "ORG", Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// stanceVerbs take a stance on a ruling, and so towards the court.
var stanceVerbs = map[string]bool{"welcome": true, "reject": true, "condemn": true, "criticise": true, "criticize": true,
	"hail": true, "praise": true, "defy": true, "accept": true, "denounce": true, "dismiss": true, "slam": true}

// court tells courts apart: a judicial code ("IGOUNOJUDICJ", "USAJUD").
func court(o kb.Org) bool { return o.Sector == "JUD" || strings.Contains(o.Code, "JUD") }

// courtOfficials gives a person whose title names a court ("court
// president Nawaf Salam") the court named in the sentences before.
func (c *clusterer) courtOfficials() {
	d := c.d
	for _, ent := range d.Entities {
		if ent.Type != "PERSON" || ent.Organisation != "" || len(ent.Mentions) == 0 {
			continue
		}
		first := d.Spans[ent.Mentions[0]]
		if first.First < 0 {
			continue
		}
		titled := false // "court" in the title before the name
		for k := first.First - 1; k >= 0 && k >= first.First-3 && !titled; k-- {
			titled = strings.EqualFold(d.Tokens[k].Text, "court")
		}
		if !titled {
			continue
		}
		if e := c.lastOrg(first.Start, court); e >= 0 && c.mentionedSince(e, d.Tokens[first.First].Sent-3) {
			if o, ok := kb.LookupOrg(d.Entities[e].Name); ok {
				affiliate(ent, o)
			}
		}
	}
}
