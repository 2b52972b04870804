package events

import (
	"strings"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

// match is a trigger found in a sentence.
type match struct {
	t           trigger
	first, last int  // tokens of the trigger words, first to last inclusive+1
	promised    bool // governed by a commitment ("agreed to withdraw"): future
}

// sentence codes the events of one sentence.
func (x *context) sentence(si int) []*candidate {
	d := x.d
	s := d.Sents[si]
	var out []*candidate
	promised := false // the previous trigger promised this one: "agreed to withdraw"
	requested := -1   // end of the previous trigger when it was a request
	for i := s.First; i < s.Last; i++ {
		m, ok := x.matchAt(i, s.Last)
		if !ok {
			continue
		}
		m.promised = promised
		promised = false
		if requested >= 0 && m.first-requested <= 6 && x.toBetween(requested, m.first) {
			// "urged the authorities to release ...": the act is what was
			// requested, coded by the request itself
			requested = -1
			i = m.last - 1
			continue
		}
		requested = -1
		if info := cameo[m.t.code]; info.plover == "REQUEST" {
			requested = m.last
		}
		if promising[m.t.code] && x.embeds(m, s.Last) {
			// the promise is coded as the promised act, in the future
			promised = true
			i = m.last - 1
			continue
		}
		if e := x.code(si, m); e != nil {
			out = append(out, e)
		}
		i = m.last - 1
	}
	return out
}

// promising codes are the commitments whose object is another act:
// "agreed to withdraw", "pledged to send aid".
var promising = map[string]bool{"030": true}

// embeds reports whether another trigger follows a commitment within a
// few words ("agreed to withdraw").
func (x *context) embeds(m match, end int) bool {
	for j := m.last; j < end && j <= m.last+2; j++ {
		if _, ok := x.matchAt(j, end); ok {
			return true
		}
	}
	return false
}

// matchAt finds the longest lexicon entry starting at token i.
func (x *context) matchAt(i, end int) (match, bool) {
	for _, t := range byFirst[x.lemmas[i]] {
		k := i + 1
		ok := true
		for _, w := range t.words[1:] {
			found := false
			for gap := 0; gap <= 2 && k+gap < end; gap++ {
				if x.lemmas[k+gap] == w {
					k += gap + 1
					found = true
					break
				}
				if !filler(x.d.Tokens[k+gap].Text) {
					break
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if !t.nominal && !x.anyVerbal(i, k) {
			continue
		}
		return match{t: t, first: i, last: k}, true
	}
	return match{}, false
}

// filler reports whether a token may sit between the words of a trigger:
// "held a working meeting", "plan to meet".
func filler(w string) bool {
	if w == "" || strings.ContainsAny(w[:1], ".,;:\"“”()") {
		return false
	}
	return strings.ToLower(w) == w
}

// anyVerbal reports whether some token of a trigger spanning [i, k) is
// used as a verb: "would like/IN to discuss/VB" survives a tagging slip.
func (x *context) anyVerbal(i, k int) bool {
	if x.d.Tokens[i].Tag == "" {
		return x.verbal(i)
	}
	for j := i; j < k; j++ {
		if x.verbal(j) {
			return true
		}
	}
	return false
}

// verbal reports whether token i is used as a verb (or adjective, for "be
// pleased"): the tagger says so, or without tags it does not follow a
// determiner.
func (x *context) verbal(i int) bool {
	t := x.d.Tokens[i]
	if t.Tag != "" {
		return strings.HasPrefix(t.Tag, "VB") || t.Tag == "JJ"
	}
	if i > 0 {
		switch strings.ToLower(x.d.Tokens[i-1].Text) {
		case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "of", "for":
			return false
		}
	}
	return true
}

// code builds the event of a trigger, or nil when its participants cannot
// be coded.
func (x *context) code(si int, m match) *candidate {
	d := x.d
	s := d.Sents[si]
	var actors, recipients []part
	if m.t.nominal {
		actors, recipients = x.between(m, s.Last)
	} else {
		if x.parsed(si) {
			actors, recipients = x.parseArgs(m)
		}
		if len(actors) == 0 {
			actors = x.subject(m.first, s.First)
		}
		if len(recipients) == 0 {
			recipients = x.object(m, s.Last)
		}
	}
	actors = x.coded(actors)
	recipients = x.coded(recipients)
	recipients = without(recipients, actors)
	if len(recipients) == 0 && len(actors) > 1 {
		// "Putin and his Syrian counterpart discussed ...": the first acts
		// with the others
		actors, recipients = actors[:1], actors[1:]
	}
	if len(actors) == 0 {
		return nil
	}
	info := cameo[m.t.code]
	if len(recipients) == 0 && info.plover != "PROTEST" && info.plover != "MOBILIZE" && !strings.HasPrefix(m.t.code, "087") {
		// only protests, mobilisations and military de-escalation stand
		// without a target
		return nil
	}
	e := &candidate{Event: &doc.Event{Cameo: m.t.code, Actors: plain(actors), Recipients: plain(recipients)}}
	e.Mentions = []doc.EventMention{{Sent: si, Trigger: doc.Range{Start: d.Tokens[m.first].Start, End: d.Tokens[m.last-1].End}}}
	e.Date, e.dated = x.date(si, m)
	mode := x.modality(si, m, e.Date)
	if mode == "historical" && !e.dated {
		// background with no date of its own ("had agreed"): it cannot be
		// placed in time, and it is not news of the moment
		return nil
	}
	if m.promised && mode == "" {
		mode = "future"
	}
	x.apply(e, mode)
	e.Loc = x.location(si, m)
	e.Confidence = x.confidence(m, e.Event)
	return e
}

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
	if direct {
		return x.mentionsFrom(k, end)
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

// participant builds a participant from a mention span. Inside a direct
// quotation "we"/"our"/"us" stand for the speaker and "you" for the
// addressee.
func (x *context) participant(si int) part {
	d := x.d
	s := d.Spans[si]
	e := s.Entity
	p := part{Participant: doc.Participant{Entity: e}, first: s.First}
	if e >= 0 {
		ent := d.Entities[e]
		p.Name = ent.Name
		if ent.Actor != nil {
			p.Actor = *ent.Actor
		}
	}
	return p
}

// coded keeps participants with an actor code, one per entity. Plural
// first-person pronouns inside quotations were resolved by participant.
func (x *context) coded(ps []part) []part {
	var out []part
	seen := map[int]bool{}
	for _, p := range ps {
		if p.Actor.Code == "" || seen[p.Entity] {
			continue
		}
		seen[p.Entity] = true
		out = append(out, p)
	}
	return out
}

func without(ps, minus []part) []part {
	var out []part
	for _, p := range ps {
		dup := false
		for _, m := range minus {
			if m.Entity == p.Entity {
				dup = true
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return out
}

func isQuoteTok(t string) bool {
	switch t {
	case "\"", "“", "”", "«", "»":
		return true
	}
	return false
}

// location is where the event happened: a resolved place introduced by
// "in", "at" or "near" in the same sentence, nearest the trigger.
func (x *context) location(si int, m match) *dateline.Location {
	d := x.d
	s := d.Sents[si]
	var best *dateline.Location
	bestDist := 1 << 30
	for _, sp := range d.Spans {
		if sp.Entity < 0 || sp.First < s.First || sp.First >= s.Last || sp.Kind != doc.KindName {
			continue
		}
		ent := d.Entities[sp.Entity]
		if ent.Geo == nil || sp.First <= 0 {
			continue
		}
		prev := strings.ToLower(d.Tokens[sp.First-1].Text)
		k := sp.First - 1
		// "in the Russian Black Sea resort of Sochi"
		for k > s.First && sp.First-k < 8 && !locPreps[prev] {
			k--
			prev = strings.ToLower(d.Tokens[k].Text)
			if prev == "," || prev == "." || prev == "to" || prev == "from" {
				break
			}
		}
		if !locPreps[prev] {
			continue
		}
		if sp.First > m.last && x.inAttribution(m.last, sp.First) {
			continue // "..., a military spokesman in Kiev said": where it was said
		}
		if !x.circumstantial(k, s.First, m) {
			continue // "the process in Syria": the place belongs to a noun
		}
		dist := sp.First - m.last
		if dist < 0 {
			dist = -dist * 2
		}
		if !strings.HasPrefix(ent.Geo.Feature, "PPL") {
			// prefer a town to the sea, region or country around it
			dist += 1000
		}
		if dist < bestDist {
			g := ent.Geo
			best = &dateline.Location{Name: g.Name, Country: g.Country, Lat: g.Lat, Lon: g.Lon, GeonameID: g.GeonameID}
			bestDist = dist
		}
	}
	return best
}

// confidence rates an event: explicit verbs with both sides coded score
// highest; nominal triggers and events inside quotations lower.
func (x *context) confidence(m match, e *doc.Event) float64 {
	c := 0.9
	if m.t.nominal {
		c -= 0.1
	}
	if len(e.Recipients) == 0 {
		c -= 0.2
	}
	if x.quoteOf[m.first] >= 0 {
		c -= 0.1
	}
	return c
}

// part is a participant with the token where its mention starts.
type part struct {
	doc.Participant
	first int
}

func plain(ps []part) []doc.Participant {
	out := make([]doc.Participant, len(ps))
	for i, p := range ps {
		out[i] = p.Participant
	}
	return out
}

// candidate is an event found in one sentence, before merging.
type candidate struct {
	*doc.Event
	dated bool // the date comes from the event's own time expression
}

// circumstantial reports whether the preposition at token k attaches to
// the clause rather than to a noun before it: it opens the sentence, or
// follows the trigger, a comma, "here"/"there", a participant or a time.
func (x *context) circumstantial(k, start int, m match) bool {
	d := x.d
	if k == start || k == m.last {
		return true
	}
	switch strings.ToLower(d.Tokens[k-1].Text) {
	case ",", "here", "there", "meeting", "talks", "visit":
		return true
	}
	for _, sp := range d.Spans {
		if sp.Last == k && sp.Entity >= 0 {
			return true
		}
	}
	return false
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
func (x *context) toBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if strings.ToLower(x.d.Tokens[k].Text) == "to" {
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

// locPreps introduce where an event happened.
var locPreps = map[string]bool{"in": true, "at": true, "near": true, "around": true, "outside": true, "inside": true}

// inAttribution reports whether a comma between tokens i and j opens an
// attribution ("..., officials in Kiev said").
func (x *context) inAttribution(i, j int) bool {
	for k := i; k < j; k++ {
		if x.d.Tokens[k].Text == "," && x.attributionFollows(k+1, len(x.d.Tokens)) {
			return true
		}
	}
	return false
}
