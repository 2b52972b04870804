package places

import (
	"math"
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
	"unicode"
	"unicode/utf8"
)

// A news dateline opens an article with the place it was filed from, in
// capitals, often with its state or country: "LONDON, Ky. (WKYT) -",
// "DURBAN, South Africa (CNN) -", "BEIJING --", "CAMP MURRAY, Wash. -".
// The place is where the story happens, and its region or country speaks
// for the other places of the article.

// filedFrom is a dateline found at the start of a text.
type filedFrom struct {
	start, end int    // byte range of the place name
	name       string // the place name as written ("LAUREL COUNTY")
	container  string // the region or country after a comma ("Ky."), or ""
}

// findDateline reads the dateline at the start of text, if any: a name in
// capitals (with points, apostrophes, hyphens and spaces), optionally a
// comma and a region or country in ordinary case, optionally a
// parenthesised source, then a dash or a colon.
func findDateline(text string) (filedFrom, bool) {
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '(') {
		i++
	}
	start := i
	letters := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '-' && !strings.HasPrefix(text[i:], "--") || r == ' ' && i+1 < len(text) && isUpperAt(text, i+1):
		default:
			goto name
		}
		i += size
	}
name:
	end := i
	for end > start && (text[end-1] == ' ' || text[end-1] == '-') {
		end--
	}
	// "(CNN) —" names a source, not a place
	paren := start > 0 && text[start-1] == '('
	if letters < 3 || paren && letters < 5 || end-start > 40 || unicode.IsLower(firstRune(text[i:])) {
		return filedFrom{}, false
	}
	dl := filedFrom{start: start, end: end, name: text[start:end]}
	rest := strings.TrimLeft(text[end:], " )")
	if strings.HasPrefix(rest, ",") {
		c := appositionAfter(rest, 0)
		if c == "" {
			return filedFrom{}, false
		}
		dl.container = strings.TrimSpace(c)
		rest = strings.TrimLeft(rest[1:], " ")
		rest = strings.TrimLeft(rest[len(c):], " ")
	}
	if strings.HasPrefix(rest, "(") {
		j := strings.IndexByte(rest, ')')
		if j < 0 || j > 60 {
			return filedFrom{}, false
		}
		rest = strings.TrimLeft(rest[j+1:], " ")
	}
	for _, sep := range []string{"-", "—", "–", ":"} {
		if strings.HasPrefix(rest, sep) {
			return dl, true
		}
	}
	return filedFrom{}, false
}

func isUpperAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// datelineMention marks the mention that is the text's dateline, giving it
// the dateline's region or country as its apposition, or adds the
// dateline as a mention of its own (span -1) when no span covers it: NER
// often misses names in capitals.
func (r *Resolver) datelineMention(text string, ms []mention) []mention {
	dl, ok := findDateline(text)
	if !ok {
		return ms
	}
	name, county := countyName(dl.name)
	found := false
	for i := range ms {
		m := &ms[i]
		if m.r.Start >= dl.end || m.r.End <= dl.start {
			continue
		}
		found = true
		m.dateline = true
		if m.r.Start >= dl.start && m.r.End <= dl.end && m.r.End-m.r.Start < dl.end-dl.start && (!m.embedded || county) {
			// "YORK" of "NEW YORK", "PLYMOUTH" of "PLYMOUTH CO."
			m.r = doc.Range{Start: dl.start, End: dl.end}
			m.text = name
			m.key = gazetteer.Key(name)
			m.gkey = m.key
			m.embedded = false
		}
		if m.after == "" && dl.container != "" {
			m.after, m.list = dl.container, false
		}
	}
	if found {
		return ms
	}
	m := mention{span: -1, r: doc.Range{Start: dl.start, End: dl.end}, text: name, after: dl.container, dateline: true}
	m.key = gazetteer.Key(m.text)
	m.gkey = m.key
	if m.key == "" {
		return ms
	}
	// first, keeping the mentions in text order
	return append([]mention{m}, ms...)
}

// datelineHints lets the region or country of the dateline ("Ky." in
// "LONDON, Ky. -") speak for every place of the article, as a word naming
// it beside each mention would, with weight w.dateline.
func (r *Resolver) datelineHints(groups []*group) {
	for _, g := range groups {
		if !g.dateline {
			continue
		}
		for i, c := range g.containers {
			if g.listed[i] {
				continue
			}
			for _, o := range groups {
				switch c.Feature {
				case gazetteer.FeatCountry:
					o.hints[c.Country] = math.Max(o.hints[c.Country], w.dateline)
				case gazetteer.FeatAdmin1:
					k := c.Country + "." + c.Admin1
					o.adminHints[k] = math.Max(o.adminHints[k], w.dateline)
				}
			}
		}
	}
}

// countyName reads a dateline's abbreviated county ("PLYMOUTH CO.") as the
// county's name ("PLYMOUTH County"); county reports one.
func countyName(name string) (string, bool) {
	for _, suf := range []string{" CO.", " CO", " Co."} {
		if t, ok := strings.CutSuffix(name, suf); ok && t != "" {
			return t + " County", true
		}
	}
	return name, countyWords[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
}
