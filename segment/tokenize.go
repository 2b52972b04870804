package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// Tokenize splits the text of r into tokens with byte offsets.
func Tokenize(text string, r doc.Range) []doc.Token { return tokenizeInto(nil, text, r) }

// tokenizeInto is Tokenize appending to toks; the tokens already there are
// left as they are.
func tokenizeInto(toks []doc.Token, text string, r doc.Range) []doc.Token {
	base := len(toks)
	i := r.Start
	for i < r.End {
		c, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(c) || c == '\u200b' || c == '\ufeff' {
			if len(toks) > base {
				toks[len(toks)-1].Space = true
			}
			i += n
			continue
		}
		j := i
		for j < r.End {
			c, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(c) || c == '\u200b' || c == '\ufeff' {
				break
			}
			j += n
		}
		if k := capsSlash(text[i:j]); k > 0 {
			// "ISLAMABAD/NEW DELHI": two datelines' places
			toks = splitChunk(text, i, i+k, toks)
			toks = add(toks, text, i+k, i+k+1)
			toks = splitChunk(text, i+k+1, j, toks)
		} else {
			toks = splitChunk(text, i, j, toks)
		}
		i = j
	}
	return toks
}

// capsSlash returns the offset of a slash joining two words in capitals of
// three letters or more ("ISLAMABAD/NEW", "BEIRUT/JERUSALEM"), or 0.
func capsSlash(w string) int {
	k := strings.IndexByte(w, '/')
	if k < 3 || k+4 > len(w) || strings.IndexByte(w[k+1:], '/') >= 0 {
		return 0
	}
	for _, part := range []string{w[:k], w[k+1:]} {
		letters := 0
		for _, r := range part {
			if !unicode.IsUpper(r) {
				return 0
			}
			letters++
		}
		if letters < 3 {
			return 0
		}
	}
	return k
}

func add(toks []doc.Token, text string, s, e int) []doc.Token {
	if s >= e {
		return toks
	}
	return append(toks, doc.Token{Range: doc.Range{Start: s, End: e}, Text: text[s:e], Head: -1})
}

const (
	openers  = "\"“‘'([{«‹¿¡"
	closers  = "\"”’')]}»›,;:!?"
	currency = "$€£¥"
)

// splitChunk splits one whitespace-free chunk text[s:e].
func splitChunk(text string, s, e int, toks []doc.Token) []doc.Token {
	// leading punctuation
	for s < e {
		c, n := utf8.DecodeRuneInString(text[s:e])
		if c == '\'' || c == '‘' || c == '’' {
			// '90s, 'em: keep as part of the word
			rest := text[s+n : e]
			if len(rest) > 0 && (isDigit(rest[0]) || strings.HasPrefix(strings.ToLower(rest), "em")) {
				break
			}
		}
		if strings.ContainsRune(openers, c) || strings.ContainsRune(currency, c) || c == '*' || c == '•' {
			toks = add(toks, text, s, s+n)
			s += n
			continue
		}
		break
	}
	if s >= e {
		return toks
	}
	if isURL(text[s:e]) {
		end := e
		for end > s {
			c, n := utf8.DecodeLastRuneInString(text[s:end])
			if strings.ContainsRune(".,;:!?)\"”'’", c) {
				end -= n
				continue
			}
			break
		}
		toks = add(toks, text, s, end)
		return splitTrailing(text, end, e, toks)
	}
	// trailing punctuation, collected right to left
	var tail []doc.Range
	for e > s {
		word := text[s:e]
		if strings.HasSuffix(word, "...") && len(word) > 3 {
			tail = append(tail, doc.Range{Start: e - 3, End: e})
			e -= 3
			continue
		}
		c, n := utf8.DecodeLastRuneInString(word)
		if c == '…' {
			tail = append(tail, doc.Range{Start: e - n, End: e})
			e -= n
			continue
		}
		if c == '.' {
			if keepPeriod(word) {
				break
			}
			tail = append(tail, doc.Range{Start: e - n, End: e})
			e -= n
			continue
		}
		if c == '%' && e-n > s {
			tail = append(tail, doc.Range{Start: e - n, End: e})
			e -= n
			continue
		}
		if strings.ContainsRune(closers, c) && e-n >= s {
			tail = append(tail, doc.Range{Start: e - n, End: e})
			e -= n
			continue
		}
		break
	}
	toks = splitMiddle(text, s, e, toks)
	for k := len(tail) - 1; k >= 0; k-- {
		toks = add(toks, text, tail[k].Start, tail[k].End)
	}
	return toks
}

func splitTrailing(text string, s, e int, toks []doc.Token) []doc.Token {
	for s < e {
		_, n := utf8.DecodeRuneInString(text[s:e])
		toks = add(toks, text, s, s+n)
		s += n
	}
	return toks
}

// splitMiddle splits a word at dashes, ellipses and brackets, then splits
// clitics off each piece.
func splitMiddle(text string, s, e int, toks []doc.Token) []doc.Token {
	start := s
	i := s
	for i < e {
		c, n := utf8.DecodeRuneInString(text[i:e])
		sep := 0
		switch {
		case c == '—' || c == '–' || c == '…' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '“' || c == '”':
			sep = n
			if c == '–' && i > s && i+n < e && isDigit(text[i-1]) && isDigit(text[i+n]) {
				sep = 0 // 1990–91
			}
		case c == '-' && i+1 < e && text[i+1] == '-':
			sep = 2
			for i+sep < e && text[i+sep] == '-' {
				sep++
			}
		case c == '.' && i+2 < e && text[i+1] == '.' && text[i+2] == '.':
			sep = 3
		case (c == ',' || c == ';' || c == '?' || c == '!') && i+n < e && i > s:
			// "word,word" without space: split unless a number "1,000"
			if !(c == ',' && isDigit(text[i-1]) && isDigit(text[i+n])) {
				sep = n
			}
		}
		if sep > 0 {
			toks = splitClitics(text, start, i, toks)
			toks = add(toks, text, i, i+sep)
			i += sep
			start = i
			continue
		}
		i += n
	}
	return splitClitics(text, start, e, toks)
}

var clitics = []string{"n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}

// splitClitics splits "don't" into "do" "n't", "Russia's" into "Russia" "'s".
func splitClitics(text string, s, e int, toks []doc.Token) []doc.Token {
	w := strings.ToLower(text[s:e])
	for _, c := range clitics {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			cut := e - len(c)
			if strings.HasPrefix(c, "n") {
				switch w {
				case "can't", "can’t":
					cut = s + 2 // ca n't
				case "won't", "won’t":
					cut = s + 2 // wo n't
				}
			}
			toks = add(toks, text, s, cut)
			return add(toks, text, cut, e)
		}
	}
	if len(w) > 1 && (w[len(w)-1] == '\'') && w[len(w)-2] == 's' {
		// possessive plural: leaders'
		toks = add(toks, text, s, e-1)
		return add(toks, text, e-1, e)
	}
	return add(toks, text, s, e)
}

// abbreviations that keep their period (lower case, without the period).
var abbreviations = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj brig
		st jr sr inc corp ltd co bros vs etc jan feb mar apr jun jul aug sep sept oct nov dec
		no nos fig approx dept est govt univ assn ave blvd rd mt ft pres rev hon messrs mme mlle
		u.s u.k u.n e.g i.e a.m p.m d.c l.a n.y u.s.a e.u`) {
		abbreviations[a] = true
	}
}

// titles are abbreviations that never end a sentence.
var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "st": true,
	"adm": true, "maj": true, "brig": true, "pres": true, "rev": true, "hon": true, "mt": true, "ft": true, "no": true}

// keepPeriod reports whether the final period of word belongs to it.
func keepPeriod(word string) bool {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if w == "" {
		return false
	}
	if abbreviations[w] {
		return true
	}
	// single-letter initial: "J."
	if r, n := utf8.DecodeRuneInString(word); n == len(word)-1 && unicode.IsUpper(r) {
		return true
	}
	// letters with internal periods: "U.S", "a.m"
	if strings.Contains(w, ".") {
		ok := true
		for _, part := range strings.Split(w, ".") {
			if utf8.RuneCountInString(part) > 2 || part == "" {
				ok = false
				break
			}
		}
		return ok
	}
	return false
}

func isURL(w string) bool {
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") {
		return true
	}
	if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
		return true
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }
