// Package actors is the pipeline stage that gives entities CAMEO-style
// actor codes: an ISO alpha-3 country plus a sector (RUSGOV, SYRMIL,
// IGOUNO, RUSMED). It reads what coreference recorded about each entity
// (titles and role nouns, nationality), the words of its names ("Russian
// Defense Ministry"), the knowledge base of organisations and sector
// nouns, the gazetteer for countries and places, and, when given one, a
// Base of what earlier articles said about people (their roles with dates).
package actors

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/kb"
)

// Base answers what is known about a person from earlier articles or from
// user dictionaries: the actor code valid at a date. Implementations live
// at the edges (the store, PETRARCH dictionaries).
type Base interface {
	Lookup(name string, at time.Time) (dateline.Actor, bool)
}

// Coder implements doc.Stage.
type Coder struct {
	gaz  *gazetteer.Gazetteer
	base Base // may be nil
}

// New returns a Coder; base may be nil.
func New(base Base) *Coder { return &Coder{gaz: gazetteer.Default(), base: base} }

// Name implements doc.Stage.
func (*Coder) Name() string { return "actors" }

// Process sets Entity.Actor where the text or the base tells who an
// entity is.
func (c *Coder) Process(d *doc.Doc) error {
	for ei, e := range d.Entities {
		var a *dateline.Actor
		switch e.Type {
		case "PERSON":
			a = c.person(d, e)
		case "ORG":
			a = c.org(d, ei, e)
		case "GPE", "NORP":
			a = c.place(e)
		}
		if a != nil && a.Code != "" {
			e.Actor = a
		}
	}
	return nil
}

func (c *Coder) person(d *doc.Doc, e *doc.Entity) *dateline.Actor {
	a := &dateline.Actor{Country: e.Nationality}
	for _, r := range e.Roles {
		if role, ok := kb.LookupOffice(r); ok {
			if a.Sector == "" {
				a.Sector = role.Sector
			}
			if a.Role == "" && !generic(r) {
				a.Role = role.Title
			}
		}
	}
	if a.Sector == "" && len(e.FormerRoles) > 0 {
		// "former President X": an elite, not the office (CAMEO's ELI)
		a.Sector = "ELI"
		if role, ok := kb.LookupOffice(e.FormerRoles[0]); ok {
			a.Role = "Former " + role.Title
		}
	}
	if o := roleFor(d, e); o >= 0 && a.Country == "" {
		// "a spokesperson for Northern Powergrid": the body's voice
		if oa := c.org(d, o, d.Entities[o]); oa != nil && oa.Code != "" {
			oa.Role = a.Role
			return oa
		}
	}
	if a.Country == "" && e.Organisation != "" {
		// "EU foreign policy chief", "UN aid chief": the body's official
		a.Code, a.Source = e.Organisation, "text"
		if party := len(e.Organisation) == 6 && strings.HasSuffix(e.Organisation, "PTY"); !party {
			return a
		}
		if _, ok := leader(e.Name, d.Published); ok {
			// "Labour leader Tony Blair" in office: the state's
			a.Code = ""
		} else {
			if a.Sector == "OPP" || a.Sector == "LEG" || a.Sector == "GOV" && stateOffice(a.Role) {
				// "Labour's shadow business secretary", "Labour's
				// longest-serving prime minister": the party's country,
				// the office's sector
				a.Country = e.Organisation[:3]
				a.Code = a.Country + a.Sector
			}
			return a
		}
	}
	if a.Country == "" {
		if pa := c.principalActor(d, e); pa != nil {
			// a spokesperson for the one named just before
			switch {
			case pa.Country != "":
				a.Country, a.Source = pa.Country, "text"
				if pa.Sector != "" && (pa.Sector != "GOV" || a.Sector == "") {
					a.Sector = pa.Sector
				}
				if a.Sector == "" {
					a.Sector = "GOV" // a country's spokesman
				}
				a.Code = a.Country + a.Sector
				return a
			case pa.Code != "":
				a.Code, a.Source = pa.Code, "text" // "his spokesman" of the UN chief
				return a
			}
		}
		for _, r := range e.Roles {
			if iso, ok := kb.TitleCountry(r); ok {
				a.Country = iso // "Home Secretary Charles Clarke"
				break
			}
		}
	}
	if o := e.Organisation; len(o) == 6 && a.Country == o[:3] && (a.Sector == "GOV" || a.Sector == "") && o[3:] != "PTY" {
		// "Pentagon press secretary Sabrina Singh": the body's
		a.Sector = o[3:]
	}
	a.Source = "text"
	if (a.Country == "" || a.Sector == "") && c.base != nil {
		if b, ok := c.base.Lookup(e.Name, d.Published); ok {
			a.Source = b.Source
			if a.Source == "" {
				a.Source = "base"
			}
			if a.Country == "" {
				a.Country = b.Country
			}
			if a.Sector == "" {
				a.Sector = b.Sector
			}
			if a.Role == "" {
				a.Role = b.Role
			}
		}
	}
	if a.Country == "" && !e.Plural {
		// a leader the text names without a country ("President Joe
		// Biden" in a story on China's trade)
		if b, ok := leader(e.Name, d.Published); ok {
			if b.Country == "" {
				return &b // an international body's head
			}
			a.Country, a.Source = b.Country, b.Source
			if a.Sector == "" {
				a.Sector = b.Sector
			}
			if a.Role == "" {
				a.Role = b.Role
			}
		}
	}
	switch {
	case a.Country != "" || a.Sector == "":
	case e.Plural:
		// "protesters", "troops": of the place they are said to be at
		// ("rebel positions near Idlib"), else of the country named
		// before, else of the article
		if a.Country = c.placeAfter(d, e); a.Country == "" {
			a.Country = c.nearby(d, e, captives[strings.ToLower(e.Name)])
		}
		if a.Country == "" && !captives[strings.ToLower(e.Name)] {
			// (prisoners, hostages: freed or swapped, often of several
			// countries, seldom the article's)
			a.Country = c.focus(d)
		}
	case stateSector[a.Sector] || a.Sector == "PTY" || domesticSector[a.Sector]:
		// "Vice President Pence", "the Republican nominee": an official
		// or politician of the country the article is about
		a.Country = c.focus(d)
	}
	a.Code = a.Country + a.Sector
	return a
}

// generic role nouns say a sector but not a title.
func generic(r string) bool {
	switch strings.TrimSuffix(r, "s") {
	case "leader", "counterpart", "official", "head of state":
		return true
	}
	return false
}

func (c *Coder) org(d *doc.Doc, ei int, e *doc.Entity) *dateline.Actor {
	for _, m := range e.Mentions {
		if d.Spans[m].Kind == doc.KindNominal {
			continue // a description ("the alliance") names no organisation
		}
		if o, ok := kb.LookupOrg(d.Slice(d.Spans[m].Range)); ok {
			return &dateline.Actor{Code: o.Code, Country: o.Country, Sector: o.Sector, Source: "text"}
		}
	}
	if o, ok := kb.LookupOrg(e.Name); ok {
		return &dateline.Actor{Code: o.Code, Country: o.Country, Sector: o.Sector, Source: "text"}
	}
	a := &dateline.Actor{Source: "text"}
	if s, ok := kb.OrgSector(e.Name); ok {
		a.Sector = s
	}
	a.Country = e.Nationality
	if a.Country == "" {
		a.Country = c.countryIn(e.Name)
	}
	if country, sector := c.descriptor(d, e); country != "" || sector != "" {
		// "UK bank Barclays": what the text calls it
		if a.Country == "" {
			a.Country = country
		}
		if a.Sector == "" {
			a.Sector = sector
		}
	}
	if a.Country == "" {
		a.Country = c.contextCountry(d, ei, e)
	}
	if a.Country == "" && (stateSector[a.Sector] || domesticSector[a.Sector]) {
		if p := titleHolder(d, e); p != nil {
			// "Foreign Ministry spokesman Nasser Kanaani": the body of
			// the person whose title it opens
			if pa := c.person(d, p); pa != nil {
				a.Country = pa.Country
			}
		}
	}
	if a.Country == "" && (stateSector[a.Sector] || domesticSector[a.Sector]) {
		// "the presidency", "the army", "the rebels": the country of the
		// place or person named just before, else the state the article
		// is about
		a.Country = c.nearbyCountry(d, e)
		if a.Country == "" {
			a.Country = c.focus(d)
		}
	}
	if a.Sector == "" && a.Country == "" {
		return nil
	}
	a.Code = a.Country + a.Sector
	return a
}

// roleFor returns the organisation a described person works for: the
// ORG named right after a description of them and "for", "of" or "at" ("a
// spokesperson for Northern Powergrid"), or -1.
func roleFor(d *doc.Doc, e *doc.Entity) int {
	for _, m := range e.Mentions {
		s := d.Spans[m]
		if s.Kind != doc.KindNominal || s.Last+1 >= len(d.Tokens) {
			continue
		}
		switch strings.ToLower(d.Tokens[s.Last].Text) {
		case "for", "of", "at":
		default:
			continue
		}
		at := s.Last + 1
		if strings.EqualFold(d.Tokens[at].Text, "the") {
			at++
		}
		for _, o := range d.Spans {
			if o.Entity >= 0 && o.Kind == doc.KindName && o.First == at && d.Entities[o.Entity].Type == "ORG" {
				return o.Entity
			}
		}
	}
	return -1
}

// titleHolder returns the person whose title a mention of e opens
// ("Foreign Ministry spokesman Nasser Kanaani"): a person named after one
// or two lower-case words that follow the mention, or nil.
func titleHolder(d *doc.Doc, e *doc.Entity) *doc.Entity {
	for _, m := range e.Mentions {
		k := d.Spans[m].Last
		if k <= 0 || k >= len(d.Tokens) {
			continue
		}
		for _, s := range d.Spans {
			if s.Entity < 0 || s.Kind != doc.KindName || s.First <= k || s.First > k+2 || d.Entities[s.Entity].Type != "PERSON" {
				continue
			}
			words := true
			for j := k; j < s.First; j++ {
				if t := d.Tokens[j].Text; t == "" || t[0] < 'a' || t[0] > 'z' {
					words = false
				}
			}
			if words {
				return d.Entities[s.Entity]
			}
		}
	}
	return nil
}

// countryIn finds a country or demonym among the words of a name.
func (c *Coder) countryIn(name string) string {
	words := strings.Fields(name)
	for n := 3; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			w := strings.Join(words[i:i+n], " ")
			if iso, ok := c.gaz.Country(w); ok {
				return iso
			}
		}
	}
	return ""
}

// contextCountry finds the country of an organisation named without one:
// the demonym right before its mention ("the Syrian army"), or the
// country of an organisation it is coordinated with ("the Russian Defense
// Ministry and the General Staff").
func (c *Coder) contextCountry(d *doc.Doc, ei int, e *doc.Entity) string {
	for _, m := range e.Mentions {
		s := d.Spans[m]
		if s.First <= 0 || s.First > len(d.Tokens) {
			continue
		}
		k := s.First - 1
		if strings.EqualFold(d.Tokens[k].Text, "the") && k > 0 {
			k--
		}
		if iso, ok := c.gaz.Country(d.Tokens[k].Text); ok && c.gaz.IsDemonym(d.Tokens[k].Text) {
			return iso
		}
		if d.Tokens[k].Text == "and" || d.Tokens[k].Text == "," {
			for _, o := range d.Spans {
				if o.Entity >= 0 && o.Entity != ei && o.Last == k && d.Entities[o.Entity].Type == "ORG" {
					if iso := c.countryIn(d.Entities[o.Entity].Name); iso != "" {
						return iso
					}
				}
			}
		}
	}
	return ""
}

// place codes a country (or its people) by its ISO code, and a city by
// its country.
func (c *Coder) place(e *doc.Entity) *dateline.Actor {
	if iso, ok := c.gaz.Country(e.Name); ok {
		return &dateline.Actor{Code: iso, Country: iso, Source: "text"}
	}
	if e.Geo != nil && e.Geo.Country != "" {
		return &dateline.Actor{Code: e.Geo.Country, Country: e.Geo.Country, Source: "text"}
	}
	return nil
}

// stateSector are the sectors of state bodies, which belong to a country
// even when the text does not name it.
var stateSector = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// domesticSector are the sectors of groups that act inside one country:
// rebels and the opposition named without one are that country's.
var domesticSector = map[string]bool{"REB": true, "OPP": true}

// focus is the country an article is mostly about: the one its places
// and nationalities name most often. Ties go to the first named.
func (c *Coder) focus(d *doc.Doc) string {
	count := map[string]int{}
	first := map[string]int{}
	for _, e := range d.Entities {
		iso := ""
		switch {
		case e.Type != "GPE" && e.Type != "NORP":
			continue
		case e.Geo != nil:
			iso = e.Geo.Country
		default:
			iso, _ = c.gaz.Country(e.Name)
		}
		if iso == "" {
			continue
		}
		count[iso] += len(e.Mentions)
		if _, ok := first[iso]; !ok && len(e.Mentions) > 0 {
			first[iso] = d.Spans[e.Mentions[0]].Start
		}
	}
	best := ""
	for iso, n := range count {
		if best == "" || n > count[best] || (n == count[best] && first[iso] < first[best]) {
			best = iso
		}
	}
	return best
}

// nearbyCountry returns the country of the nearest place, nationality or
// person named before the entity's first mention, in its sentence or the
// one before.
func (c *Coder) nearbyCountry(d *doc.Doc, e *doc.Entity) string {
	return c.nearby(d, e, false)
}

// nearby is nearbyCountry; with peopleOnly, a place named nearby does not
// count, only a nationality ("Philippine troops freed three hostages"):
// prisoners and hostages are often held far from home.
func (c *Coder) nearby(d *doc.Doc, e *doc.Entity, peopleOnly bool) string {
	if len(e.Mentions) == 0 {
		return ""
	}
	first := d.Spans[e.Mentions[0]]
	if first.First < 0 || first.First >= len(d.Tokens) {
		return ""
	}
	minSent := d.Tokens[first.First].Sent - 1
	verb := -1 // the verb of demand or blame the first mention is the object of
	if h := first.Last - 1; h >= 0 && h < len(d.Tokens) && strings.EqualFold(d.Tokens[first.First].Text, "the") {
		switch d.Tokens[h].Dep {
		case "obj", "obl", "iobj":
			if v := d.Tokens[h].Head; v >= 0 && addressedVerbs[d.Tokens[v].Lemma] {
				verb = v
			}
		}
	}
	best, bestPos := "", -1
	for _, s := range d.Spans {
		if s.Entity < 0 || s.Kind == doc.KindPronoun || s.Last > first.First || s.First <= bestPos || s.First < 0 || d.Tokens[s.First].Sent < minSent {
			continue
		}
		if verb >= 0 && subjectOf(d, s.Last-1) == verb {
			// "Brazil, Colombia and Mexico called on the electoral
			// authority": not theirs
			continue
		}
		o := d.Entities[s.Entity]
		iso := ""
		switch {
		case o.Type == "PERSON":
			iso = o.Nationality
		case peopleOnly && o.Type == "GPE":
		case o.Type == "GPE" && o.Geo != nil:
			iso = o.Geo.Country
		case o.Type == "GPE" || o.Type == "NORP":
			iso, _ = c.gaz.Country(o.Name)
		}
		if iso != "" {
			best, bestPos = iso, s.First
		}
	}
	return best
}

// locativePreps introduce where a group is: "protesters in Caracas",
// "positions near Idlib".
var locativePreps = map[string]bool{"in": true, "near": true, "outside": true, "around": true, "across": true, "inside": true}

// placeAfter returns the country of a place named in a locative phrase
// right after the first mention of e ("rebels in Idlib province"), or "".
func (c *Coder) placeAfter(d *doc.Doc, e *doc.Entity) string {
	if len(e.Mentions) == 0 {
		return ""
	}
	first := d.Spans[e.Mentions[0]]
	k := first.Last
	if k < 0 || k+1 >= len(d.Tokens) || !locativePreps[strings.ToLower(d.Tokens[k].Text)] {
		return ""
	}
	sent := d.Tokens[k].Sent
	for _, s := range d.Spans {
		if s.Entity < 0 || s.First <= k || s.First > k+3 || d.Tokens[s.First].Sent != sent {
			continue
		}
		if o := d.Entities[s.Entity]; o.Type == "GPE" {
			if o.Geo != nil && o.Geo.Country != "" {
				return o.Geo.Country
			}
			if iso, ok := c.gaz.Country(o.Name); ok {
				return iso
			}
		}
	}
	return ""
}

// stateOffice reports whether a title is an office of the state rather
// than of a party: ministers, secretaries, chancellors, mayors, governors.
func stateOffice(title string) bool {
	t := strings.ToLower(title)
	for _, w := range []string{"minister", "secretary", "chancellor", "mayor", "governor", "premier"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// subjectOf returns the verb whose subject token k is, directly or as
// one of coordinated subjects, or -1.
func subjectOf(d *doc.Doc, k int) int {
	for hops := 0; k >= 0 && hops < 6 && d.Tokens[k].Dep == "conj"; hops++ {
		k = d.Tokens[k].Head
	}
	if k < 0 || !strings.HasPrefix(d.Tokens[k].Dep, "nsubj") {
		return -1
	}
	return d.Tokens[k].Head
}

// addressedVerbs are verbs by which one party addresses another: a body
// their object names ("called on the electoral authority") is not the
// subject's own.
var addressedVerbs = map[string]bool{"call": true, "urge": true, "ask": true, "press": true, "accuse": true,
	"criticise": true, "criticize": true, "condemn": true, "demand": true, "warn": true, "tell": true, "blame": true}

// principalActor returns the actor of whom a spokesperson speaks for (see
// principal), coding it first when the entity comes later in the list.
func (c *Coder) principalActor(d *doc.Doc, e *doc.Entity) *dateline.Actor {
	p := principal(d, e)
	if p == nil {
		return nil
	}
	if p.Actor != nil {
		return p.Actor
	}
	for pi, q := range d.Entities {
		if q != p {
			continue
		}
		switch p.Type {
		case "ORG":
			return c.org(d, pi, p)
		case "GPE", "NORP":
			return c.place(p)
		}
	}
	return nil
}

// captives are groups whose country the text must say: prisoners and
// hostages are often foreigners where they are held.
var captives = map[string]bool{"prisoners": true, "hostages": true, "detainees": true, "captives": true}
