package petrarch

import (
	"bufio"
	"io"
	"strings"
)

// line is one content line of a dictionary file: comments removed,
// trailing space trimmed, the original indentation kept.
type line struct {
	n    int    // 1-based line number
	text string // without comments
}

// readLines returns the content lines of a TABARI/PETRARCH dictionary:
// XML-style comments (<!-- ... -->, which may span lines, and the
// malformed "<! --" the validation files use) and '#' comments outside
// square brackets are removed; blank lines are kept as empty text so that
// readers can see block boundaries.
func readLines(r io.Reader) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	var out []line
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if inXML {
			if i := strings.Index(s, "-->"); i >= 0 {
				inXML = false
				s = s[i+3:]
			} else {
				continue
			}
		}
		if t := strings.TrimSpace(s); strings.HasPrefix(t, "<!") {
			if i := strings.Index(t, "-->"); i >= 0 {
				s = t[i+3:]
			} else {
				inXML = true
				continue
			}
		}
		s = stripHash(s)
		out = append(out, line{n: n, text: strings.TrimRight(s, " \t\r")})
	}
	return out, sc.Err()
}

// stripHash removes a '#' comment that is not inside square brackets
// (codes such as [###] are kept).
func stripHash(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#':
			if depth == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// phraseWords splits a dictionary phrase ("NEW_ZEALAND", "CARAS GALADHON",
// "THE_KU_") into upper-case words and reports for each word after the
// first whether it is joined to the previous one by '_' (connected) or by
// a space (open).
func phraseWords(s string) (words []string, connected []bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	word := strings.Builder{}
	conn := false
	pendingConn := false
	flush := func() {
		if word.Len() == 0 {
			return
		}
		words = append(words, word.String())
		connected = append(connected, conn)
		word.Reset()
	}
	for _, r := range s {
		switch {
		case r == '_':
			flush()
			pendingConn = true
		case r == ' ' || r == '\t':
			flush()
			pendingConn = false
		default:
			if word.Len() == 0 {
				conn = pendingConn && len(words) > 0
				pendingConn = false
			}
			word.WriteRune(r)
		}
	}
	flush()
	return words, connected
}

// normWord is the form a text word is compared in: upper case.
func normWord(s string) string { return strings.ToUpper(s) }
