package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// findReported finds reported speech and stance outside quotation marks:
// "SPEAKER said (that) CONTENT", "SPEAKER told ADDRESSEE (that) CONTENT",
// "CONTENT, SPEAKER said", "CONTENT, said SPEAKER", "SPEAKER wants
// CONTENT", "according to SPEAKER, CONTENT" and "CONTENT, according to
// SPEAKER". Verbs already taken as the cue of a direct quotation are
// skipped. A sentence may hold several (nested) reports.
func findReported(d *doc.Doc, inQuote []bool, usedCue map[int]bool) []*doc.Quote {
	var out, findings []*doc.Quote
	for si, s := range d.Sents {
		for k := s.First; k < s.Last; k++ {
			if inQuote[k] || usedCue[k] {
				continue
			}
			if n := phraseAt(d, k); n > 0 {
				if q := accordingTo(d, si, k, n, inQuote); q != nil {
					out = append(out, q)
				}
				continue
			}
			if q := inFinding(d, si, k, inQuote); q != nil {
				findings = append(findings, q)
				continue
			}
			headline := headlineVerb(d, s, k)
			if !headline && (!isVerb(d, k) || isAux(d, k)) {
				continue
			}
			lm := lemma(d, k)
			if !headline && !speechVerbs[lm] && !stanceVerbs[lm] {
				continue
			}
			if passive(d, s.First, k) {
				continue
			}
			if q := reportedAt(d, si, k, inQuote); q != nil {
				out = append(out, q)
			}
		}
	}
	for _, q := range findings {
		// a finding whose clause reports someone's words is theirs
		if !reportsInside(out, q) && !reportsInside(d.Quotes, q) {
			out = append(out, q)
		}
	}
	return out
}

// headlineVerb reports whether token k is a verb of saying, stance or a
// speech act in a title-case headline, where taggers take it for a name:
// "Obama Says ...", "..., Former White House Doctor Says.", "Senator
// Slams Plan", "New Poll Shows ...".
func headlineVerb(d *doc.Doc, s doc.Sentence, k int) bool {
	w := d.Tokens[k].Text
	if isVerb(d, k) || w == "" || w[0] < 'A' || w[0] > 'Z' || !(speechForm(w) || headlineForm(w, strings.HasSuffix(d.Tokens[max(k-1, 0)].Text, "s"))) || k == s.First {
		return false
	}
	words, capital := 0, 0
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i].Text
		if !isWordy(t) || len(t) < 4 {
			continue // short function words stay lower case in titles
		}
		words++
		if t[0] >= 'A' && t[0] <= 'Z' {
			capital++
		}
	}
	return words >= 3 && capital*10 >= words*8
}

// passive reports whether the participle at token k is passive or used as
// an adjective ("was called", "the man named"): a past participle not
// after "have".
func passive(d *doc.Doc, lo, k int) bool {
	if d.Tokens[k].Tag != "VBN" {
		return false
	}
	for j := k - 1; j >= lo; j-- {
		if lm := lemma(d, j); lm == "have" {
			return false
		} else if lm == "be" || lm == "get" {
			return true
		}
		if !isAux(d, j) {
			return true
		}
	}
	return true
}

// contentEnd returns the end of a sentence's words: its last token before
// closing punctuation.
func contentEnd(d *doc.Doc, s doc.Sentence) int {
	end := s.Last
	for end > s.First && (isPunct(d.Tokens[end-1].Text) || isQuoteMark(d.Tokens[end-1].Text)) {
		end--
	}
	return end
}

func accordingTo(d *doc.Doc, si, k, n int, inQuote []bool) *doc.Quote {
	s := d.Sents[si]
	sub := npRight(d, k+n, s.Last)
	if !sub.ok() {
		return nil
	}
	q := newReported(d, si, k, n, speakerSpan(d, sub))
	end := contentEnd(d, s)
	switch {
	case k == s.First || (k == s.First+1 && isPunct(d.Tokens[s.First].Text)):
		c := sub.last
		if c < end && modifierStart[d.Tokens[c].Tag] {
			// "According to a statement released by the White House, ..."
			for m := c + 1; m < end && m < c+15; m++ {
				if d.Tokens[m].Text == "," {
					c = m
					break
				}
			}
		}
		for c < end && d.Tokens[c].Text == "," {
			c++
		}
		return withContent(d, q, c, end, inQuote)
	case k > s.First && d.Tokens[k-1].Text == ",":
		return withContent(d, q, s.First, k-1, inQuote)
	}
	// "X is ahead, according to a poll released Monday"
	return withContent(d, q, s.First, k, inQuote)
}

// modifierStart are the tags that open a modifier after a noun phrase: a
// participle, a relative pronoun, a preposition.
var modifierStart = map[string]bool{"VBN": true, "VBG": true, "WDT": true, "WP": true, "IN": true}

func newReported(d *doc.Doc, si, k, n, speaker int) *doc.Quote {
	r := doc.Range{Start: d.Tokens[k].Start, End: d.Tokens[k+n-1].End}
	return &doc.Quote{Speaker: speaker, Addressee: -1, Cue: d.Slice(r), CueRange: r, Sent: si}
}

func reportedAt(d *doc.Doc, si, k int, inQuote []bool) *doc.Quote {
	s := d.Sents[si]
	end := contentEnd(d, s)
	inverted := false
	sub := participleSubject(d, s.First, k)
	if !sub.ok() {
		sub = subjectBefore(d, s.First, k)
	}
	if !sub.ok() && k-1 > s.First && lower(d, k-1) == "as" && d.Tokens[k].Tag == "VBG" {
		// "TASS quoted Kremlin spokesman Dmitry Peskov as saying that ..."
		if n := npLeft(d, s.First, k-1); n.ok() && hasNoun(d, n) {
			sub = n
		}
	}
	if !sub.ok() && k > s.First && (d.Tokens[k-1].Text == "," || isQuoteMark(d.Tokens[k-1].Text)) {
		sub = subjectAfter(d, k, s.Last)
		inverted = sub.ok()
	}
	if !sub.ok() {
		return nil
	}
	if inverted {
		// CONTENT, said SPEAKER
		j := k - 1
		for j > s.First && (d.Tokens[j].Text == "," || isQuoteMark(d.Tokens[j].Text)) {
			j--
		}
		q := newReported(d, si, k, 1, speakerSpan(d, sub))
		return withContent(d, q, s.First, j+1, inQuote)
	}
	c := k + 1
	if c < end && d.Tokens[c].Tag == "RP" {
		c++
	}
	addressee := -1
	if addressing[lemma(d, k)] {
		if obj := npRight(d, c, end); obj.ok() && obj.last < end {
			if w := lower(d, obj.last); w == "that" || w == "to" || w == "," || w == "about" || w == "of" {
				if m := bestMention(d, obj); m >= 0 {
					addressee = d.Spans[m].Entity
				}
				c = obj.last
			} else if t := thatAhead(d, obj.last, end); t > 0 {
				// "told a news conference in Doha that ..."
				c = t
			}
		}
	}
	if c < end && circumstance[lower(d, c)] {
		// "said in a statement that ...": the content follows "that"
		for m := c; m < end && m < c+10; m++ {
			if lower(d, m) == "that" {
				c = m
				break
			}
		}
	}
	for c < end && (lower(d, c) == "that" || d.Tokens[c].Text == "," || d.Tokens[c].Text == ":") {
		c++
	}
	if lemma(d, k) == "add" && noClause(d, c, end) && !isQuoteMark(d.Tokens[c].Text) {
		return nil // "adding about 10 days to voyages": a sum, not words
	}
	if end-c >= 2 && !circumstance[lower(d, c)] && !(speechVerbs[lemma(d, k)] && contentBefore(d, s.First, sub) && (noClause(d, c, end) || timeThenBreak(d, c, end))) {
		q := newReported(d, si, k, 1, speakerSpan(d, sub))
		q.Addressee = addressee
		return withContent(d, q, c, nextReport(d, c, trailingAccording(d, c, end)), inQuote)
	}
	// CONTENT, SPEAKER said (in a statement).
	j := sub.first - 1
	if sub.rel >= 0 {
		return nil
	}
	for j > s.First && isQuoteMark(d.Tokens[j].Text) {
		j--
	}
	if j > s.First+1 && d.Tokens[j].Text == "," {
		q := newReported(d, si, k, 1, speakerSpan(d, sub))
		return withContent(d, q, s.First, j, inQuote)
	}
	return nil
}

// thatAhead returns the "that" opening a report within a few words after
// token i, with no verb before it ("in Doha that"), or 0.
func thatAhead(d *doc.Doc, i, end int) int {
	for j := i; j < end && j < i+8; j++ {
		if lower(d, j) == "that" {
			return j
		}
		if isVerb(d, j) || d.Tokens[j].Text == "," {
			return 0
		}
	}
	return 0
}

// trailingAccording returns where content [c, end) stops before a
// closing ", according to X", whose report the whole clause is.
func trailingAccording(d *doc.Doc, c, end int) int {
	for m := c + 2; m < end; m++ {
		if d.Tokens[m-1].Text == "," && phraseAt(d, m) > 0 {
			return m - 1
		}
	}
	return end
}

// noClause reports whether tokens [i, j) hold no verb: after a verb of
// saying, a bare phrase ("told The Boston Globe on Thursday") is who
// was spoken to or when, not what was said.
func noClause(d *doc.Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if isVerb(d, k) || d.Tokens[k].Tag == "MD" {
			return false
		}
	}
	return true
}

// timeThenBreak reports whether a time expression after a verb of saying
// ends its clause ("..., union leaders said Friday afternoon, as they ...").
func timeThenBreak(d *doc.Doc, c, end int) bool {
	e := timeSpanStarting(d, c)
	return e > 0 && (e >= end || d.Tokens[e].Text == "," || d.Tokens[e].Text == ";" || dashes[d.Tokens[e].Text])
}

// contentBefore reports whether a comma sets the subject sub off from
// words before it: "CONTENT, SPEAKER said".
func contentBefore(d *doc.Doc, lo int, sub np) bool {
	j := sub.first - 1
	for j > lo && isQuoteMark(d.Tokens[j].Text) {
		j--
	}
	return sub.rel < 0 && j > lo+1 && d.Tokens[j].Text == ","
}

// withContent sets the quotation's content to tokens [first, last), unless
// they are too few or all inside a direct quotation (which is reported
// already).
func withContent(d *doc.Doc, q *doc.Quote, first, last int, inQuote []bool) *doc.Quote {
	for first < last && (d.Tokens[first].Text == "," || isQuoteMark(d.Tokens[first].Text) && !inQuote[first]) {
		first++
	}
	if last-first < 2 {
		return nil
	}
	quoted := 0
	for i := first; i < last; i++ {
		if inQuote[i] || isQuoteMark(d.Tokens[i].Text) {
			quoted++
		}
	}
	if quoted == last-first {
		return nil
	}
	q.Content = doc.Range{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	q.Direct = false
	return q
}

func isPunct(t string) bool {
	return t == "." || t == "," || t == ";" || t == ":" || t == "!" || t == "?" || t == "..." || t == "…"
}

// headlineForm reports whether a word is a present-tense form of a verb of
// stance or of a speech act, as headlines write them: "Slams", "Shows",
// and the bare form after a plural ("Lawmakers Rip"), not after a
// singular ("Clinton Plan").
func headlineForm(w string, plural bool) bool {
	w = strings.ToLower(w)
	for _, suf := range []string{"s", "es", ""} {
		if suf == "" && !plural {
			continue
		}
		if b, ok := strings.CutSuffix(w, suf); ok && b != "" && (stanceVerbs[b] || speechActs[b]) {
			return true
		}
	}
	return false
}

// nextReport returns where reported content [c, end) stops: at a
// semicolon ("X said A; B"), or before a clause joined to it by a comma or
// dash and a conjunction that makes a report of its own ("X said A, and Y
// noted that B", "X said A — but Y insisted ..."); else end.
func nextReport(d *doc.Doc, c, end int) int {
	for m := c + 2; m < end; m++ {
		w := d.Tokens[m].Text
		if w == ";" {
			return m
		}
		if (w != "," && !dashes[w]) || m+1 >= end {
			continue
		}
		if j := lower(d, m+1); j != "and" && j != "but" && j != "while" && j != "whereas" {
			continue
		}
		for v := m + 2; v < end && v < m+10; v++ {
			if isVerb(d, v) && !isAux(d, v) && d.Tokens[v].Tag != "VBG" && speechVerbs[lemma(d, v)] {
				return m
			}
			if d.Tokens[v].Text == "," {
				break
			}
		}
	}
	return end
}
