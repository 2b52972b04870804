package events

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// Arguments from the dependency parse. When the parser has run, the
// actor is the trigger's subject (through control, raising, coordination
// and relative clauses), the recipient its object or an oblique with one
// of the trigger's prepositions; a passive's subject is the recipient and
// its "by" agent the actor. The surface heuristics remain the fallback.

// parsed reports whether the sentence carries a dependency parse.
func (x *context) parsed(si int) bool {
	s := x.d.Sents[si]
	for i := s.First; i < s.Last; i++ {
		if x.d.Tokens[i].Dep != "" {
			return true
		}
	}
	return false
}

// children lists the dependents of token h with a relation (before ':').
func (x *context) children(h int, rel string) []int {
	s := x.d.Sents[x.d.Tokens[h].Sent]
	var out []int
	for i := s.First; i < s.Last; i++ {
		t := x.d.Tokens[i]
		if t.Head == h && baseRel(t.Dep) == rel {
			out = append(out, i)
		}
	}
	return out
}

func baseRel(dep string) string {
	if i := strings.IndexByte(dep, ':'); i >= 0 {
		return dep[:i]
	}
	return dep
}

// anchor is the token of a trigger that the parse attaches arguments to:
// its first verb ("held" in "held a meeting", "plan" in "plan to meet").
func (x *context) anchor(m match) int {
	for i := m.first; i < m.last; i++ {
		if strings.HasPrefix(x.d.Tokens[i].Tag, "VB") {
			return i
		}
	}
	return m.first
}

// parseArgs returns the actors and recipients the parse gives a trigger.
func (x *context) parseArgs(m match) (actors, recipients []part) {
	a := x.anchor(m)
	subj, passive := x.subjectOf(a)
	if subj >= 0 {
		if passive {
			recipients = x.mentionsAtTree(subj)
		} else if g := x.groupOf(subj); g != nil {
			actors = g
		} else if w := x.weaponAgent(subj); w != nil {
			actors = w
		} else {
			actors = x.mentionsAtTree(subj)
			// a parser may attach each of coordinated subjects to the verb
			// ("Ukraine and rebels agree")
			if x.d.Tokens[subj].Head == a {
				for _, o := range x.children(a, "nsubj") {
					if o != subj && (x.d.Tokens[o].Dep != "nsubj:pass" || !x.passiveVerb(a)) && x.groupOf(o) == nil && x.caseOf(o) == "" {
						// (a phrase with a preposition is no subject:
						// "Protesters in Kinshasa attacked")
						actors = append(actors, x.mentionsAtTree(o)...)
					}
				}
			}
		}
	}
	actors = x.openingCoordination(actors)
	if passive {
		// the agent, also where the parse hangs it on a complement ("was
		// shot dead by Israeli troops")
		heads := append([]int{a}, x.children(a, "xcomp")...)
		for _, h := range heads {
			for _, o := range x.children(h, "obl") {
				if x.caseOf(o) == "by" {
					actors = x.mentionsAtTree(o)
				}
			}
		}
	}
	// objects and obliques of every token of the trigger ("meet with X",
	// "held a meeting with X")
	for i := m.first; i < m.last && len(recipients) == 0; i++ {
		for _, p := range m.t.preps {
			if p == "-" {
				for _, o := range x.children(i, "obj") {
					if x.quantity(o) {
						// "shot down 30 of 38 drones": the drones
						for _, c := range x.children(o, "nmod") {
							if x.caseOf(c) == "of" && weaponNouns[x.lemmas[c]] {
								o = c
							}
						}
					}
					if w := x.weaponAgent(o); w != nil {
						// "shot down 30 drones launched by Russia": the
						// weapons' owner
						recipients = append(recipients, w...)
						continue
					}
					recipients = append(recipients, x.mentionsAtTree(o)...)
					if len(recipients) == 0 {
						recipients = x.heldBy(o, m.t.code)
					}
				}
				continue
			}
			for _, rel := range []string{"obl", "nmod"} {
				for _, o := range x.children(i, rel) {
					if x.caseOf(o) == p {
						recipients = append(recipients, x.mentionsAtTree(o)...)
						if len(recipients) == 0 && (attack(m.t.code) || x.actorNoun(o)) {
							// "fired a missile at a British tanker", "sanctions
							// against two Chinese companies"
							recipients = x.heldBy(o, m.t.code)
						}
					}
				}
			}
		}
	}
	return actors, recipients
}

// openingCoordination adds to actors the mentions coordinated before the
// first of them when the coordination opens the sentence ("The United
// States and Britain launched strikes", parsed with Britain alone as the
// subject).
func (x *context) openingCoordination(actors []part) []part {
	d := x.d
	if len(actors) == 0 || actors[0].first <= 0 {
		return actors
	}
	f := actors[0].first
	start := d.Sents[d.Tokens[f].Sent].First
	if f-1 <= start || !strings.EqualFold(d.Tokens[f-1].Text, "and") {
		return actors
	}
	more := x.participantsEndingAt(f-1, start)
	if len(more) == 0 {
		return actors
	}
	opening := more[0].first
	if opening > start && strings.EqualFold(d.Tokens[opening-1].Text, "the") {
		opening--
	}
	if opening != start {
		return actors
	}
	return append(more, actors...)
}

// groupOf returns the group a subject's name is the complement of when
// the parse took the name for the subject: in "supporters of former
// president Jair Bolsonaro stormed", the supporters stormed. It looks
// left from the subject over a title to "of" and a plural noun that is a
// mention; nil when there is none.
func (x *context) groupOf(subj int) []part {
	d := x.d
	first := subj
	for _, s := range d.Spans {
		if s.Entity >= 0 && s.First <= subj && subj < s.Last && s.First < first {
			first = s.First
		}
	}
	k := first - 1
	for k >= 0 && k > first-4 && (d.Tokens[k].Tag == "JJ" || d.Tokens[k].Tag == "NN" || d.Tokens[k].Tag == "DT") {
		k-- // "former president", "the"
	}
	if k < 1 || !strings.EqualFold(d.Tokens[k].Text, "of") || d.Tokens[k-1].Tag != "NNS" || d.Tokens[k].Sent != d.Tokens[subj].Sent {
		return nil
	}
	return x.mentionsAt(k - 1)
}

// subjectOf finds the subject of verb a, climbing through open clausal
// complements ("agreed to withdraw"), coordinated verbs ("urged ... and
// promised") and relative clauses ("Assad, who made a visit").
func (x *context) subjectOf(a int) (int, bool) {
	d := x.d
	for hops := 0; a >= 0 && hops < 4; hops++ {
		for _, c := range x.children(a, "nsubj") {
			if d.Tokens[c].Dep == "nsubj:pass" && x.passiveVerb(a) {
				return c, true
			}
			lw := strings.ToLower(d.Tokens[c].Text)
			if (lw == "who" || lw == "which" || lw == "that") && baseRel(d.Tokens[a].Dep) == "acl" {
				return d.Tokens[a].Head, false
			}
			return c, false
		}
		switch baseRel(d.Tokens[a].Dep) {
		case "xcomp":
			// object control: "urged the authorities to release" -> the
			// authorities release
			h := d.Tokens[a].Head
			if objs := x.children(h, "obj"); len(objs) > 0 && h >= 0 {
				return objs[0], false
			}
			a = h
		case "conj", "advcl":
			a = d.Tokens[a].Head
		case "acl":
			// "troops fighting in Syria" act; "a civilian killed by
			// troops" underwent the act (a parser may take a main verb for
			// a reduced relative: "Thousands of protesters rallied")
			return d.Tokens[a].Head, d.Tokens[a].Tag == "VBN" && x.agentOf(a) >= 0
		default:
			return -1, false
		}
	}
	return -1, false
}

// passiveVerb reports whether verb a is a passive: it has the auxiliary a
// passive needs ("was attacked", "got arrested", "has been freed"), reduces
// a relative clause ("a civilian killed by troops") or has an agent. A
// subject the parser marks passive on any other verb ("Spain recognised a
// Palestinian state", "Brown has called for") is the active subject of a
// past tense.
func (x *context) passiveVerb(a int) bool {
	if baseRel(x.d.Tokens[a].Dep) == "acl" || x.agentOf(a) >= 0 {
		return true
	}
	return x.passiveAux(a)
}

// agentOf returns the "by" phrase of verb a ("attacked by militants"), or
// -1; the parser's obl:agent label alone is not trusted ("rallied against
// the government" can carry it).
func (x *context) agentOf(a int) int {
	for _, o := range x.children(a, "obl") {
		if x.caseOf(o) == "by" {
			return o
		}
	}
	return -1
}

// passiveAux reports whether verb a has a passive auxiliary: "be" or "get".
func (x *context) passiveAux(a int) bool {
	for _, c := range x.children(a, "aux") {
		if x.d.Tokens[c].Dep == "aux:pass" {
			return true
		}
		switch x.lemmas[c] {
		case "be", "get":
			return true
		}
	}
	return false
}

// caseOf returns the lower-case preposition marking token o, or "".
func (x *context) caseOf(o int) string {
	for _, c := range x.children(o, "case") {
		return strings.ToLower(x.d.Tokens[c].Text)
	}
	return ""
}

// mentionsAtTree returns the mentions covering token h and the tokens
// coordinated with it ("Putin and his Syrian counterpart").
func (x *context) mentionsAtTree(h int) []part {
	out := x.mentionsAt(h)
	for hops := 0; len(out) == 0 && x.quantity(h) && hops < 2; hops++ {
		// "thousands of protesters", "tens of thousands of people": the
		// group counted
		next := -1
		for _, c := range x.children(h, "nmod") {
			if x.caseOf(c) == "of" {
				next = c
				break
			}
		}
		if next < 0 {
			break
		}
		h = next
		out = x.mentionsAt(h)
	}
	if len(out) == 0 && groupHeads[x.lemmas[h]] {
		// "the ELN rebel group", "the Hamas movement": a group noun names
		// the organisation its compound names
		for _, c := range x.children(h, "compound") {
			out = append(out, x.mentionsAt(c)...)
			for _, cc := range x.children(c, "compound") {
				out = append(out, x.mentionsAt(cc)...) // "the FARC rebel group"
			}
		}
	}
	// coordinated mentions, also where the parse chains them ("Germany,
	// Poland and Slovenia" with Slovenia under Poland)
	for conj, hops := x.children(h, "conj"), 0; len(conj) > 0 && hops < 4; hops++ {
		var next []int
		for _, c := range conj {
			out = append(out, x.mentionsAt(c)...)
			next = append(next, x.children(c, "conj")...)
		}
		conj = next
	}
	for _, c := range x.children(h, "appos") {
		if len(out) == 0 {
			out = append(out, x.mentionsAt(c)...)
		}
	}
	return out
}

// mentionsAt returns the longest mentions covering token i: all spans of
// that extent (a plural nominal may stand for several entities).
func (x *context) mentionsAt(i int) []part {
	d := x.d
	best := -1
	var out []part
	for si, s := range d.Spans {
		if s.Entity < 0 || s.First > i || s.Last <= i || s.Kind == doc.KindTime {
			continue
		}
		if !x.actorType(s) {
			continue
		}
		n := s.Last - s.First
		switch {
		case n > best:
			best = n
			out = []part{x.participant(si)}
		case n == best:
			out = append(out, x.participant(si))
		}
	}
	return out
}

// actorType reports whether a span can be an event participant.
func (x *context) actorType(s doc.Span) bool {
	switch x.d.Entities[s.Entity].Type {
	case "PERSON", "ORG", "GPE":
		return true
	case "NORP":
		return strings.HasSuffix(x.d.Slice(s.Range), "s")
	}
	return false
}

// groupHeads are nouns that name an organisation when a name modifies
// them ("the ELN rebel group", "the Hamas movement").
var groupHeads = map[string]bool{"group": true, "movement": true, "organisation": true, "organization": true,
	"militia": true, "faction": true, "outfit": true, "network": true}

// quantity reports whether token h counts a group rather than naming it:
// a number or a word like "thousands", "dozens", "some".
func (x *context) quantity(h int) bool {
	t := x.d.Tokens[h]
	if t.Tag == "CD" {
		return true
	}
	switch strings.ToLower(t.Text) {
	case "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "several", "most", "all", "group", "crowd", "crowds", "number":
		return true
	}
	return false
}

// heldBy finds who an object without a mention of its own belongs to,
// for a trigger of CAMEO code code: a name modifying it ("Hamas
// positions", "Islamic State targets"), a national adjective for words
// and cooperation ("rejected the Palestinian demands") or, for attacks,
// the place it is in ("targets in the Gaza Strip").
func (x *context) heldBy(o int, code string) []part {
	// a threat to or an attack on "the Ukrainian economy" is seldom one on
	// Ukraine: only words and cooperation (CAMEO 01 to 12) go to a
	// national adjective, unless the noun names people or organisations,
	// who are theirs whatever the act ("sanctions against two Chinese
	// companies"), or a ship or aircraft ("struck a British tanker")
	for _, c := range x.children(o, "nmod") {
		if x.caseOf(c) == "including" {
			// "thanking allies including Germany, Poland and Slovenia"
			if ps := x.mentionsAtTree(c); len(ps) > 0 {
				return ps
			}
		}
	}
	if relationNouns[x.lemmas[o]] {
		// "urged Ukraine's partners": not Ukraine
		return nil
	}
	hostile := code >= "13" && !assetNouns[x.lemmas[o]] && !x.actorNoun(o)
	for _, rel := range []string{"compound", "nmod:poss", "amod"} {
		for _, c := range x.children(o, rel) {
			if ps := x.mentionsAt(c); len(ps) > 0 {
				return ps
			}
			if ps := x.nationalAt(c); len(ps) > 0 && !hostile {
				// "rejected the Palestinian demands": the Palestinians';
				// "struck a British tanker": Britain's
				return ps
			}
		}
	}
	if x.actorNoun(o) {
		// "expelled diplomats from seven countries, including Argentina,
		// Chile and Peru": the people's countries
		for _, c := range x.children(o, "nmod") {
			if cs := x.caseOf(c); cs != "from" && cs != "of" {
				continue
			}
			if ps := x.mentionsAtTree(c); len(ps) > 0 {
				return ps
			}
			for _, g := range x.children(c, "nmod") {
				if x.caseOf(g) == "including" {
					if ps := x.mentionsAtTree(g); len(ps) > 0 {
						return ps
					}
				}
			}
		}
	}
	if !attack(code) {
		return nil
	}
	for _, c := range x.children(o, "nmod") {
		switch x.caseOf(c) {
		case "of":
			if !placeNouns[x.lemmas[o]] {
				continue // "the city of Kharkiv", not "the leader of Russia"
			}
			fallthrough
		case "in", "near", "inside", "across", "around", "outside":
			if ps := x.mentionsAt(c); len(ps) > 0 && x.d.Entities[ps[0].Entity].Type == "GPE" {
				return ps
			}
		}
	}
	return nil
}

// assetNouns are ships, aircraft and missions that stand for the country
// they belong to: an attack on "a British tanker" is one on Britain, unlike
// an attack on "the Ukrainian economy".
var assetNouns = map[string]bool{"tanker": true, "ship": true, "vessel": true, "warship": true, "destroyer": true,
	"frigate": true, "carrier": true, "aircraft": true, "plane": true, "jet": true, "helicopter": true,
	"embassy": true, "consulate": true, "convoy": true, "base": true, "patrol": true, "boat": true, "freighter": true}

// placeNouns name a place by its kind before its name: "the city of
// Kharkiv", "the port of Odesa".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "region": true,
	"province": true, "district": true, "capital": true}

// weaponNouns are what is fired: "a missile fired by X struck ..." is X's act.
var weaponNouns = map[string]bool{"missile": true, "rocket": true, "drone": true, "shell": true, "bomb": true,
	"projectile": true, "torpedo": true, "mortar": true}

// weaponAgent returns who fired the weapon that is a subject ("A missile
// fired by Yemen's Houthi movement struck a tanker"): the agent of the
// participle modifying it, or nil.
func (x *context) weaponAgent(subj int) []part {
	if !weaponNouns[x.lemmas[subj]] {
		return nil
	}
	for _, v := range x.children(subj, "acl") {
		for _, o := range x.children(v, "obl") {
			if x.caseOf(o) == "by" || x.d.Tokens[o].Dep == "obl:agent" {
				if ps := x.mentionsAtTree(o); len(ps) > 0 {
					return ps
				}
				for _, c := range x.children(o, "nmod:poss") {
					if ps := x.mentionsAt(c); len(ps) > 0 {
						return ps
					}
				}
			}
		}
	}
	// the participle right after the weapon where the parse hung it
	// elsewhere ("30 of 38 drones launched by Russia")
	d := x.d
	if k := subj + 1; k+2 < len(d.Tokens) && d.Tokens[k].Tag == "VBN" && strings.EqualFold(d.Tokens[k+1].Text, "by") && d.Tokens[k+2].Sent == d.Tokens[subj].Sent {
		if ps := x.mentionsFrom(k+2, d.Sents[d.Tokens[subj].Sent].Last); len(ps) > 0 {
			return ps
		}
	}
	// "Russian missiles struck ...": the country of the national adjective
	for _, c := range x.children(subj, "amod") {
		if ps := x.nationalAt(c); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// actorNoun reports whether token o is a noun that names people or
// organisations that can act ("companies", "banks", "teenagers").
func (x *context) actorNoun(o int) bool {
	if !strings.HasPrefix(x.d.Tokens[o].Tag, "NN") {
		return false
	}
	for _, w := range []string{x.lemmas[o], strings.ToLower(x.d.Tokens[o].Text), x.d.Tokens[o].Lemma} {
		if w == "" {
			continue
		}
		if r, ok := kb.LookupRole(w); ok && r.Person {
			return true
		}
		if _, ok := kb.OrgSector(w); ok {
			return true
		}
	}
	return false
}

// attack reports whether a CAMEO code is a use of force (18 to 20).
func attack(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// nationalAt returns the national adjective covering token i as a
// participant standing for its country ("Palestinian" of "the Palestinian
// demands"), or nil.
func (x *context) nationalAt(i int) []part {
	d := x.d
	for si, s := range d.Spans {
		if s.Entity < 0 || s.First != i || s.Last != i+1 || s.Kind == doc.KindTime {
			continue
		}
		if e := d.Entities[s.Entity]; e.Type == "NORP" && e.Actor != nil && e.Actor.Code != "" {
			return []part{x.participant(si)}
		}
	}
	return nil
}

// relationNouns name others by their relation to whoever holds them:
// "Ukraine's partners" are not Ukraine.
var relationNouns = map[string]bool{"partner": true, "ally": true, "neighbour": true, "neighbor": true,
	"friend": true, "rival": true, "enemy": true, "opponent": true, "critic": true, "supporter": true, "backer": true, "foe": true}
