// Package coref is the pipeline stage that turns mentions into entities:
// it clusters name spans (full names and their short forms, acronyms,
// country names), finds nominal mentions ("the Russian leader", "his
// Syrian counterpart", "the statement") and third-person pronouns, and
// links each to the entity it refers to. It also records what the text
// says about each entity (titles, nationality) for actor coding, and
// groups time expressions by value. First- and second-person pronouns in
// quotes are left to the quotes stage, which knows the speaker.
package coref

import (
	"slices"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/kb"
)

// Resolver implements doc.Stage.
type Resolver struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Resolver.
func New() *Resolver { return &Resolver{gaz: gazetteer.Default()} }

// Name implements doc.Stage.
func (*Resolver) Name() string { return "coref" }

// skipped entity types: numbers are not entities an analyst follows.
var skipped = map[string]bool{"CARDINAL": true, "ORDINAL": true, "QUANTITY": true, "PERCENT": true, "MONEY": true}

// Process builds d.Entities from d.Spans and adds nominal and pronoun spans.
func (r *Resolver) Process(d *doc.Doc) error {
	r.dropShadowed(d)
	c := &clusterer{d: d, r: r, byKey: map[string]int{}}
	c.tidyNames()
	c.mergeAdjacent()
	c.placeNames = c.findPlaceNames()
	for i := range d.Spans {
		s := &d.Spans[i]
		if s.Entity >= 0 || skipped[s.Label] {
			continue
		}
		switch s.Kind {
		case doc.KindTime:
			c.linkTime(i)
		case doc.KindName:
			c.linkName(i)
		}
	}
	c.mergeSurnames()
	c.partyOwners()
	c.apposedNationality()
	c.findBothSides()
	c.findNominals()
	c.nameAfterRole()
	// descriptions that refer back to a named organisation or place come
	// before pronouns, which may speak for them ("the agency said ... It
	// said")
	c.findBlocs()
	c.findHeadNouns()
	c.findIsland()
	c.findRulings()
	c.courtOfficials()
	c.findPronouns()
	c.findSpeakingIt()
	c.findReportedIt()
	c.finish()
	return nil
}

// dropShadowed removes name spans of DATE/TIME type that overlap a time
// expression: the time stage's spans carry normalised values.
func (r *Resolver) dropShadowed(d *doc.Doc) {
	var times []doc.Range
	for _, s := range d.Spans {
		if s.Kind == doc.KindTime {
			times = append(times, s.Range)
		}
	}
	if len(times) == 0 {
		return
	}
	out := d.Spans[:0]
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && (s.Label == "DATE" || s.Label == "TIME") {
			shadow := false
			for _, t := range times {
				if t.Overlaps(s.Range) {
					shadow = true
					break
				}
			}
			if shadow {
				continue
			}
		}
		out = append(out, s)
	}
	d.Spans = out
}

type clusterer struct {
	d     *doc.Doc
	r     *Resolver
	byKey map[string]int // normalised name -> entity
	words map[string]countryWord
	names map[string][]string // nameWords of entity names, not to be modified
	// placeNames are the keys of names written elsewhere as places
	// (findPlaceNames)
	placeNames map[string]bool
	// pair holds the ISO codes of the two countries "both countries"
	// refers to, once findBothSides has met the phrase
	pair []string
	// nameStarts and nameSpans index the name spans by first token while
	// findNominals runs (indexNames, namesAt)
	nameStarts, nameSpans []int32
	// what lookup said of each token's text, where asked (demonymAt)
	tokWords []countryWord
	tokAsked []bool
}

// nameWords is nameWords(name), computed once per name: shortForm asks it
// of every earlier entity for each new mention.
func (c *clusterer) nameWords(name string) []string {
	if ws, ok := c.names[name]; ok {
		return ws
	}
	ws := nameWords(name)
	if c.names == nil {
		c.names = map[string][]string{}
	}
	c.names[name] = ws
	return ws
}

func (c *clusterer) newEntity(name, typ string) int {
	c.d.Entities = append(c.d.Entities, &doc.Entity{Name: name, Type: typ})
	return len(c.d.Entities) - 1
}

func (c *clusterer) link(span, ent int) {
	c.d.Spans[span].Entity = ent
	e := c.d.Entities[ent]
	e.Mentions = append(e.Mentions, span)
}

func (c *clusterer) linkTime(i int) {
	s := c.d.Spans[i]
	key := "time:" + s.Value
	if s.Value == "" {
		key = "time:" + strings.ToLower(c.d.Slice(s.Range))
	}
	e, ok := c.byKey[key]
	if !ok {
		e = c.newEntity(c.d.Slice(s.Range), s.Label)
		c.d.Entities[e].Value = s.Value
		c.byKey[key] = e
	}
	c.link(i, e)
}

// linkName clusters a name span with earlier names.
func (c *clusterer) linkName(i int) {
	d := c.d
	s := d.Spans[i]
	name := cleanName(d.Slice(s.Range))
	var titles, former []string
	nationality := ""
	if s.Label == "PERSON" {
		// a recognizer may take the title into the name: "Russian
		// Foreign Minister Sergei Lavrov"; the mention keeps it, the name not
		name, titles, former, nationality = c.splitTitle(s)
	}
	key := normKey(name)
	typ := c.retype(s.Label, name)
	if c.linkedAdjective(name) {
		// "a British-linked tanker", "Saudi-led forces": the country's
		// adjective, whatever the recognizer said
		typ, name = "NORP", name[:strings.IndexByte(name, '-')]
		key = normKey(name)
	}
	if c.titledPerson(s, typ, name) {
		typ = "PERSON" // "Chinese President Xi Jinping" read as a place
	} else if typ == "PERSON" && (c.placeAfterPreposition(s, name) || len(titles) == 0 && c.placeNames[key]) {
		typ = "GPE" // "In County Durham, ..." read as a person
	} else if typ == "PERSON" && len(titles) == 0 && c.orgAfterKind(s) {
		typ = "ORG" // "the rights group Foro Penal" read as a person
	} else if (typ == "PERSON" || typ == "GPE") && len(titles) == 0 && !c.countryOrOrg(name) && c.companyApposition(s) {
		typ = "ORG" // "Skydio, the largest U.S. drone maker," read as a place
	}
	d.Spans[i].Label = typ
	if o, ok := kb.LookupOrg(name); ok {
		key = "org:" + o.Code + ":" + normKey(o.Name)
		if typ == "PERSON" || typ == "GPE" {
			typ = o.Type
		}
	} else if iso, ok := c.r.gaz.Country(name); ok && (typ == "GPE" || typ == "LOC") && !c.r.gaz.IsDemonym(name) {
		key = "country:" + iso
	} else if typ == "NORP" {
		if iso, ok := c.r.gaz.Country(name); ok {
			key = "norp:" + iso
		}
	}
	e, ok := c.byKey[key]
	if !ok && (typ == "PERSON" || typ == "ORG" || typ == "GPE") {
		e, ok = c.shortForm(name, typ)
	}
	if !ok {
		e = c.newEntity(name, typ)
		c.byKey[key] = e
	}
	ent := d.Entities[e]
	if typ == "PERSON" && ent.Type != "PERSON" {
		ent.Type = "PERSON"
	}
	// the longest name is the canonical one
	if len(name) > len(ent.Name) && ent.Type == typ {
		ent.Name = name
	}
	c.link(i, e)
	c.describe(i, e)
	for _, t := range titles {
		addRole(ent, t)
	}
	for _, t := range former {
		ent.FormerRoles = appendNew(ent.FormerRoles, t)
	}
	if nationality != "" && ent.Nationality == "" {
		ent.Nationality = nationality
	}
	if ent.Type == "PERSON" && ent.Gender == "" {
		ent.Gender = c.honorificGender(s)
	}
	if ent.Type == "PERSON" && ent.Gender == "" {
		ent.Gender = kb.GivenNameGender(name)
	}
}

// splitTitle separates leading demonyms and titles from a person's name
// span and returns the bare name, the titles held, the titles held before
// ("former President") and the nationality.
func (c *clusterer) splitTitle(s doc.Span) (name string, titles, former []string, nationality string) {
	d := c.d
	if s.First < 0 || s.Last > len(d.Tokens) {
		return cleanName(d.Slice(s.Range)), nil, nil, ""
	}
	k := s.First
	for k < s.Last-1 {
		t := d.Tokens[k].Text
		if iso, ok := c.demonym(t); ok {
			nationality = iso
			k++
			continue
		}
		if formerWords[strings.ToLower(t)] {
			// "former (Russian) President X": a title no longer held
			j := k + 1
			for j < s.Last-1 && c.isDemonym(d.Tokens[j].Text) {
				if iso, ok := c.demonym(d.Tokens[j].Text); ok {
					nationality = iso
				}
				j++
			}
			if role, n := c.roleStartingAt(j, s.Last-1); n > 0 {
				former = append(former, strings.ToLower(role.Title))
				k = j + n
				continue
			}
		}
		if role, n := c.roleStartingAt(k, s.Last-1); n > 0 {
			if role.Person {
				titles = append(titles, strings.ToLower(role.Title))
			}
			k += n
			continue
		}
		break
	}
	if k == s.First {
		return cleanName(d.Slice(s.Range)), nil, nil, ""
	}
	return cleanName(d.Text[d.Tokens[k].Start:d.Tokens[s.Last-1].End]), titles, former, nationality
}

// roleStartingAt finds a title of up to three words starting at token i
// and ending before token max.
func (c *clusterer) roleStartingAt(i, max int) (kb.Role, int) {
	for n := 3; n >= 1; n-- {
		if i+n > max {
			continue
		}
		var parts []string
		for k := i; k < i+n; k++ {
			parts = append(parts, c.d.Tokens[k].Text)
		}
		if role, ok := kb.LookupOffice(strings.Join(parts, " ")); ok {
			return role, n
		}
	}
	return kb.Role{}, 0
}

// shortForm finds an earlier entity that name abbreviates: a surname
// ("Putin" for "Vladimir Putin", "Assad" for "Bashar al-Assad") or an
// acronym ("UN" for "United Nations").
func (c *clusterer) shortForm(name, typ string) (int, bool) {
	words := nameWords(name)
	for e := len(c.d.Entities) - 1; e >= 0; e-- {
		ent := c.d.Entities[e]
		if ent.Type != "PERSON" && ent.Type != "ORG" && ent.Type != "GPE" {
			continue
		}
		full := c.nameWords(ent.Name)
		if ent.Type == "PERSON" && typ == "PERSON" && len(words) > 0 && slices.Equal(withoutInitials(words), withoutInitials(full)) {
			// "Mr. Obama" and "Obama", "Donald J. Trump" and "Donald Trump"
			return e, true
		}
		if ent.Type == "PERSON" && len(words) < len(full) && len(words) > 0 {
			if suffixOf(words, full) {
				return e, true
			}
			// family name first ("Kang" for "Kang Kyung-wha") or a given
			// name used alone ("Abiy" for "Abiy Ahmed")
			if len(words) == 1 && words[0] == full[0] && c.onlyFirstName(words[0]) {
				return e, true
			}
		}
		if ent.Type == "PERSON" && len(words) > len(full) && len(full) > 0 && typ == "PERSON" && suffixOf(full, words) {
			return e, true
		}
		if ent.Type == "ORG" && acronymOf(name, ent.Name) {
			return e, true
		}
		if ent.Type == "ORG" && typ == "ORG" && headOfName(name, ent.Name) {
			// "the Bank" for "the Bank of England"
			return e, true
		}
		if typ == "ORG" && acronymOf(ent.Name, name) {
			return e, true
		}
	}
	return -1, false
}

// headOfName reports whether a one-word name is the head of an
// organisation's name that goes on with "of" ("Bank" of "Bank of
// England", "Commission" of "Commission of Inquiry").
func headOfName(short, full string) bool {
	short = strings.TrimPrefix(strings.TrimPrefix(short, "the "), "The ")
	full = strings.TrimPrefix(strings.TrimPrefix(full, "the "), "The ")
	rest, ok := strings.CutPrefix(full, short+" of ")
	return ok && rest != "" && !strings.Contains(short, " ")
}

// countryEndingAt finds a country's name ending at token i ("US",
// "United States") and returns its code and first token.
func (c *clusterer) countryEndingAt(i int) (iso string, first int, ok bool) {
	d := c.d
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && s.Last == i+1 && s.First >= 0 && (s.Label == "GPE" || s.Label == "LOC") {
			if iso, ok := c.countryName(d.Slice(s.Range)); ok {
				return iso, s.First, true
			}
		}
	}
	if iso, ok := c.countryName(d.Tokens[i].Text); ok {
		return iso, i, true
	}
	return "", 0, false
}

// describe records titles and nationality written just before a name
// ("Russian President Vladimir Putin", "Syrian President Bashar al-Assad")
// and right after it in apposition ("Putin, the Russian president,").
func (c *clusterer) describe(span, e int) {
	d := c.d
	s := d.Spans[span]
	ent := d.Entities[e]
	if (ent.Type != "PERSON" && ent.Type != "ORG") || s.First < 0 || s.First >= len(d.Tokens) {
		return
	}
	sent := d.Sents[d.Tokens[s.First].Sent]
	i := s.First - 1
	afterRole := false
	for i >= sent.First {
		t := d.Tokens[i].Text
		lt := strings.ToLower(t)
		if afterRole {
			// a country named before the title: "US President X"
			if iso, first, ok := c.countryEndingAt(i); ok {
				if ent.Nationality == "" {
					ent.Nationality = iso
				}
				i = first - 1
				continue
			}
			// an organisation: "EU foreign policy chief X", "State
			// Department spokesman X"
			if o, first, ok := c.orgEndingAt(i); ok && ent.Type == "PERSON" {
				affiliate(ent, o)
				i = first - 1
				continue
			}
			// "the Syrian government of President X"
			if strings.EqualFold(t, "of") && ent.Type == "PERSON" && ent.Nationality == "" {
				for j := i - 1; j >= sent.First && j >= i-3; j-- {
					if iso, ok := c.demonym(d.Tokens[j].Text); ok {
						ent.Nationality = iso
						break
					}
				}
				break
			}
		}
		afterRole = false
		if role, n := c.roleEndingAt(i, sent.First); n > 0 {
			afterRole = true
			// "former (Russian) President X" no longer holds the office
			j := i - n
			for j >= sent.First {
				if c.isDemonym(d.Tokens[j].Text) {
					j--
				} else if _, first, ok := c.countryEndingAt(j); ok {
					j = first - 1 // "former US President X"
				} else {
					break
				}
			}
			former := j >= sent.First && formerWords[strings.ToLower(d.Tokens[j].Text)]
			if role.Person && ent.Type == "PERSON" {
				// an organisation opening the title: "UN aid chief"
				c.titleOrg(ent, i-n+1, i)
				if former {
					ent.FormerRoles = appendNew(ent.FormerRoles, strings.ToLower(role.Title))
				} else {
					addRole(ent, strings.ToLower(role.Title))
				}
			}
			i -= n // demonyms before the title are read next; "former" ends the walk
			continue
		}
		if i-1 >= sent.First && twoWordName(d.Tokens[i-1].Text, t) {
			if iso, ok := c.demonym(d.Tokens[i-1].Text + " " + t); ok {
				// "North Korean", "South African"
				if ent.Nationality == "" {
					ent.Nationality = iso
				}
				i -= 2
				continue
			}
		}
		if iso, ok := c.demonym(t); ok {
			if ent.Nationality == "" {
				ent.Nationality = iso
			}
			i--
			continue
		}
		if lt == "'s" && i-1 >= sent.First {
			if iso, ok := c.countryName(d.Tokens[i-1].Text); ok {
				if ent.Nationality == "" {
					ent.Nationality = iso
				}
				i -= 2
				continue
			}
		}
		break
	}
}

// affiliate records that a person holds a title of organisation o: a
// national body gives its country, an international one or an armed
// group its code.
func affiliate(ent *doc.Entity, o kb.Org) {
	switch {
	case (o.Sector == "REB" || o.Sector == "PTY") && ent.Organisation == "":
		// "ELN commander Antonio Garcia": an armed group's man is the
		// group's, whatever his own title says; "the National Rally's
		// president" is the party's (a shadow minister its opposition:
		// see actors)
		ent.Organisation = o.Code
	case o.Country != "" && ent.Nationality == "":
		ent.Nationality = o.Country
		if o.Sector != "GOV" && ent.Organisation == "" {
			// "Pentagon press secretary": the body's sector, not the
			// title's (see actors)
			ent.Organisation = o.Code
		}
	case o.Country == "" && ent.Organisation == "":
		ent.Organisation = o.Code
	}
}

// titleOrg records the known organisation named inside the title in
// tokens [first, last] ("UN" in "UN aid chief"); a party's name there is a
// portfolio ("Labour Minister"), not the party.
func (c *clusterer) titleOrg(ent *doc.Entity, first, last int) {
	d := c.d
	for _, sp := range d.Spans {
		if sp.Kind != doc.KindName || sp.First < first || sp.Last > last {
			continue
		}
		if o, ok := kb.LookupOrg(d.Slice(sp.Range)); ok && o.Code != "" && o.Sector != "PTY" {
			affiliate(ent, o)
			return
		}
	}
}

// orgEndingAt finds the name of a known organisation ending at token i
// (or before its "'s") and returns it with its first token.
func (c *clusterer) orgEndingAt(i int) (kb.Org, int, bool) {
	d := c.d
	if i >= 0 && d.Tokens[i].Text == "'s" {
		i--
	}
	for _, sp := range d.Spans {
		if sp.Kind != doc.KindName || sp.Last != i+1 || sp.First < 0 {
			continue
		}
		if o, ok := kb.LookupOrg(d.Slice(sp.Range)); ok && o.Code != "" {
			return o, sp.First, true
		}
	}
	return kb.Org{}, 0, false
}

// roleEndingAt finds a title or role noun of up to three words ending at
// token i (not before token min) and returns it with its length in tokens.
func (c *clusterer) roleEndingAt(i, min int) (kb.Role, int) {
	for n := 3; n >= 1; n-- {
		if i-n+1 < min {
			continue
		}
		var parts []string
		for k := i - n + 1; k <= i; k++ {
			parts = append(parts, c.d.Tokens[k].Text)
		}
		if role, ok := kb.LookupRole(strings.Join(parts, " ")); ok {
			return role, n
		}
		// "Shadow home secretary", "energy minister": an office read by
		// its head, unless a modifier is a nationality, read apart
		if n > 1 && !c.anyNationality(parts[:n-1]) {
			if role, ok := kb.LookupOffice(strings.Join(parts, " ")); ok {
				return role, n
			}
		}
	}
	return kb.Role{}, 0
}

// anyNationality reports whether one of the words is a demonym or a
// country's name.
func (c *clusterer) anyNationality(words []string) bool {
	for _, w := range words {
		if _, ok := c.demonym(w); ok {
			return true
		}
		if _, ok := c.countryName(w); ok {
			return true
		}
	}
	return false
}

func addRole(e *doc.Entity, role string) {
	for _, r := range e.Roles {
		if r == role {
			return
		}
	}
	e.Roles = append(e.Roles, role)
}

// finish orders each entity's mentions by position. (Entities left
// without mentions by a merge write no record.)
func (c *clusterer) finish() {
	for _, e := range c.d.Entities {
		sortMentions(c.d, e)
	}
}

// sortMentions puts an entity's mentions in text order.
func sortMentions(d *doc.Doc, e *doc.Entity) {
	ms := e.Mentions
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && d.Spans[ms[j]].Start < d.Spans[ms[j-1]].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// countryWord is what the gazetteer says of one word.
type countryWord struct {
	iso     string
	demonym bool
}

// lookup asks the gazetteer about a word once per document.
func (c *clusterer) lookup(w string) countryWord {
	if c.words == nil {
		// about one distinct word in three tokens asks
		c.words = make(map[string]countryWord, len(c.d.Tokens)/3)
	}
	if cw, ok := c.words[w]; ok {
		return cw
	}
	var cw countryWord
	if iso, ok := c.r.gaz.Country(w); ok {
		cw = countryWord{iso: iso, demonym: c.r.gaz.IsDemonym(w)}
	}
	c.words[w] = cw
	return cw
}

// demonymAt is demonym of token j's text, remembered per token.
func (c *clusterer) demonymAt(j int) (string, bool) {
	d := c.d
	if len(c.tokWords) != len(d.Tokens) {
		c.tokWords = make([]countryWord, len(d.Tokens))
		c.tokAsked = make([]bool, len(d.Tokens))
	}
	if !c.tokAsked[j] {
		c.tokWords[j], c.tokAsked[j] = c.lookup(d.Tokens[j].Text), true
	}
	cw := c.tokWords[j]
	return cw.iso, cw.iso != "" && cw.demonym
}

// demonym returns the country of a demonym or national adjective ("Russian").
func (c *clusterer) demonym(w string) (string, bool) {
	cw := c.lookup(w)
	return cw.iso, cw.iso != "" && cw.demonym
}

// countryName returns the country a word names ("Russia"), not as an adjective.
func (c *clusterer) countryName(w string) (string, bool) {
	cw := c.lookup(w)
	return cw.iso, cw.iso != "" && !cw.demonym
}

// formerWords before a title say the person no longer holds it.
var formerWords = map[string]bool{"former": true, "ex": true, "ex-": true, "late": true, "then": true, "then-": true, "outgoing": false}

// retype corrects a recognizer's type where the knowledge base is sure: a
// demonym is NORP, a country or a large city named alone is GPE, a known
// organisation is ORG.
func (c *clusterer) retype(label, name string) string {
	switch label {
	case "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT":
	default:
		return label
	}
	if o, ok := kb.LookupOrg(name); ok {
		return o.Type
	}
	if iso, ok := c.demonym(name); ok && iso != "" && !strings.Contains(name, " ") {
		return "NORP"
	}
	if _, ok := c.countryName(name); ok && label != "FAC" {
		return "GPE" // a country, whatever the recognizer said ("South Sudan" as LOC)
	}
	if label == "GPE" || label == "LOC" || label == "FAC" {
		return label
	}
	if label == "PERSON" || label == "ORG" {
		for _, p := range c.r.gaz.Lookup(name) {
			if p.Feature == "PPLC" || p.Population >= 1000000 {
				return "GPE"
			}
			break
		}
	}
	return label
}

// mergeAdjacent orders the spans by position and joins a person's name
// with a name span right after it that is not a place or nationality
// ("Bashar" + "al-Assad" from recognizers that split one name in two), and
// two name spans that together name a known organisation.
func (c *clusterer) mergeAdjacent() {
	d := c.d
	sort.SliceStable(d.Spans, func(i, j int) bool { return d.Spans[i].Start < d.Spans[j].Start })
	out := d.Spans[:0]
	for _, s := range d.Spans {
		if n := len(out); n > 0 {
			p := &out[n-1]
			if p.Kind == doc.KindName && s.Kind == doc.KindName && p.Label == "PERSON" && p.Last == s.First && p.Last > 0 &&
				p.Entity < 0 && s.Entity < 0 && c.nameContinues(s) {
				p.End, p.Last = s.End, s.Last
				continue
			}
			if p.Kind == doc.KindName && s.Kind == doc.KindName && p.Last == s.First && p.Last > 0 && p.Entity < 0 && s.Entity < 0 {
				// a known organisation the recognizer cut in two ("Islamic" +
				// "State")
				if o, ok := kb.LookupOrg(d.Text[p.Start:s.End]); ok {
					p.End, p.Last, p.Label = s.End, s.Last, o.Type
					continue
				}
			}
		}
		out = append(out, s)
	}
	d.Spans = out
}

// nameContinues reports whether a span may be the rest of a person's name.
func (c *clusterer) nameContinues(s doc.Span) bool {
	if s.Label == "PERSON" {
		return true
	}
	w := c.d.Slice(s.Range)
	switch s.Label {
	case "GPE", "LOC":
		// "Bassirou Diomaye" + "Faye": a one-word "place" right after a
		// person's name is the name's end unless it is a country or a
		// place of note, or the sentence capitalises every word
		// (a headline), or the name before it is a possessor
		d := c.d
		if s.First <= 0 || s.First >= len(d.Tokens) || strings.HasSuffix(d.Tokens[s.First-1].Text, "'s") || d.Tokens[s.First-1].Text == "'" ||
			d.Tokens[s.First-1].Tag == "POS" || titleCase(d, d.Sents[d.Tokens[s.First].Sent]) {
			return false
		}
		if s.Last < len(d.Tokens) && d.Tokens[s.Last].Sent == d.Tokens[s.First].Sent {
			if t := d.Tokens[s.Last].Text; t != "" && t[0] >= 'A' && t[0] <= 'Z' {
				return false // more capitalised words follow: a title run
			}
		}
		return !strings.Contains(w, " ") && c.lookup(w).iso == "" && !c.notablePlace(w)
	case "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY":
		return false
	}
	if strings.Contains(w, " ") || c.lookup(w).iso != "" {
		return false
	}
	_, isOrg := kb.LookupOrg(w)
	return !isOrg
}

// notablePlace reports whether the gazetteer knows a place of the name
// with at least 100,000 people, or a region or feature of that name.
func (c *clusterer) notablePlace(w string) bool {
	for _, p := range c.r.gaz.Lookup(w) {
		if p.Population >= 100000 || !p.Demonym && p.ID == 0 {
			return true
		}
	}
	return false
}

// onlyFirstName reports whether exactly one person entity so far starts
// with the word and none ends with it, so that the word alone can only
// mean that person.
func (c *clusterer) onlyFirstName(w string) bool {
	n := 0
	for _, ent := range c.d.Entities {
		if ent.Type != "PERSON" {
			continue
		}
		ws := nameWords(ent.Name)
		if len(ws) < 2 {
			continue
		}
		if ws[len(ws)-1] == w {
			return false
		}
		if ws[0] == w {
			n++
		}
	}
	return n == 1
}

// appendNew appends s to list unless it is there already.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// isDemonym reports whether a word is a nationality adjective.
func (c *clusterer) isDemonym(w string) bool {
	_, ok := c.demonym(w)
	return ok
}

// linkedSuffixes make a country's name or adjective into an adjective of
// association: "British-linked", "Saudi-led", "Iran-backed".
var linkedSuffixes = map[string]bool{"linked": true, "led": true, "backed": true, "owned": true, "flagged": true,
	"based": true, "operated": true, "made": true, "funded": true, "sponsored": true, "allied": true, "controlled": true}

// linkedAdjective reports whether a one-word name is a country's name or
// adjective with one of linkedSuffixes.
func (c *clusterer) linkedAdjective(name string) bool {
	i := strings.IndexByte(name, '-')
	if i <= 0 || strings.ContainsAny(name, " ") || !linkedSuffixes[strings.ToLower(name[i+1:])] {
		return false
	}
	return c.lookup(name[:i]).iso != ""
}
