package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// titledPerson reports whether a name the recognizer typed as a place or
// an organisation is a person's: a person's title stands right before it
// ("President Xi Jinping") and it names no country or known organisation.
func (c *clusterer) titledPerson(s doc.Span, typ, name string) bool {
	switch typ {
	case "GPE", "LOC", "ORG", "FAC":
	default:
		return false
	}
	if s.First <= 0 || s.First > len(c.d.Tokens) || c.countryOrOrg(name) {
		return false
	}
	sent := c.d.Sents[c.d.Tokens[s.First].Sent]
	role, n := c.roleEndingAt(s.First-1, sent.First)
	return n > 0 && role.Person
}

// groupBefore returns the armed group or party whose name ends right
// before token i ("Islamic State" before "militants"), or -1.
func (c *clusterer) groupBefore(i int) int {
	d := c.d
	for _, sp := range d.Spans {
		if sp.Kind != doc.KindName || sp.Last != i || sp.Entity < 0 || d.Entities[sp.Entity].Type != "ORG" {
			continue
		}
		if o, ok := kb.LookupOrg(d.Entities[sp.Entity].Name); ok && (o.Sector == "REB" || o.Sector == "PTY" || o.Sector == "OPP") {
			return sp.Entity
		}
	}
	return -1
}

// countryOrOrg reports whether a name is a country's or a known
// organisation's, which no retyping as a person may take.
func (c *clusterer) countryOrOrg(name string) bool {
	if c.lookup(name).iso != "" {
		return true
	}
	_, ok := kb.LookupOrg(name)
	return ok
}

// placeAfterPreposition reports whether a name the recognizer typed as a
// person is a place: it follows a locative preposition ("In County
// Durham, ...", "residents of Kharkiv"), is no one's possessor, has no
// title before it, and the gazetteer knows it as a place.
func (c *clusterer) placeAfterPreposition(s doc.Span, name string) bool {
	d := c.d
	if s.First <= 0 || s.First > len(d.Tokens) || len(d.Spans) == 0 {
		return false
	}
	switch strings.ToLower(d.Tokens[s.First-1].Text) {
	case "in", "from", "near", "across", "outside", "around":
	default:
		return false
	}
	if s.Last < len(d.Tokens) && (d.Tokens[s.Last].Tag == "POS" || d.Tokens[s.Last].Text == "'s") {
		return false
	}
	for _, p := range c.r.gaz.Lookup(name) {
		if !p.Demonym && !p.AltName {
			return true
		}
	}
	return false
}
