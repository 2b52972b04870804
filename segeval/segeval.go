// Package segeval scores Dateline's tokenizer and sentence splitter (the
// segment stage) against a Universal Dependencies treebank: each document's
// text is rebuilt from its words and their spacing, paragraphs separated by
// blank lines, the stage segments that text, and its tokens and sentences
// are compared with the gold words and sentences by exact character span,
// the way the CoNLL 2018 shared task scores "Words" and "Sentences".
package segeval

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline"
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/conllu"
)

// Document is one treebank document as plain text with its gold words and
// sentences as byte ranges of Text.
type Document struct {
	ID    string
	Text  string
	Words []doc.Range
	Sents []doc.Range
}

// Documents groups sentences into documents at their "# newdoc" marks and
// rebuilds each document's text: words joined as their SpaceAfter marks
// say, sentences by a space, paragraphs ("# newpar") by a blank line.
// Sentences before any mark form one document.
func Documents(sents []conllu.Sentence) []Document {
	var (
		out []Document
		b   strings.Builder
		cur Document
	)
	flush := func() {
		if len(cur.Sents) > 0 {
			cur.Text = b.String()
			out = append(out, cur)
		}
		cur = Document{}
		b.Reset()
	}
	for _, s := range sents {
		if s.NewDoc != "" {
			flush()
			cur.ID = s.NewDoc
		}
		if b.Len() > 0 {
			if s.NewPar {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		start := b.Len()
		for i, t := range s.Tokens {
			ws := b.Len()
			b.WriteString(t.Form)
			cur.Words = append(cur.Words, doc.Range{Start: ws, End: b.Len()})
			if t.SpaceAfter() && i < len(s.Tokens)-1 {
				b.WriteByte(' ')
			}
		}
		if len(s.Tokens) > 0 {
			cur.Sents = append(cur.Sents, doc.Range{Start: start, End: b.Len()})
		}
	}
	flush()
	return out
}

// Result counts gold, predicted and exactly matching words and sentences.
type Result struct {
	Docs                             int
	GoldWords, PredWords, MatchWords int
	GoldSents, PredSents, MatchSents int
}

// Add adds the counts of o to r.
func (r *Result) Add(o Result) {
	r.Docs += o.Docs
	r.GoldWords += o.GoldWords
	r.PredWords += o.PredWords
	r.MatchWords += o.MatchWords
	r.GoldSents += o.GoldSents
	r.PredSents += o.PredSents
	r.MatchSents += o.MatchSents
}

// WordPRF returns the precision, recall and F1 of the predicted tokens.
func (r Result) WordPRF() (p, rec, f1 float64) { return prf(r.MatchWords, r.PredWords, r.GoldWords) }

// SentencePRF returns the precision, recall and F1 of the predicted
// sentences.
func (r Result) SentencePRF() (p, rec, f1 float64) {
	return prf(r.MatchSents, r.PredSents, r.GoldSents)
}

func prf(match, pred, gold int) (p, r, f1 float64) {
	if pred > 0 {
		p = float64(match) / float64(pred)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// Evaluate segments every document with stage and scores the result.
func Evaluate(docs []Document, stage doc.Stage) (Result, error) {
	var r Result
	for _, gd := range docs {
		d := doc.New(dateline.Article{ID: gd.ID, Text: gd.Text}, time.Time{})
		if err := stage.Process(d); err != nil {
			return r, err
		}
		pw := make([]doc.Range, len(d.Tokens))
		for i, t := range d.Tokens {
			pw[i] = t.Range
		}
		ps := make([]doc.Range, len(d.Sents))
		for i, s := range d.Sents {
			ps[i] = s.Range
		}
		r.Docs++
		r.GoldWords += len(gd.Words)
		r.PredWords += len(pw)
		r.MatchWords += matches(gd.Words, pw)
		r.GoldSents += len(gd.Sents)
		r.PredSents += len(ps)
		r.MatchSents += matches(gd.Sents, ps)
	}
	return r, nil
}

// matches counts the ranges present in both lists, each sorted by start.
func matches(gold, pred []doc.Range) int {
	n, i, j := 0, 0, 0
	for i < len(gold) && j < len(pred) {
		switch g, p := gold[i], pred[j]; {
		case g == p:
			n++
			i++
			j++
		case g.Start < p.Start || (g.Start == p.Start && g.End < p.End):
			i++
		default:
			j++
		}
	}
	return n
}
