// Package segment is the pipeline's first stage: it splits a Doc's text
// into paragraphs, sentences and tokens, keeping exact byte offsets.
// Tokens follow Penn Treebank / UD English conventions: punctuation and
// clitics ("n't", "'s") are split off, hyphenated words, abbreviations,
// initials, numbers, URLs and e-mail addresses stay whole.
package segment

import "github.com/dateline-news/dateline/doc"

// Segmenter implements doc.Stage.
type Segmenter struct{}

// New returns a Segmenter.
func New() *Segmenter { return &Segmenter{} }

// Name implements doc.Stage.
func (*Segmenter) Name() string { return "segment" }

// Process fills d.Paras, d.Sents and d.Tokens.
func (s *Segmenter) Process(d *doc.Doc) error {
	d.Paras = Paragraphs(d.Text)
	d.Tokens = d.Tokens[:0]
	d.Sents = d.Sents[:0]
	for pi, p := range d.Paras {
		toks := Tokenize(d.Text, p)
		var sents [][2]int
		if n := datelineEnd(toks); n > 0 {
			sents = append(sents, [2]int{0, n})
			for _, r := range SplitSentences(d.Text, toks[n:]) {
				sents = append(sents, [2]int{r[0] + n, r[1] + n})
			}
		} else {
			sents = SplitSentences(d.Text, toks)
		}
		for _, r := range sents {
			si := len(d.Sents)
			first := len(d.Tokens)
			for _, t := range toks[r[0]:r[1]] {
				t.Sent = si
				t.Head = -1
				d.Tokens = append(d.Tokens, t)
			}
			d.Sents = append(d.Sents, doc.Sentence{
				Range: doc.Range{Start: toks[r[0]].Start, End: toks[r[1]-1].End},
				First: first, Last: len(d.Tokens), Para: pi,
			})
		}
	}
	return nil
}
