package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// partyOwners affiliates a person named as the possessor of a party with
// it: "Marine Le Pen's far-right National Rally".
func (c *clusterer) partyOwners() {
	d := c.d
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Entity < 0 || s.First < 0 || s.Last >= len(d.Tokens) || d.Entities[s.Entity].Type != "PERSON" {
			continue
		}
		k := s.Last
		if t := d.Tokens[k-1].Text; t == "'s" || t == "’s" {
			k-- // the recognizer took the possessive in
		} else if t := d.Tokens[k].Text; t != "'s" && t != "’s" {
			continue
		}
		for _, p := range d.Spans {
			if p.Kind != doc.KindName || p.Entity < 0 || p.First <= k || p.First > k+4 || d.Entities[p.Entity].Type != "ORG" {
				continue
			}
			// only modifiers between ("far-right"), and the party heads
			// the phrase ("Moazzam Begg's Labour MP" is the MP's)
			between := true
			for j := k + 1; j < p.First; j++ {
				if t := d.Tokens[j]; t.Tag != "JJ" && t.Tag != "HYPH" && t.Text != "'s" && t.Text != "’s" {
					between = false
				}
			}
			if !between || p.Last < len(d.Tokens) && strings.HasPrefix(d.Tokens[p.Last].Tag, "NN") {
				continue
			}
			if o, ok := kb.LookupOrg(d.Entities[p.Entity].Name); ok && o.Sector == "PTY" {
				affiliate(d.Entities[s.Entity], o)
			}
		}
	}
}

// apposedNationality gives a person the nationality an apposition names
// with a demonym used as a noun: "Vadim Krasikov, a Russian convicted of
// murder".
func (c *clusterer) apposedNationality() {
	d := c.d
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Entity < 0 || s.First < 0 || s.Last+3 >= len(d.Tokens) || d.Entities[s.Entity].Type != "PERSON" {
			continue
		}
		ent := d.Entities[s.Entity]
		if ent.Nationality != "" || d.Tokens[s.Last].Text != "," {
			continue
		}
		if det := strings.ToLower(d.Tokens[s.Last+1].Text); det != "a" && det != "an" {
			continue
		}
		w, next := d.Tokens[s.Last+2], d.Tokens[s.Last+3]
		if strings.HasPrefix(next.Tag, "NN") || next.Tag == "JJ" {
			continue // "a Russian businessman": a role the nominals read
		}
		if iso, ok := c.demonym(w.Text); ok {
			ent.Nationality = iso
		}
	}
}
