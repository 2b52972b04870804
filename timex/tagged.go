package timex

import (
	"github.com/dateline-news/dateline/doc"
)

// FindDoc finds the temporal expressions of d.Text anchored on
// d.Published, using d's sentences when it has them and the Penn Treebank
// tags of d.Tokens when a tagger has run (the tense of the governing verb
// then decides which Friday or which December is meant).
func FindDoc(d *doc.Doc) []Expr {
	var sents [][2]int
	if len(d.Sents) > 0 {
		sents = make([][2]int, len(d.Sents))
		for i, s := range d.Sents {
			sents[i] = [2]int{s.Start, s.End}
		}
	}
	a := getAnnotator()
	defer a.release()
	a.docToks = d.Tokens
	return a.run(d.Text, d.Published, sents, nil)
}

// alignTags gives each token the tag of the Doc token it starts in, ""
// when there is none or the Doc is untagged.
func (a *annotator) alignTags() {
	a.tags = a.tags[:0]
	if len(a.docToks) == 0 || a.docToks[0].Tag == "" && (len(a.docToks) < 2 || a.docToks[1].Tag == "") {
		return
	}
	k := 0
	for _, t := range a.p.t {
		for k < len(a.docToks) && a.docToks[k].End <= t.start {
			k++
		}
		tag := ""
		if k < len(a.docToks) && a.docToks[k].Start <= t.start {
			tag = a.docToks[k].Tag
		}
		a.tags = append(a.tags, tag)
	}
}
