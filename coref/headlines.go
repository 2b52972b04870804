package coref

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// titleCase reports whether a sentence is written in title case or
// capitals, as headlines are: most of its words start with a capital.
// A sentence that ends like one must have every such word capitalised; a
// line without final punctuation four in five.
func titleCase(d *doc.Doc, s doc.Sentence) bool {
	words, caps := 0, 0
	for i := s.First; i < s.Last; i++ {
		t := d.Tokens[i].Text
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) || len(t) < 3 || titleLower[strings.ToLower(t)] {
			continue // function words stay lower case in title case
		}
		words++
		if unicode.IsUpper(r) || !lowerWord(t) {
			caps++
		}
	}
	if words < 3 {
		return false
	}
	if last := d.Tokens[s.Last-1].Text; last == "." || last == "!" || last == "?" {
		return caps == words
	}
	return caps*10 >= words*8
}

// titleLower are the words title case leaves in lower case.
var titleLower = map[string]bool{"and": true, "the": true, "for": true, "nor": true, "but": true, "yet": true,
	"with": true, "from": true, "into": true, "over": true, "upon": true, "onto": true, "than": true, "via": true,
	"per": true, "amid": true, "after": true, "about": true, "off": true, "out": true}

// tidyNames cleans name spans before clustering: in headline-cased
// sentences, where capitals say nothing, it keeps only names the rest of
// the article also writes or the knowledge base knows; everywhere it
// drops leading lower-case words a recognizer took in ("n't Stein") and
// one-word names that are function words ("Then").
func (c *clusterer) tidyNames() {
	d := c.d
	elsewhere := map[string]bool{}
	headline := make([]bool, len(d.Sents))
	for si, s := range d.Sents {
		headline[si] = titleCase(d, s)
	}
	for _, s := range d.Spans {
		if s.Kind == doc.KindName && s.First >= 0 && !headline[d.Tokens[s.First].Sent] {
			elsewhere[d.Slice(s.Range)] = true
			for _, w := range strings.Fields(d.Slice(s.Range)) {
				elsewhere[w] = true
			}
		}
	}
	out := d.Spans[:0]
	for _, s := range d.Spans {
		if s.Kind != doc.KindName || s.First < 0 {
			out = append(out, s)
			continue
		}
		for s.First < s.Last-1 && lowerWord(d.Tokens[s.First].Text) {
			s.First++
			s.Start = d.Tokens[s.First].Start
		}
		if headline[d.Tokens[s.First].Sent] && !c.knownName(d.Slice(s.Range), elsewhere) {
			continue
		}
		if functionWord(d, s) {
			continue
		}
		out = append(out, s)
	}
	d.Spans = out
}

// knownName reports whether a name from a headline is attested: written
// in the body, or known to the gazetteer or knowledge base.
func (c *clusterer) knownName(name string, elsewhere map[string]bool) bool {
	if elsewhere[name] || c.lookup(name).iso != "" {
		return true
	}
	if _, ok := kb.LookupOrg(name); ok {
		return true
	}
	if len(c.r.gaz.Lookup(name)) > 0 {
		return true
	}
	// every word of it is a word of a body name ("Clinton" in "Hillary Clinton")
	for _, w := range strings.Fields(name) {
		if !elsewhere[w] {
			return false
		}
	}
	return true
}

// lowerWord reports whether a token is a lower-case word that cannot start
// a name (name particles such as "al-" or "de" can).
func lowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsLower(r) {
		return false
	}
	switch strings.ToLower(t) {
	case "de", "van", "von", "al", "el", "bin", "da", "di", "la", "le", "du", "der", "den", "ibn":
		return false
	}
	return !strings.Contains(t, "-")
}
