// Package segment is the pipeline's first stage: it splits a Doc's text
// into paragraphs, sentences and tokens, keeping exact byte offsets.
// Tokens follow Penn Treebank / UD English conventions: punctuation and
// clitics ("n't", "'s") are split off, hyphenated words, abbreviations,
// initials, numbers, URLs and e-mail addresses stay whole.
package segment

import (
	"sync"

	"github.com/dateline-news/dateline/doc"
)

// Segmenter implements doc.Stage.
type Segmenter struct{}

// New returns a Segmenter.
func New() *Segmenter { return &Segmenter{} }

// Name implements doc.Stage.
func (*Segmenter) Name() string { return "segment" }

// Process fills d.Paras, d.Sents and d.Tokens. It tokenizes every
// paragraph into a scratch slice first, so that d.Tokens and d.Sents are
// allocated once at their final size.
func (s *Segmenter) Process(d *doc.Doc) error {
	d.Paras = Paragraphs(d.Text)
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	toks, sents := sc.toks[:0], sc.sents[:0]
	for pi, p := range d.Paras {
		base := len(toks)
		toks = tokenizeInto(toks, d.Text, p)
		para := toks[base:]
		if n := datelineEnd(para); n > 0 {
			sents = append(sents, sentence{base, base + n, pi})
			for _, r := range SplitSentences(d.Text, para[n:]) {
				sents = append(sents, sentence{base + n + r[0], base + n + r[1], pi})
			}
		} else {
			for _, r := range SplitSentences(d.Text, para) {
				sents = append(sents, sentence{base + r[0], base + r[1], pi})
			}
		}
	}
	sc.toks, sc.sents = toks, sents
	n := 0
	for _, r := range sents {
		n += r.last - r.first
	}
	d.Tokens = make([]doc.Token, 0, n)
	d.Sents = make([]doc.Sentence, 0, len(sents))
	for si, r := range sents {
		first := len(d.Tokens)
		for _, t := range toks[r.first:r.last] {
			t.Sent = si
			t.Head = -1
			d.Tokens = append(d.Tokens, t)
		}
		d.Sents = append(d.Sents, doc.Sentence{
			Range: doc.Range{Start: toks[r.first].Start, End: toks[r.last-1].End},
			First: first, Last: len(d.Tokens), Para: r.para,
		})
	}
	return nil
}

// sentence is a sentence's tokens [first, last) in the scratch slice and
// its paragraph.
type sentence struct{ first, last, para int }

// scratch is the tokens and sentences of one Doc before they are copied to
// it, kept between Docs.
type scratch struct {
	toks  []doc.Token
	sents []sentence
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release returns sc to the pool without the strings of the Doc it held.
func (sc *scratch) release() {
	clear(sc.toks)
	sc.toks, sc.sents = sc.toks[:0], sc.sents[:0]
	scratchPool.Put(sc)
}
