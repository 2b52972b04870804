package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// blocNouns are the words news uses to refer back to an international
// organisation: "the bloc" (the EU, ASEAN), "the alliance" (NATO).
var blocNouns = map[string]bool{"bloc": true, "alliance": true, "organisation": true, "organization": true}

// findBlocs links "the bloc", "the alliance" (not followed by another
// noun: "the alliance's members" is fine, "the bloc leaders" is not) to
// the international organisation named last before it.
func (c *clusterer) findBlocs() {
	d := c.d
	for i := 1; i < len(d.Tokens); i++ {
		if !blocNouns[strings.ToLower(d.Tokens[i].Text)] || !strings.EqualFold(d.Tokens[i-1].Text, "the") || c.nounAt(i+1, len(d.Tokens)) {
			continue
		}
		if c.linkedAt(i) {
			continue
		}
		e := c.lastIGO(d.Tokens[i].Start)
		if e < 0 {
			continue
		}
		r := doc.Range{Start: d.Tokens[i-1].Start, End: d.Tokens[i].End}
		span := doc.Span{Range: r, First: i - 1, Last: i + 1, Kind: doc.KindNominal, Label: "ORG", Entity: -1, Source: "coref"}
		c.link(d.AddSpan(span), e)
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

// lastIGO returns the international organisation whose latest mention
// before offset at is the nearest, or -1.
func (c *clusterer) lastIGO(at int) int {
	d := c.d
	best, bestPos := -1, -1
	for _, s := range d.Spans {
		if s.Entity < 0 || s.End > at || s.Start <= bestPos || d.Entities[s.Entity].Type != "ORG" {
			continue
		}
		if o, ok := kb.LookupOrg(d.Entities[s.Entity].Name); ok && strings.HasPrefix(o.Code, "IGO") {
			best, bestPos = s.Entity, s.Start
		}
	}
	return best
}
