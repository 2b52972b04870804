package places

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// cleanName strips what surrounds a place name in a mention: a possessive
// ("Russia's"), quotes and trailing punctuation other than an abbreviation
// point.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "\"“”‘,;:()[]")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(s, suf); ok && len(t) > 1 {
			s = t
			break
		}
	}
	return strings.TrimSpace(s)
}

// wordsBefore returns up to n words before byte offset i, nearest last,
// stopping at a sentence boundary (". ", "!", "?", a line break).
func wordsBefore(text string, i, n int) []string {
	start := i
	for start > 0 && i-start < 200 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if r == '\n' || r == '!' || r == '?' {
			break
		}
		if r == '.' && start < len(text) && start-size > 0 {
			// a full stop followed by space ends a sentence unless it ends an
			// abbreviation of one or two letters ("U.S.", "St.")
			prev := text[:start-size]
			j := strings.LastIndexAny(prev, " \n")
			if len(prev)-j-1 > 3 {
				break
			}
		}
		start -= size
	}
	fields := strings.FieldsFunc(text[start:i], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || r == '—' || r == ';' || r == ':'
	})
	if len(fields) > n {
		fields = fields[len(fields)-n:]
	}
	return fields
}

// wordsAfter returns up to n words after byte offset i, stopping at a
// sentence boundary.
func wordsAfter(text string, i, n int) []string {
	end := i
	for end < len(text) && end-i < 200 {
		r, size := utf8.DecodeRuneInString(text[end:])
		if r == '\n' || r == '!' || r == '?' {
			break
		}
		if r == '.' && end+1 < len(text) && text[end+1] == ' ' {
			prev := text[i:end]
			j := strings.LastIndexAny(prev, " \n")
			if len(prev)-j-1 > 3 {
				break
			}
		}
		end += size
	}
	fields := strings.FieldsFunc(text[i:end], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || r == '—' || r == ';' || r == ':'
	})
	if len(fields) > n {
		fields = fields[:n]
	}
	return fields
}

// appositionAfter returns the name that follows a place mention ending at
// byte offset i after a comma — "Paris, Texas", "Sochi, Russia",
// "Springfield, Ill." — or "".
func appositionAfter(text string, i int) string {
	rest := text[i:]
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, ",") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " ")
	// Take capitalised words (and abbreviation points) up to the next
	// punctuation other than a point.
	end := 0
	words := 0
	for end < len(rest) && words < 4 {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if !unicode.IsUpper(r) {
			break
		}
		j := end + size
		for j < len(rest) {
			r2, s2 := utf8.DecodeRuneInString(rest[j:])
			if unicode.IsLetter(r2) || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == '-' {
				j += s2
				continue
			}
			break
		}
		end = j
		words++
		if end < len(rest) && rest[end] == ' ' && end+1 < len(rest) {
			r3, _ := utf8.DecodeRuneInString(rest[end+1:])
			if unicode.IsUpper(r3) {
				end++
				continue
			}
		}
		break
	}
	return strings.TrimRight(rest[:end], " ")
}

// inList reports whether the apposition name after the mention ending at
// byte offset i continues a list ("Washington, New York and Boston",
// "Lexington, Kentucky, Nashville and Cordova") rather than locating it.
func inList(text string, i int, name string) bool {
	rest := strings.TrimLeft(text[i:], " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, ","), " ")
	if !strings.HasPrefix(rest, name) {
		return false
	}
	tail := strings.TrimLeft(rest[len(name):], " ")
	if conjoinsName(tail) {
		return true
	}
	if strings.HasPrefix(tail, ",") {
		next := strings.TrimLeft(tail[1:], " ")
		if conjoinsName(next) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsUpper(r) && listLike(next) {
			return true
		}
	}
	return false
}

// conjoinsName reports whether s starts "and Boston", "or Chicago", "&
// Co".
func conjoinsName(s string) bool {
	for _, c := range []string{"and ", "or ", "& "} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			return isCapitalised(strings.TrimLeft(rest, " "))
		}
	}
	return false
}

// listLike reports whether s starts a further capitalised list item that
// is followed by another comma or "and": "Boston, and Chicago", "Boston,
// Chicago and".
func listLike(s string) bool {
	i := strings.IndexAny(s, ",.;\n")
	if i < 0 {
		return false
	}
	seg := s[:i]
	if strings.Contains(seg, " and ") || strings.HasSuffix(seg, " and") {
		return true
	}
	return i < len(s) && s[i] == ',' && len(strings.Fields(seg)) <= 3
}

// nearAfter returns the place a mention is said to be near: "Kingston,
// south of Brisbane", "Yarrabah, near Cairns", "Thruxton, near Andover".
func nearAfter(text string, i int) string {
	rest := strings.TrimLeft(text[i:], " ")
	rest = strings.TrimPrefix(rest, ",")
	rest = strings.TrimLeft(rest, " ")
	lower := lowerPrefix(rest, maxNearCue)
	for _, cue := range nearCues {
		if strings.HasPrefix(lower, cue) {
			return appositionAfter(", "+rest[len(cue):], 0)
		}
	}
	return ""
}

// nearCues introduce a nearby place after a mention.
var nearCues = []string{"near ", "outside ", "north of ", "south of ", "east of ", "west of ", "northeast of ",
	"northwest of ", "southeast of ", "southwest of ", "north-east of ", "north-west of ", "south-east of ",
	"south-west of ", "just outside ", "a suburb of ", "a town near ", "in the suburbs of "}

// maxNearCue is the length of the longest of nearCues.
var maxNearCue = func() int {
	n := 0
	for _, c := range nearCues {
		n = max(n, len(c))
	}
	return n
}()

// lowerPrefix returns strings.ToLower of the first n runes of s: a prefix
// of strings.ToLower(s) at least n bytes long when s has n runes, since
// every rune lower-cases rune by rune to at least one byte.
func lowerPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return strings.ToLower(s[:i])
		}
		n--
	}
	return strings.ToLower(s)
}

// possessiveOwner returns the name in "Kazakhstan's capital, Astana" or
// "Russia's Black Sea coast": a capitalised word ending in 's within the
// few words before a mention.
func possessiveOwner(words []string) []string {
	var out []string
	for _, w := range words {
		for _, suf := range []string{"'s", "’s"} {
			if t, ok := strings.CutSuffix(w, suf); ok && t != "" {
				r, _ := utf8.DecodeRuneInString(t)
				if unicode.IsUpper(r) {
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// splitComma splits a mention that holds its own apposition ("Paris,
// Texas") into the name and the container.
func splitComma(s string) (name, container string) {
	name, container, ok := strings.Cut(s, ",")
	if !ok {
		return s, ""
	}
	return strings.TrimSpace(name), strings.TrimSpace(container)
}

// isCapitalised reports whether s starts with an upper-case letter.
func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
