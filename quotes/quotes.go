// Package quotes is the pipeline stage that finds who said what: direct
// quotations in every common style (straight, curly, guillemets, single
// quotes in headlines, quotations interrupted by their attribution or
// running over several paragraphs) and reported speech ("Putin said the
// operation was ending", "according to TASS"). Each is attributed to the
// mention its cue rests on ("Putin said", "the Russian leader added", "he
// added", "the statement reads"), whose entity the coreference stage has
// resolved; unattributed quotations take the speaker of the paragraph
// before. First- and second-person pronouns inside a quotation are then
// linked to its speaker and addressee.
package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/perceptron"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// Finder implements doc.Stage.
type Finder struct {
	// Model judges cue candidates the rules leave alone; nil means the
	// shipped model, loaded on first use (see DefaultModel).
	Model *perceptron.Model
	// Threshold is the margin a candidate's "cue" score must have over
	// its "none" score.
	Threshold float64
	// Veto is the margin below which the model drops reported speech the
	// rules found.
	Veto float64
	// RulesOnly turns the model off.
	RulesOnly bool
	// Broad keeps every attribution the model finds, in PolNeAR's sense
	// (actions too: "signed a deal", "detained activists"). Without it,
	// the model only adds attributions whose cue is a verb of saying, of
	// stance or of a speech act, a word of attitude, or a noun of speech
	// or thought: what users query as quotes.
	Broad bool
}

// New returns a Finder with the shipped model and threshold.
func New() *Finder { return &Finder{Threshold: DefaultThreshold, Veto: DefaultVeto} }

// Name implements doc.Stage.
func (*Finder) Name() string { return "quotes" }

// minWords is the shortest unattributed quotation taken as speech; shorter
// ones are scare quotes or titles.
const minWords = 4

// Process adds d.Quotes.
func (f *Finder) Process(d *doc.Doc) error {
	defer indexSpans(d)()
	ctx := findByRules(d)
	if f.RulesOnly {
		return nil
	}
	m := f.Model
	if m == nil {
		var err error
		if m, err = DefaultModel(); err != nil {
			return err
		}
	}
	if m != nil {
		learned := findLearned(d, ctx, m, f.Threshold, f.Veto)
		if !f.Broad {
			learned = spoken(d, learned)
		}
		learned = notNested(d.Quotes, learned)
		d.Quotes = append(d.Quotes, learned...)
		sortQuotes(d.Quotes)
	}
	issuers(d)
	adoptReporter(d)
	d.Quotes = dropWrapped(d, d.Quotes)
	d.Quotes = stanceInside(d, d.Quotes)
	d.Quotes = strayPhrases(d, d.Quotes)
	return nil
}

// splitLabels turns a quoted transcript turn ("“WALLACE: Let's start
// ...”") into the words after its speaker label, spoken by the label.
func splitLabels(d *doc.Doc) {
	for _, q := range d.Quotes {
		if !q.Direct {
			continue
		}
		first, last := d.TokensIn(q.Content)
		colon := -1
		for k := first; k < last && k < first+4; k++ {
			if d.Tokens[k].Text == ":" {
				colon = k
				break
			}
			if !labelWord(d.Tokens[k].Text) || strings.ToUpper(d.Tokens[k].Text) != d.Tokens[k].Text {
				break
			}
		}
		if colon <= first || colon+1 >= last {
			continue
		}
		q.Speaker = speakerSpan(d, np{first: first, last: colon, rel: -1})
		q.Cue, q.CueRange = ":", d.Tokens[colon].Range
		q.Content.Start = d.Tokens[colon+1].Start
	}
}

// adoptReporter gives a quoted phrase whose attribution came from
// elsewhere (a quotation in an earlier sentence) or nowhere the speaker of
// the reported speech it lies in, or of a quoted phrase before it in its
// sentence attributed there: "Trump tweeted that Machado was “disgusting”
// and “a con”".
func adoptReporter(d *doc.Doc) {
	for _, q := range d.Quotes {
		if !q.Direct || (q.Speaker >= 0 && d.SentenceAt(q.CueRange.Start) == q.Sent) {
			continue
		}
		for _, r := range d.Quotes {
			if r == q || r.Speaker < 0 || r.Sent != q.Sent {
				continue
			}
			if r.Direct && (r.Content.Start > q.Content.Start || d.SentenceAt(r.CueRange.Start) != r.Sent) {
				continue
			}
			if !r.Direct && (r.Content.Start > q.Content.Start || r.Content.End < q.Content.End) {
				continue
			}
			q.Speaker, q.Cue, q.CueRange = r.Speaker, r.Cue, r.CueRange
			break
		}
	}
}

// findByRules adds the quotations the rules find and returns what the
// model's features need to know of them.
func findByRules(d *doc.Doc) *cueContext {
	pieces := findPieces(d)
	inQuote := make([]bool, len(d.Tokens))
	usedCue := map[int]bool{}
	var direct []*doc.Quote
	pieceQuote := make([]*doc.Quote, len(pieces))
	turns := map[*doc.Quote]bool{} // quotations attributed by turn-taking
	for k, p := range pieces {
		if p.content.Len() == 0 || d.SentenceAt(p.content.Start) < 0 {
			continue
		}
		first, last := d.TokensIn(p.content)
		for i := first; i < last; i++ {
			inQuote[i] = true
		}
		q := &doc.Quote{Content: p.content, Direct: true, Speaker: -1, Addressee: -1, Sent: d.SentenceAt(p.content.Start)}
		a := attributeDirect(d, p)
		if a.speaker < 0 && a.cue == "" {
			// an interrupted quotation continues the one before it in the
			// paragraph; a quotation paragraph continues the paragraph before
			if k > 0 && len(direct) > 0 && (pieces[k-1].para == p.para || p.cont || pieces[k-1].para == p.para-1) {
				prev := direct[len(direct)-1]
				a = attribution{speaker: prev.Speaker, cue: prev.Cue, cueRange: prev.CueRange, addressee: prev.Addressee, cueTok: -1, inherited: true}
				if t, ok := turnTaker(d, direct, p.para, turns); ok && !p.cont && pieces[k-1].para == p.para-1 && startsParagraph(d, p) {
					a = t
					turns[q] = true
				}
			}
		}
		if a.speaker < 0 && a.cue == "" && last-first < minWords {
			continue
		}
		q.Speaker, q.Cue, q.CueRange, q.Addressee = a.speaker, a.cue, a.cueRange, a.addressee
		if q.Addressee < 0 && q.Speaker >= 0 && len(direct) > 0 {
			// a speaker who addressed someone in the paragraph before is
			// still talking to them
			prev := direct[len(direct)-1]
			if prev.Speaker >= 0 && d.Spans[q.Speaker].Entity >= 0 && d.Spans[prev.Speaker].Entity == d.Spans[q.Speaker].Entity &&
				d.Sents[prev.Sent].Para >= d.Sents[q.Sent].Para-1 {
				q.Addressee = prev.Addressee
			}
		}
		if a.cueTok >= 0 && !(midSentence(d, q.Content) && (titleCase(d, q.Content) || a.cueTok < first)) {
			// a quoted phrase inside the clause of the verb before it
			// leaves the verb to report the whole clause too ("said the
			// plan was “a disaster” for families"), as does a title ("told
			// “Morning Joe” that ...")
			usedCue[a.cueTok] = true
		}
		direct = append(direct, q)
		pieceQuote[k] = q
	}
	// a quotation running over paragraphs is attributed where it closes:
	// the speaker of the last paragraph speaks the ones before
	for k := len(pieces) - 2; k >= 0; k-- {
		q, next := pieceQuote[k], pieceQuote[k+1]
		if q != nil && next != nil && pieces[k].close < 0 && pieces[k+1].cont && q.Speaker < 0 && next.Speaker >= 0 {
			q.Speaker, q.Cue, q.CueRange, q.Addressee = next.Speaker, next.Cue, next.CueRange, next.Addressee
		}
	}
	d.Quotes = append(d.Quotes, direct...)
	d.Quotes = append(d.Quotes, findLabelled(d, inQuote)...)
	for _, q := range findReported(d, inQuote, usedCue) {
		// reported speech never repeats a quotation: "...," the statement
		// reads, according to TASS; but a clause that holds a quoted phrase
		// attributed to its own verb stands ("He said the allies will take
		// measures “to demonstrate ...”")
		if !overlapsDirect(d.Quotes, q.Content) || sharesCue(d.Quotes, q) {
			d.Quotes = append(d.Quotes, q)
		}
	}
	sortQuotes(d.Quotes)
	for _, q := range d.Quotes {
		// a comma before the closing mark belongs to the attribution:
		// "...to Russia," the statement reads
		for q.Direct && q.Content.End > q.Content.Start && strings.ContainsRune(", ", rune(d.Text[q.Content.End-1])) {
			q.Content.End--
		}
	}
	splitLabels(d)
	inferAddressees(d)
	for _, q := range d.Quotes {
		if q.Direct {
			linkPersons(d, q)
		}
	}
	return newCueContext(d, inQuote)
}

// inferAddressees gives a direct quotation that speaks to "you" but names
// no addressee the addressee its speaker has elsewhere in the article: the
// quotations of one conversation ("..., Putin told Assad") share it.
func inferAddressees(d *doc.Doc) {
	speakerOf := func(q *doc.Quote) int {
		if q.Speaker < 0 {
			return -1
		}
		return d.Spans[q.Speaker].Entity
	}
	for _, q := range d.Quotes {
		if !q.Direct || q.Addressee >= 0 || speakerOf(q) < 0 || !secondPerson(d, q.Content) {
			continue
		}
		addressees := map[int]bool{}
		for _, o := range d.Quotes {
			if o.Addressee >= 0 && speakerOf(o) == speakerOf(q) {
				addressees[o.Addressee] = true
			}
		}
		if len(addressees) == 1 {
			for a := range addressees {
				q.Addressee = a
			}
		}
	}
}

// secondPerson reports whether the words of r address someone ("you").
func secondPerson(d *doc.Doc, r doc.Range) bool {
	first, last := d.TokensIn(r)
	for i := first; i < last; i++ {
		switch strings.ToLower(d.Tokens[i].Text) {
		case "you", "your", "yours", "yourself":
			return true
		}
	}
	return false
}

// attribution is what a cue says about a quotation.
type attribution struct {
	speaker   int // span index
	addressee int // entity index
	cue       string
	cueRange  doc.Range
	cueTok    int      // token of the cue verb; -1 when none
	used      [][2]int // token ranges consumed by the attribution
	inherited bool
}

var noAttribution = attribution{speaker: -1, addressee: -1, cueTok: -1}

// dashes introduce a speaker after a quotation: “...” ― Name.
var dashes = set("― — -- – -")

// attributeDirect looks for the attribution of a direct quotation after
// its closing mark (", Putin said.", "said the minister", "― Name") and
// before its opening mark ("Putin said: "...", "Clinton called them
// “deplorables”").
func attributeDirect(d *doc.Doc, p piece) attribution {
	if p.close >= 0 {
		ti := d.TokenAt(p.close - 1)
		for ti >= 0 && ti+1 < len(d.Tokens) && (d.Tokens[ti+1].Text == "'" || d.Tokens[ti+1].Text == "’") && d.Tokens[ti+1].Start == d.Tokens[ti].End {
			ti++ // the second half of a doubled single mark: ''
		}
		if ti >= 0 && ti+1 < len(d.Tokens) {
			start := ti + 1
			if dashes[d.Tokens[start].Text] && sameParagraph(d, ti, start) {
				end := d.Sents[d.Tokens[start].Sent].Last
				if n := npRight(d, start+1, end); n.ok() && hasNoun(d, n) && bylineEnds(d, n, end) {
					a := noAttribution
					a.cue = d.Tokens[start].Text
					a.cueRange = d.Tokens[start].Range
					a.speaker = speakerSpan(d, n)
					a.used = [][2]int{{start, n.last}}
					return a
				}
			}
			end := clauseEnd(d, start)
			if a, ok := cueAfter(d, start, end, trailing(d, p, start)); ok {
				return a
			}
		}
	}
	oi := d.TokenAt(p.open)
	for oi > 0 && (d.Tokens[oi-1].Text == "'" || d.Tokens[oi-1].Text == "‘") && d.Tokens[oi-1].End == d.Tokens[oi].Start {
		oi-- // the first half of a doubled single mark: ''
	}
	if oi > 0 {
		if a, ok := cueBefore(d, oi); ok {
			return a
		}
	}
	return noAttribution
}

// sameParagraph reports whether tokens i and j lie in one paragraph.
func sameParagraph(d *doc.Doc, i, j int) bool {
	return d.Sents[d.Tokens[i].Sent].Para == d.Sents[d.Tokens[j].Sent].Para
}

// bylineEnds reports whether the phrase after a dash reads as a byline
// ("― Maria Lopez", "-- John Smith, a teacher"): it ends its sentence or is
// followed by a comma, not by a clause ("- a charge that might have
// stung").
func bylineEnds(d *doc.Doc, n np, end int) bool {
	if n.last >= end {
		return true
	}
	w := d.Tokens[n.last].Text
	return w == "," || w == "." || w == "(" || (isPunct(w) && w != "-" && !dashes[w])
}

// trailing reports whether a quotation reads as followed by its
// attribution: it ends in a comma, question or exclamation mark, or a
// comma or lower-case word follows it.
func trailing(d *doc.Doc, p piece, next int) bool {
	c := strings.TrimRight(d.Text[p.content.Start:p.content.End], " ")
	if strings.HasSuffix(c, ",") || strings.HasSuffix(c, "?") || strings.HasSuffix(c, "!") {
		return true
	}
	w := d.Tokens[next].Text
	return w == "," || (w != "" && strings.ToLower(w) == w && isWordy(w))
}

// clauseEnd returns the token after the attribution that starts at i: the
// end of its sentence, or the next opening quotation mark.
func clauseEnd(d *doc.Doc, i int) int {
	if i >= len(d.Tokens) {
		return i
	}
	end := d.Sents[d.Tokens[i].Sent].Last
	if i > 0 && d.Tokens[i-1].Sent != d.Tokens[i].Sent {
		// the quotation closed its sentence: the attribution is the next
		// sentence only if it starts without a quotation mark and is short
		if isQuoteMark(d.Tokens[i].Text) || end-i > 8 || d.Sents[d.Tokens[i].Sent].Para != d.Sents[d.Tokens[i-1].Sent].Para {
			return i
		}
	}
	for k := i; k < end; k++ {
		if isQuoteMark(d.Tokens[k].Text) {
			if e := nicknameEnd(d, k); e > 0 && e < end {
				k = e - 1
				continue
			}
			return k
		}
	}
	return end
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "«", "»", "„", "''", "``", "‘", "’":
		return true
	}
	return false
}

// cueAfter finds the attribution in tokens [i, end) after a quotation: a
// speech verb, or with a trailing quotation any verb in a short clause,
// with its subject before or after it; or "according to X".
func cueAfter(d *doc.Doc, i, end int, trail bool) (attribution, bool) {
	for k := i; k < end; k++ {
		if isQuoteMark(d.Tokens[k].Text) {
			if e := nicknameEnd(d, k); e > 0 && e < end {
				k = e - 1
				continue
			}
			break
		}
		if n := phraseAt(d, k); n > 0 {
			if sub := npRight(d, k+n, end); sub.ok() {
				return makeAttribution(d, k, n, sub, i, end), true
			}
			continue
		}
		if !(isVerb(d, k) || speechForm(d.Tokens[k].Text)) || isAux(d, k) {
			continue
		}
		lm := lemma(d, k)
		if speechForm(d.Tokens[k].Text) {
			lm = speechLemma(d.Tokens[k])
		}
		if !speechVerbs[lm] && !(trail && end-i <= 10) {
			continue
		}
		// the attribution opens the clause: "X said" or "said X"
		var sub np
		if onlyFiller(d, i, k) {
			sub = subjectAfter(d, k, end)
		} else {
			sub = subjectBefore(d, i, k)
			if sub.ok() && !onlyFiller(d, i, sub.first) {
				sub = np{rel: -1}
			}
			if !sub.ok() && speechVerbs[lm] {
				a := i
				for a < k && onlyFiller(d, a, a+1) {
					a++
				}
				sub = appositionSubject(d, a, k)
			}
		}
		if !sub.ok() && (!speechVerbs[lm] || !isVerb(d, k)) {
			// a noun that looks like a verb of saying ("one of the
			// states suing") is only a cue with its subject
			continue
		}
		if !sub.ok() {
			{
				// "..., according to X" later in the clause
				for m := k + 1; m < end; m++ {
					if n := phraseAt(d, m); n > 0 {
						if s2 := npRight(d, m+n, end); s2.ok() {
							return makeAttribution(d, k, 1, s2, i, end), true
						}
					}
				}
			}
			return attribution{}, false
		}
		return makeAttribution(d, k, 1, sub, i, end), true
	}
	return attribution{}, false
}

// onlyFiller reports whether tokens [i, k) are only commas, dashes and
// auxiliaries: the verb comes first in its clause ("..., said X").
func onlyFiller(d *doc.Doc, i, k int) bool {
	for j := i; j < k; j++ {
		t := d.Tokens[j].Text
		if t != "," && !dashes[t] && !isAux(d, j) && !isQuoteMark(t) && t != "'" {
			return false
		}
	}
	return true
}

// cueBefore finds the attribution before a quotation opening at token oi:
// the nearest speech or stance verb with a subject in its sentence (or the
// sentence before when that ends with a colon).
func cueBefore(d *doc.Doc, oi int) (attribution, bool) {
	lo := d.Sents[d.Tokens[oi].Sent].First
	if lo == oi && oi > 0 && d.Tokens[oi-1].Text == ":" {
		lo = d.Sents[d.Tokens[oi-1].Sent].First
	}
	introduced := oi > lo && (d.Tokens[oi-1].Text == ":" || d.Tokens[oi-1].Text == "," || dashes[d.Tokens[oi-1].Text])
	if oi-1 > lo && dashes[d.Tokens[oi-1].Text] {
		// a quotation set off by a dash after a person's name is theirs:
		// "including Mitt Romney -- “...” --"
		if n := npLeft(d, lo, oi-1); n.ok() {
			if s := bestMention(d, n); s >= 0 && d.Spans[s].Label == "PERSON" && d.Spans[s].Kind == doc.KindName && d.Spans[s].Last == oi-1 {
				a := noAttribution
				a.cueTok = oi - 1
				a.cueRange = d.Tokens[oi-1].Range
				a.cue = d.Tokens[oi-1].Text
				a.speaker = s
				a.used = [][2]int{{n.first, oi}}
				return a, true
			}
		}
	}
	for k := oi - 1; k >= lo; k-- {
		if isQuoteMark(d.Tokens[k].Text) {
			break
		}
		if n := phraseAt(d, k); n > 0 && k+n < oi {
			if sub := npRight(d, k+n, oi); sub.ok() {
				return makeAttribution(d, k, n, sub, lo, oi), true
			}
		}
		if !isVerb(d, k) || isAux(d, k) {
			continue
		}
		lm := lemma(d, k)
		if !speechVerbs[lm] && !stanceVerbs[lm] && !introduced {
			continue
		}
		sub := participleSubject(d, lo, k)
		if !sub.ok() {
			sub = subjectBefore(d, lo, k)
		}
		if !sub.ok() && speechVerbs[lm] {
			sub = appositionSubject(d, lo, k)
		}
		if !sub.ok() && speechVerbs[lm] {
			// only a verb of saying puts its subject after it: "said
			// Smith:", not "made the following comment:"
			sub = subjectAfter(d, k, oi)
		}
		if sub.ok() {
			if !speechVerbs[lm] {
				if a, ok := reporterBefore(d, lo, sub.first, oi); ok {
					return a, true
				}
			}
			if !introduced {
				if a, ok := outerReporter(d, lo, min(sub.first, k), oi); ok {
					return a, true
				}
			}
			return makeAttribution(d, k, 1, sub, lo, oi), true
		}
		if introduced {
			introduced = false
		}
	}
	return attribution{}, false
}

// reporterBefore finds a verb of saying with its subject before token
// first in [lo, first), whose report the clause of a stance verb is: in
// "Finch said she expects the club “to keep ...”" the quoted words are
// Finch's.
func reporterBefore(d *doc.Doc, lo, first, oi int) (attribution, bool) {
	for k := first - 1; k >= lo; k-- {
		if isQuoteMark(d.Tokens[k].Text) || d.Tokens[k].Text == ";" {
			break
		}
		if !isVerb(d, k) || isAux(d, k) || !speechVerbs[lemma(d, k)] || passive(d, lo, k) {
			continue
		}
		// the stance clause follows the verb directly, or after "that"
		j := k + 1
		for j < first && (lower(d, j) == "that" || d.Tokens[j].Tag == "RP") {
			j++
		}
		if j != first {
			return attribution{}, false
		}
		if sub := subjectBefore(d, lo, k); sub.ok() {
			return makeAttribution(d, k, 1, sub, lo, oi), true
		}
		return attribution{}, false
	}
	return attribution{}, false
}

// outerReporter finds a verb of saying with its subject before token
// first in [lo, first) whose reported clause runs on to the quoted phrase
// opening at oi: a phrase quoted inside reported speech is the words of
// the one who reports it ("Trump said Clinton once described the deal as
// “the gold standard”", "X mocked it, saying anyone who complains “is not
// having a good night”").
func outerReporter(d *doc.Doc, lo, first, oi int) (attribution, bool) {
	if oi == 0 || !isWordy(d.Tokens[oi-1].Text) {
		return attribution{}, false // the quotation does not continue a clause
	}
	for k := first - 1; k >= lo; k-- {
		if w := d.Tokens[k].Text; isQuoteMark(w) || w == "'" || w == ";" || w == ":" || w == "," || dashes[w] {
			// the reported clause runs unbroken to the inner one
			break
		}
		if !isVerb(d, k) || isAux(d, k) || !speechVerbs[lemma(d, k)] || passive(d, lo, k) {
			continue
		}
		if d.Tokens[k].Tag == "VBG" && (k == 0 || d.Tokens[k-1].Text != ",") {
			continue // a participle modifying a noun: "a statement announcing"
		}
		sub := participleSubject(d, lo, k)
		if !sub.ok() {
			sub = subjectBefore(d, lo, k)
		}
		if !sub.ok() {
			continue
		}
		return makeAttribution(d, k, 1, sub, lo, oi), true
	}
	return attribution{}, false
}

// participleSubject finds the subject of a participle clause (", saying
// ...", ", adding ...") in the main clause before it.
func participleSubject(d *doc.Doc, lo, k int) np {
	if d.Tokens[k].Tag != "VBG" || k == 0 || d.Tokens[k-1].Text != "," {
		return np{rel: -1}
	}
	// the main clause starts after any quotation before the participle;
	// when nothing there has a subject, it is the clause that introduced
	// the quotation: X said: “...,” adding that ...
	open := -1
	for v := k - 1; v > lo; v-- {
		if isQuoteMark(d.Tokens[v].Text) {
			for o := v - 1; o >= lo; o-- {
				if isQuoteMark(d.Tokens[o].Text) {
					open = o
					break
				}
			}
			if n := finiteSubject(d, v+1, k-1); n.ok() {
				return n
			}
			if open > lo {
				return finiteSubject(d, lo, open)
			}
			return np{rel: -1}
		}
	}
	return finiteSubject(d, lo, k-1)
}

// finiteSubject returns the subject of the first finite verb in tokens
// [lo, hi) that has one before or after it.
func finiteSubject(d *doc.Doc, lo, hi int) np {
	for v := lo; v < hi; v++ {
		if !isVerb(d, v) || d.Tokens[v].Tag == "VBG" || d.Tokens[v].Tag == "VBN" {
			continue
		}
		// the first finite verb, be it an auxiliary: "X was defensive ...,
		// saying"
		if !isAux(d, v) || d.Tokens[v].Tag == "VBD" || d.Tokens[v].Tag == "VBZ" || d.Tokens[v].Tag == "VBP" {
			if n := subjectBefore(d, lo, v); n.ok() {
				return n
			}
			if speechVerbs[lemma(d, v)] {
				if n := subjectAfter(d, v, hi); n.ok() {
					return n
				}
			}
		}
	}
	return np{rel: -1}
}

// makeAttribution builds the attribution of the cue at tokens [k, k+n)
// with subject sub; the tokens [i, end) are consumed.
func makeAttribution(d *doc.Doc, k, n int, sub np, i, end int) attribution {
	a := noAttribution
	a.cueTok = k
	if n == 1 && k+1 < len(d.Tokens) && d.Tokens[k+1].Tag == "RP" {
		n = 2 // the particle belongs to the cue: "pointed out", "went on"
	}
	a.cueRange = doc.Range{Start: d.Tokens[k].Start, End: d.Tokens[k+n-1].End}
	a.cue = d.Slice(a.cueRange)
	a.speaker = speakerSpan(d, sub)
	if addressing[lemma(d, k)] {
		if obj := npRight(d, k+n, end); obj.ok() {
			if s := bestMention(d, obj); s >= 0 && s != a.speaker && d.Spans[s].Entity >= 0 {
				a.addressee = d.Spans[s].Entity
			}
		}
	}
	a.used = [][2]int{{i, end}}
	return a
}

// bestMention returns the best existing mention inside phrase n, or -1.
func bestMention(d *doc.Doc, n np) int {
	x, rest := spansOf(d)
	if x == nil {
		return bestMentionOf(d, n, 0, d.Spans)
	}
	// the covered spans that start inside the phrase, then the others;
	// of equally good ones the first in span order
	best, bestRank := -1, 0
	consider := func(si int32) {
		s := d.Spans[si]
		if s.First < n.first || s.Last > n.last || s.First >= s.Last {
			return
		}
		if r := speakerRank(s); r > bestRank || r == bestRank && best >= 0 && int(si) < best {
			best, bestRank = int(si), r
		}
	}
	for j := max(n.first, 0); j < min(n.last, len(x.starts)-1); j++ {
		for _, si := range x.byFirst[x.starts[j]:x.starts[j+1]] {
			consider(si)
		}
	}
	for _, si := range x.odd {
		consider(si)
	}
	if b := bestMentionOf(d, n, x.n, rest); b >= 0 && speakerRank(d.Spans[b]) > bestRank {
		best = b
	}
	return best
}

// bestMentionOf is bestMention over spans, which are d.Spans[from:].
func bestMentionOf(d *doc.Doc, n np, from int, spans []doc.Span) int {
	best, bestRank := -1, 0
	for k, s := range spans {
		si := from + k
		if s.First < n.first || s.Last > n.last || s.First >= s.Last {
			continue
		}
		if r := speakerRank(s); r > bestRank {
			best, bestRank = si, r
		}
	}
	return best
}

// phraseAt returns the length in tokens of a phrase cue at token k, or 0.
func phraseAt(d *doc.Doc, k int) int {
	for _, p := range phraseCues {
		if k+len(p) > len(d.Tokens) {
			continue
		}
		ok := true
		for j, w := range p {
			if lower(d, k+j) != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// linkPersons links I/me/my in a direct quotation to its speaker and
// you/your to its addressee, adding the mentions to those entities.
func linkPersons(d *doc.Doc, q *doc.Quote) {
	speaker := -1
	if q.Speaker >= 0 {
		speaker = d.Spans[q.Speaker].Entity
	}
	first, last := d.TokensIn(q.Content)
	for i := first; i < last; i++ {
		p, ok := kb.LookupPronoun(d.Tokens[i].Text)
		if !ok || p.Person == 3 || (p.Person == 2 && p.Plural) {
			continue
		}
		// "we" and "our" in a quotation stand for the speaker and those
		// the speaker acts with; coding treats them as the speaker
		e := speaker
		if p.Person == 2 {
			e = q.Addressee
		}
		if e < 0 || d.Entities[e].Type != "PERSON" {
			continue
		}
		idx := d.AddSpan(doc.Span{Range: d.Tokens[i].Range, First: i, Last: i + 1, Label: "PERSON", Kind: doc.KindPronoun, Entity: e, Source: "quotes"})
		d.Entities[e].Mentions = insertSorted(d, d.Entities[e].Mentions, idx)
	}
}

func insertSorted(d *doc.Doc, ms []int, idx int) []int {
	ms = append(ms, idx)
	for j := len(ms) - 1; j > 0 && d.Spans[ms[j]].Start < d.Spans[ms[j-1]].Start; j-- {
		ms[j], ms[j-1] = ms[j-1], ms[j]
	}
	return ms
}

func sortQuotes(qs []*doc.Quote) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].Content.Start < qs[j-1].Content.Start; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

// speechNouns are nouns that report what someone said or wrote.
var speechNouns = set(`statement statements remarks remark comments comment interview speech tweet tweets post
	claim claims announcement testimony letter report reports warning warnings pledge promise accusation
	allegation allegations assertion argument view views message op-ed editorial press conference briefing`)

// talkVerbs report talk about something rather than its words ("discussed
// his plan", "likened Trump to a coach", "spoke about the economy"), or an
// attitude towards it ("admires Putin", "worried about the vote"): the
// model's attributions at them are kept as reported speech.
var talkVerbs = set(`discuss talk speak liken compare reference echo rule testify debate address lie
	admire worry concern recognize realize acknowledge lecture preach campaign lobby rally
	advocate champion promote tout brag boast trumpet highlight stress underscore outline detail
	retweet tweet blog chat mention allude respond reply react apologize apologise pray express voice
	signal sing chant shout`)

// spoken keeps the quotes whose cue is a verb of saying, stance, talk or
// a speech act, a word of attitude, or a noun of speech or thought.
func spoken(d *doc.Doc, qs []*doc.Quote) []*doc.Quote {
	out := qs[:0]
	for _, q := range qs {
		k := d.TokenAt(q.CueRange.Start)
		if k < 0 || notSpeech(d, q, k) {
			continue
		}
		for _, l := range lemmaGuesses(d.Tokens[k]) {
			if speechVerbs[l] || stanceVerbs[l] || speechNouns[l] || talkVerbs[l] || speechActs[l] || attitudeWords[l] || thoughtNouns[l] || positionWords[l] {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

// notSpeech reports whether the model's cue at token k, though a word of
// saying or stance, does not report q here: "known as" names ("Dagalo,
// widely known as Hemedti, told ..."), and "continue" reports speech only
// before what was said ("as fighting continued" after a clause is time).
func notSpeech(d *doc.Doc, q *doc.Quote, k int) bool {
	t := d.Tokens[k]
	switch t.Lemma {
	case "know":
		return t.Tag == "VBN" && k+1 < len(d.Tokens) && lower(d, k+1) == "as"
	case "continue":
		return q.Content.Start < q.CueRange.Start
	case "add":
		// "adding about 10 days to voyages": a sum, not words
		first, last := d.TokensIn(q.Content)
		return first >= 0 && first < last && noClause(d, first, last) && !isQuoteMark(d.Tokens[max(first-1, 0)].Text)
	}
	if q.Speaker < 0 && t.Tag == "VBN" && q.Content.Start > q.CueRange.End {
		// "No injuries were reported, and firefighters helped ...": an
		// agentless passive, and the clause after "and" is not its report
		for j := k + 1; j < len(d.Tokens) && d.Tokens[j].Start < q.Content.Start; j++ {
			if w := lower(d, j); w == "and" || w == "but" {
				return true
			}
		}
	}
	return false
}

// lemmaGuesses lists the tagger's lemma of a token and forms made by
// stripping inflections, for lexicon lookups that must not depend on a
// lemmatiser's slip ("tweeted" -> "tweet").
func lemmaGuesses(t doc.Token) []string {
	w := strings.ToLower(t.Text)
	out := []string{t.Lemma, w}
	for _, suf := range []string{"ed", "d", "es", "s", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			out = append(out, w[:len(w)-len(suf)])
		}
	}
	return out
}

// speechForm reports whether a word is a finite form of a verb of saying
// ("says", "said", "reads", "told"), which after a quotation is the cue
// even where the tagger took it for a noun ("the statement reads/NNS").
func speechForm(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "said", "told", "wrote", "read":
		return true
	}
	for _, suf := range []string{"s", "es", "ed", "d"} {
		if strings.HasSuffix(w, suf) && speechVerbs[w[:len(w)-len(suf)]] {
			return true
		}
	}
	return false
}

// speechLemma is the verb of saying a speechForm word is a form of.
func speechLemma(t doc.Token) string {
	for _, l := range lemmaGuesses(t) {
		if speechVerbs[l] {
			return l
		}
	}
	switch strings.ToLower(t.Text) {
	case "said":
		return "say"
	case "told":
		return "tell"
	case "wrote":
		return "write"
	}
	return t.Lemma
}

// sharesCue reports whether a direct quotation inside the content of
// reported speech q, after its start, has q's cue.
func sharesCue(qs []*doc.Quote, q *doc.Quote) bool {
	for _, o := range qs {
		if o.Direct && o.CueRange == q.CueRange && o.Content.Start > q.Content.Start && o.Content.End <= q.Content.End+1 {
			return true
		}
	}
	return false
}

// overlapsDirect reports whether the words of direct quotations cover
// half of r or more: reported speech that merely holds a quoted phrase
// ("said she expects the club “to keep ...”") stands.
func overlapsDirect(qs []*doc.Quote, r doc.Range) bool {
	n := 0
	for _, q := range qs {
		if q.Direct && q.Content.Overlaps(r) {
			n += min(q.Content.End, r.End) - max(q.Content.Start, r.Start)
		}
	}
	return 2*n >= r.Len()
}
