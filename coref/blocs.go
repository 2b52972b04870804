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
