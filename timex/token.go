package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // a run of letters
	tNum          // a run of ASCII digits
	tPunct        // any other single character
)

// token is one word, number or punctuation character of the text.
type token struct {
	start, end int
	kind       int8
	space      bool   // whitespace precedes the token
	newline    bool   // a line break precedes the token
	para       bool   // a blank line precedes the token
	cap        bool   // a word starting with an upper-case letter
	low        string // lower-cased text (words), text (others)
	num        int    // value of a number (capped), -1 for others
}

// tokenize splits text into tokens, appending to toks.
func tokenize(text string, toks []token) []token {
	i := 0
	space, newline, para := true, true, true
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v':
			space = true
			if c == '\n' {
				if newline {
					para = true
				}
				newline = true
			}
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, space: space, newline: newline, para: para, low: text[i:j], num: n})
			i = j
		case isASCIILetter(c):
			j := i
			upper := false
			for j < len(text) {
				b := text[j]
				if isASCIILetter(b) {
					if b >= 'A' && b <= 'Z' {
						upper = true
					}
					j++
					continue
				}
				if b >= 0x80 {
					r, n := utf8.DecodeRuneInString(text[j:])
					if unicode.IsLetter(r) {
						upper = true // force a copy through lower()
						j += n
						continue
					}
				}
				break
			}
			w := text[i:j]
			low := w
			if upper {
				low = lower(w)
			}
			toks = append(toks, token{start: i, end: j, kind: tWord, space: space, newline: newline, para: para, cap: c >= 'A' && c <= 'Z', low: low, num: -1})
			i = j
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += n
				continue
			}
			kind := int8(tPunct)
			j := i + n
			if unicode.IsLetter(r) {
				kind = tWord
				for j < len(text) {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsLetter(r2) && !(r2 < 0x80 && isASCIILetter(byte(r2))) {
						break
					}
					j += n2
				}
			}
			low := text[i:j]
			if kind == tWord {
				low = lower(low)
			}
			toks = append(toks, token{start: i, end: j, kind: kind, space: space, newline: newline, para: para, low: low, num: -1})
			i = j
		default:
			toks = append(toks, token{start: i, end: i + 1, kind: tPunct, space: space, newline: newline, para: para, low: text[i : i+1], num: -1})
			i++
		}
		space, newline, para = false, false, false
	}
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lower lower-cases s (full Unicode when needed).
func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		b := make([]rune, 0, len(s))
		for _, r := range s {
			b = append(b, unicode.ToLower(r))
		}
		return string(b)
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}
