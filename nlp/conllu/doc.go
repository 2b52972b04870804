package conllu

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// Doc builds a document from sentences: the words joined by the spaces
// their MISC column records, one sentence after another, with byte offsets,
// sentences and tokens set and all annotations left empty (Head -1).
func Doc(sents []Sentence) *doc.Doc {
	var b strings.Builder
	d := &doc.Doc{}
	for si, s := range sents {
		if si > 0 {
			b.WriteByte(' ')
		}
		first := len(d.Tokens)
		start := b.Len()
		for i, t := range s.Tokens {
			ts := b.Len()
			b.WriteString(t.Form)
			space := t.SpaceAfter() && i < len(s.Tokens)-1
			d.Tokens = append(d.Tokens, doc.Token{
				Range: doc.Range{Start: ts, End: b.Len()},
				Text:  t.Form, Head: -1, Sent: si, Space: space,
			})
			if space {
				b.WriteByte(' ')
			}
		}
		d.Sents = append(d.Sents, doc.Sentence{
			Range: doc.Range{Start: start, End: b.Len()},
			First: first, Last: len(d.Tokens),
		})
	}
	d.Text = b.String()
	d.Article.Text = d.Text
	d.Paras = []doc.Range{{Start: 0, End: len(d.Text)}}
	return d
}
