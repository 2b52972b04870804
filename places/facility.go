package places

import (
	"strings"

	"github.com/dateline-news/dateline/gazetteer"
	"unicode"
	"unicode/utf8"
)

// A recogniser often keeps only the last word of a building's or a
// street's name as a place ("Church" of "Third Presbyterian Church",
// "Village" of "Eva's Village"), and news writes a local landmark as a
// bare common noun ("here in the Valley"). Such a word names no town: the
// gazetteer's Church, Lancashire, or The Valley, Anguilla, is never meant.

// commonNames are the words that, standing alone as a place name, are a
// common noun for a building, street or landmark rather than a town.
var commonNames = map[string]bool{"village": true, "plantation": true, "valley": true, "quarter": true,
	"republic": true}

// common reports whether a one-word name is a common noun for a landmark:
// a facility word ("Church", "Street") or one of commonNames.
func common(name string) bool {
	k := strings.ToLower(name)
	return !strings.Contains(k, " ") && (facilityWords[k] || commonNames[k])
}

// facilityStart widens a mention text[start:end] whose last word is a
// common noun for a landmark ("Church", "Street", "Village") over the
// capitalised words right before it that complete the landmark's name:
// "Third Presbyterian" + "Church", "Eva's" + "Village". It returns the new
// start, or start and false when no such words precede it.
func facilityStart(text string, start, end int) (int, bool) {
	name := text[start:end]
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	if !common(last) || strings.Contains(name, " ") {
		return start, false
	}
	at := start
	for n := 0; n < 4; n++ {
		w, ok := wordBefore(text, at)
		if !ok {
			w, ok = possessiveBefore(text, at)
		}
		if !ok || functionWords[strings.ToLower(w)] || sentenceStart(text, at-len(w)-1) {
			break
		}
		at -= len(w) + 1
	}
	return at, at < start
}

// possessiveBefore returns a capitalised word with a possessive ending
// ("Eva's") that ends one space before offset i.
func possessiveBefore(text string, i int) (string, bool) {
	if i < 2 || text[i-1] != ' ' {
		return "", false
	}
	j := i - 1
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		j -= size
	}
	w := text[j : i-1]
	if !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return "", false
	}
	return w, isCapitalised(w)
}

// sentenceStart reports whether byte offset i starts a sentence: the text
// before it is empty or ends a sentence.
func sentenceStart(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \"“'‘(")
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == '|'
}

// functionWords are capitalised words that start sentences or titles but
// never a landmark's name.
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "at": true, "in": true, "on": true,
	"of": true, "from": true, "to": true, "by": true, "for": true, "and": true, "but": true, "with": true,
	"this": true, "that": true, "its": true, "his": true, "her": true, "their": true, "our": true}

// notTowns keeps the candidates that are not towns, or are cities large
// enough to go by their initials ("NYC"): an acronym names a country or a
// region by its abbreviation ("US", "NSW"), not a town whose name folds to
// the same letters.
func notTowns(ps []gazetteer.Place) []gazetteer.Place {
	var keep []gazetteer.Place
	for _, p := range ps {
		if !p.City() || p.Population >= bigCityPop {
			keep = append(keep, p)
		}
	}
	return keep
}
