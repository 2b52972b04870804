package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// datelineEnd returns the number of tokens of a news dateline opening a
// paragraph ("LONDON (Reuters) -", "WASHINGTON, August 11 (Xinhua) --",
// "BEIJING --", "(CNN) —"), or 0 when the paragraph opens otherwise. The
// dateline is a sentence of its own: left in the first sentence, a parser
// takes the place or the agency for the subject of the first verb.
//
// A dateline is a place in capitals (words of two or more letters, the
// first of three or more), optionally a comma and up to five words of
// region or date ("Ky.", "South Africa", "Aug. 11, 2019"), optionally a
// parenthesised source of up to five tokens; or the source alone. A dash
// ends it, and words must follow.
func datelineEnd(toks []doc.Token) int {
	i := 0
	place := 0
	for i < len(toks) && i < 5 && (capsWord(toks[i].Text, place == 0) || place > 0 && toks[i].Text == "/") {
		i++
		place++
	}
	if place > 0 && i < len(toks) && toks[i].Text == "," {
		j := i + 1
		for j < len(toks) && j-i <= 6 && !dash(toks[j].Text) && toks[j].Text != "(" {
			if r, _ := utf8.DecodeRuneInString(toks[j].Text); !unicode.IsUpper(r) && !unicode.IsDigit(r) && toks[j].Text != "," {
				return 0
			}
			j++
		}
		i = j
	}
	if i < len(toks) && toks[i].Text == "(" {
		j := i + 1
		for j < len(toks) && j-i <= 6 && toks[j].Text != ")" {
			j++
		}
		if j >= len(toks) || toks[j].Text != ")" || j == i+1 {
			return 0
		}
		i = j + 1
	} else if place == 0 {
		return 0
	}
	if i >= len(toks) || !dash(toks[i].Text) || i+1 >= len(toks) {
		return 0
	}
	return i + 1
}

// capsWord reports whether a token is a word in capitals as datelines
// write places ("NEW", "YORK", "ST.", "AL-QAIM"); the first word needs
// three letters.
func capsWord(w string, first bool) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2 && (!first || letters >= 3)
}

// dash reports whether a token is the dash that closes a dateline (AP's
// underscore included).
func dash(w string) bool {
	switch w {
	case "-", "--", "—", "–", "_", "―":
		return true
	}
	return false
}
