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

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// Finder implements doc.Stage.
type Finder struct{}

// New returns a Finder.
func New() *Finder { return &Finder{} }

// Name implements doc.Stage.
func (*Finder) Name() string { return "quotes" }

// minWords is the shortest unattributed quotation taken as speech; shorter
// ones are scare quotes or titles.
const minWords = 4

// Process adds d.Quotes.
func (f *Finder) Process(d *doc.Doc) error {
	pieces := findPieces(d)
	inQuote := make([]bool, len(d.Tokens))
	var direct []*doc.Quote
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
				a = attribution{speaker: prev.Speaker, cue: prev.Cue, cueRange: prev.CueRange, addressee: prev.Addressee, inherited: true}
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
			if prev.Speaker >= 0 && d.Spans[prev.Speaker].Entity == d.Spans[q.Speaker].Entity &&
				d.Sents[prev.Sent].Para >= d.Sents[q.Sent].Para-1 {
				q.Addressee = prev.Addressee
			}
		}
		if !a.inherited {
			for _, r := range a.used {
				for i := r[0]; i < r[1]; i++ {
					inQuote[i] = true
				}
			}
		}
		direct = append(direct, q)
	}
	d.Quotes = append(d.Quotes, direct...)
	d.Quotes = append(d.Quotes, findReported(d, inQuote)...)
	sortQuotes(d.Quotes)
	for _, q := range d.Quotes {
		if q.Direct {
			linkPersons(d, q)
		}
	}
	return nil
}

// attribution is what a cue says about a quotation.
type attribution struct {
	speaker   int // span index
	addressee int // entity index
	cue       string
	cueRange  doc.Range
	used      [][2]int // token ranges consumed by the attribution
	inherited bool
}

// attributeDirect looks for the attribution of a direct quotation after
// its closing mark (", Putin said.", "the statement reads, according to
// TASS", "said the minister") and, failing that, before its opening mark
// ("Putin said: "...").
func attributeDirect(d *doc.Doc, p piece) attribution {
	none := attribution{speaker: -1, addressee: -1}
	if p.close >= 0 {
		ti := d.TokenAt(p.close - 1)
		if ti >= 0 {
			end := clauseEnd(d, ti+1)
			if a, ok := findCue(d, ti+1, end, true); ok {
				return a
			}
		}
	}
	// before the opening mark, in the same sentence or the sentence before
	// when it ends with a colon
	oi := d.TokenAt(p.open)
	if oi > 0 {
		start := d.Sents[d.Tokens[oi].Sent].First
		if start == oi && oi > 0 && d.Tokens[oi-1].Text == ":" {
			start = d.Sents[d.Tokens[oi-1].Sent].First
		}
		if a, ok := findCue(d, start, oi, false); ok {
			return a
		}
	}
	return none
}

// clauseEnd returns the token after the attribution that starts at i: the
// end of its sentence, or the next opening quotation mark.
func clauseEnd(d *doc.Doc, i int) int {
	if i >= len(d.Tokens) {
		return i
	}
	end := d.Sents[d.Tokens[i].Sent].Last
	if d.Tokens[i-1].Sent != d.Tokens[i].Sent && i > 0 {
		// the quotation closed its sentence: the attribution is the next
		// sentence only if it starts without a quotation mark and is short
		if isQuoteMark(d.Tokens[i].Text) || end-i > 12 {
			return i
		}
	}
	for k := i; k < end; k++ {
		if isQuoteMark(d.Tokens[k].Text) {
			return k
		}
	}
	return end
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "«", "»", "„":
		return true
	}
	return false
}

// findCue finds a cue verb in tokens [i, end) and the mention it rests on.
// after says whether the tokens follow the quotation (so the speaker may
// come before or after the cue) or precede it.
func findCue(d *doc.Doc, i, end int, after bool) (attribution, bool) {
	for k := i; k < end; k++ {
		base, n := cueAt(d, k)
		if n == 0 {
			continue
		}
		a := attribution{speaker: -1, addressee: -1, cue: d.Text[d.Tokens[k].Start:d.Tokens[k+n-1].End]}
		a.cueRange = doc.Range{Start: d.Tokens[k].Start, End: d.Tokens[k+n-1].End}
		if base == "according to" {
			a.speaker = mentionAt(d, k+n, end, true)
		} else {
			a.speaker = mentionBefore(d, i, k)
			if a.speaker < 0 {
				a.speaker = mentionAt(d, k+n, end, true)
			}
			if addressing[base] || base == "tell" {
				if s := mentionAt(d, k+n, end, true); s >= 0 && s != a.speaker && d.Spans[s].Entity >= 0 {
					a.addressee = d.Spans[s].Entity
				}
			}
		}
		if a.speaker < 0 && !after {
			continue
		}
		// a later "according to X" names the source when the cue's own
		// subject is unknown
		if a.speaker < 0 {
			for m := k + n; m < end; m++ {
				if b, nn := cueAt(d, m); nn > 0 && b == "according to" {
					a.speaker = mentionAt(d, m+nn, end, true)
					break
				}
			}
		}
		a.used = [][2]int{{i, end}}
		return a, a.speaker >= 0 || after
	}
	return attribution{}, false
}

// cueAt returns the base form and token length of a cue at token k.
func cueAt(d *doc.Doc, k int) (string, int) {
	w := strings.ToLower(d.Tokens[k].Text)
	if k+1 < len(d.Tokens) {
		two := w + " " + strings.ToLower(d.Tokens[k+1].Text)
		for _, p := range phraseCues {
			if p == two {
				if p == "pointed out" || p == "went on" || p == "made clear" {
					return p, 2
				}
				return p, 2
			}
		}
	}
	if base, ok := cueVerbs[w]; ok {
		if t := d.Tokens[k].Tag; t != "" && !strings.HasPrefix(t, "VB") {
			return "", 0
		}
		return base, 1
	}
	return "", 0
}

// mentionBefore returns the span of the mention nearest before token k
// (not before token i), or -1.
func mentionBefore(d *doc.Doc, i, k int) int {
	best := -1
	for si, s := range d.Spans {
		if !speakerKind(s) || s.First < i || s.Last > k {
			continue
		}
		if best < 0 || s.Last > d.Spans[best].Last || (s.Last == d.Spans[best].Last && s.First < d.Spans[best].First) {
			best = si
		}
	}
	return best
}

// mentionAt returns the span of the first mention starting in [k, end).
func mentionAt(d *doc.Doc, k, end int, skipDet bool) int {
	best := -1
	for si, s := range d.Spans {
		if !speakerKind(s) || s.First < k || s.First >= end {
			continue
		}
		if best < 0 || s.First < d.Spans[best].First || (s.First == d.Spans[best].First && s.Last > d.Spans[best].Last) {
			best = si
		}
	}
	return best
}

// speakerKind reports whether a span can be a speaker: a person or
// organisation named, described or referred to.
func speakerKind(s doc.Span) bool {
	switch s.Kind {
	case doc.KindName, doc.KindNominal, doc.KindPronoun:
	default:
		return false
	}
	switch s.Label {
	case "PERSON", "ORG", "NORP", "GPE":
		return true
	}
	return false
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
