package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/kb"
)

// determiners that open a nominal mention.
var determiners = map[string]bool{"the": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"a": true, "an": true}

// modifiers that may sit between the determiner and the role noun.
var modifiers = map[string]bool{"two": true, "three": true, "both": true, "senior": true, "top": true, "former": true,
	"new": true, "acting": true, "outgoing": true, "incoming": true, "then": true, "deputy": true, "chief": true, "visiting": true,
	"prominent": true, "leading": true, "veteran": true, "jailed": true, "exiled": true, "detained": true}

// documents are nouns for texts that speak for their issuer.
var documents = map[string]bool{"statement": true, "communique": true, "communiqué": true, "declaration": true,
	"announcement": true, "report": true, "release": true, "letter": true, "readout": true}

// genericRoles match any governmental title of the antecedent.
var genericRoles = map[string]bool{"leader": true, "counterpart": true, "official": true, "head of state": true, "leaders": true, "counterparts": true}

// titleOnly are role words that describe a person only as capitalised
// titles before a name ("General Gerasimov"), never as lower-case nouns
// ("the major principles", "the general public").
var titleOnly = map[string]bool{"major": true, "general": true, "gen.": true, "col.": true, "lt.": true, "lieutenant": true, "colonel": true,
	"marshal": true, "brigadier": true, "sergeant": true, "representative": true, "secretary": true, "speaker": true,
	"deputy": true, "executive": true, "justice": true, "prince": true, "people": true, "officials": true, "official": true}

// nationalPeople are nouns for people that, after a nationality, name
// civilians of that country: "a Palestinian teenager", "British tourists"
// (not "the men's 1500m", not "China's national airline").
var nationalPeople = map[string]bool{"man": true, "men": true, "woman": true, "women": true, "teenager": true,
	"teenagers": true, "boy": true, "boys": true, "girl": true, "girls": true, "child": true, "children": true,
	"citizen": true, "citizens": true, "nationals": true, "tourist": true, "tourists": true,
	"youth": true, "youths": true, "fisherman": true, "fishermen": true, "sailor": true}

// nationalRoles are titleOnly words that, after a nationality, describe
// someone: "Ukrainian officials", "a senior Russian official".
var nationalRoles = map[string]bool{"official": true, "officials": true}

// nominal is a description found in the text.
type nominal struct {
	first, last int      // tokens
	det         string   // lower-case determiner, "" when none
	countries   []string // ISO3 of demonyms or "of COUNTRY"
	role        kb.Role
	roleWord    string // lower-case role noun as written
	plural      bool
	people      bool    // a nationality and a noun for people: "a Palestinian teenager"
	body        *kb.Org // the known organisation named inside it: "the UN envoy"
	document    bool
	org         string // sector of an institution ("army" -> MIL)
}

// orgHead returns the sector of an institution noun that can stand for a
// state body in the text ("army", "police", "government").
func orgHead(w string) (string, bool) {
	switch w {
	case "group", "firm", "company", "agency", "news", "media", "party", "school", "court", "bank", "radio":
		return "", false // too often something else, or named when meant
	}
	return kb.OrgSector(w)
}

// findNominals adds spans for descriptions of people and documents and
// links them.
func (c *clusterer) findNominals() {
	d := c.d
	// name spans keep their place, tokens and labels while nominals are
	// found (only nominal spans are added), so they are indexed once
	c.indexNames()
	defer func() { c.nameStarts, c.nameSpans = nil, nil }()
	for si, s := range d.Sents {
		for i := s.First; i < s.Last; i++ {
			n, ok := c.parseNominal(i, s.Last)
			if !ok {
				continue
			}
			c.addNominal(si, n)
			i = n.last - 1
		}
	}
}

// parseNominal reads a nominal mention starting at token i.
func (c *clusterer) parseNominal(i, end int) (nominal, bool) {
	d := c.d
	n := nominal{first: i}
	if i > 0 && formerTitle(d.Tokens[i-1].Text) || formerTitle(d.Tokens[i].Text) && i+1 < end && gazetteer.Acronym(d.Tokens[i+1].Text) {
		// "former US president Bill Clinton": a title the name takes,
		// with its "former" (see splitTitle)
		return n, false
	}
	lw := strings.ToLower(d.Tokens[i].Text)
	j := i
	owned := i // where the words after an organisation's possessive start
	var (
		org     kb.Org
		orgEnd  int
		isOrgAt bool
	)
	if lw == "the" {
		org, orgEnd, isOrgAt = c.knownOrgAt(i, end)
	}
	if isOrgAt {
		// "The United Nations human rights chief" (the recognizer took
		// "The" into the name): the body's
		body := org // a copy of its own: only this branch keeps it
		n.det, n.body = lw, &body
		j, owned = orgEnd, orgEnd
	} else if determiners[lw] {
		n.det = lw
		j++
		if lw != "the" {
			// only "the" opens a known body's description
		} else if o, k, ok := c.knownOrgAt(j, end); ok {
			// "the United Nations human rights chief": the body's
			body := o
			n.body = &body
			j, owned = k, k
		}
	} else if iso, k, ok := c.possessiveCountry(i, end); ok {
		// "Egypt's foreign minister", "China's foreign ministry"
		n.countries = append(n.countries, iso)
		j = k
	} else if k, ok := c.possessiveOrg(i, end); ok {
		// "Labour's shadow business secretary": the party's
		n.det = "its"
		if o, _, ok := c.knownOrgAt(i, end); ok {
			n.body = &o // "the National Rally's president"
		}
		j = k
		owned = k
	}
	if n.det == "the" && j+1 < end && d.Tokens[j+1].Text == "'s" && d.Tokens[j].Tag == "NN" {
		// "the ministry's spokeswoman": the possessor is a determiner
		n.det = "its"
		j += 2
	}
	for j < end && modifiers[strings.ToLower(d.Tokens[j].Text)] {
		j++
	}
	if i > 0 && j == i && d.Tokens[i-1].Sent == d.Tokens[i].Sent && twoWordName(d.Tokens[i-1].Text, d.Tokens[i].Text) {
		if _, ok := c.demonym(d.Tokens[i-1].Text + " " + d.Tokens[i].Text); ok {
			return n, false // inside a two-word demonym: "Korean" of "North Korean"
		}
	}
	// demonyms, possibly coordinated: "Russian and Syrian"; two-word ones
	// first ("North Korean", "South African")
	for j < end {
		if j+1 < end && twoWordName(d.Tokens[j].Text, d.Tokens[j+1].Text) {
			if iso, ok := c.demonym(d.Tokens[j].Text + " " + d.Tokens[j+1].Text); ok {
				n.countries = append(n.countries, iso)
				j += 2
				continue
			}
		}
		t := d.Tokens[j].Text
		iso, ok := c.demonymAt(j)
		if !ok && (gazetteer.Acronym(t) || c.beforeInstitution(j, end)) {
			// "a U.S. official", "UK ministers", "Niger junta": a
			// country's abbreviation or name as its adjective
			iso, ok = c.countryName(t)
		}
		if ok {
			n.countries = append(n.countries, iso)
			j++
			if j+1 < end && (d.Tokens[j].Text == "and" || d.Tokens[j].Text == ",") {
				if _, ok := c.demonymAt(j + 1); ok {
					j++
				}
			}
			continue
		}
		break
	}
	if j >= end {
		return n, false
	}
	if roleWord, role, last, ok := c.site(j, end); ok {
		// "rebel positions", "a police checkpoint": the group holding them
		n.role, n.roleWord, n.plural, n.last = role, roleWord, true, last
		return n, !c.overlapsName(n.first, n.last)
	}
	if n.det == "" && len(n.countries) == 0 && !c.barePlural(j, end) && d.Tokens[j].Text != "police" && !c.bareForcesAt(j, end) {
		return n, false
	}
	if n.det != "" && len(n.countries) == 0 && j == i+1 || true {
		k := j
		for k < end && k < j+2 && d.Tokens[k].Tag == "JJ" {
			k++ // "a joint statement", "a brief written statement"
		}
		if k < end && documents[strings.ToLower(d.Tokens[k].Text)] && n.det != "" {
			n.document = true
			n.last = k + 1
			return n, !c.overlapsName(n.first, n.last)
		}
	}
	// an institution: "the Nigerian army", "the police", "security forces"
	for k := 3; k >= 1; k-- {
		if j+k > end {
			continue
		}
		var parts []string
		for m := j; m < j+k; m++ {
			parts = append(parts, d.Tokens[m].Text)
		}
		w := strings.Join(parts, " ")
		if n.det == "" && c.sentenceStart(j) {
			w = strings.ToLower(w[:1]) + w[1:] // "Security forces fired ..."
		}
		if w != strings.ToLower(w) {
			continue
		}
		// bare "police" is the force too: "clashed with police in Nairobi"
		if sec, ok := orgHead(w); ok && (n.det == "the" || n.det == "its" || n.det == "their" || len(n.countries) > 0 || n.det == "" && bareForces[w]) && !c.nounAt(j+k, end) {
			n.org, n.roleWord, n.last = sec, w, j+k
			return n, !c.overlapsName(n.first, n.last)
		}
	}
	// role noun of up to three words, lower case (a capitalised title
	// belongs to a name)
	for k := 3; k >= 1; k-- {
		if j+k > end {
			continue
		}
		var parts []string
		lower := true
		for m := j; m < j+k; m++ {
			parts = append(parts, d.Tokens[m].Text)
			if t := d.Tokens[m].Text; t != strings.ToLower(t) && n.det == "" && !(m == j && c.sentenceStart(m) && t[1:] == strings.ToLower(t[1:])) {
				lower = false
			}
		}
		w := strings.ToLower(strings.Join(parts, " "))
		role, ok := kb.LookupOffice(w) // nationalities are read above
		people := false
		if !ok && k == 1 && len(n.countries) > 0 && nationalPeople[w] && (j+1 >= end || d.Tokens[j+1].Text != "'s") {
			// "a Palestinian teenager", "two British men": civilians of
			// that country (without a nationality such nouns say too little)
			role, ok = kb.LookupRole("civilian")
			people = true
		}
		if !ok || !role.Person || !lower || (titleOnly[w] && !(len(n.countries) > 0 && nationalRoles[w])) {
			continue
		}
		n.role, n.roleWord = role, w
		if people {
			n.roleWord, n.people = "civilian", true
		}
		n.plural = strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
		n.last = j + k
		// "the presidents of Turkey and Iran"
		if n.last+1 < end && d.Tokens[n.last].Text == "of" {
			m := n.last + 1
			var of []string
			both := len(c.pair) == 2 && m+1 < end && bothWords(d, m)
			if both {
				// "the national security advisers of both countries"
				of = append(of, c.pair...)
				m += 2
				if strings.EqualFold(d.Tokens[m-2].Text, "the") {
					m++
				}
			}
			for m < end && !both {
				if iso, ok := c.countryName(d.Tokens[m].Text); ok {
					of = append(of, iso)
					m++
					if m+1 < end && (d.Tokens[m].Text == "and" || d.Tokens[m].Text == ",") {
						m++
						continue
					}
				}
				break
			}
			if len(of) > 0 {
				n.countries = append(n.countries, of...)
				if d.Tokens[m-1].Text == "and" || d.Tokens[m-1].Text == "," {
					m--
				}
				n.last = m
			}
		}
		if c.overlapsName(owned, j) || c.overlapsName(j, j+k) {
			return n, false
		}
		return n, true
	}
	return n, false
}

// overlapsName reports whether tokens [i, j) overlap a name span other
// than a demonym or country.
func (c *clusterer) overlapsName(i, j int) bool {
	for _, s := range c.d.Spans {
		if s.Kind == doc.KindName && s.First < j && i < s.Last && s.Label != "NORP" && s.Label != "GPE" {
			return true
		}
	}
	return false
}

func (c *clusterer) addNominal(sent int, n nominal) {
	d := c.d
	r := doc.Range{Start: d.Tokens[n.first].Start, End: d.Tokens[n.last-1].End}
	span := doc.Span{Range: r, First: n.first, Last: n.last, Kind: doc.KindNominal, Label: "PERSON", Entity: -1, Source: "coref"}
	if n.org != "" {
		span.Label = "ORG"
		iso := ""
		if len(n.countries) > 0 {
			iso = n.countries[0]
		}
		e := c.orgAntecedent(n.roleWord, iso, n.first)
		if e < 0 && iso == "" && n.org == "REB" && n.det == "the" {
			// "M23 rebels said ... fight alongside the rebels": the armed
			// group named lately
			if g := c.lastOrg(d.Tokens[n.first].Start, armedGroup); g >= 0 && c.mentionedSince(g, sent-3) {
				e = g
			}
		}
		if e < 0 {
			name := n.roleWord
			if iso != "" {
				name = d.Slice(doc.Range{Start: d.Tokens[n.first].Start, End: d.Tokens[n.last-1].End})
				name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
			}
			e = c.newEntity(name, "ORG")
			d.Entities[e].Nationality = iso
		}
		c.link(d.AddSpan(span), e)
		return
	}
	if n.document {
		span.Label = "WORK_OF_ART"
		e := c.issuedBy(n.last)
		if e < 0 {
			e = c.issuer(sent, n.first)
		}
		if e >= 0 {
			span.Label = d.Entities[e].Type
			c.link(d.AddSpan(span), e)
		}
		return
	}
	if n.plural && len(n.countries) == 0 {
		if !groupSectors[n.role.Sector] {
			return
		}
		if e := c.groupBefore(n.first); e >= 0 {
			// "Islamic State militants", "Boko Haram fighters": the group's members
			c.link(d.AddSpan(span), e)
			return
		}
		// a group known by its role: "protesters", "the demonstrators"
		e := c.groupAntecedent(n.roleWord)
		if e < 0 {
			e = c.newEntity(n.roleWord, "PERSON")
			d.Entities[e].Plural = true
			addRole(d.Entities[e], n.roleWord)
		}
		c.link(d.AddSpan(span), e)
		return
	}
	if n.plural {
		// one span per country: each refers to that country's holder of the role
		for _, iso := range n.countries {
			e := c.antecedent(n, iso, n.first, true)
			if e < 0 {
				name := c.roleName(n.role.Title, iso)
				if groupSectors[n.role.Sector] && len(n.countries) == 1 {
					// "Russian troops", "Syrian refugees": a group
					name = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(d.Slice(r)), n.det))
					name = d.Slice(r)[len(d.Slice(r))-len(name):]
				}
				e = c.newEntity(name, "PERSON")
				addRole(d.Entities[e], n.roleWord)
				d.Entities[e].Nationality = iso
				d.Entities[e].Plural = true
			}
			c.link(d.AddSpan(span), e)
		}
		return
	}
	iso := ""
	if len(n.countries) > 0 {
		iso = n.countries[0]
	}
	e := c.apposition(n)
	if e < 0 && n.det != "a" && n.det != "an" {
		// an indefinite description ("a police spokesman") introduces
		// someone new; a definite one refers back
		e = c.antecedent(n, iso, n.first, false)
	}
	if e < 0 && n.det == "the" && iso == "" && n.role.Person {
		// "Gordon Brown raised duty on beer. The chancellor said ...":
		// the only person named so far, of whom no role is known
		e = c.onlyPerson(n.first)
	}
	if e < 0 {
		name := c.roleName(n.role.Title, iso)
		if n.people {
			name = strings.TrimSpace(d.Slice(doc.Range{Start: d.Tokens[n.first+1].Start, End: d.Tokens[n.last-1].End}))
		}
		e = c.newEntity(name, "PERSON")
		d.Entities[e].Nationality = iso
		addRole(d.Entities[e], n.roleWord)
	}
	c.link(d.AddSpan(span), e)
	if iso != "" && d.Entities[e].Nationality == "" {
		d.Entities[e].Nationality = iso
	}
	if n.body != nil {
		affiliate(d.Entities[e], *n.body)
	}
	if n.det == "its" && iso == "" {
		// "The European Central Bank ... its president": the body named
		// last before, when it is a known one
		if o, ok := c.orgBefore(n.first); ok {
			affiliate(d.Entities[e], o)
		} else if code := c.groupCodeBefore(n.first); code != "" && d.Entities[e].Organisation == "" {
			// "Venezuela's opposition said ... its candidate Edmundo
			// Gonzalez": the opposition's
			d.Entities[e].Organisation = code
		}
	}
	if !genericRoles[n.roleWord] {
		addRole(d.Entities[e], n.roleWord)
	}
}

// knownOrgAt returns the known organisation whose name starts at token j
// and the token after it.
func (c *clusterer) knownOrgAt(j, end int) (kb.Org, int, bool) {
	d := c.d
	for _, m := range c.namesAt(j) {
		s := d.Spans[m]
		if s.Kind != doc.KindName || s.First != j || s.Last >= end {
			continue
		}
		if o, ok := kb.LookupOrg(cleanName(d.Slice(s.Range))); ok {
			return o, s.Last, true // "National Rally's" with its possessive
		}
	}
	return kb.Org{}, 0, false
}

// orgBefore returns the known organisation named last before token i in
// its sentence.
func (c *clusterer) orgBefore(i int) (kb.Org, bool) {
	d := c.d
	sent := d.Tokens[i].Sent
	best, bestPos := kb.Org{}, -1
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Last > i || s.First <= bestPos || s.First < d.Sents[sent].First {
			continue
		}
		if o, ok := kb.LookupOrg(d.Slice(s.Range)); ok {
			best, bestPos = o, s.First
		}
	}
	return best, bestPos >= 0
}

// roleName names an entity known only by its role: "President of Turkey".
func (c *clusterer) roleName(title, iso string) string {
	title = strings.TrimSuffix(title, "s")
	if info, ok := c.r.gaz.CountryInfo(iso); ok {
		return title + " of " + info.Name
	}
	return title
}

// apposition links "his Syrian counterpart Bashar al-Assad" and
// "Putin, the Russian president," to the name beside the nominal.
func (c *clusterer) apposition(n nominal) int {
	d := c.d
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Entity < 0 || s.First < 0 || d.Entities[s.Entity].Type != "PERSON" {
			continue // a name inside a token ("Blair-led") has no tokens
		}
		if s.First == n.last {
			return s.Entity
		}
		// "a police spokesman, Frank Mba, said", "the army chief, General
		// Asim Munir, warned"
		if s.First == c.afterTitle(n.last+1) && n.last < len(d.Tokens) && d.Tokens[n.last].Text == "," && s.Last < len(d.Tokens) && d.Tokens[s.Last].Text == "," {
			return s.Entity
		}
		if s.Last+1 == n.first && d.Tokens[s.Last].Text == "," && (n.det == "the" || n.det == "a" || n.det == "an") {
			return s.Entity
		}
		// "Jordan Bardella, the National Rally's president": "the"
		// belongs to the organisation's name, not to the description
		if s.Last+2 == n.first && s.Last+1 < len(d.Tokens) && d.Tokens[s.Last].Text == "," && strings.EqualFold(d.Tokens[s.Last+1].Text, "the") {
			return s.Entity
		}
		// "a spokesman for the U.N. mission, Stephane Dujarric."
		if k := c.afterComplement(n.last); k >= 0 && s.First == k+1 && (s.Last >= len(d.Tokens) || d.Tokens[s.Last].Text == "," || d.Tokens[s.Last].Text == ".") {
			return s.Entity
		}
	}
	return -1
}

// afterTitle returns the first token at or after i that is not part of a
// person's title in capitals ("General" in "General Asim Munir").
func (c *clusterer) afterTitle(i int) int {
	for i < len(c.d.Tokens) {
		t := c.d.Tokens[i].Text
		if t == strings.ToLower(t) {
			break
		}
		role, ok := kb.LookupRole(t)
		if !ok || !role.Person {
			break
		}
		i++
	}
	return i
}

// afterComplement returns the comma that closes a short prepositional
// complement of a nominal ending at token i ("a spokesman for the U.N.
// mission,"), or -1.
func (c *clusterer) afterComplement(i int) int {
	d := c.d
	if i >= len(d.Tokens) {
		return -1
	}
	switch strings.ToLower(d.Tokens[i].Text) {
	case "for", "of", "at", "with":
	default:
		return -1
	}
	sent := d.Tokens[i].Sent
	for k := i + 1; k < len(d.Tokens) && k <= i+7 && d.Tokens[k].Sent == sent; k++ {
		if d.Tokens[k].Text == "," {
			if k == i+1 {
				return -1
			}
			return k
		}
	}
	return -1
}

// antecedent finds the most recent person entity that the nominal can
// describe: same nationality, compatible role. A possessive determiner
// ("his counterpart") excludes the possessor's own entity.
func (c *clusterer) antecedent(n nominal, iso string, before int, plural bool) int {
	d := c.d
	bestPos := -1
	best := -1
	for e, ent := range d.Entities {
		if ent.Type != "PERSON" {
			continue
		}
		if iso != "" && ent.Nationality != iso {
			continue
		}
		if iso == "" && n.det == "the" && !roleCompatible(ent, n.roleWord) {
			continue
		}
		if len(ent.Roles) > 0 && !roleCompatible(ent, n.roleWord) {
			continue
		}
		if len(ent.Roles) == 0 && (iso == "" || plural) {
			// "Brazilian prosecutors" are not a Brazilian named without a role
			continue
		}
		for _, m := range ent.Mentions {
			s := d.Spans[m]
			if s.First < before && s.First > bestPos {
				bestPos, best = s.First, e
			}
		}
	}
	return best
}

func roleCompatible(e *doc.Entity, role string) bool {
	role = strings.TrimSuffix(role, "s")
	if genericRoles[role] {
		return true
	}
	for _, r := range e.Roles {
		if r == role || strings.HasSuffix(r, role) || strings.HasSuffix(role, r) {
			return true
		}
	}
	return len(e.Roles) == 0
}

// issuedBy returns who a participle right after a document names as its
// issuer ("a joint statement released by the White House"), or -1.
func (c *clusterer) issuedBy(k int) int {
	d := c.d
	if k+1 >= len(d.Tokens) || d.Tokens[k].Tag != "VBN" || !strings.EqualFold(d.Tokens[k+1].Text, "by") {
		return -1
	}
	at := k + 2
	if at < len(d.Tokens) && strings.EqualFold(d.Tokens[at].Text, "the") {
		at++
	}
	for _, sp := range d.Spans {
		if sp.Kind == doc.KindName && sp.Entity >= 0 && sp.First == at {
			switch d.Entities[sp.Entity].Type {
			case "ORG", "PERSON", "GPE":
				return sp.Entity
			}
		}
	}
	return -1
}

// issuer finds who issued a document mentioned at token i: the speaker of
// an earlier "X said in a statement" or the owner of "X's statement".
func (c *clusterer) issuer(sent, i int) int {
	d := c.d
	for si := sent; si >= 0 && si >= sent-6; si-- {
		s := d.Sents[si]
		last := s.Last
		if si == sent {
			last = i
		}
		for k := s.First; k < last; k++ {
			if !documents[strings.ToLower(d.Tokens[k].Text)] {
				continue
			}
			// nearest named ORG or PERSON before the document noun, or a
			// country that is not a place complement ("Saudi Arabia and
			// the United States said in a joint statement", not "the
			// ministry in Moscow")
			best, bestEnd := -1, -1
			for _, sp := range d.Spans {
				if sp.Kind == doc.KindName && sp.Entity >= 0 && sp.Last <= k && sp.First >= s.First && sp.Last > bestEnd {
					t := d.Entities[sp.Entity].Type
					if t == "ORG" || t == "PERSON" || t == "GPE" && !placeComplement(d, s.First, sp.First) {
						best, bestEnd = sp.Entity, sp.Last
					}
				}
			}
			if best >= 0 {
				return best
			}
		}
	}
	return -1
}

// placeComplement reports whether the name starting at token i (after an
// optional "the") follows a preposition: "in Moscow", "of the United
// States".
func placeComplement(d *doc.Doc, lo, i int) bool {
	if i > lo && strings.EqualFold(d.Tokens[i-1].Text, "the") {
		i--
	}
	return i > lo && d.Tokens[i-1].Tag == "IN"
}

// orgAntecedent finds the latest organisation before token i whose name
// ends in the same institution noun and whose country agrees.
func (c *clusterer) orgAntecedent(head, iso string, before int) int {
	d := c.d
	best, bestPos := -1, -1
	for e, ent := range d.Entities {
		if ent.Type != "ORG" || !strings.HasSuffix(strings.ToLower(ent.Name), head) {
			continue
		}
		if iso != "" && ent.Nationality != iso {
			// "the Syrian government" is not an earlier unqualified "the
			// government" (which may be another country's)
			continue
		}
		for _, m := range ent.Mentions {
			if s := d.Spans[m]; s.First < before && s.First > bestPos {
				best, bestPos = e, s.First
			}
		}
	}
	return best
}

// nounAt reports whether token i continues a noun phrase, so that the
// words before it are a modifier ("the military operation"): the tagger
// says it is a noun, or without tags it is a lower-case content word.
func (c *clusterer) nounAt(i, end int) bool {
	if i >= end {
		return false
	}
	t := c.d.Tokens[i]
	if t.Tag != "" {
		return strings.HasPrefix(t.Tag, "NN")
	}
	w := t.Text
	if w != strings.ToLower(w) || !isWord(w) || functionWords[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

func isWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// functionWords follow a noun phrase without continuing it.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`and or but of in on at to for with from by as than that which who whom whose
		has have had is was were are be been being will would could should may might must can do does did
		said says say also not never then there here when where while after before since until during against
		into onto over under about around near across through without within`) {
		functionWords[w] = true
	}
}

// groupSectors are the sectors of groups that news names by a plural noun.
var groupSectors = map[string]bool{"CVL": true, "REB": true, "OPP": true, "REF": true, "MIL": true, "COP": true, "MED": true, "EDU": true, "REL": true, "BUS": true, "LAB": true, "NGO": true}

// groupAntecedent finds an earlier group entity named by the same noun.
func (c *clusterer) groupAntecedent(role string) int {
	for e, ent := range c.d.Entities {
		if ent.Plural && ent.Name == role {
			return e
		}
	}
	return -1
}

// barePlural reports whether a group is named at token j by a lower-case
// plural role of up to three words: "protesters", "separatist forces".
func (c *clusterer) barePlural(j, end int) bool {
	d := c.d
	if t := d.Tokens[j].Text; t == "" || (t[0] < 'a' || t[0] > 'z') && !(c.sentenceStart(j) && t[0] >= 'A' && t[0] <= 'Z' && t[1:] == strings.ToLower(t[1:])) {
		return false // a group noun in lower case begins with a letter (capitalised only to open a sentence)
	}
	for k := 3; k >= 1; k-- {
		if j+k > end || !plural(d.Tokens[j+k-1].Text) {
			continue
		}
		var parts []string
		for m := j; m < j+k; m++ {
			parts = append(parts, d.Tokens[m].Text)
		}
		w := strings.Join(parts, " ")
		if c.sentenceStart(j) {
			w = strings.ToLower(w[:1]) + w[1:]
		}
		role, ok := kb.LookupRole(w)
		if ok && groupSectors[role.Sector] && plural(w) && w == strings.ToLower(w) && !titleOnly[w] {
			return true
		}
	}
	return false
}

// sentenceStart reports whether token j opens a sentence written in
// sentence case (not a headline in title case): its capital says nothing
// about the word.
func (c *clusterer) sentenceStart(j int) bool {
	d := c.d
	t := d.Tokens[j]
	if t.Sent < 0 || t.Sent >= len(d.Sents) || d.Sents[t.Sent].First != j {
		return false
	}
	for k := j + 1; k < d.Sents[t.Sent].Last && k <= j+4; k++ {
		if w := d.Tokens[k].Text; w != "" && w[0] >= 'a' && w[0] <= 'z' {
			return true
		}
	}
	return false
}

// twoWordName reports whether two words may form a two-word demonym or
// country name ("North Korean", not "the Russian"): both capitalised, the
// first no determiner.
func twoWordName(a, b string) bool {
	capital := func(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
	return capital(a) && capital(b) && !determiners[strings.ToLower(a)]
}

// plural reports whether a noun has a plural ending: "rebels", "gunmen".
func plural(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(strings.ToLower(w), "men")
}

// onlyPerson returns the one person named before token i, when the text
// has named exactly one, in earlier sentences only, and given it no role,
// or -1. ("Anna Reyes said the minister told ...": a person named in the
// same sentence is someone else.)
func (c *clusterer) onlyPerson(i int) int {
	d := c.d
	sent := d.Tokens[i].Sent
	found := -1
	for e, ent := range d.Entities {
		if ent.Type != "PERSON" || ent.Plural {
			continue
		}
		named := false
		for _, m := range ent.Mentions {
			s := d.Spans[m]
			if s.First >= 0 && s.First < i && d.Tokens[s.First].Sent == sent {
				return -1
			}
			if s.Kind == doc.KindName && s.First < i {
				named = true
			}
		}
		if !named {
			continue
		}
		if found >= 0 || len(ent.Roles) > 0 {
			return -1
		}
		found = e
	}
	return found
}

// bareForces are the state's forces named without a determiner: "clashed
// with police", "Security forces fired tear gas".
var bareForces = map[string]bool{"police": true, "security forces": true, "riot police": true, "government forces": true, "government troops": true}

// bareForcesAt reports whether one of bareForces starts at token j.
func (c *clusterer) bareForcesAt(j, end int) bool {
	if j+1 >= end {
		return false
	}
	return bareForces[strings.ToLower(c.d.Tokens[j].Text+" "+c.d.Tokens[j+1].Text)]
}

// groupCodeBefore returns the code of the opposition, party or armed
// group described last before token i in its sentence ("Venezuela's
// opposition"): its country and sector, or "".
func (c *clusterer) groupCodeBefore(i int) string {
	d := c.d
	sent := d.Tokens[i].Sent
	code, pos := "", -1
	for _, s := range d.Spans {
		if s.Entity < 0 || s.First < 0 || s.Last > i || s.First <= pos || s.First < d.Sents[sent].First || s.Kind == doc.KindPronoun {
			continue
		}
		ent := d.Entities[s.Entity]
		if ent.Type != "ORG" || ent.Nationality == "" {
			continue
		}
		if sec, ok := kb.OrgSector(ent.Name); ok && (sec == "OPP" || sec == "PTY" || sec == "REB") {
			code, pos = ent.Nationality+sec, s.First
		}
	}
	return code
}

// formerTitle reports whether a word says a title that follows is no
// longer held: "former", "ex-", "late", "then-".
func formerTitle(w string) bool {
	switch strings.ToLower(w) {
	case "former", "ex", "ex-", "late", "then-":
		return true
	}
	return false
}

// indexNames indexes the name spans by their first token for namesAt.
func (c *clusterer) indexNames() {
	d := c.d
	if cap(c.nameStarts) < len(d.Tokens)+1 {
		c.nameStarts = make([]int32, len(d.Tokens)+1)
	}
	starts := c.nameStarts[:len(d.Tokens)+1]
	clear(starts)
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && s.First >= 0 && s.First < len(d.Tokens) {
			starts[s.First+1]++
		}
	}
	for i := 1; i < len(starts); i++ {
		starts[i] += starts[i-1]
	}
	spans := make([]int32, starts[len(starts)-1])
	fill := make([]int32, len(d.Tokens))
	for m, s := range d.Spans {
		if s.Kind == doc.KindName && s.First >= 0 && s.First < len(d.Tokens) {
			spans[starts[s.First]+fill[s.First]] = int32(m)
			fill[s.First]++
		}
	}
	c.nameStarts, c.nameSpans = starts, spans
}

// namesAt returns the indexes, in span order, of the spans that may be
// names starting at token i: from the index while there is one
// (findNominals), else every span.
func (c *clusterer) namesAt(i int) []int32 {
	if c.nameStarts != nil {
		if i < 0 || i+1 >= len(c.nameStarts) {
			return nil
		}
		return c.nameSpans[c.nameStarts[i]:c.nameStarts[i+1]]
	}
	all := make([]int32, len(c.d.Spans))
	for m := range all {
		all[m] = int32(m)
	}
	return all
}

// beforeInstitution reports whether the word after token j is a
// lower-case noun for a state institution ("junta", "army", "government")
// that ends its phrase: a country named right before it is the
// institution's ("Niger junta expels French ambassador").
func (c *clusterer) beforeInstitution(j, end int) bool {
	d := c.d
	if j+1 >= end {
		return false
	}
	w := d.Tokens[j+1].Text
	if w != strings.ToLower(w) || c.nounAt(j+2, end) {
		return false
	}
	sec, ok := orgHead(w)
	return ok && stateSectors[sec]
}

// stateSectors are the sectors of a state's own institutions.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "LEG": true, "JUD": true, "SPY": true}
