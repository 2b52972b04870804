// Package names is a rule-based named-entity recognizer: it finds runs of
// capitalised words and types them from the gazetteer (countries, places,
// demonyms), the actor knowledge base (organisations, titles, sector nouns)
// and the shape of the run. It is the pipeline's fallback where no
// statistical model is loaded, and a gap filler after one: it only adds
// spans where no earlier stage put one.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"github.com/dateline-news/dateline/kb"
)

// Recognizer implements doc.Stage.
type Recognizer struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Recognizer over the embedded gazetteer.
func New() *Recognizer { return &Recognizer{gaz: gazetteer.Default()} }

// Name implements doc.Stage.
func (*Recognizer) Name() string { return "names" }

// connectors may sit inside a name between capitalised words.
var connectors = map[string]bool{"of": true, "for": true, "de": true, "al": true, "bin": true, "van": true, "von": true, "la": true, "du": true, "der": true}

// common holds capitalised words that start sentences but are not names.
var common = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an on in at of for to from by with as after before during since until about
		i we you he she it they this that these those there here his her their its our my your
		but and or so if when while although though because however meanwhile also many some several
		over under both each every all most more one two three four five first second last next new
		mr mrs ms dr today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		what who why how where which will would can could should must may might do does did is are was were
		president minister prime king queen prince`) {
		common[w] = true
	}
}

func isQuote(t string) bool {
	return t == "\"" || t == "“" || t == "‘" || t == "'" || t == "(" || t == ":"
}

// Process adds a span for each name not already covered by a span.
func (r *Recognizer) Process(d *doc.Doc) error {
	covered := make([]bool, len(d.Tokens))
	for _, s := range d.Spans {
		for i := s.First; i < s.Last && i >= 0 && i < len(covered); i++ {
			covered[i] = true
		}
	}
	// words capitalised inside sentences are names wherever they occur,
	// also at the start of a sentence ("Putin said ...")
	inner := map[string]bool{}
	for _, s := range d.Sents {
		for i := s.First + 1; i < s.Last; i++ {
			if t := d.Tokens[i].Text; capitalised(t) && !common[strings.ToLower(t)] && !isQuote(d.Tokens[i-1].Text) {
				inner[t] = true
				if k := strings.IndexByte(t, '-'); k > 0 && k <= 4 && !unicode.IsUpper(rune(t[0])) {
					inner[t[k+1:]] = true // "Assad" from "al-Assad"
				}
			}
		}
	}
	for _, s := range d.Sents {
		i := s.First
		for i < s.Last {
			if covered[i] || !capitalised(d.Tokens[i].Text) {
				i++
				continue
			}
			j := i + 1
			for j < s.Last && !covered[j] {
				t := d.Tokens[j].Text
				if capitalised(t) || t == "-" {
					j++
					continue
				}
				if connectors[t] && j+1 < s.Last && capitalised(d.Tokens[j+1].Text) {
					j++
					continue
				}
				break
			}
			r.addRun(d, i, j, i == s.First, inner)
			i = j
		}
	}
	return nil
}

// addRun types the capitalised run [i, j) and adds spans for its names.
// inner holds the document's words written capitalised inside sentences.
func (r *Recognizer) addRun(d *doc.Doc, i, j int, sentStart bool, inner map[string]bool) {
	// a known organisation stays whole: "European Union"
	for k := i; k < j && k <= i+1; k++ {
		if _, ok := kb.LookupOrg(d.Text[d.Tokens[k].Start:d.Tokens[j-1].End]); ok {
			r.add(d, k, j, "ORG")
			return
		}
	}
	// an organisation named with its country and sector noun stays whole:
	// "Russian Defense Ministry", "the General Staff"
	if i < j {
		k := i
		for k < j && common[strings.ToLower(d.Tokens[k].Text)] {
			k++
		}
		if k < j-1 {
			if _, ok := kb.OrgSector(d.Text[d.Tokens[k].Start:d.Tokens[j-1].End]); ok {
				if _, isOrg := kb.OrgSector(strings.ToLower(d.Tokens[j-1].Text)); isOrg || j-k > 1 {
					r.add(d, k, j, "ORG")
					return
				}
			}
		}
	}
	// peel leading words that are not names: sentence-initial common words,
	// titles and demonyms (which become NORP spans of their own)
	for i < j {
		w := d.Tokens[i].Text
		lw := strings.ToLower(w)
		if r.gaz.IsDemonym(w) {
			r.add(d, i, i+1, "NORP")
			i++
			continue
		}
		if common[lw] || (sentStart && i == j-1 && !r.known(w) && !inner[w]) {
			i++
			sentStart = false
			continue
		}
		if n := roleAt(d, i, j); n > 0 {
			i += n
			continue
		}
		break
	}
	for j > i && connectors[d.Tokens[j-1].Text] {
		j--
	}
	if i >= j {
		return
	}
	name := d.Text[d.Tokens[i].Start:d.Tokens[j-1].End]
	r.add(d, i, j, r.classify(d, name, i, j))
}

func (r *Recognizer) known(w string) bool {
	if _, ok := kb.LookupOrg(w); ok {
		return true
	}
	return len(r.gaz.Lookup(w)) > 0
}

// classify picks an OntoNotes type for the name in tokens [i, j).
func (r *Recognizer) classify(d *doc.Doc, name string, i, j int) string {
	if o, ok := kb.LookupOrg(name); ok {
		return o.Type
	}
	if _, ok := kb.OrgSector(name); ok && j-i > 1 {
		return "ORG"
	}
	last := strings.ToLower(d.Tokens[j-1].Text)
	if _, ok := kb.OrgSector(last); ok {
		return "ORG"
	}
	if _, ok := r.gaz.Country(name); ok {
		return "GPE"
	}
	if ps := r.gaz.Lookup(name); len(ps) > 0 {
		switch ps[0].Feature {
		case "SEA", "OCN", "GULF", "BAY", "STRT", "RGN", "CONT", "MTS", "LK", "STM", "ISL", "DSRT", "PEN", "VAL":
			return "LOC"
		}
		if j-i == 1 || ps[0].Population > 0 {
			return "GPE"
		}
	}
	if isAcronym(name) {
		return "ORG"
	}
	// a title before the name marks a person
	if i > 0 {
		if role, ok := kb.LookupRole(strings.ToLower(d.Tokens[i-1].Text)); ok && role.Person {
			return "PERSON"
		}
	}
	return "PERSON"
}

func (r *Recognizer) add(d *doc.Doc, i, j int, label string) {
	d.AddSpan(doc.Span{
		Range: doc.Range{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End},
		First: i, Last: j, Label: label, Kind: doc.KindName, Entity: -1, Source: "names",
	})
}

// capitalised reports whether w starts with a capital, allowing Arabic
// name particles: "al-Assad".
func capitalised(w string) bool {
	if i := strings.IndexByte(w, '-'); i > 0 && i <= 4 && i+1 < len(w) {
		switch strings.ToLower(w[:i]) {
		case "al", "el", "ad", "as", "ash", "an", "bin", "ibn", "abu", "abd":
			w = w[i+1:]
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && n <= 6
}

// roleAt returns the length of a title of up to three words starting at
// token i ("Foreign Minister"), or 0.
func roleAt(d *doc.Doc, i, j int) int {
	for n := 3; n >= 1; n-- {
		if i+n > j {
			continue
		}
		var parts []string
		for k := i; k < i+n; k++ {
			parts = append(parts, d.Tokens[k].Text)
		}
		if _, ok := kb.LookupRole(strings.Join(parts, " ")); ok {
			return n
		}
	}
	return 0
}
