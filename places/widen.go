package places

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/gazetteer"
)

// widen extends a mention spanning text[start:end] that a recogniser cut
// short to the longer place name around it: a capitalised word before or
// after it that makes a name the gazetteer knows ("New" + "Mexico",
// "Korean" + "Peninsula") or a county ("Ohio" + "County"), or "of" and a place after a word that is no
// place by itself ("Republic" + "of Armenia").
func (r *Resolver) widen(text string, start, end int) (int, int, bool) {
	name := text[start:end]
	key := gazetteer.Key(name)
	if w, ok := wordBefore(text, start); ok && gazetteer.Key(w+" "+name) != key {
		if r.knownName(w + " " + name) {
			return start - len(w) - 1, end, true
		}
	}
	if w, ok := wordAfter(text, end); ok {
		if r.knownName(name+" "+w) || genericHead[strings.ToLower(name)] && r.knownName(w) ||
			countyWords[strings.ToLower(w)] && !r.g.IsDemonym(name) {
			// "Ohio" + "County": a county, not the state
			// "Western" + "US": a part of the place named after it
			return start, end + 1 + len(w), true
		}
	}
	if stopParts[strings.ToLower(name)] && strings.HasPrefix(text[end:], " of ") {
		at := end + len(" of ")
		if w, ok := wordAfter(text, at-1); ok {
			if ps, _ := r.candidates(name + " of " + w); len(ps) > 0 && !ps[0].City() {
				return r.widenLeft(text, start, at+len(w)), at + len(w), true
			}
		}
	}
	return start, end, false
}

// knownName reports whether the gazetteer knows s as the name (not an
// alternate name or an adjective) of a country, region, feature or town.
func (r *Resolver) knownName(s string) bool {
	for _, p := range r.g.Lookup(s) {
		if !p.AltName && !p.Demonym {
			return true
		}
	}
	return false
}

// wordBefore returns the capitalised word (points included: "U.S.") that
// ends one space before offset i.
func wordBefore(text string, i int) (string, bool) {
	if i < 2 || text[i-1] != ' ' {
		return "", false
	}
	j := i - 1
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	w := text[j : i-1]
	return w, w != "" && isCapitalised(w)
}

// wordAfter returns the capitalised word that starts one space after
// offset i.
func wordAfter(text string, i int) (string, bool) {
	if i+1 >= len(text) || text[i] != ' ' {
		return "", false
	}
	j := i + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	w := text[i+1 : j]
	return w, w != "" && isCapitalised(w)
}

// widenLeft extends text[start:end] over up to three capitalised words
// before it when the longer name is known: "Democratic People's" +
// "Republic of Korea" is North Korea, not South.
func (r *Resolver) widenLeft(text string, start, end int) int {
	best, at := start, start
	for n := 0; n < 3; n++ {
		w, ok := wordBefore(text, at)
		if !ok {
			w, ok = possessiveBefore(text, at)
		}
		if !ok {
			break
		}
		at -= len(w) + 1
		if r.knownName(text[at:end]) {
			best = at
		}
	}
	return best
}
