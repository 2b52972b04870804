package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// inNP reports whether token i can be part of a noun phrase that names a
// speaker: a word of a name the earlier stages found, whatever its tag,
// or a token npTag accepts.
func inNP(d *doc.Doc, i int) bool {
	t := d.Tokens[i]
	if npTag(t) {
		return true
	}
	if !isWordy(t.Text) {
		return false
	}
	if inNameSpan(d, i) {
		return true
	}
	// a mistagged word inside a phrase: "MSNBC host/VB Chris Matthews"
	if t.Tag == "VB" && i > 0 && i+1 < len(d.Tokens) && npTag(d.Tokens[i-1]) && d.Tokens[i+1].Tag == "NNP" {
		return true
	}
	// a name taken for an adverb: "Shelby/RB later said"
	return strings.HasPrefix(t.Tag, "RB") && inName(d, i)
}

// npTag reports whether a token's tag fits a noun phrase that names a
// speaker: nouns, names, pronouns, determiners, adjectives, numbers and
// possessives.
func npTag(t doc.Token) bool {
	switch t.Tag {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ", "JJR", "JJS", "CD", "POS", "PRP$", "HYPH", "NFP":
		return true
	case "":
		return isWordy(t.Text)
	}
	switch t.Text {
	case "'s", "’s", "-", "&", ".":
		return true
	}
	return false
}

func isWordy(w string) bool {
	for _, r := range w {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' {
			return true
		}
	}
	return false
}

// lower is a token's lower-case text.
func lower(d *doc.Doc, i int) string { return strings.ToLower(d.Tokens[i].Text) }

// lemma is a token's lemma, or its lower-case text when untagged.
func lemma(d *doc.Doc, i int) string {
	if l := d.Tokens[i].Lemma; l != "" {
		return l
	}
	return lower(d, i)
}

// isVerb reports whether token i is tagged as a verb.
func isVerb(d *doc.Doc, i int) bool { return strings.HasPrefix(d.Tokens[i].Tag, "VB") }

// isAux reports whether token i is an auxiliary, adverb or negation that
// may stand between a subject and its verb.
func isAux(d *doc.Doc, i int) bool {
	t := d.Tokens[i]
	if t.Tag == "RB" || t.Tag == "RBR" || t.Tag == "RBS" {
		// a name the tagger took for an adverb: "Shelby/RB later said"
		return !inName(d, i)
	}
	if t.Tag == "MD" {
		return true
	}
	return auxiliaries[lower(d, i)]
}

// inName reports whether token i is a capitalised word inside a name the
// earlier stages found, or a capitalised "adverb" no adverb list knows,
// standing right before a verb ("Ditto/RB said").
func inName(d *doc.Doc, i int) bool {
	w := d.Tokens[i].Text
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	if inNameSpan(d, i) {
		return true
	}
	lw := strings.ToLower(w)
	if auxiliaries[lw] || commonAdverbs[lw] || strings.HasSuffix(lw, "ly") || i+1 >= len(d.Tokens) {
		return false
	}
	next := d.Tokens[i+1].Tag
	return isVerb(d, i+1) || (next == "RB" || next == "RBR") && i+2 < len(d.Tokens) && isVerb(d, i+2)
}

// commonAdverbs open sentences in capitals without being names.
var commonAdverbs = set(`however meanwhile instead still yet so thus hence also too then now here there
	soon later earlier afterward afterwards nevertheless nonetheless otherwise indeed perhaps maybe
	moreover furthermore besides anyway altogether likewise often sometimes always never ever not
	again once twice almost nearly just only even rather quite very well alone together abroad`)

// np is a noun phrase [first, last) of tokens, and a relative pronoun
// ("who") standing for it when the verb's subject is one.
type np struct {
	first, last int
	rel         int // token of "who"/"which"/"that"; -1 when none
}

func (n np) ok() bool { return n.last > n.first }

// skipLeft moves left from j (exclusive) over auxiliaries, adverbs and
// time phrases ("on Monday") and returns the new boundary.
func skipLeft(d *doc.Doc, lo, j int) int {
	for j > lo {
		if isAux(d, j-1) {
			j--
			continue
		}
		if f := timeSpanEnding(d, j); f >= lo {
			j = f
			if j > lo && d.Tokens[j-1].Tag == "IN" {
				j--
			}
			continue
		}
		break
	}
	return j
}

// skipParen moves left from j over a bracketed aside ending just before
// it ("(D-Wis.)").
func skipParen(d *doc.Doc, lo, j int) int {
	if j <= lo || d.Tokens[j-1].Text != ")" {
		return j
	}
	for o := j - 2; o >= lo && o >= j-10; o-- {
		if d.Tokens[o].Text == "(" {
			return o
		}
	}
	return j
}

// npLeft returns the noun phrase ending just before token j (not before
// lo): a run of noun-phrase tokens, joined over "of" ("the president of
// the union").
func npLeft(d *doc.Doc, lo, j int) np {
	a := j
	for a > lo {
		t := d.Tokens[a-1]
		if inNP(d, a-1) && !isQuoteMark(t.Text) {
			a--
			continue
		}
		if (lower(d, a-1) == "of" || t.Text == "(" || t.Text == ")") && a-1 > lo && inNP(d, a-2) && a < j {
			a--
			continue
		}
		break
	}
	// an opening bracket or "of" cannot start the phrase
	for a < j && (lower(d, a) == "of" || d.Tokens[a].Text == ")" || d.Tokens[a].Tag == "POS") {
		a++
	}
	return np{first: a, last: j, rel: -1}
}

// npRight returns the noun phrase starting at token j (before hi).
func npRight(d *doc.Doc, j, hi int) np {
	b := j
	for b < hi {
		t := d.Tokens[b]
		if inNP(d, b) && !isQuoteMark(t.Text) && !(t.Text == "." && b > j) {
			b++
			continue
		}
		if lower(d, b) == "of" && b > j && b+1 < hi && inNP(d, b+1) {
			b++
			continue
		}
		break
	}
	return np{first: j, last: b, rel: -1}
}

// relative pronouns that can be the subject of a cue.
var relatives = set(`who which that`)

// subjectBefore finds the subject of the verb at token k among tokens
// [lo, k): the noun phrase before it, past auxiliaries, adverbs and time
// phrases, a relative pronoun ("Leahy, who said") or a phrase in
// apposition ("Mulgrew, president of the union, said").
func subjectBefore(d *doc.Doc, lo, k int) np { return subjectAt(d, lo, k, 0) }

// hasFiniteVerb reports whether tokens [i, j) hold a finite verb.
func hasFiniteVerb(d *doc.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		switch d.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

func subjectAt(d *doc.Doc, lo, k, depth int) np {
	j := skipLeft(d, lo, k)
	if j <= lo {
		return np{rel: -1}
	}
	// "Rep. Sam Ortega (D-Ariz.) said"
	if j = skipLeft(d, lo, skipParen(d, lo, j)); j <= lo {
		return np{rel: -1}
	}
	if relatives[lower(d, j-1)] && (d.Tokens[j-1].Tag == "WP" || d.Tokens[j-1].Tag == "WDT" || lower(d, j-1) == "who") {
		r := j - 1
		a := r
		if a > lo && d.Tokens[a-1].Text == "," {
			a--
		}
		n := npLeft(d, lo, a)
		if k := n.first - 1; n.ok() && k > lo && d.Tokens[k].Text == "," {
			switch lower(d, n.first) {
			case "the", "a", "an":
				// "Skydio, the largest U.S. drone maker, which said": the
				// name the description is in apposition with
				if m := npLeft(d, lo, k); m.ok() && inName(d, m.last-1) {
					n = m
				}
			}
		}
		n.rel = r
		return n
	}
	if d.Tokens[j-1].Text == "," {
		// apposition or relative clause closed by a comma
		for c := j - 2; c > lo && c >= j-40; c-- {
			if d.Tokens[c].Text != "," {
				continue
			}
			rel := relatives[lower(d, c+1)]
			// an aside about where or when: "Clinton, at a later press
			// gaggle, said"
			aside := d.Tokens[c+1].Tag == "IN" && lower(d, c+1) != "that"
			// a reduced relative: "Dagalo, widely known as Hemedti, told"
			v := c + 1
			for v < j-1 && d.Tokens[v].Tag == "RB" {
				v++
			}
			aside = aside || d.Tokens[v].Tag == "VBN"
			if !(inNP(d, c+1) || rel || aside) || (!rel && hasFiniteVerb(d, c+1, j-1)) {
				break
			}
			n := npLeft(d, lo, skipParen(d, lo, c))
			if n.ok() && hasNoun(d, n) && !timeOnly(d, n) {
				if name := personIn(d, c+1, j-1); name.ok() {
					// "The U.N. Secretary-General, Antonio Guterres, said"
					return name
				}
				return complementHead(d, lo, n)
			}
			break
		}
		return np{rel: -1}
	}
	if w := lower(d, j-1); (w == "and" || w == "but") && depth == 0 {
		if j-2 > lo && d.Tokens[j-2].Text == "," && speechVerbs[lemma(d, k)] {
			// "X said the party would let ..., but warned that": the
			// verb of saying in the same tense before the comma
			for v := j - 3; v > lo; v-- {
				if d.Tokens[v].Text == ";" {
					break
				}
				if d.Tokens[v].Tag == d.Tokens[k].Tag && speechVerbs[lemma(d, v)] {
					return subjectAt(d, lo, v, 1)
				}
			}
		}
		// coordinated verbs share their subject: "she urges ... and says"
		for v := j - 2; v > lo; v-- {
			if isVerb(d, v) && !isAux(d, v) && d.Tokens[v].Tag != "VBG" && d.Tokens[v].Tag != "VBN" {
				return subjectAt(d, lo, v, 1)
			}
			if d.Tokens[v].Text == "," || d.Tokens[v].Text == ";" {
				break
			}
		}
		return np{rel: -1}
	}
	n := npLeft(d, lo, j)
	if !hasNoun(d, n) || timeOnly(d, n) {
		return np{rel: -1}
	}
	return coordinated(d, lo, complementHead(d, lo, n))
}

// coordinated extends a subject over the noun phrases coordinated with it
// ("Saudi Arabia and the United States said", "Britain, France and
// Germany said") when the coordination starts the sentence or follows a
// comma, so that "CONTENT, A and B said" is read as content then speakers.
func coordinated(d *doc.Doc, lo int, n np) np {
	if n.rel >= 0 || !namedOrDetermined(d, n.first) && !endsInName(d, n) {
		// "the Labour peer and former minister said": one person
		return n
	}
	first, best := n.first, n.first
	for first-1 > lo {
		w := lower(d, first-1)
		if w != "and" && w != "or" && w != "&" && !(w == "," && first < n.first) {
			break
		}
		m := npLeft(d, lo, first-1)
		if !m.ok() || !hasNoun(d, m) || timeOnly(d, m) || !namedOrDetermined(d, m.first) && !endsInName(d, m) {
			break
		}
		if first = m.first; first == lo || d.Tokens[first-1].Text == "," {
			best = first
		}
	}
	n.first = best
	return n
}

// namedOrDetermined reports whether a noun phrase starting at token i
// opens with a name or a determiner, as each of coordinated subjects does
// ("Saudi Arabia and the United States"), unlike the second description
// of one person ("the Labour peer and former minister").
func namedOrDetermined(d *doc.Doc, i int) bool {
	return strings.HasPrefix(d.Tokens[i].Tag, "NNP") || d.Tokens[i].Tag == "DT"
}

// complementHead returns the phrase a noun phrase complements when it
// follows a preposition after a noun or a modifier of the subject
// ("Sources familiar with the talks said", "An official at the ministry,
// who ..., said"): that phrase is the subject, not its complement.
func complementHead(d *doc.Doc, lo int, n np) np {
	p := n.first - 1
	if p-1 <= lo || d.Tokens[p].Tag != "IN" {
		return n
	}
	switch lower(d, p) {
	case "at", "in", "with", "from", "on", "inside":
	default:
		return n // "of" phrases belong to the noun phrase; "by" and "for" name whom it speaks for
	}
	switch d.Tokens[p-1].Tag {
	case "JJ", "VBN", "NN", "NNS":
	default:
		return n
	}
	if m := npLeft(d, lo, p); m.ok() && hasNoun(d, m) && !timeOnly(d, m) {
		return m
	}
	return n
}

// personIn returns the person's name that tokens [a, b) are, a title
// before it allowed ("General Asim Munir"), or no phrase.
func personIn(d *doc.Doc, a, b int) np {
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.Label != "PERSON" || s.First < a || s.Last != b || s.First-a > 2 {
			continue
		}
		return np{first: s.First, last: s.Last, rel: -1}
	}
	return np{rel: -1}
}

// timeOnly reports whether every token of phrase n lies in a time
// expression ("In May, several groups ..., saying"): a date never speaks.
func timeOnly(d *doc.Doc, n np) bool {
	for i := n.first; i < n.last; i++ {
		if !inTimeSpan(d, i) {
			return false
		}
	}
	return n.ok()
}

// subjectAfter finds a subject written after its verb at token k ("said
// Mr. Leahy", "says the report"): a noun phrase followed by punctuation,
// the end, a relative clause or a circumstance.
func subjectAfter(d *doc.Doc, k, hi int) np {
	j := k + 1
	for j < hi && isAux(d, j) {
		j++
	}
	if e := timeSpanStarting(d, j); e > 0 {
		j = e
	}
	n := npRight(d, j, hi)
	if !n.ok() || !hasNoun(d, n) || objectPronouns[lower(d, n.first)] || timeOnly(d, n) {
		return np{rel: -1}
	}
	if n.last+1 < hi && d.Tokens[n.last].Text == "," {
		// "said one of them, Jean Martin."
		for _, sp := range d.Spans {
			if sp.Kind == doc.KindName && sp.Label == "PERSON" && sp.First == n.last+1 && (sp.Last >= hi || isPunct(d.Tokens[sp.Last].Text)) {
				return np{first: sp.First, last: sp.Last, rel: -1}
			}
		}
	}
	if n.last < hi {
		t := d.Tokens[n.last]
		if !(t.Tag == "," || t.Tag == "." || t.Tag == ":" || isPunct(t.Text) || isQuoteMark(t.Text) || t.Text == "(" || dashes[t.Text] || circumstance[lower(d, n.last)] || lower(d, n.last) == "who" || lower(d, n.last) == "for") {
			return np{rel: -1}
		}
	}
	return n
}

// objectPronouns never start a subject: "told me", "asked him".
var objectPronouns = set(`me him us them whom`)

// hasNoun reports whether the phrase has a noun or pronoun in it.
func hasNoun(d *doc.Doc, n np) bool {
	for i := n.first; i < n.last; i++ {
		t := d.Tokens[i].Tag
		if strings.HasPrefix(t, "NN") || t == "PRP" || (t == "" && isWordy(d.Tokens[i].Text)) || (strings.HasPrefix(t, "RB") && inName(d, i)) {
			// possessive pronouns and "it"-like expletives are fine; a bare
			// determiner is not
			return true
		}
		if t == "DT" && n.last-n.first == 1 && (lower(d, i) == "this" || lower(d, i) == "that" || lower(d, i) == "some" || lower(d, i) == "many" || lower(d, i) == "both" || lower(d, i) == "all") {
			return true
		}
	}
	return false
}

// speakerRank orders the spans inside a subject phrase: a person's name
// first, then an organisation, descriptions, pronouns, and places.
func speakerRank(s doc.Span) int {
	switch {
	case s.Kind == doc.KindTime:
		return -1
	case s.Kind == doc.KindName && s.Label == "PERSON":
		return 6
	case s.Kind == doc.KindName && s.Label == "ORG":
		return 5
	case s.Kind == doc.KindNominal:
		return 4
	case s.Kind == doc.KindPronoun:
		return 3
	case s.Kind == doc.KindName && (s.Label == "NORP" || s.Label == "GPE"):
		return 2
	case s.Kind == doc.KindName:
		return 1
	}
	return -1
}

// speakerSpan returns the span that stands for the subject phrase n: the
// best mention inside it, or a new span over the phrase when the earlier
// stages found none. A relative pronoun gets a span of its own, linked to
// the entity of the phrase it refers to.
func speakerSpan(d *doc.Doc, n np) int {
	best, bestRank := -1, 0
	for si, s := range d.Spans {
		if s.First < n.first || s.Last > n.last || s.First >= s.Last {
			continue
		}
		r := speakerRank(s)
		if r <= 0 {
			continue
		}
		if s.Last < n.last && (d.Tokens[s.Last].Tag == "POS" || d.Tokens[s.Last-1].Tag == "PRP$") {
			r = 1 // a possessor modifies the head: "Scott's niece"
		}
		if best < 0 || r > bestRank || (r == bestRank && s.Last > d.Spans[best].Last) {
			best, bestRank = si, r
		}
	}
	if n.ok() && bestRank < 4 {
		// a mention that covers the phrase's head and reaches further left
		// beats a modifier inside it: coreference's “The Russian and
		// Syrian presidents” over the nationality “Syrian”
		if c := coveringMention(d, n); c >= 0 {
			best, bestRank = c, speakerRank(d.Spans[c])
		}
	}
	if n.ok() && (best < 0 || bestRank <= 1 && commonHead(d, n) && d.Spans[best].Last < n.last) {
		// no mention, or only a possessor or number modifying a common noun
		// ("Scott's niece", "the two leaders"): the phrase itself
		best = addSpeaker(d, n.first, n.last, -1)
	}
	if n.rel < 0 {
		return best
	}
	ent := -1
	if best >= 0 {
		ent = d.Spans[best].Entity
	}
	return addSpeaker(d, n.rel, n.rel+1, ent)
}

// addSpeaker adds a speaker mention over tokens [first, last), linked to
// entity e (-1 for none), and returns its span index.
func addSpeaker(d *doc.Doc, first, last, e int) int {
	for si, s := range d.Spans {
		if s.First == first && s.Last == last && s.Kind != doc.KindTime {
			return si
		}
	}
	kind := doc.KindNominal
	if last-first == 1 && (d.Tokens[first].Tag == "PRP" || d.Tokens[first].Tag == "WP" || d.Tokens[first].Tag == "WDT" || relatives[lower(d, first)]) {
		kind = doc.KindPronoun
	}
	label := "PERSON"
	if e >= 0 {
		label = d.Entities[e].Type
	}
	idx := d.AddSpan(doc.Span{Range: doc.Range{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End},
		First: first, Last: last, Label: label, Kind: kind, Entity: e, Source: "quotes"})
	if e >= 0 {
		d.Entities[e].Mentions = insertSorted(d, d.Entities[e].Mentions, idx)
	}
	return idx
}

// appositionSubject finds a subject at token a followed by phrases in
// apposition before the verb at k: "Paul Becker, the mayor of Leeds, one
// of the towns opposing the plan, said", "Ann Lee, the head of a small
// studio -- the one that made the film -- told me". The phrases between may hold a finite verb only in a relative
// clause, and no quotation but a nickname.
func appositionSubject(d *doc.Doc, a, k int) np {
	none := np{rel: -1}
	if a >= k || k-a > 50 {
		return none
	}
	head := npRight(d, a, k)
	if !head.ok() || !hasNoun(d, head) || head.last >= k {
		return none
	}
	if w := d.Tokens[head.last].Text; w != "," && !dashes[w] && w != "(" {
		return none
	}
	j := skipLeft(d, head.last, k)
	if w := d.Tokens[j-1].Text; w != "," && !dashes[w] && w != ")" {
		return none
	}
	relative := false
	for m := head.last; m < j; m++ {
		t := d.Tokens[m]
		switch {
		case t.Text == "," || dashes[t.Text]:
			relative = false
		case relatives[lower(d, m)] && (t.Tag == "WP" || t.Tag == "WDT" || lower(d, m) == "who"):
			relative = true
		case isQuoteMark(t.Text) || t.Text == "'":
			e := nicknameEnd(d, m)
			if e < 0 {
				return none
			}
			m = e - 1
		case !relative && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD"):
			return none
		case t.Text == ";" || t.Text == ":" || t.Text == ".":
			return none
		}
	}
	return head
}

// nicknameEnd returns the token after a quoted nickname opening at token
// m (“Cia” in Marcia “Cia” Price), or -1.
func nicknameEnd(d *doc.Doc, m int) int {
	for e := m + 1; e < len(d.Tokens) && e <= m+3; e++ {
		w := d.Tokens[e].Text
		if isQuoteMark(w) || w == "'" {
			if e > m+1 && e+1 < len(d.Tokens) && d.Tokens[e+1].Tag == "NNP" {
				return e + 1
			}
			return -1
		}
		if !isWordy(w) || strings.ToUpper(w[:1]) != w[:1] {
			return -1
		}
	}
	return -1
}

// coveringMention returns the longest person or organisation mention that
// covers the head (last token) of phrase n, ends with it and starts in
// its sentence, or -1.
func coveringMention(d *doc.Doc, n np) int {
	head := n.last - 1
	lo := d.Sents[d.Tokens[head].Sent].First
	best := -1
	for si, s := range d.Spans {
		if s.Last != n.last || s.First > head || s.First < lo || s.Kind == doc.KindTime || s.Kind == doc.KindPronoun {
			continue
		}
		if s.Label != "PERSON" && s.Label != "ORG" {
			continue
		}
		if best < 0 || s.Last-s.First > d.Spans[best].Last-d.Spans[best].First {
			best = si
		}
	}
	return best
}

// commonHead reports whether phrase n ends in a common noun.
func commonHead(d *doc.Doc, n np) bool {
	t := d.Tokens[n.last-1].Tag
	return t == "NN" || t == "NNS"
}

// endsInName reports whether a noun phrase is a titled name ("foreign
// ministry spokesperson Oren Marmorstein"): each of coordinated speakers
// may be one ("national security adviser Tzachi Hanegbi and foreign
// ministry spokesperson Oren Marmorstein said").
func endsInName(d *doc.Doc, n np) bool {
	return n.last-n.first >= 2 && inName(d, n.last-1) && inName(d, n.last-2) && !inName(d, n.first)
}
