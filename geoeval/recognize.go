package geoeval

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/gazetteer"
)

// Capitalised is a crude recogniser for tests and for running without the
// NER model: in every run of capitalised words (with "of", "de", "upon"
// inside) the longest leading part the gazetteer knows becomes a GPE span,
// or a NORP span when it is a national adjective.
func Capitalised(text string) *doc.Doc {
	g := gazetteer.Default()
	d := doc.New(dateline.Article{Text: text}, time.Time{})
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) || (i > 0 && isWordRune(lastRune(text[:i]))) {
			i += size
			continue
		}
		end := runEnd(text, i)
		words := strings.Fields(text[i:end])
		for n := len(words); n >= 1; n-- {
			cand := strings.TrimRight(strings.Join(words[:n], " "), ",;:")
			if !strings.HasPrefix(text[i:], cand) {
				continue
			}
			label := ""
			switch {
			case g.IsDemonym(cand):
				label = "NORP"
			case g.Has(gazetteer.Key(cand)):
				label = "GPE"
			}
			if label != "" {
				d.Spans = append(d.Spans, doc.Span{Range: doc.Range{Start: i, End: i + len(cand)}, First: -1, Last: -1,
					Label: label, Kind: doc.KindName, Entity: -1, Source: "capitalised"})
				break
			}
		}
		if end <= i {
			end = i + size
		}
		i = end
	}
	return d
}

// runEnd returns the end of the run of capitalised words starting at i.
func runEnd(text string, i int) int {
	end := i
	for {
		j := end
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) && r != '.' && r != '-' {
				break
			}
			j += size
		}
		end = j
		if !strings.HasPrefix(text[end:], " ") {
			break
		}
		next := text[end+1:]
		for _, conn := range []string{"of ", "de ", "upon ", "on "} {
			if strings.HasPrefix(next, conn) {
				if r, _ := utf8.DecodeRuneInString(next[len(conn):]); unicode.IsUpper(r) {
					next = next[len(conn):]
				}
				break
			}
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
			break
		}
		end = len(text) - len(next)
	}
	for end > i && (text[end-1] == '.' || text[end-1] == '-') {
		end--
	}
	return end
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
