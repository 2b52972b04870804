package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// mergeSurnames joins an entity known only by part of a person's name to
// the one person whose full name ends with it. Linking joins such names as
// it meets them when both are people already; this pass catches the rest:
//   - a short name met first as a person and typed so only later;
//   - a headline's surname that the recognizer or the gazetteer took for
//     something else ("Merkel: «...»" read as Merkel, Texas), when every
//     mention of it is in the first line or a title-case line or stands
//     before a colon, and it names no country or known organisation.
//
// A short name that ends the names of two people ("Clinton" with "Bill
// Clinton" and "Hillary Clinton") stays apart.
func (c *clusterer) mergeSurnames() {
	c.peopleTakenForOrgs()
	ents := c.d.Entities
	words := make([][]string, len(ents)) // name words of the people, once
	for e, ent := range ents {
		if ent.Type == "PERSON" {
			words[e] = nameWords(ent.Name)
		}
	}
	for a, short := range ents {
		if len(short.Mentions) == 0 || (short.Type != "PERSON" && !c.headlineSurname(a)) {
			continue
		}
		sw := words[a]
		if short.Type != "PERSON" {
			sw = nameWords(short.Name)
		}
		if len(sw) == 0 {
			continue
		}
		into := -1
		for b, full := range ents {
			if b == a || full.Type != "PERSON" || len(full.Mentions) == 0 {
				continue
			}
			fw := words[b]
			if len(fw) <= len(sw) || !suffixOf(sw, fw) && !(len(sw) == 1 && beforeParticle(sw[0], full.Name)) {
				continue
			}
			if into >= 0 {
				into = -2 // two people share the name
				break
			}
			into = b
		}
		if into >= 0 {
			c.mergeEntity(a, into)
		}
	}
}

// surnameParticles open the last part of a compound surname ("da Silva",
// "de la Cruz", "van Gogh").
var surnameParticles = map[string]bool{"da": true, "das": true, "do": true, "dos": true, "de": true, "del": true,
	"della": true, "di": true, "du": true, "van": true, "von": true, "la": true, "le": true}

// beforeParticle reports whether w is the word of a full name right before
// a surname particle, the part of the name the press uses alone: "Lula" in
// "Luiz Inacio Lula da Silva".
func beforeParticle(w, full string) bool {
	fs := strings.Fields(strings.ToLower(full))
	for i := 1; i+2 < len(fs); i++ {
		if fs[i] == w && surnameParticles[fs[i+1]] {
			return true
		}
	}
	return false
}

// headlineSurname reports whether a place or organisation entity may be a
// person's surname written in a headline: one word, no country or known
// organisation, and every mention in the first sentence or a title-case
// one, or right before a colon.
func (c *clusterer) headlineSurname(e int) bool {
	ent := c.d.Entities[e]
	switch ent.Type {
	case "GPE", "LOC", "ORG", "NORP", "FAC":
	default:
		return false
	}
	if len(nameWords(ent.Name)) != 1 || c.countryOrOrg(ent.Name) {
		return false
	}
	d := c.d
	for _, m := range ent.Mentions {
		s := d.Spans[m]
		if s.Kind != doc.KindName || s.First < 0 {
			return false
		}
		sent := d.Tokens[s.First].Sent
		colon := s.Last < len(d.Tokens) && d.Tokens[s.Last].Text == ":"
		if sent != 0 && !colon && !titleCase(d, d.Sents[sent]) {
			return false
		}
	}
	return true
}

// mergeEntity moves the mentions and what is known of entity a into
// person b and leaves a without mentions (no record is written for it).
func (c *clusterer) mergeEntity(a, b int) {
	from, to := c.d.Entities[a], c.d.Entities[b]
	for _, m := range from.Mentions {
		c.d.Spans[m].Entity = b
		c.d.Spans[m].Label = to.Type
		to.Mentions = append(to.Mentions, m)
	}
	from.Mentions = nil
	sortMentions(c.d, to)
	for k, e := range c.byKey {
		if e == a {
			c.byKey[k] = b
		}
	}
	if from.Type != "PERSON" {
		return // a place's country or an organisation's roles say nothing of the person
	}
	if to.Gender == "" {
		to.Gender = from.Gender
	}
	if to.Nationality == "" {
		to.Nationality = from.Nationality
	}
	for _, r := range from.Roles {
		addRole(to, r)
	}
	for _, r := range from.FormerRoles {
		to.FormerRoles = appendNew(to.FormerRoles, r)
	}
}

// peopleTakenForOrgs retypes as a person an organisation the recognizer
// named with a person's full name ("Marine Le Pen's far-right National
// Rally" read as one organisation "Marine Le Pen"): its first word is a
// given name, no known organisation has the name, and a person named
// elsewhere in the text by its last words ("Le Pen") is then one with it.
func (c *clusterer) peopleTakenForOrgs() {
	d := c.d
	for _, ent := range d.Entities {
		if ent.Type != "ORG" || len(ent.Mentions) == 0 {
			continue
		}
		fs := strings.Fields(ent.Name)
		if len(fs) < 2 || len(fs) > 4 || kb.GivenNameGender(fs[0]) == "" || c.countryOrOrg(ent.Name) {
			continue
		}
		ew := nameWords(ent.Name)
		for _, p := range d.Entities {
			if p.Type != "PERSON" || len(p.Mentions) == 0 {
				continue
			}
			if pw := nameWords(p.Name); len(pw) > 0 && len(pw) < len(ew) && suffixOf(pw, ew) {
				ent.Type = "PERSON"
				for _, m := range ent.Mentions {
					d.Spans[m].Label = "PERSON"
				}
				break
			}
		}
	}
}
