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

// orgKinds are nouns that introduce an organisation's name: "the rights
// group Foro Penal", "the charity Oxfam".
var orgKinds = map[string]bool{"group": true, "organisation": true, "organization": true, "charity": true,
	"watchdog": true, "company": true, "firm": true, "movement": true, "coalition": true, "network": true,
	"union": true, "association": true, "foundation": true, "monitor": true, "ngo": true, "agency": true, "party": true}

// orgAfterKind reports whether a name the recognizer typed as a person
// follows "the" and a noun for an organisation, with at most two words
// between ("the rights group Foro Penal", "the charity Save the
// Children"): it names the organisation.
func (c *clusterer) orgAfterKind(s doc.Span) bool {
	d := c.d
	if s.First < 2 || s.First > len(d.Tokens) || !orgKinds[strings.ToLower(d.Tokens[s.First-1].Text)] {
		return false
	}
	for j := s.First - 2; j >= 0 && j >= s.First-4; j-- {
		switch strings.ToLower(d.Tokens[j].Text) {
		case "the", "a":
			return true
		}
		if t := d.Tokens[j].Tag; t != "NN" && t != "JJ" && t != "NNS" {
			return false
		}
	}
	return false
}

// companyNouns head a description of a company or other organisation in
// apposition: "Skydio, the largest U.S. drone maker,".
var companyNouns = map[string]bool{"maker": true, "manufacturer": true, "producer": true, "company": true,
	"firm": true, "giant": true, "carrier": true, "airline": true, "lender": true, "retailer": true,
	"operator": true, "broadcaster": true, "newspaper": true, "charity": true, "group": true, "startup": true,
	"conglomerate": true, "supplier": true, "developer": true, "insurer": true, "bank": true}

// companyApposition reports whether a description of an organisation
// follows the name after a comma: ", the largest U.S. drone maker".
func (c *clusterer) companyApposition(s doc.Span) bool {
	return c.describedAs(s, 6, func(t doc.Token) bool {
		return companyNouns[strings.ToLower(t.Text)] && t.Tag == "NN"
	})
}
