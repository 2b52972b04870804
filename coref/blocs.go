package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// blocNouns are the words news uses to refer back to an international
// organisation: "the bloc" (the EU, ASEAN), "the alliance" (NATO).
var blocNouns = map[string]bool{"bloc": true, "alliance": true, "organisation": true, "organization": true}

// groupNouns refer back to an armed group or movement: "the group", "the
// Iran-backed group", "the militia".
var groupNouns = map[string]bool{"group": true, "movement": true, "militia": true}

// findBlocs links "the bloc", "the alliance" (not followed by another
// noun: "the alliance's members" is fine, "the bloc leaders" is not) to
// the international organisation named last before it, and "the
// (Iran-backed) group" to the armed group named last before it.
func (c *clusterer) findBlocs() {
	d := c.d
	for i := 1; i < len(d.Tokens); i++ {
		w := strings.ToLower(d.Tokens[i].Text)
		if !blocNouns[w] && !groupNouns[w] || c.nounAt(i+1, len(d.Tokens)) {
			continue
		}
		first := i - 1
		if groupNouns[w] {
			// modifiers between "the" and the noun: "the Iran-backed group"
			for first > 0 && i-first <= 3 && !strings.EqualFold(d.Tokens[first].Text, "the") && (armedWords[strings.ToLower(d.Tokens[first].Text)] || strings.HasSuffix(d.Tokens[first].Text, "-backed")) {
				first--
			}
		}
		if !strings.EqualFold(d.Tokens[first].Text, "the") || c.linkedAt(i) {
			continue
		}
		e := -1
		if blocNouns[w] {
			e = c.lastOrg(d.Tokens[i].Start, igo)
		} else if e = c.lastOrg(d.Tokens[i].Start, armedGroup); e >= 0 && !c.mentionedSince(e, d.Tokens[i].Sent-3) {
			e = -1 // named too long ago to be "the group"
		}
		if e < 0 {
			continue
		}
		c.dropNamesIn(first, i)
		r := doc.Range{Start: d.Tokens[first].Start, End: d.Tokens[i].End}
		span := doc.Span{Range: r, First: first, Last: i + 1, Kind: doc.KindNominal, Label: "ORG", Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
	}
}

// armedWords may stand between "the" and "group": "the militant group".
var armedWords = map[string]bool{"militant": true, "armed": true, "islamist": true, "rebel": true, "jihadist": true, "insurgent": true, "paramilitary": true}

// mentionedSince reports whether entity e has a mention in sentence sent
// or later.
func (c *clusterer) mentionedSince(e, sent int) bool {
	for _, m := range c.d.Entities[e].Mentions {
		if s := c.d.Spans[m]; s.First >= 0 && c.d.Tokens[s.First].Sent >= sent {
			return true
		}
	}
	return false
}

// dropNamesIn unlinks name spans inside tokens [first, last) that a
// description takes in ("Iran-backed" read as an organisation).
func (c *clusterer) dropNamesIn(first, last int) {
	d := c.d
	for i := range d.Spans {
		s := &d.Spans[i]
		if s.Kind == doc.KindName && s.First >= first && s.Last <= last && s.Entity >= 0 && len(d.Entities[s.Entity].Mentions) == 1 {
			d.Entities[s.Entity].Mentions = nil
			s.Entity = -1
		}
	}
}

// linkedAt reports whether token i already lies in a mention.
func (c *clusterer) linkedAt(i int) bool {
	for _, s := range c.d.Spans {
		if s.First <= i && i < s.Last && s.Kind != doc.KindTime {
			return true
		}
	}
	return false
}

// lastOrg returns the known organisation satisfying is whose latest
// mention before offset at is the nearest, or -1.
func (c *clusterer) lastOrg(at int, is func(kb.Org) bool) int {
	d := c.d
	best, bestPos := -1, -1
	for _, s := range d.Spans {
		if s.Entity < 0 || s.End > at || s.Start <= bestPos || d.Entities[s.Entity].Type != "ORG" {
			continue
		}
		if o, ok := kb.LookupOrg(d.Entities[s.Entity].Name); ok && is(o) {
			best, bestPos = s.Entity, s.Start
		}
	}
	return best
}

// igo and armedGroup tell international organisations and armed groups
// (CAMEO REB) apart.
func igo(o kb.Org) bool        { return strings.HasPrefix(o.Code, "IGO") }
func armedGroup(o kb.Org) bool { return o.Sector == "REB" }

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
