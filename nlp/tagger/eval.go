package tagger

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/conllu"
)

// Result counts a tagger's agreement with gold tags and lemmas.
type Result struct {
	Tokens       int // words scored
	Correct      int // words with the gold XPOS tag
	LemmaCorrect int // words with the gold lemma (compared lower-cased)
	PerTag       map[string]*TagCounts
}

// TagCounts holds per-tag counts for precision and recall.
type TagCounts struct{ Gold, Predicted, Correct int }

// Accuracy is the XPOS token accuracy.
func (r Result) Accuracy() float64 { return ratio(r.Correct, r.Tokens) }

// LemmaAccuracy is the lemma token accuracy.
func (r Result) LemmaAccuracy() float64 { return ratio(r.LemmaCorrect, r.Tokens) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate tags the sentences' words (gold tokenisation) and compares
// tags and lemmas with the gold ones.
func (t *Tagger) Evaluate(sents []conllu.Sentence) Result {
	r := Result{PerTag: map[string]*TagCounts{}}
	get := func(tag string) *TagCounts {
		c := r.PerTag[tag]
		if c == nil {
			c = &TagCounts{}
			r.PerTag[tag] = c
		}
		return c
	}
	forms := []string{}
	for _, s := range sents {
		forms = forms[:0]
		for _, w := range s.Tokens {
			forms = append(forms, w.Form)
		}
		pred := t.Tag(forms)
		for i, w := range s.Tokens {
			r.Tokens++
			get(w.XPOS).Gold++
			get(pred[i]).Predicted++
			if pred[i] == w.XPOS {
				r.Correct++
				get(w.XPOS).Correct++
			}
			if strings.ToLower(w.Lemma) == t.Lemma(w.Form, pred[i]) {
				r.LemmaCorrect++
			}
		}
	}
	return r
}
