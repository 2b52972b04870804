package clusters

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits raw text into Penn-Treebank-like tokens: punctuation is
// split off the ends of words (keeping the period of abbreviations such as
// "U.S." and of initials), clitics ('s, n't, 're, 've, 'll, 'd, 'm) are
// separated, and hyphenated words stay whole, as in CoNLL-2003. It is good
// enough for counting word contexts; the pipeline has its own tokenizer.
func Tokenize(text string, out []string) []string {
	for _, f := range strings.Fields(text) {
		out = splitWord(f, out)
	}
	return out
}

const leading = "\"'([{`“‘«"
const trailing = "\"')]}.,;:!?”’»"

func splitWord(w string, out []string) []string {
	// leading punctuation
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !strings.ContainsRune(leading, r) {
			break
		}
		out = append(out, w[:n])
		w = w[n:]
	}
	// trailing punctuation, collected in reverse
	var tail []string
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !strings.ContainsRune(trailing, r) {
			break
		}
		if r == '.' && keepPeriod(w) {
			break
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		out = splitClitic(w, out)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// keepPeriod reports whether the final period of w belongs to it: initials
// and abbreviations with inner periods ("U.S.", "J.").
func keepPeriod(w string) bool {
	body := w[:len(w)-1]
	if body == "" {
		return false
	}
	if strings.Contains(body, ".") {
		return true
	}
	r, n := utf8.DecodeRuneInString(body)
	return n == len(body) && unicode.IsUpper(r)
}

var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "’s"}

func splitClitic(w string, out []string) []string {
	lw := strings.ToLower(w)
	for _, c := range clitics {
		if len(lw) > len(c) && strings.HasSuffix(lw, c) {
			return append(out, w[:len(w)-len(c)], w[len(w)-len(c):])
		}
	}
	return append(out, w)
}
