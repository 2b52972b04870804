package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/doc"
)

// piece is one paragraph's part of a direct quotation.
type piece struct {
	content doc.Range // the words between the marks
	open    int       // byte offset of the opening mark
	close   int       // byte offset just after the closing mark; -1 when the paragraph ends first
	para    int
	cont    bool // continues a quotation from the previous paragraph
}

// findPieces pairs quotation marks paragraph by paragraph. Straight and
// curly double quotes and guillemets are recognised at the top level,
// single quotes only where no double quote is open (headline style). A
// quotation left open at the end of a paragraph continues into the next
// when that paragraph opens with a mark of its own.
func findPieces(d *doc.Doc) []piece {
	var out []piece
	carry := false
	for pi, p := range d.Paras {
		text := d.Text[p.Start:p.End]
		openAt := -1
		var closer rune
		if carry {
			r, n := utf8.DecodeRuneInString(text)
			if c, ok := opener(r, text, 0); ok {
				openAt = 0
				closer = c
				_ = n
			}
		}
		startCont := carry && openAt == 0
		carry = false
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if openAt >= 0 && i > openAt && isCloser(r, closer, text, i, n) {
				_, on := utf8.DecodeRuneInString(text[openAt:])
				out = append(out, piece{
					content: trim(d, doc.Range{Start: p.Start + openAt + on, End: p.Start + i}),
					open:    p.Start + openAt, close: p.Start + i + n, para: pi, cont: startCont && openAt == 0,
				})
				openAt = -1
				i += n
				continue
			}
			if openAt < 0 {
				if c, ok := opener(r, text, i); ok {
					openAt, closer = i, c
				}
			}
			i += n
		}
		if openAt >= 0 && (closer == '"' || closer == '”' || closer == '»') {
			_, on := utf8.DecodeRuneInString(text[openAt:])
			out = append(out, piece{
				content: trim(d, doc.Range{Start: p.Start + openAt + on, End: p.End}),
				open:    p.Start + openAt, close: -1, para: pi, cont: startCont && openAt == 0,
			})
			carry = true
		}
	}
	return out
}

// opener reports whether r at byte i of text opens a quotation, and the
// mark that closes it.
func opener(r rune, text string, i int) (rune, bool) {
	switch r {
	case '"':
		return '"', true
	case '“', '„':
		return '”', true
	case '«':
		return '»', true
	case '‘', '\'':
		// only at the start of a word: after a space, bracket or the start
		if i > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(p) || unicode.IsDigit(p) {
				return 0, false
			}
		}
		next, _ := utf8.DecodeRuneInString(text[i+1:])
		if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			return 0, false
		}
		if r == '‘' {
			return '’', true
		}
		return '\'', true
	}
	return 0, false
}

// isCloser reports whether r at byte i closes a quotation closed by want.
func isCloser(r, want rune, text string, i, n int) bool {
	if r != want && !(want == '”' && r == '"') {
		return false
	}
	if want == '’' || want == '\'' {
		// not an apostrophe inside a word: "don't", "Russia's"
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if unicode.IsLetter(next) {
			return false
		}
	}
	return true
}

func trim(d *doc.Doc, r doc.Range) doc.Range {
	for r.Start < r.End {
		c, n := utf8.DecodeRuneInString(d.Text[r.Start:])
		if !unicode.IsSpace(c) {
			break
		}
		r.Start += n
	}
	for r.End > r.Start {
		c, n := utf8.DecodeLastRuneInString(d.Text[:r.End])
		if !unicode.IsSpace(c) {
			break
		}
		r.End -= n
	}
	return r
}
