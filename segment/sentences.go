package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// sentenceStarters are lower-cased words that, capitalised after an
// abbreviation such as "U.S.", begin a new sentence.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an he she it they we i you his her their its this that these those
		but and or so yet however in on at after before when while if as there here what why how who
		meanwhile also some many most one two three officials police`) {
		sentenceStarters[w] = true
	}
}

// SplitSentences groups the tokens of one paragraph into sentences and
// returns the token ranges [first, last).
func SplitSentences(text string, toks []doc.Token) [][2]int {
	var out [][2]int
	start := 0
	open := false // inside a straight double quote
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if t == "\"" {
			open = !open
		}
		end := false
		switch {
		case t == "." || t == "!" || t == "?" || t == "…" || t == "...":
			end = true
		case strings.HasSuffix(t, ".") && len(t) > 1:
			w := strings.ToLower(strings.TrimSuffix(t, "."))
			if !titles[w] && i+1 < len(toks) && sentenceStarters[strings.ToLower(toks[i+1].Text)] && isCap(toks[i+1].Text) {
				end = true
			}
		}
		if !end {
			continue
		}
		// absorb repeated terminal marks and closing quotes/brackets
		j := i + 1
		for j < len(toks) {
			n := toks[j].Text
			if n == "." || n == "!" || n == "?" || n == "”" || n == "’" || n == ")" || n == "]" || n == "»" {
				j++
				continue
			}
			if n == "\"" && open {
				open = false
				j++
				continue
			}
			if n == "'" && toks[j].Start == toks[j-1].End {
				// a closing mark; one after a space opens the next sentence
				j++
				continue
			}
			break
		}
		if j < len(toks) && !startsSentence(toks[j].Text) {
			i = j - 1
			continue
		}
		out = append(out, [2]int{start, j})
		start = j
		i = j - 1
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// startsSentence reports whether a token can begin a sentence.
func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([«¿¡-—", r) || !unicode.IsLetter(r) && !unicode.IsPunct(r)
}
