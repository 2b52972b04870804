package segment

import (
	"testing"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
)

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "a", "\"Hi,\" he said. Bye.", "U.S. -- ...", "'90s don't", "\n\n\n", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := doc.New(dateline.Article{Text: text}, zeroTime)
		New().Process(d)
		prev := 0
		for i, tok := range d.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(text) || text[tok.Start:tok.End] != tok.Text {
				t.Fatalf("bad token %d %+v", i, tok)
			}
			prev = tok.End
		}
		for _, s := range d.Sents {
			if s.First >= s.Last || s.Last > len(d.Tokens) {
				t.Fatalf("bad sentence %+v", s)
			}
		}
	})
}
