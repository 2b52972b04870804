package parser

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/conllu"
)

// Result counts a parser's agreement with gold trees over all words
// (punctuation included, as in the CoNLL 2018 shared task).
type Result struct {
	Words     int
	Heads     int // words with the gold head
	Labeled   int // ... and the gold relation's universal part (before ':')
	LabeledUD int // ... and the gold relation, subtype included
	PerLabel  map[string]*LabelCounts
}

// LabelCounts holds per-relation counts (universal part) for labeled
// precision and recall.
type LabelCounts struct{ Gold, Predicted, Correct int }

// UAS is the unlabeled attachment score.
func (r Result) UAS() float64 { return ratio(r.Heads, r.Words) }

// LAS is the labeled attachment score comparing the universal part of the
// relation (CoNLL 2018).
func (r Result) LAS() float64 { return ratio(r.Labeled, r.Words) }

// LASFull is the labeled attachment score comparing the full relation.
func (r Result) LASFull() float64 { return ratio(r.LabeledUD, r.Words) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// Evaluate parses the sentences with the tags in their XPOS column and
// compares the trees with the gold ones.
func (p *Parser) Evaluate(sents []conllu.Sentence) Result {
	r := Result{PerLabel: map[string]*LabelCounts{}}
	get := func(l string) *LabelCounts {
		c := r.PerLabel[l]
		if c == nil {
			c = &LabelCounts{}
			r.PerLabel[l] = c
		}
		return c
	}
	var forms, tags []string
	for _, s := range sents {
		forms, tags = forms[:0], tags[:0]
		for _, t := range s.Tokens {
			forms = append(forms, t.Form)
			tags = append(tags, t.XPOS)
		}
		heads, deps := p.Parse(forms, tags)
		for i, t := range s.Tokens {
			r.Words++
			gu, pu := universal(t.Deprel), universal(deps[i])
			get(gu).Gold++
			get(pu).Predicted++
			if heads[i] != t.Head-1 {
				continue
			}
			r.Heads++
			if gu == pu {
				r.Labeled++
				get(gu).Correct++
			}
			if deps[i] == t.Deprel {
				r.LabeledUD++
			}
		}
	}
	return r
}
