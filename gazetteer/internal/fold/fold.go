// Package fold normalises place names into lookup keys: lower case,
// diacritics removed, punctuation dropped or turned into spaces, a leading
// "the" removed. The generator and the gazetteer share it so that the keys
// written at generation time match the keys computed at lookup time.
package fold

import (
	"strings"
	"unicode"
)

// latin maps accented Latin letters (lower case) to their ASCII base.
var latin = map[rune]string{}

func init() {
	groups := map[string]string{
		"a": "àáâãäåāăąǎǻȁȃạảấầẩẫậắằẳẵặ",
		"c": "çćĉċč",
		"d": "ďđð",
		"e": "èéêëēĕėęěȅȇẹẻẽếềểễệ",
		"g": "ĝğġģǧ",
		"h": "ĥħ",
		"i": "ìíîïĩīĭįıǐȉȋỉị",
		"j": "ĵ",
		"k": "ķǩ",
		"l": "ĺļľŀł",
		"n": "ñńņňŉǹ",
		"o": "òóôõöøōŏőơǒǿȍȏọỏốồổỗộớờởỡợ",
		"r": "ŕŗřȑȓ",
		"s": "śŝşšșſ",
		"t": "ţťŧț",
		"u": "ùúûüũūŭůűųưǔǖǘǚǜȕȗụủứừửữự",
		"w": "ŵẁẃẅ",
		"y": "ýÿŷỳỵỷỹ",
		"z": "źżžƶ",
	}
	for base, chars := range groups {
		for _, r := range chars {
			latin[r] = base
		}
	}
	for r, s := range map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ĳ': "ij"} {
		latin[r] = s
	}
}

// Key returns the lookup key of a name: "The Gulf" -> "gulf",
// "São Paulo" -> "sao paulo", "U.S." -> "us", "Xi'an" -> "xian".
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // suppress leading and repeated spaces
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
			space = false
		case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '`' || r == 'ʻ' || r == 'ʼ':
			// dropped: "U.S." -> "us", "Xi'an" -> "xian"
		case unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r):
			if !space {
				b.WriteByte(' ')
				space = true
			}
		default:
			if m, ok := latin[r]; ok {
				b.WriteString(m)
			} else if unicode.Is(unicode.Mn, r) {
				continue // combining mark
			} else {
				b.WriteRune(r)
			}
			space = false
		}
	}
	k := strings.TrimRight(b.String(), " ")
	k = strings.TrimPrefix(k, "the ")
	return k
}

// IsLatin reports whether s is written only in Latin letters, digits,
// spaces and common name punctuation, so that it is worth keeping as an
// English-usable alternate name.
func IsLatin(s string) bool {
	for _, r := range s {
		switch {
		case r < 128:
		case latin[unicode.ToLower(r)] != "":
		default:
			return false
		}
	}
	return true
}

// admin1Suffixes are generic words that region names carry in GeoNames but
// news usually drops: "Krasnodar Krai" is "Krasnodar", "Idlib Governorate"
// is "Idlib".
var admin1Suffixes = []string{" oblast", " krai", " kray", " province", " region", " governorate",
	" prefecture", " state", " department", " district", " county", " voivodeship", " republic",
	" autonomous okrug", " okrug", " muhafazah", " wilayah", " territory", " canton", " emirate", " municipality"}

// admin1Prefixes are the same generic words in front: "Province of Laguna".
var admin1Prefixes = []string{"province of ", "state of ", "region of ", "governorate of ", "department of ",
	"republic of ", "city of ", "municipality of ", "autonomous region of ", "canton of "}

// generic are words that never name a region alone once the rest of its
// name is removed ("Western Province" is not "Western").
var generic = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "capital": true, "national": true,
	"federal": true, "upper": true, "lower": true, "greater": true, "middle": true, "new": true,
	"coastal": true, "interior": true, "islands": true, "island": true, "lakes": true, "mountain": true,
	"north east": true, "south east": true, "south west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "far north": true, "far west": true,
	"autonomous": true, "special": true, "metropolitan": true, "city": true, "highland": true, "coast": true, "centre": true, "center": true, "north west": true, "capital region": true}

// RegionKeys returns the keys a first-level region is known by: its own
// and, when it starts or ends with a generic word, the key without it.
func RegionKeys(name string) []string {
	k := Key(name)
	var keys []string
	if !generic[k] {
		keys = append(keys, k)
	}
	for _, suf := range admin1Suffixes {
		if s, ok := strings.CutSuffix(k, suf); ok && s != "" && !generic[s] {
			keys = append(keys, s)
		}
	}
	for _, pre := range admin1Prefixes {
		if s, ok := strings.CutPrefix(k, pre); ok && s != "" && !generic[s] {
			keys = append(keys, s)
		}
	}
	return keys
}
