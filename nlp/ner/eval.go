package ner

import (
	"sort"
	"strings"

	"github.com/dateline-news/dateline/nlp/conll"
)

// Counts are exact-span match counts: true positives, false positives and
// false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when there is nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluation holds conlleval-style exact-span scores, overall and per type.
type Evaluation struct {
	Overall  Counts
	PerType  map[string]Counts
	PerGenre map[string]Counts // OntoNotes genre (bc, bn, mz, nw, tc, wb); empty for other corpora
	Tokens   int
}

// Types returns the types in the evaluation, sorted.
func (e *Evaluation) Types() []string {
	var ts []string
	for t := range e.PerType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// add scores one sentence's predicted spans against gold.
func (e *Evaluation) add(gold, pred []conll.Span) {
	if e.PerType == nil {
		e.PerType = map[string]Counts{}
	}
	key := func(s conll.Span) conll.Span { return s }
	gs := map[conll.Span]bool{}
	for _, s := range gold {
		gs[key(s)] = true
	}
	for _, s := range pred {
		c := e.PerType[s.Label]
		if gs[key(s)] {
			c.TP++
			e.Overall.TP++
			delete(gs, key(s))
		} else {
			c.FP++
			e.Overall.FP++
		}
		e.PerType[s.Label] = c
	}
	for s := range gs {
		c := e.PerType[s.Label]
		c.FN++
		e.Overall.FN++
		e.PerType[s.Label] = c
	}
}

// Evaluate tags docs with the model and scores the predictions against
// their gold spans. Gold spans of types the model does not know count as
// misses. OntoNotes source files without entity annotation are skipped
// (see Annotated).
func (m *Model) Evaluate(docs []conll.Document) *Evaluation {
	t := newTagger(m.ls, m.clusters).withCache(CacheWords)
	st := newDocState(len(m.ls.types))
	return evaluate(t, m.ls, m.gazs, m.p, st, docs)
}

func evaluate(t *tagger, ls *labelSet, gaz []*gazetteer, sc scorer, st *docState, docs []conll.Document) *Evaluation {
	e := &Evaluation{PerType: map[string]Counts{}}
	for _, d := range Annotated(docs) {
		pred := tagDoc(t, ls, gaz, sc, st, d)
		before := e.Overall
		for i, s := range d.Sents {
			e.add(s.Spans, pred[i])
			e.Tokens += len(s.Words)
		}
		if g := genre(d); g != "" {
			if e.PerGenre == nil {
				e.PerGenre = map[string]Counts{}
			}
			c := e.PerGenre[g]
			c.TP += e.Overall.TP - before.TP
			c.FP += e.Overall.FP - before.FP
			c.FN += e.Overall.FN - before.FN
			e.PerGenre[g] = c
		}
	}
	return e
}

// Annotated returns the documents that carry entity annotation. In the
// OntoNotes release, the pt (Bible) genre and most of the extra web text
// (wb) of the Pradhan et al. (2013) split were never annotated for names:
// their NER column is all "*". A source file (all parts of one OntoNotes
// document) counts as unannotated when it is pt or has no entity at all.
// Documents of other corpora (no OntoNotes genre in the ID) are kept.
func Annotated(docs []conll.Document) []conll.Document {
	has := map[string]bool{}
	for _, d := range docs {
		if genre(d) == "" {
			continue
		}
		id := sourceID(d)
		for _, s := range d.Sents {
			if len(s.Spans) > 0 {
				has[id] = true
				break
			}
		}
	}
	var out []conll.Document
	for _, d := range docs {
		g := genre(d)
		if g == "" || (g != "pt" && has[sourceID(d)]) {
			out = append(out, d)
		}
	}
	return out
}

// genre returns the OntoNotes genre of a document ("nw" for
// "(nw/wsj/00/wsj_0001); part 000"), or "".
func genre(d conll.Document) string {
	id := strings.TrimPrefix(d.ID, "(")
	if i := strings.IndexByte(id, '/'); i == 2 {
		return id[:2]
	}
	return ""
}

// sourceID is a document's ID without its part number, so that the parts
// of one OntoNotes file can be kept together.
func sourceID(d conll.Document) string {
	if i := strings.Index(d.ID, "; part"); i >= 0 {
		return d.ID[:i]
	}
	return d.ID
}
