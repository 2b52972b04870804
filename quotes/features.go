package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// cueContext is what the rules found in a Doc, which the model's features
// read: tokens inside direct quotations, and tokens that are the cue of a
// quotation the rules attributed.
type cueContext struct {
	inQuote   []bool
	ruleCue   []bool
	inContent []bool // inside the content of a quotation the rules found
	tree      *tree
	// per sentence, once asked: tokens inside quotation marks, plus one
	// (0 until counted), and shapeOf
	quotesIn []int32
	shapes   []string
}

// sentenceQuotes returns how many tokens of sentence si lie inside
// quotation marks.
func (c *cueContext) sentenceQuotes(si int) int {
	d := c.tree.d
	if c.quotesIn == nil {
		c.quotesIn = make([]int32, len(d.Sents))
	}
	if n := c.quotesIn[si]; n > 0 {
		return int(n - 1)
	}
	s := d.Sents[si]
	quotes := 0
	for i := s.First; i < s.Last; i++ {
		if c.inQuote[i] {
			quotes++
		}
	}
	c.quotesIn[si] = int32(quotes + 1)
	return quotes
}

// sentenceShape is shapeOf sentence si.
func (c *cueContext) sentenceShape(si int) string {
	d := c.tree.d
	if c.shapes == nil {
		c.shapes = make([]string, len(d.Sents))
		for k := range c.shapes {
			c.shapes[k] = "\x00" // not yet known: no shape holds a NUL
		}
	}
	if sh := c.shapes[si]; sh != "\x00" {
		return sh
	}
	c.shapes[si] = shapeOf(d, d.Sents[si])
	return c.shapes[si]
}

// feature templates.
const (
	fBias byte = iota
	fWord
	fLemma
	fTag
	fDep
	fLemmaTag
	fLemmaDep
	fHeadLemma
	fHeadTagDep
	fChild
	fChildLemma
	fLemmaChild
	fCase
	fLemmaCase
	fSubjType
	fSubjKind
	fSubjLemma
	fLemmaSubj
	fContentHow
	fSourceHow
	fLemmaHow
	fLexicon
	fRule
	fPrev
	fNext
	fPrevTag
	fNextTag
	fSuffix
	fPosition
	fAux
	fQuoteNear
	fNext2
	fSentShape
	fDepHeadLemma
	fCluster
	fClusterTag
	fHeadCluster
)

// features appends the hashed features of the cue candidate at token k.
func (c *cueContext) features(k int, out []uint64) []uint64 {
	t := c.tree
	d := t.d
	tok := d.Tokens[k]
	lm := lemma(d, k)
	h := func(tpl byte) perceptron.Hasher { return perceptron.NewHasher(tpl) }
	add := func(x perceptron.Hasher) { out = append(out, x.Sum()) }
	add(h(fBias))
	add(h(fWord).Str(lower(d, k)))
	add(h(fLemma).Str(lm))
	add(h(fTag).Str(tok.Tag))
	add(h(fDep).Str(tok.Dep).Str(tok.Tag))
	add(h(fLemmaTag).Str(lm).Str(tok.Tag))
	add(h(fLemmaDep).Str(lm).Str(t.dep(k)))
	if w := lower(d, k); len(w) > 3 {
		add(h(fSuffix).Str(w[len(w)-3:]).Str(tok.Tag[:min(2, len(tok.Tag))]))
	}
	if hd := tok.Head; hd >= 0 && hd < len(d.Tokens) {
		add(h(fHeadLemma).Str(lemma(d, hd)))
		add(h(fHeadTagDep).Str(d.Tokens[hd].Tag).Str(tok.Dep))
		add(h(fDepHeadLemma).Str(tok.Dep).Str(lemma(d, hd)))
	} else {
		add(h(fHeadTagDep).Str("ROOT"))
	}
	for _, ch := range t.kids[k] {
		r := d.Tokens[ch].Dep
		add(h(fChild).Str(r))
		add(h(fLemmaChild).Str(lm).Str(r))
		switch t.dep(ch) {
		case "aux", "mark", "advmod", "case", "cop":
			add(h(fAux).Str(r).Str(lower(d, ch)))
		case "obl", "nmod", "ccomp", "advcl", "xcomp", "acl":
			if cw := t.caseWord(ch); cw != "" {
				add(h(fCase).Str(r).Str(cw))
				add(h(fLemmaCase).Str(lm).Str(cw))
			}
			add(h(fChildLemma).Str(r).Str(lemma(d, ch)))
		case "obj", "iobj":
			add(h(fChildLemma).Str(r).Str(lemma(d, ch)))
		}
	}
	if cl := clusterOf(tok.Text); cl != "" {
		// the word's cluster: cues the training data lacks ("chastised")
		// share one with those it has ("criticized")
		for _, n := range []int{4, 6, 8, 10, 12, 16} {
			if n <= len(cl) {
				add(h(fCluster).Str(cl[:n]))
			}
		}
		add(h(fCluster).Str(cl))
		add(h(fClusterTag).Str(cl).Str(tok.Tag))
	}
	if hd := tok.Head; hd >= 0 && hd < len(d.Tokens) {
		if cl := clusterOf(d.Tokens[hd].Text); cl != "" {
			add(h(fHeadCluster).Str(cl[:min(8, len(cl))]).Str(tok.Dep))
		}
	}
	src, srcHow := t.learnedSource(k)
	add(h(fSourceHow).Str(srcHow))
	stype, skind := "none", "none"
	if src.ok() {
		if si := bestMention(d, src); si >= 0 {
			stype, skind = d.Spans[si].Label, d.Spans[si].Kind
		} else {
			skind = "nospan"
		}
		head := src.last - 1
		add(h(fSubjLemma).Str(lemma(d, head)))
	}
	add(h(fSubjType).Str(stype).Str(skind))
	add(h(fLemmaSubj).Str(lm).Str(skind))
	cf, cl, cHow := t.learnedContent(k)
	add(h(fContentHow).Str(cHow).Str(bucket(cl - cf)))
	add(h(fLemmaHow).Str(lm).Str(cHow))
	add(h(fLexicon).Str(lexClass(lm)).Str(srcHow).Str(cHow))
	if c.ruleCue[k] {
		add(h(fRule).Str("cue"))
		add(h(fRule).Str("cue").Str(lm))
	}
	if c.inContent[k] {
		add(h(fRule).Str("content"))
		add(h(fRule).Str("content").Str(lexClass(lm)).Str(tok.Dep))
	}
	s := d.Sents[tok.Sent]
	prev, next, prevTag, nextTag, next2 := "<S>", "</S>", "<S>", "</S>", "</S>"
	if k > s.First {
		prev, prevTag = lower(d, k-1), d.Tokens[k-1].Tag
	}
	if k+1 < s.Last {
		next, nextTag = lower(d, k+1), d.Tokens[k+1].Tag
	}
	if k+2 < s.Last {
		next2 = lower(d, k+2)
	}
	add(h(fPrev).Str(prev))
	add(h(fNext).Str(next))
	add(h(fPrevTag).Str(prevTag).Str(tok.Tag))
	add(h(fNextTag).Str(tok.Tag).Str(nextTag))
	add(h(fNext2).Str(lm).Str(next).Str(next2))
	add(h(fPosition).Str(bucket(k - s.First)).Str(bucket(s.Last - k)))
	add(h(fQuoteNear).Str(bucket(c.sentenceQuotes(tok.Sent))))
	add(h(fSentShape).Str(c.sentenceShape(tok.Sent)))
	return out
}

// lexClass names the rule lexicon a lemma belongs to.
func lexClass(lm string) string {
	switch {
	case speechVerbs[lm]:
		return "speech"
	case stanceVerbs[lm]:
		return "stance"
	}
	return "other"
}

// bucket is a coarse size class of n.
func bucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n <= 2:
		return "1-2"
	case n <= 5:
		return "3-5"
	case n <= 10:
		return "6-10"
	case n <= 20:
		return "11-20"
	}
	return "21+"
}

// shapeOf sums up a sentence's punctuation: whether it holds a colon,
// quotation marks, a question.
func shapeOf(d *doc.Doc, s doc.Sentence) string {
	var b strings.Builder
	for i := s.First; i < s.Last; i++ {
		switch w := d.Tokens[i].Text; {
		case w == ":":
			b.WriteByte(':')
		case w == "?":
			b.WriteByte('?')
		}
	}
	return b.String()
}
