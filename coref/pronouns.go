package coref

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/kb"
)

// findPronouns adds a span for each third-person singular personal
// pronoun and links it to the nearest fitting person: in its own sentence
// the first person named before it (outside quotation marks when the
// pronoun is), else the first person of the nearest earlier sentence that
// has one.
func (c *clusterer) findPronouns() {
	d := c.d
	for ti, t := range d.Tokens {
		p, ok := kb.LookupPronoun(t.Text)
		if !ok || p.Person != 3 || p.Plural || p.Gender == "n" {
			continue
		}
		e := c.pronounAntecedent(ti, p.Gender)
		span := doc.Span{Range: t.Range, First: ti, Last: ti + 1, Kind: doc.KindPronoun, Label: "PERSON", Entity: -1, Source: "coref"}
		idx := d.AddSpan(span)
		if e >= 0 {
			c.link(idx, e)
			if c.d.Entities[e].Gender == "" {
				c.d.Entities[e].Gender = p.Gender
			}
		}
	}
}

func (c *clusterer) pronounAntecedent(ti int, gender string) int {
	d := c.d
	sent := d.Tokens[ti].Sent
	for si := sent; si >= 0 && si >= sent-3; si-- {
		s := d.Sents[si]
		limit := s.Last
		if si == sent {
			limit = ti
		}
		// the leftmost fitting mention, preferring those outside quotes,
		// then those that are no possessor ("Sheikh Hasina's press
		// secretary, Nayeemul Islam Khan, said ... he told AFP")
		best, bestOut, bestPos, bestOwn := -1, false, 0, false
		for _, sp := range d.Spans {
			if sp.Entity < 0 || sp.First < s.First || sp.First >= limit || sp.Kind == doc.KindPronoun {
				continue
			}
			ent := d.Entities[sp.Entity]
			if ent.Type != "PERSON" || ent.Plural || (gender != "" && ent.Gender != "" && ent.Gender != gender) {
				continue
			}
			out := !c.insideQuote(s.First, sp.First)
			if si == sent && !out && !c.insideQuote(s.First, ti) {
				// "'... close to the Bush administration ...,' he said":
				// a name inside the quotation is not who says it
				continue
			}
			own := c.possessor(sp)
			if best < 0 || (out && !bestOut) || (out == bestOut && bestOwn && !own) || (out == bestOut && own == bestOwn && sp.First < bestPos) {
				best, bestOut, bestPos, bestOwn = sp.Entity, out, sp.First, own
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// possessor reports whether a mention is a possessive ("Hasina's").
func (c *clusterer) possessor(sp doc.Span) bool {
	d := c.d
	if sp.Last <= 0 || sp.Last > len(d.Tokens) {
		return false
	}
	if t := d.Tokens[sp.Last-1].Text; t == "'s" || t == "’s" {
		return true
	}
	return sp.Last < len(d.Tokens) && (d.Tokens[sp.Last].Text == "'s" || d.Tokens[sp.Last].Text == "’s")
}

// insideQuote reports whether token i lies between quotation marks opened
// after token first (the start of its sentence).
func (c *clusterer) insideQuote(first, i int) bool {
	open := false
	for k := first; k < i; k++ {
		switch c.d.Tokens[k].Text {
		case "\"":
			open = !open
		case "“":
			open = true
		case "”":
			open = false
		}
	}
	return open
}

// cleanName strips a possessive and surrounding punctuation from a name.
func cleanName(s string) string {
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ") // a name across a wrapped line
	}
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	abbrev := strings.HasSuffix(s, ".") && endsWithAbbreviation(s)
	s = strings.Trim(s, " ,.;:\"“”'’")
	if abbrev {
		s += "." // "U.S.", "Acme Inc."
	}
	if strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ") {
		s = s[4:]
	}
	for _, h := range []string{"Mr. ", "Mrs. ", "Ms. ", "Mr ", "Mrs ", "Ms "} {
		if rest, ok := strings.CutPrefix(s, h); ok && rest != "" {
			return rest // "Mr. Obama" is Obama
		}
	}
	return s
}

// nameAbbreviations end names with their period.
var nameAbbreviations = map[string]bool{"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "bros": true}

// endsWithAbbreviation reports whether the final period of s belongs to
// an abbreviation: "U.S.", "U.N.", "Acme Inc.", "Martin Luther King Jr.".
func endsWithAbbreviation(s string) bool {
	w := strings.TrimSuffix(s, ".")
	if i := strings.LastIndexAny(w, " \n\t"); i >= 0 {
		w = w[i+1:]
	}
	return strings.Contains(w, ".") || nameAbbreviations[strings.ToLower(w)]
}

// normKey is the clustering key of a name.
func normKey(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// nameWords splits a personal name into comparable words, dropping
// particles: "Bashar al-Assad" -> [bashar assad].
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		for _, p := range []string{"al-", "el-", " al ", "ad-", "as-", "bin-"} {
			w = strings.TrimPrefix(w, p)
		}
		switch w {
		case "al", "el", "bin", "ibn", "van", "von", "de", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr":
			continue
		}
		out = append(out, strings.Trim(w, ".,"))
	}
	return out
}

// withoutInitials drops middle initials ("j", "j.") from name words,
// keeping the first and last word.
func withoutInitials(ws []string) []string {
	if len(ws) < 3 {
		return ws
	}
	out := []string{ws[0]}
	for _, w := range ws[1 : len(ws)-1] {
		if len(strings.TrimSuffix(w, ".")) > 1 {
			out = append(out, w)
		}
	}
	return append(out, ws[len(ws)-1])
}

func suffixOf(short, full []string) bool {
	if len(short) == 0 || len(short) > len(full) {
		return false
	}
	off := len(full) - len(short)
	for i, w := range short {
		if full[off+i] != w {
			return false
		}
	}
	return true
}

// acronymOf reports whether short is the acronym of long ("UN", "United Nations").
func acronymOf(short, long string) bool {
	s := strings.ReplaceAll(short, ".", "")
	if len(s) < 2 || len(s) > 6 || strings.ToUpper(s) != s {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(long) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "the" || lw == "and" || lw == "for" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]))
	}
	return b.String() == s
}
