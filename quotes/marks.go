package quotes

import (
	"strings"
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
// when that paragraph opens with a mark of its own. Curly marks nest
// inside a double quotation (“... what he calls “hell” ...”) unless that
// leaves the paragraph unbalanced; a straight mark may be closed by a
// curly one; and a straight mark left open in a paragraph that uses curly
// marks is a stray, ignored.
func findPieces(d *doc.Doc) []piece {
	var out []piece
	carry := false
	for pi, p := range d.Paras {
		text := d.Text[p.Start:p.End]
		s := scanNested(text, carry, -1)
		if s.open && s.closer == '"' && strings.ContainsAny(text, "“”") {
			s = scanNested(text, carry, s.pieces[len(s.pieces)-1].open)
		}
		for _, x := range s.pieces {
			x.content = trim(d, doc.Range{Start: p.Start + x.content.Start, End: p.Start + x.content.End})
			x.open += p.Start
			if x.close >= 0 {
				x.close += p.Start
			}
			x.para = pi
			out = append(out, x)
		}
		carry = s.open
	}
	return out
}

// scan is the result of pairing the marks of one paragraph, with offsets
// relative to it.
type scan struct {
	pieces []piece
	open   bool // a double quotation is still open at the end
	closer rune // the mark that would close it
	depth  int  // curly quotations left open inside it
}

// scanNested pairs a paragraph's marks with curly nesting, and flat when
// nesting leaves it unbalanced.
func scanNested(text string, carry bool, skip int) scan {
	s := scanPara(text, carry, skip, true)
	if s.open && s.depth > 0 {
		s = scanPara(text, carry, skip, false)
	}
	return s
}

// scanPara pairs the marks of one paragraph, ignoring the mark at byte
// skip; carry says a quotation from the paragraph before may continue.
func scanPara(text string, carry bool, skip int, nest bool) scan {
	var s scan
	openAt := -1
	var closer rune
	if carry && skip != 0 {
		r, _ := utf8.DecodeRuneInString(text)
		if c, ok := opener(r, text, 0); ok {
			openAt, closer = 0, c
		}
	}
	startCont := carry && openAt == 0
	depth := 0
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if i == skip {
			i += n
			continue
		}
		if openAt >= 0 && i > openAt {
			double := closer == '"' || closer == '”'
			if nest && double && r == '“' {
				depth++
				i += n
				continue
			}
			if nest && double && depth > 0 && r == '”' {
				depth--
				i += n
				continue
			}
			if isCloser(r, closer, text, i, n) {
				_, on := utf8.DecodeRuneInString(text[openAt:])
				s.pieces = append(s.pieces, piece{
					content: doc.Range{Start: openAt + on, End: i},
					open:    openAt, close: i + n, cont: startCont && openAt == 0,
				})
				openAt, depth = -1, 0
				i += n
				continue
			}
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
		s.pieces = append(s.pieces, piece{
			content: doc.Range{Start: openAt + on, End: len(text)},
			open:    openAt, close: -1, cont: startCont && openAt == 0,
		})
		s.open, s.closer, s.depth = true, closer, depth
	}
	return s
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
	if r != want && !(want == '”' && r == '"') && !(want == '"' && r == '”') {
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
