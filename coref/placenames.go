package coref

import (
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/doc"
)

// placeKinds are the common nouns that introduce or describe a place:
// "the city of Goma", "Goma, the largest city in eastern Congo".
var placeKinds = map[string]bool{
	"city": true, "town": true, "village": true, "port": true, "capital": true, "province": true,
	"region": true, "district": true, "island": true, "county": true, "state": true, "hub": true,
	"stronghold": true, "enclave": true, "outpost": true, "municipality": true, "suburb": true,
}

// findPlaceNames returns the keys of names (typed as persons or places)
// that the document writes as places somewhere: the place of a dateline
// ("GOMA, Congo (Reuters) -"), a name after a kind of place ("the city of
// Goma"), a name in apposition with one ("Goma, the largest city in
// eastern Congo"), a name after a locative preposition ("in Rafah"). Every mention of such a name is then a place, the
// headline's "seized Goma" too. The gazetteer must know the name as a
// place.
func (c *clusterer) findPlaceNames() map[string]bool {
	var keys map[string]bool
	for _, s := range c.d.Spans {
		if s.Kind != doc.KindName || s.Label != "PERSON" && s.Label != "GPE" && s.Label != "LOC" || s.First < 0 || s.Last <= s.First || s.Last-s.First > 3 {
			continue
		}
		name := cleanName(c.d.Slice(s.Range))
		// a preposition is weaker evidence ("starred in Ray", "a duet
		// with Usher"): only where the recognizer itself read a place and
		// the place is a city of some size ("in Rafah")
		prep := s.Label != "PERSON" && c.placeAfterPreposition(s, name) && c.bigPlace(name)
		if !prep && (s.Label != "PERSON" || !c.datelinePlace(s) && !c.placeKindOf(s) && !c.placeApposition(s)) {
			continue
		}
		if c.countryOrOrg(name) || !c.gazPlace(name) {
			continue
		}
		if keys == nil {
			keys = map[string]bool{}
		}
		keys[normKey(name)] = true
	}
	return keys
}

// gazPlace reports whether the gazetteer knows name as a place under its
// own name (not a demonym, not only an alternate name).
func (c *clusterer) gazPlace(name string) bool {
	for _, p := range c.r.gaz.Lookup(name) {
		if !p.Demonym && !p.AltName {
			return true
		}
	}
	return false
}

// datelinePlace reports whether s is the place of a dateline: in capitals,
// opening the first sentence of a paragraph, followed by a comma, a
// parenthesis or a dash.
func (c *clusterer) datelinePlace(s doc.Span) bool {
	d := c.d
	if s.First >= len(d.Tokens) || s.Last >= len(d.Tokens) {
		return false
	}
	sent := d.Sents[d.Tokens[s.First].Sent]
	if sent.First != s.First || (d.Tokens[s.First].Sent > 0 && d.Sents[d.Tokens[s.First].Sent-1].Para == sent.Para) {
		return false
	}
	text := d.Slice(s.Range)
	if strings.IndexFunc(text, unicode.IsLower) >= 0 || strings.IndexFunc(text, unicode.IsUpper) < 0 {
		return false
	}
	switch d.Tokens[s.Last].Text {
	case ",", "(", "-", "--", "—", "–":
		return true
	}
	return false
}

// placeKindOf reports whether s follows "the city of", "the town of" ...
func (c *clusterer) placeKindOf(s doc.Span) bool {
	d := c.d
	return s.First >= 2 && strings.EqualFold(d.Tokens[s.First-1].Text, "of") && placeKinds[d.Tokens[s.First-2].Lemma]
}

// placeApposition reports whether a description of a place follows s
// after a comma: "Goma, the largest city in eastern Congo", "Goma, a
// lakeside town".
func (c *clusterer) placeApposition(s doc.Span) bool {
	return c.describedAs(s, 4, func(t doc.Token) bool {
		return placeKinds[t.Lemma] && (t.Tag == "NN" || t.Tag == "NNS")
	})
}

// describedAs reports whether an apposition after s (a comma, an article,
// up to width modifiers) ends in a noun that is: the description's head,
// no noun or possessive after it ("Goma, the largest city in eastern
// Congo", "Skydio, the largest U.S. drone maker,").
func (c *clusterer) describedAs(s doc.Span, width int, is func(doc.Token) bool) bool {
	d := c.d
	i := s.Last
	if s.First < 0 || i+1 >= len(d.Tokens) || d.Tokens[i].Text != "," || d.Tokens[i].Sent != d.Tokens[s.First].Sent {
		return false
	}
	switch strings.ToLower(d.Tokens[i+1].Text) {
	case "the", "a", "an":
	default:
		return false
	}
	for j := i + 2; j < len(d.Tokens) && j <= i+1+width && d.Tokens[j].Sent == d.Tokens[i].Sent; j++ {
		t := d.Tokens[j]
		if is(t) {
			return j+1 >= len(d.Tokens) || d.Tokens[j+1].Tag != "POS" && !strings.HasPrefix(d.Tokens[j+1].Tag, "NN")
		}
		switch t.Tag {
		case "JJ", "JJS", "JJR", "RBS", "CD", "NN", "NNP", "HYPH", "VBN", "POS":
		default:
			return false
		}
	}
	return false
}

// bigPlace reports whether the gazetteer's first place by the name has
// 100,000 people or more.
func (c *clusterer) bigPlace(name string) bool {
	for _, p := range c.r.gaz.Lookup(name) {
		return !p.Demonym && !p.AltName && p.Population >= 100000
	}
	return false
}
