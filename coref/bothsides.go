package coref

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// pairWords are the nouns of "both countries", "the two sides".
var pairWords = map[string]bool{"countries": true, "sides": true, "nations": true, "neighbours": true, "neighbors": true, "capitals": true}

// findBothSides links "both countries", "both sides", "the two nations"
// to the two countries the article is about: the two named most often,
// when a third is named less than half as often as the second. Each
// becomes a mention of both ("urged both sides to exercise restraint").
func (c *clusterer) findBothSides() {
	d := c.d
	var pair []int
	for i := 1; i < len(d.Tokens); i++ {
		if !pairWords[strings.ToLower(d.Tokens[i].Text)] {
			continue
		}
		first := i - 1
		switch strings.ToLower(d.Tokens[first].Text) {
		case "both":
		case "two":
			if first == 0 || !strings.EqualFold(d.Tokens[first-1].Text, "the") {
				continue
			}
			first--
		default:
			continue
		}
		if c.linkedAt(i) || c.nounAt(i+1, len(d.Tokens)) {
			continue
		}
		if pair == nil {
			if pair = c.mainCountries(); len(pair) != 2 {
				return
			}
			for _, e := range pair {
				iso, _ := c.r.gaz.Country(d.Entities[e].Name)
				c.pair = append(c.pair, iso)
			}
		}
		r := doc.Range{Start: d.Tokens[first].Start, End: d.Tokens[i].End}
		for _, e := range pair {
			span := doc.Span{Range: r, First: first, Last: i + 1, Kind: doc.KindNominal, Label: "GPE", Entity: -1, Source: "coref"}
			c.link(d.AddSpan(span), e)
		}
	}
}

// mainCountries returns the entities of the two countries named most
// often (by name or adjective), or nil when no two stand out.
func (c *clusterer) mainCountries() []int {
	d := c.d
	count := map[string]int{}
	entity := map[string]int{}
	for ei, e := range d.Entities {
		if e.Type != "GPE" && e.Type != "NORP" {
			continue
		}
		iso, ok := c.r.gaz.Country(e.Name)
		if !ok {
			continue
		}
		count[iso] += len(e.Mentions)
		if _, seen := entity[iso]; !seen || e.Type == "GPE" && d.Entities[entity[iso]].Type != "GPE" {
			entity[iso] = ei
		}
	}
	isos := make([]string, 0, len(count))
	for iso := range count {
		isos = append(isos, iso)
	}
	sort.Slice(isos, func(i, j int) bool {
		if count[isos[i]] != count[isos[j]] {
			return count[isos[i]] > count[isos[j]]
		}
		return isos[i] < isos[j]
	})
	if len(isos) < 2 || count[isos[1]] < 2 || len(isos) > 2 && 2*count[isos[2]] > count[isos[1]] {
		return nil
	}
	a, b := entity[isos[0]], entity[isos[1]]
	if d.Entities[a].Type != "GPE" || d.Entities[b].Type != "GPE" {
		return nil
	}
	if first(d, a) > first(d, b) {
		a, b = b, a
	}
	return []int{a, b}
}

// first returns the offset of an entity's first mention.
func first(d *doc.Doc, e int) int {
	f := -1
	for _, m := range d.Entities[e].Mentions {
		if s := d.Spans[m].Start; f < 0 || s < f {
			f = s
		}
	}
	return f
}

// bothWords reports whether "both countries" or "the two sides" starts
// at token m.
func bothWords(d *doc.Doc, m int) bool {
	w := strings.ToLower(d.Tokens[m].Text)
	if w == "the" && m+2 < len(d.Tokens) && strings.EqualFold(d.Tokens[m+1].Text, "two") {
		return pairWords[strings.ToLower(d.Tokens[m+2].Text)]
	}
	return w == "both" && pairWords[strings.ToLower(d.Tokens[m+1].Text)]
}
