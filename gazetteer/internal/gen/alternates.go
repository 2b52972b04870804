package main

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dateline-news/dateline/gazetteer/internal/fold"
)

// altLimit is how many alternate names a place keeps: more for bigger
// places, which news names in more spellings.
func altLimit(c city) int {
	switch {
	case c.pop >= 1000000 || c.fcode == "PPLC":
		return 30
	case c.pop >= 100000:
		return 25
	case c.pop >= 20000:
		return 4
	}
	return 1
}

// alternates picks the alternate names usable in English text (see usable),
// not repeating the main name or each other once folded, at most altLimit
// per place. The names English-language news is likely to use come first
// (see altRank), so a small quota is not filled with other languages'
// spellings. In Arabic-speaking countries a name's form without the article
// ("Hudaydah" for "Al Hudaydah", "Hodeidah" for "El-Hodeidah") is a
// candidate too, and the main name's is always kept.
func alternates(c city) []string {
	seen := map[string]bool{fold.Key(c.name): true}
	var out []string
	if arabic[c.cc] {
		if s := stripArticle(c.name); s != "" {
			seen[fold.Key(s)] = true
			out = append(out, s)
		}
	}
	type cand struct {
		name string
		rank int
	}
	var cands []cand
	var names []string // every usable name, the main name included, for altRank
	names = append(names, c.name)
	for _, a := range c.alts {
		if usable(a) {
			names = append(names, a)
		}
	}
	for _, a := range names[1:] {
		forms := []string{a}
		if arabic[c.cc] {
			if s := stripArticle(a); s != "" {
				forms = append(forms, s)
			}
		}
		for _, f := range forms {
			cands = append(cands, cand{f, altRank(f, names)})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].rank < cands[j].rank })
	limit := altLimit(c) + len(out)
	for _, cd := range cands {
		if len(out) >= limit {
			break
		}
		k := fold.Key(cd.name)
		if len(k) < 3 || genericAlt[k] || seen[k] {
			continue // "The D" for Detroit, "The City"
		}
		seen[k] = true
		out = append(out, cd.name)
	}
	return out
}

// usable reports whether an alternate name can be looked up in English
// text at all: three characters or more, Latin script, not a code ("AER"),
// no digits or brackets and, if written all in lower case, an abbreviation
// ("nyc") rather than a machine romanisation ("alhdydt", "jada").
func usable(a string) bool {
	if len(a) < 3 || !fold.IsLatin(a) || isCode(a) || strings.ContainsAny(a, "0123456789()[]|\t/") {
		return false
	}
	return !lowerCase(a) || len(a) <= 3
}

// genericAlt are keys of alternate names that are common words, not names
// ("The City" for North Hero, Vermont); alternates never take them.
var genericAlt = map[string]bool{"city": true, "town": true, "village": true, "capital": true,
	"port": true, "harbour": true, "harbor": true, "downtown": true, "centre": true, "center": true,
	"old town": true, "new town": true, "old city": true, "new city": true, "the": true}

// lowerCase reports whether s has no capital letter: a machine
// romanisation ("alhdydt", "sa na") or, now and then, a nickname ("nyc").
func lowerCase(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// altRank orders candidate alternate names, lower first: plain ASCII
// spellings (letters, spaces, hyphens, apostrophes) before other ASCII ones,
// and those before spellings with diacritics; within each, a spelling that
// is another name with a case or language ending ("Mosulas", "Kievu",
// "Kharkiva"), a longer phrase around another name ("Dakbayan sa Bombay",
// "Aden khot"), a phrase with another language's small words ("Rostov aan
// de Don") or spelt with letter groups English transliteration does not use
// ("sch", "cz", "ij") comes after the others, and so does a name of
// three letters or fewer ("Sam" for Damascus), which is likely to be an
// ordinary word or given name in English. Names written all in lower case
// come last.
func altRank(a string, names []string) int {
	rank := 0
	switch {
	case lowerCase(a):
		return 9
	case plainASCII(a):
	case isASCII(a):
		rank = 3
	default:
		rank = 6
	}
	if derived(a, names) || foreignSpelling(a) || foreignPhrase(a) || len(fold.Key(a)) <= 3 {
		rank++
	}
	return rank
}

// plainASCII reports whether s has only ASCII letters, spaces, hyphens and
// apostrophes.
func plainASCII(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// inflections are endings other languages add to a place name ("Kievas",
// "Mosulo", "Kijevom").
var inflections = []string{"a", "e", "i", "o", "u", "as", "is", "us", "om", "an", "en", "on", "um", "ia"}

// derived reports whether a is another of names with an inflection added
// ("Kievas"), with one more word after it ("Aden khot", but not "New York
// City") or inside a longer phrase ("Dakbayan sa Bombay").
func derived(a string, names []string) bool {
	ka := fold.Key(a)
	for _, n := range names {
		kn := fold.Key(n)
		if kn == ka || len(kn) < 3 {
			continue
		}
		if rest, ok := strings.CutPrefix(ka, kn); ok {
			if w, ok := strings.CutPrefix(rest, " "); ok && !strings.Contains(w, " ") && w != "city" && w != "town" {
				return true
			}
			for _, e := range inflections {
				if rest == e {
					return true
				}
			}
		}
		if strings.HasSuffix(ka, " "+kn) || strings.Contains(ka, " "+kn+" ") {
			return true
		}
	}
	return false
}

// smallWords are the lower-case words English place names are written with
// ("Rostov-on-Don", "Rio de Janeiro", "Mazar-i-Sharif"); another lower-case
// word marks another language's phrase ("Rostov aan de Don", "Frankfurtas
// prie Maino").
var smallWords = map[string]bool{"on": true, "upon": true, "of": true, "the": true, "and": true,
	"by": true, "in": true, "at": true, "de": true, "del": true, "la": true, "le": true, "les": true,
	"du": true, "des": true, "da": true, "do": true, "dos": true, "das": true, "au": true, "aux": true,
	"al": true, "el": true, "i": true, "e": true, "y": true, "am": true, "an": true, "der": true}

// foreignPhrase reports whether a has a lower-case word other than
// smallWords.
func foreignPhrase(a string) bool {
	for _, w := range strings.FieldsFunc(a, func(r rune) bool { return r == ' ' || r == '-' }) {
		r := []rune(w)
		if unicode.IsLower(r[0]) && !smallWords[w] {
			return true
		}
	}
	return false
}

// foreignClusters are letter groups of German, Polish, Dutch, Czech and
// Italian spellings that English transliterations do not use.
var foreignClusters = []string{"sch", "cz", "sz", "rz", "ij", "yj", "jj", "oe", "tsj", "tj", "ck", "zz", "gg", "ww"}

// foreignSpelling reports whether a is spelt the way another language
// transliterates: with one of foreignClusters, with "j" after a consonant
// other than "d" ("Zaporizja", "Kyjiv"; "Djibouti" is English), or with "w"
// after a vowel at the end of a word ("Kyiw", "Charkiw").
func foreignSpelling(a string) bool {
	k := fold.Key(a)
	for _, c := range foreignClusters {
		if strings.Contains(k, c) {
			return true
		}
	}
	for i := 1; i < len(k); i++ {
		prev := k[i-1]
		switch {
		case k[i] == 'j' && prev != 'd' && prev != ' ' && !vowel(prev):
			return true
		case k[i] == 'w' && (i == len(k)-1 || k[i+1] == ' ') && (prev == 'i' || prev == 'y' || prev == 'u'):
			return true
		}
	}
	return false
}

func vowel(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }

// arabic lists the countries (ISO 3166-1 alpha-2) whose place names carry
// the Arabic article.
var arabic = map[string]bool{"AE": true, "BH": true, "DJ": true, "DZ": true, "EG": true, "EH": true,
	"IQ": true, "JO": true, "KM": true, "KW": true, "LB": true, "LY": true, "MA": true, "MR": true,
	"OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SO": true, "SY": true, "TN": true, "YE": true}

// articles are the romanised forms of the Arabic article, assimilated ones
// included ("Ad Dawhah", "Ash Shihr", "Ar Raqqah").
var articles = map[string]bool{"al": true, "el": true, "ad": true, "adh": true, "an": true, "ar": true,
	"as": true, "ash": true, "at": true, "ath": true, "az": true, "ed": true, "en": true, "er": true,
	"es": true, "et": true, "ez": true}

// stripArticle returns name without a leading Arabic article ("Hudaydah"
// for "Al Hudaydah", "Hodeidah" for "El-Hodeidah"), or "" when it has none
// or what remains is too short to name a place on its own.
func stripArticle(name string) string {
	i := strings.IndexAny(name, " -'’")
	if i <= 0 || !articles[strings.ToLower(name[:i])] {
		return ""
	}
	rest := strings.TrimLeft(name[i:], " -'’")
	r := []rune(rest)
	if len(r) < 4 || !unicode.IsUpper(r[0]) || strings.ContainsAny(rest, " ") && articles[strings.ToLower(strings.Fields(rest)[0])] {
		return ""
	}
	return rest
}

// isCode reports whether s looks like a code (all capitals: "AER", "NYC").
func isCode(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
