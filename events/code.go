package events

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// match is a trigger found in a sentence.
type match struct {
	t           trigger
	first, last int  // tokens of the trigger words, first to last inclusive+1
	promised    bool // governed by a commitment ("agreed to withdraw"): future
	promiser    int  // first token of that commitment
	negated     bool // the act someone denies ("denied beating protesters")
}

// sentence codes the events of one sentence.
func (x *context) sentence(si int) []*candidate {
	d := x.d
	s := d.Sents[si]
	var out []*candidate
	promised := false              // the previous trigger promised this one: "agreed to withdraw"
	promiser := -1                 // where that commitment starts
	requested := -1                // end of the previous trigger when it was a request
	accused := -1                  // end of the previous trigger when it was an accusation
	governor := -1                 // start of the previous trigger when it threatened or refused this one
	var recode func(string) string // how that trigger recodes this one (threatOf, refusalOf)
	denial := -1                   // end of the previous trigger when it denied this one
	lastPromise := -1              // the last commitment of the sentence ("agreed to ...")
	for i := s.First; i < s.Last; i++ {
		m, ok := x.matchAt(i, s.Last)
		if !ok {
			continue
		}
		m.promised, m.promiser = promised, promiser
		if !promised && lastPromise >= 0 && x.coordinatedInfinitive(lastPromise, m.first) {
			// "agreed to set up a commission and to meet again": the
			// second act is promised too
			m.promised, m.promiser = true, lastPromise
		}
		promised = false
		if governor >= 0 {
			// "threatened to cut ties with X", "refused to recognise the
			// results of Venezuela's election": a threat or a rejection of
			// that act, with its recipient, by the one who threatens or
			// refuses
			m.t.code, m.first = recode(m.t.code), governor
			governor = -1
			if e := x.code(si, m); e != nil {
				out = append(out, e)
			}
			i = m.last - 1
			continue
		}
		if x.lemmas[m.first] == "refuse" && x.refuses(m, s.Last) {
			governor, recode = m.first, refusalOf
			i = m.last - 1
			continue
		}
		if denial >= 0 && m.first-denial <= 6 {
			// "denied beating protesters": the act is denied, not reported
			m.negated = true
		}
		denial = -1
		if x.lemmas[m.first] == "deny" && x.deniesAct(m, s.Last) {
			// the denial of one's own act names no accuser in its clause
			// (CAMEO 016 is directed at the accuser): no event of its own
			denial = m.last
			i = m.last - 1
			continue
		}
		if strings.HasPrefix(m.t.code, "13") && (x.threatens(m, s.Last) || x.warnsOwnAct(m, s.First, s.Last)) {
			governor, recode = m.first, threatOf
			i = m.last - 1
			continue
		}
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
		if accused >= 0 && m.first-accused <= 6 && x.wordBetween(accused, m.first, "of") {
			// "accused Russia of killing civilians": the act is the
			// allegation's content, coded by the accusation, not a fact
			accused = -1
			i = m.last - 1
			continue
		}
		accused = -1
		if strings.HasPrefix(m.t.code, "11") {
			accused = m.last
		}
		if promising[m.t.code] {
			lastPromise = m.first
		}
		if promising[m.t.code] && x.embeds(m, s.Last) {
			// the promise is coded as the promised act, in the future
			promised, promiser = true, m.first
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

// refuses reports whether a refusal governs a cooperative act in the
// infinitive right after it ("refused to recognise", "refuses to lift").
func (x *context) refuses(m match, end int) bool {
	if m.last+1 >= end || !strings.EqualFold(x.d.Tokens[m.last].Text, "to") {
		return false
	}
	n, ok := x.matchAt(m.last+1, end)
	return ok && n.t.code[0] == '0'
}

// refusalOf is the CAMEO code of a refusal to carry out the act coded act:
// to meet or negotiate (125), else a rejection (120).
func refusalOf(act string) string {
	if strings.HasPrefix(act, "04") || act == "036" {
		return "125"
	}
	return "120"
}

// deniesAct reports whether a denial takes a clause, an act of the one who
// denies ("denied beating", "denied having", "denied that its forces had
// attacked"), rather than a noun ("denied the accusations").
func (x *context) deniesAct(m match, end int) bool {
	if m.last >= end {
		return false
	}
	t := x.d.Tokens[m.last]
	switch strings.ToLower(t.Text) {
	case "that", "having":
		return true
	}
	return t.Tag == "VBG"
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

// coordinatedInfinitive reports whether the trigger at token k is an
// infinitive joined by "and to" to what the commitment at token from
// governs: "agreed to set up a commission and to meet again".
func (x *context) coordinatedInfinitive(from, k int) bool {
	d := x.d
	if k < 2 || k-from > 25 || !strings.EqualFold(d.Tokens[k-1].Text, "to") || !strings.EqualFold(d.Tokens[k-2].Text, "and") {
		return false
	}
	for j := from + 1; j < k-2; j++ {
		if t := d.Tokens[j].Text; t == ";" || t == "." {
			return false
		}
	}
	return true
}

// matchAt finds the longest lexicon entry starting at token i.
func (x *context) matchAt(i, end int) (match, bool) {
	for _, t := range byFirst[x.lemmas[i]] {
		k := i + 1
		ok := true
		for _, w := range t.words[1:] {
			found := false
			amounts := 0 // "announced $500 million in military aid": amounts are no filler words
			for gap := 0; gap <= 2+amounts && k+gap < end; gap++ {
				if x.lemmas[k+gap] == w {
					k += gap + 1
					found = true
					break
				}
				if !filler(x.d.Tokens[k+gap].Text) {
					break
				}
				if amount(x.d.Tokens[k+gap]) && amounts < 5 {
					amounts++
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

// predicative reports whether the adjective at token i follows a linking
// verb ("is pleased", "was not ready"): an adjective before a noun ("a
// free press") names no event.
func (x *context) predicative(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		tag := x.d.Tokens[j].Tag
		if strings.HasPrefix(tag, "RB") {
			continue // "is very pleased", "was not ready"
		}
		switch x.lemmas[j] {
		case "be", "feel", "remain", "seem", "appear", "become", "get", "stay":
			return true
		}
		return false
	}
	return false
}

// amount reports whether a token is part of an amount of money or goods
// ("$500 million in", "50 tonnes of").
func amount(t doc.Token) bool {
	switch strings.ToLower(t.Text) {
	case "$", "€", "£", "million", "billion", "in", "of", "worth", "tonnes", "tons", "dollars", "euros", "pounds", "yuan", "yen", "rupees":
		return true
	}
	return t.Tag == "CD"
}

// filler reports whether a token may sit between the words of a trigger:
// "held a working meeting", "plan to meet".
func filler(w string) bool {
	if w == "" || strings.ContainsAny(w[:1], ".,;:\"“”()") {
		return false
	}
	switch w {
	case "whether", "if":
		return false // "decide whether to" has decided nothing
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
	if t.Tag == "JJ" {
		return x.predicative(i)
	}
	if t.Tag != "" {
		return strings.HasPrefix(t.Tag, "VB")
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
	governor := -1 // the verb whose purpose a nominal event is
	if x.parsed(si) && !x.senseFits(m) {
		return nil
	}
	if x.lemmas[m.first] == "accuse" && m.last < s.Last && strings.EqualFold(d.Tokens[m.last].Text, "of") {
		// "Labour accused of 'EU propaganda'": a headline's passive, its
		// subject the accused and no accuser named
		return nil
	}
	if m.t.nominal {
		actors, recipients = x.between(m, s.Last)
		if len(actors) == 0 && m.promised {
			// "the government agreed to resume talks with the rebels":
			// who promised holds the talks, with whom the text says
			actors = x.subject(m.promiser, s.First)
			recipients = x.withAfter(m, s.Last)
		}
		if len(actors) == 0 && !m.promised {
			// "arrived in Moscow for talks with Putin": who came holds the
			// talks, with whom the text says
			if v := x.purposeOf(m, s.First); v >= 0 {
				actors = x.subject(v+1, s.First)
				if sj, passive := x.subjectOf(v); sj >= 0 && !passive {
					if ps := x.mentionsAtTree(sj); len(ps) > 0 {
						actors = ps
					}
				}
				recipients = x.withAfter(m, s.Last)
				governor = v
				if len(recipients) == 0 {
					actors = nil // "for the meeting of the party": whom they meet is unsaid
				}
			}
		}
		if m.promised && strings.HasPrefix(m.t.code, "04") {
			m.t.code = "036" // a promise to meet or negotiate
		}
	} else {
		if x.parsed(si) {
			actors, recipients = x.parseArgs(m)
		}
		if len(actors) == 0 && x.byAgent(m, s.Last) {
			// a passive the parse missed ("a civilian allegedly killed by
			// British troops"): the "by" phrase acts on the subject
			actors = x.mentionsFrom(m.last+1, s.Last)
			if len(recipients) == 0 {
				recipients = x.subject(m.first, s.First)
			}
		}
		if len(actors) == 0 {
			if !x.agentless(m) && !x.unnamedSubject(m) {
				actors = x.subject(m.first, s.First)
			} else if expulsion(m.t.code) {
				// "diplomats were expelled from Poland": the country one is
				// expelled from expels
				actors = x.expeller(m, s.Last)
			}
		}
		if len(recipients) == 0 && !x.relationObject(m) {
			recipients = x.object(m, s.Last)
		}
	}
	actors = x.coded(actors)
	recipients = x.coded(recipients)
	if m.t.code == "042" || m.t.code == "043" {
		actors = visitors(actors)
	}
	recipients = without(recipients, actors)
	if strings.HasPrefix(m.t.code, "04") {
		recipients = notPress(recipients)
	}
	if x.lemmas[m.first] == "speak" && !strings.HasPrefix(m.t.code, "041") && (d.Tokens[m.first].Tag == "VBG" || press(recipients)) {
		// "Speaking to the BBC, X said": an interview, not a consultation
		return nil
	}
	if len(recipients) == 0 && len(actors) > 1 && jointly(m.t.code) {
		// "Putin and his Syrian counterpart discussed ...": the first acts
		// with the others
		actors, recipients = actors[:1], actors[1:]
	}
	if len(actors) == 0 {
		return nil
	}
	if x.verbalFight(m, recipients) {
		return nil
	}
	if x.warnsAbout(m) {
		// "had warned Russian authorities about a planned attack": a
		// warning of what others may do threatens no one
		return nil
	}
	if x.crowd(actors) && (strings.HasPrefix(m.t.code, "18") || strings.HasPrefix(m.t.code, "19")) {
		// "Protesters attacked the embassies": a violent protest, a riot
		m.t.code = "145"
	}
	info := cameo[m.t.code]
	if len(recipients) == 0 && info.plover != "PROTEST" && info.plover != "MOBILIZE" && !strings.HasPrefix(m.t.code, "087") &&
		!x.threatToAct(m, s.Last) {
		// only protests, mobilisations, military de-escalation and a
		// threat to do something stand without a target
		return nil
	}
	e := &candidate{Event: &doc.Event{Cameo: m.t.code, Actors: plain(actors), Recipients: plain(recipients)}}
	e.Mentions = []doc.EventMention{{Sent: si, Trigger: doc.Range{Start: d.Tokens[m.first].Start, End: d.Tokens[m.last-1].End}}}
	e.Date, e.dated = x.date(si, m)
	mode := x.modality(si, m, e.Date)
	if governor >= 0 && mode == "" {
		// "will arrive on Thursday for talks": the talks are as real as
		// the journey
		mode = x.modality(si, match{first: governor, last: governor + 1}, e.Date)
	}
	if m.negated {
		mode = "negation"
	}
	if mode == "historical" && e.dated && within(e.Date, d.Published, 7) {
		// "demonstrators who had gathered on Tuesday night": a past
		// perfect dated this week is this week's news
		mode = ""
	}
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

// jointly reports whether an act with coordinated subjects and no object
// is one they do with each other ("Putin and Assad discussed", "Russia and
// Turkey agreed"); a request, an accusation, a rejection, a threat or
// praise is made together to someone unnamed ("Blair and Brown called for
// action").
func jointly(code string) bool {
	switch cameo[code].plover {
	case "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return false
	}
	switch code {
	case "051", "052", "053", "054", "055", "056":
		// praise, defence, recognition, apology: "France and the United
		// States welcomed the vote" praise it together
		return false
	}
	return true
}

// withAfter returns the participants after "with" within a few words of a
// nominal trigger ("talks with the rebels").
func (x *context) withAfter(m match, end int) []part {
	for j := m.last; j < end && j < m.last+3; j++ {
		if strings.EqualFold(x.d.Tokens[j].Text, "with") {
			return x.mentionsFrom(j+1, end)
		}
	}
	return nil
}

// purposeOf returns the verb that a nominal trigger is the purpose of ("arrived
// in Moscow for talks", "flew to Cairo for a meeting"), or -1.
func (x *context) purposeOf(m match, start int) int {
	d := x.d
	f := m.first
	if f-1 >= start && (d.Tokens[f-1].Tag == "DT" || d.Tokens[f-1].Tag == "JJ") {
		f-- // "for a meeting", "for fresh talks"
	}
	if f-1 < start || !strings.EqualFold(d.Tokens[f-1].Text, "for") {
		return -1
	}
	if h := d.Tokens[m.first].Head; h >= 0 && strings.HasPrefix(d.Tokens[h].Tag, "VB") {
		return h
	}
	for j := f - 2; j >= start && j >= f-10; j-- {
		if strings.HasPrefix(d.Tokens[j].Tag, "VB") {
			return j
		}
	}
	return -1
}

// byAgent reports whether a trigger is a past participle followed by "by"
// and a mention: a passive with its agent, whatever the parse says.
func (x *context) byAgent(m match, end int) bool {
	d := x.d
	if d.Tokens[x.anchor(m)].Tag != "VBN" || m.last+1 >= end || !strings.EqualFold(d.Tokens[m.last].Text, "by") {
		return false
	}
	return len(x.mentions[m.last+1]) > 0
}

// expulsion reports whether a CAMEO code removes someone from a country:
// expulsion (166) or deportation (174).
func expulsion(code string) bool { return code == "166" || code == "174" }

// expeller returns the country an agentless expulsion names with "from"
// ("were expelled from Poland"), or nil.
func (x *context) expeller(m match, end int) []part {
	gpe := func(ps []part) []part {
		if len(ps) > 0 && ps[0].Entity >= 0 && x.d.Entities[ps[0].Entity].Type == "GPE" {
			return ps[:1]
		}
		return nil
	}
	for _, o := range x.children(x.anchor(m), "obl") {
		if x.caseOf(o) == "from" {
			return gpe(x.mentionsAtTree(o))
		}
	}
	if m.last < end && strings.EqualFold(x.d.Tokens[m.last].Text, "from") {
		return gpe(x.mentionsFrom(m.last+1, end))
	}
	return nil
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

// verbalFight reports whether a use of force is one of words or votes:
// a clash "over" a topic ("Labour and the Tories clashed over tax"), or
// beating a party (at an election).
func (x *context) verbalFight(m match, recipients []part) bool {
	if !attack(m.t.code) {
		return false
	}
	if m.last < len(x.d.Tokens) && strings.EqualFold(x.d.Tokens[m.last].Text, "over") {
		return true
	}
	for _, r := range recipients {
		if r.Actor.Sector == "PTY" && (x.lemmas[m.first] == "beat" || x.lemmas[m.first] == "defeat") {
			return true
		}
	}
	return false
}

// notPress drops the reporters a leader speaks to: briefing the press is
// no consultation ("spoke to reporters in Berlin").
func notPress(ps []part) []part {
	var out []part
	for _, p := range ps {
		if p.Actor.Sector == "MED" && strings.ToLower(p.Name) == p.Name {
			continue
		}
		out = append(out, p)
	}
	return out
}

// press reports whether a participant is a news organisation.
func press(ps []part) bool {
	for _, p := range ps {
		if p.Actor.Sector == "MED" {
			return true
		}
	}
	return false
}

// candidate is an event found in one sentence, before merging.
type candidate struct {
	*doc.Event
	dated bool // the date comes from the event's own time expression
}

// visitors keeps the participants that can make or host a visit: people
// and bodies in an official capacity, not a people or civilians ("Syrians
// arriving in the United States" are not a delegation).
func visitors(ps []part) []part {
	var out []part
	for _, p := range ps {
		switch p.Actor.Sector {
		case "", "CVL", "REF":
			if !strings.HasPrefix(p.Actor.Code, "IGO") {
				continue
			}
		}
		out = append(out, p)
	}
	return out
}

// threatens reports whether a threat governs a hostile act in the
// infinitive right after it ("threatened to cut ties", "threatens to
// attack"); a warning that others will act ("warned that visitors would
// travel") threatens nothing.
func (x *context) threatens(m match, end int) bool {
	if m.last+1 >= end || !strings.EqualFold(x.d.Tokens[m.last].Text, "to") {
		return false
	}
	n, ok := x.matchAt(m.last+1, end)
	if !ok {
		return false
	}
	return n.t.code[0] == '1' || n.t.code[0] == '2'
}

// warnsOwnAct reports whether a threat or warning announces in a clause
// after "that" a hostile act by the one who warns or their own country
// ("Blinken warned that the United States would impose sanctions on
// Sudan"): a threat of that act. A warning that others will act ("warned
// that Russia would attack") threatens nothing.
func (x *context) warnsOwnAct(m match, start, end int) bool {
	d := x.d
	c := m.last
	if c >= end || !strings.EqualFold(d.Tokens[c].Text, "that") {
		return false
	}
	modal := -1
	for j := c + 1; j < end && j < c+8; j++ {
		if d.Tokens[j].Tag == "MD" {
			modal = j
			break
		}
	}
	if modal < 0 {
		return false
	}
	n, ok := x.matchAt(modal+1, end)
	if !ok || n.first > modal+3 || (n.t.code[0] != '1' && n.t.code[0] != '2') || strings.HasPrefix(n.t.code, "13") {
		return false
	}
	who := x.coded(x.subject(m.first, start))
	if len(who) == 0 {
		return false
	}
	switch strings.ToLower(d.Tokens[c+1].Text) {
	case "we", "it", "they", "he", "she":
		return modal == c+2
	}
	clause := x.coded(x.mentionsFrom(c+1, modal))
	return len(clause) > 0 && clause[0].first < modal && clause[0].Actor.Country != "" && clause[0].Actor.Country == who[0].Actor.Country
}

// threatToAct reports whether a threat is one to do something, in the
// infinitive after it ("Iran threatened to close the strait"): a threat
// even when no one is named as its target.
func (x *context) threatToAct(m match, end int) bool {
	if !strings.HasPrefix(m.t.code, "13") || m.last+1 >= end || !strings.EqualFold(x.d.Tokens[m.last].Text, "to") {
		return false
	}
	return strings.HasPrefix(x.d.Tokens[m.last+1].Tag, "VB")
}

// threatOf is the CAMEO code of a threat to carry out the act coded
// act: to break relations (1313), to impose sanctions (1312), to repress
// (137), to use force (138), else a threat of its kind (130).
func threatOf(act string) string {
	switch {
	case strings.HasPrefix(act, "161"), strings.HasPrefix(act, "164"), strings.HasPrefix(act, "166"):
		return "1313"
	case strings.HasPrefix(act, "163"):
		return "1312"
	case strings.HasPrefix(act, "17"):
		return "137"
	case strings.HasPrefix(act, "18"), strings.HasPrefix(act, "19"), strings.HasPrefix(act, "20"):
		return "138"
	case strings.HasPrefix(act, "13"):
		return act
	}
	return "130"
}

// crowdWords are the roles of civilians who act as a crowd.
var crowdWords = map[string]bool{"protesters": true, "protester": true, "demonstrators": true, "rioters": true,
	"mob": true, "crowd": true, "crowds": true, "protestors": true}

// crowd reports whether every actor is a crowd of protesters.
func (x *context) crowd(actors []part) bool {
	if len(actors) == 0 {
		return false
	}
	for _, a := range actors {
		if a.Entity < 0 || !crowdWords[strings.ToLower(x.d.Entities[a.Entity].Name)] {
			return false
		}
	}
	return true
}

// unnamedSubject reports whether the parse gives the trigger a subject
// that is a common noun no mention covers ("two unnamed firms had pulled
// out"): the actor is then someone the text does not name, not whoever
// was named before it.
func (x *context) unnamedSubject(m match) bool {
	if !x.parsed(x.d.Tokens[m.first].Sent) {
		return false
	}
	sj, passive := x.subjectOf(x.anchor(m))
	if sj < 0 || passive || x.d.Tokens[sj].Head != x.anchor(m) {
		return false
	}
	switch x.d.Tokens[sj].Tag {
	case "NN", "NNS":
	default:
		return false
	}
	d := x.d
	sent := d.Sents[d.Tokens[sj].Sent]
	for k := sent.First; k < sent.Last; k++ {
		in := false
		for h, hops := k, 0; h >= 0 && hops < 8; h, hops = d.Tokens[h].Head, hops+1 {
			if h == sj {
				in = true
				break
			}
		}
		if in && (len(x.mentionsAt(k)) > 0 || d.Tokens[k].Tag == "PRP$") {
			return false // "Ukraine's air defences", "a proposal by China", "its units"
		}
	}
	return true
}

// warnsAbout reports whether a warning is one about something ("warned
// Russian authorities about a planned attack", "warned of the dangers"),
// which informs rather than threatens; a warning against something
// ("warned Iran against any attack") stays a threat.
func (x *context) warnsAbout(m match) bool {
	if x.lemmas[m.first] != "warn" || !x.parsed(x.d.Tokens[m.first].Sent) {
		return false
	}
	for _, o := range x.children(x.anchor(m), "obl") {
		if c := x.caseOf(o); c == "about" || c == "of" {
			return true
		}
	}
	return false
}

// relationObject reports whether the parse gives the trigger an object
// that names others by their relation to someone ("urged Ukraine's
// partners to act"): no one named in it is the recipient.
func (x *context) relationObject(m match) bool {
	if !x.parsed(x.d.Tokens[m.first].Sent) {
		return false
	}
	for _, o := range x.children(x.anchor(m), "obj") {
		if relationNouns[x.lemmas[o]] {
			return true
		}
	}
	return false
}
