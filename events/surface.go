package events

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// Arguments from word order, for sentences the parser missed or left
// without a subject or object: the surface heuristics of PETRARCH-style coders.

// subject finds the actor of a verb at token i: the mention nearest before
// it in its clause, with any mentions coordinated with it ("Putin and his
// Syrian counterpart"), or the antecedent of a relative pronoun
// ("Assad, who made a visit").
func (x *context) subject(i, start int) []part {
	d := x.d
	for k := i - 1; k >= start; k-- {
		t := d.Tokens[k].Text
		lt := strings.ToLower(t)
		if t == ";" || t == ":" || isQuoteTok(t) {
			break
		}
		if (lt == "who" || lt == "which") && k > start && d.Tokens[k-1].Text == "," {
			return x.participantsEndingAt(k-1, start)
		}
		if t == "," && k+1 < i && x.clauseStart(k+1) {
			break
		}
		if ps := x.participantsEndingAt(k+1, start); len(ps) > 0 {
			if prevIsPrep(d, ps, x) {
				continue
			}
			return ps
		}
	}
	return nil
}

// clauseStart reports whether token k begins a new clause.
func (x *context) clauseStart(k int) bool {
	switch strings.ToLower(x.d.Tokens[k].Text) {
	case "but", "and", "while", "although", "as", "because", "after", "before", "when":
		return true
	}
	return false
}

// prevIsPrep reports whether the mentions sit inside a prepositional
// phrase ("in Sochi", "to Russia"), which does not hold the subject.
func prevIsPrep(d *doc.Doc, ps []part, x *context) bool {
	first := ps[0].first
	if first == 0 {
		return false
	}
	switch strings.ToLower(d.Tokens[first-1].Text) {
	case "in", "at", "to", "from", "near", "on", "into", "across", "over", "against":
		return true
	}
	return false
}

// participantsEndingAt returns the mentions whose last token is end-1,
// with those coordinated before them.
func (x *context) participantsEndingAt(end, start int) []part {
	d := x.d
	var out []part
	for k := end - 1; k >= start && k >= end-12; k-- {
		for _, si := range x.mentions[k] {
			if d.Spans[si].Last == end {
				out = append(out, x.participant(si))
			}
		}
		if len(out) > 0 {
			// coordination: "A and B"
			f := out[0].first
			if f-1 > start && (d.Tokens[f-1].Text == "and" || d.Tokens[f-1].Text == ",") {
				more := x.participantsEndingAt(f-1, start)
				return append(more, out...)
			}
			return out
		}
	}
	return nil
}

// object finds the recipient after a trigger: after one of its
// prepositions, or its direct object; coordinated and appositive mentions
// are included ("my counterparts, the presidents of Turkey and Iran").
func (x *context) object(m match, end int) []part {
	d := x.d
	direct := false
	for _, p := range m.t.preps {
		if p == "-" {
			direct = true
		}
	}
	k := m.last
	// a preposition may follow the trigger after a few words
	for j := k; j < end && j < k+8; j++ {
		t := strings.ToLower(d.Tokens[j].Text)
		if t == "." || t == ";" || isQuoteTok(t) {
			break
		}
		for _, p := range m.t.preps {
			if p != "-" && p == t {
				if ps := x.mentionsFrom(j+1, end); len(ps) > 0 {
					return ps
				}
			}
		}
	}
	if direct && k < end && (strings.EqualFold(d.Tokens[k].Text, "that") && d.Tokens[k].Tag == "IN" || companions[strings.ToLower(d.Tokens[k].Text)]) {
		// "warned that the United States would ...": the object is a
		// clause, and its subject is not the recipient; "fought
		// alongside Syrian forces": a companion, not an object
		return nil
	}
	if direct && k < end && d.Tokens[k].Tag == "VBG" && m.t.code[0] == '1' && !attack(m.t.code) {
		// "denied sending drones": the object is what was done, and
		// its object is no recipient
		return nil
	}
	if direct {
		if ps := x.mentionsFrom(k, end); len(ps) > 0 || !attack(m.t.code) {
			return ps
		}
		return x.placeOfTarget(k, end)
	}
	return nil
}

// companions are prepositions that name whom an actor acts with or for,
// never its target ("fought alongside", "marched with").
var companions = map[string]bool{"alongside": true, "beside": true, "for": true, "together": true}

// placeOfTarget reads an attack's object that no mention covers but a
// place locates ("struck targets in Gaza", "shelled a city in northern
// Syria"): the place, when a locative preposition follows the object's
// few nouns and modifiers.
func (x *context) placeOfTarget(k, end int) []part {
	d := x.d
	noun := false // the object has a noun before the preposition
	for j := k; j < end && j < k+9; j++ {
		t := d.Tokens[j]
		switch strings.ToLower(t.Text) {
		case "in", "near", "inside", "across", "around", "outside":
			if !noun {
				return nil // "fighting in Iraq", "killed in Aleppo": no object
			}
			for n := j + 1; n < end && n <= j+4; n++ {
				for _, si := range x.mentions[n] {
					if e := d.Spans[si].Entity; e >= 0 && d.Entities[e].Type == "GPE" {
						return []part{x.participant(si)}
					}
				}
			}
			continue // "15 people in a car bombing in Baghdad": the next place phrase
		}
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "DT" && t.Tag != "CD" {
			return nil
		}
		noun = noun || strings.HasPrefix(t.Tag, "NN")
	}
	return nil
}

// mentionsFrom collects the first mention at or after token k (skipping a
// few function words) and the mentions coordinated or in apposition with
// it ("Putin and Syrian President Assad", "my counterparts, the presidents
// of Turkey and Iran").
func (x *context) mentionsFrom(k, end int) []part {
	d := x.d
	var out []part
	skipped := 0
	coord := false // just after "and", "," or a possessive
	for j := k; j < end; j++ {
		t := d.Tokens[j].Text
		if t == "." || t == ";" || isQuoteTok(t) {
			break
		}
		if ms := x.mentions[j]; len(ms) > 0 {
			last := d.Spans[ms[0]].Last
			for _, si := range ms {
				if d.Spans[si].Last == last {
					out = append(out, x.participant(si))
				}
			}
			j = last - 1
			skipped = 0
			coord = last < end && (d.Tokens[last].Text == "and" || d.Tokens[last].Text == "," || x.possessive(ms[0]))
			if !coord || (d.Tokens[last].Text == "," && x.attributionFollows(last+1, end)) {
				break
			}
			continue
		}
		if len(out) == 0 {
			if skipped++; skipped > 4 || (placePreps[strings.ToLower(t)] && !x.infinitive(j)) {
				break
			}
			if t == "," || skipped > 1 && strings.HasPrefix(d.Tokens[j].Tag, "VB") {
				break // "hosted the meeting, urged North Korea": the object has ended
			}
			continue
		}
		if t == "and" || t == "," {
			coord = true
			continue
		}
		// titles before the next name ("and Syrian President Assad") and
		// words after a possessive ("my counterparts, ...")
		if coord && skipped < 3 && !placePreps[strings.ToLower(t)] {
			skipped++
			continue
		}
		break
	}
	return out
}

// placePreps end a list of participants: what follows is a circumstance.
var placePreps = map[string]bool{"in": true, "at": true, "here": true, "there": true, "on": true, "near": true,
	"during": true, "after": true, "before": true, "for": true, "to": true, "from": true, "about": true, "over": true}

func (x *context) possessive(span int) bool {
	switch strings.ToLower(x.d.Slice(x.d.Spans[span].Range)) {
	case "my", "our", "his", "her", "their", "your":
		return true
	}
	return false
}

// between reads "talks (took place) between A and B".
func (x *context) between(m match, end int) ([]part, []part) {
	d := x.d
	for j := m.last; j < end && j < m.last+4; j++ {
		if w := strings.ToLower(d.Tokens[j].Text); w != "between" && w != "of" {
			continue
		}
		ps := x.mentionsFrom(j+1, end)
		if len(ps) >= 2 {
			return ps[:1], ps[1:]
		}
	}
	return nil, nil
}

// attributionFollows reports whether the words from k are an attribution
// ("the ministry said"), which ends a list of participants.
func (x *context) attributionFollows(k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		switch x.lemmas[j] {
		case "say", "tell", "add", "report", "accord", "state", "announce", "claim", "write":
			return true
		}
	}
	return false
}

// toBetween reports whether an infinitive marker "to" lies in [i, j).
func (x *context) toBetween(i, j int) bool { return x.wordBetween(i, j, "to") }

// wordBetween reports whether word w (lower case) stands among tokens
// [i, j).
func (x *context) wordBetween(i, j int, w string) bool {
	for k := i; k < j; k++ {
		if strings.ToLower(x.d.Tokens[k].Text) == w {
			return true
		}
	}
	return false
}

// infinitive reports whether token j is the "to" of an infinitive ("pleased
// to see your readiness").
func (x *context) infinitive(j int) bool {
	d := x.d
	return strings.ToLower(d.Tokens[j].Text) == "to" && j+1 < len(d.Tokens) && d.Tokens[j+1].Tag == "VB"
}
