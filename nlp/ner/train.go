package ner

import (
	"fmt"
	"io"
	"math/rand"
	"sort"
	"time"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/conll"
)

// TrainOptions control Train.
type TrainOptions struct {
	Types     []string      // entity types to learn; nil takes every type in the training data
	Epochs    int           // passes over the training data (default 10)
	Threshold float64       // drop averaged weights smaller than this (default 0.01)
	Clusters  *clusters.Map // word clusters for features; nil for none
	Folds     int           // gazetteer folds for training (default 5; 1 disables the gazetteer)
	Seed      int64
	// Runs is how many models are trained with different shuffling
	// seeds; their averaged weights are averaged (parameter mixing),
	// which evens out the luck of one order. Default: 5 for corpora under
	// a million tokens (CoNLL-2003), where runs are cheap, else 3.
	Runs int
	// External are other annotated corpora whose names serve as extra
	// gazetteers (e.g. OntoNotes names for the CoNLL model).
	External [][]conll.Document
	// NoDictionaries leaves out the embedded dictionary gazetteer
	// (models/dict.gaz.gz, see dictionary.go), which is otherwise the last
	// external gazetteer.
	NoDictionaries bool
	Log            io.Writer // progress; nil for none
}

// Train learns a model from train, choosing the epoch with the best F1 on
// dev (when dev is non-empty).
func Train(train, dev []conll.Document, o TrainOptions) (*Model, error) {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Threshold <= 0 {
		o.Threshold = 0.01
	}
	if o.Folds <= 0 {
		o.Folds = 5
	}
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	docs := Annotated(train)
	dev = Annotated(dev)
	if len(docs) == 0 {
		return nil, fmt.Errorf("ner: no annotated training documents")
	}
	if o.Runs <= 0 {
		o.Runs = defaultRuns(conll.Tokens(docs))
	}
	types := o.Types
	if types == nil {
		seen := map[string]bool{}
		for _, d := range docs {
			for _, s := range d.Sents {
				for _, sp := range s.Spans {
					if !seen[sp.Label] {
						seen[sp.Label] = true
						types = append(types, sp.Label)
					}
				}
			}
		}
		sort.Strings(types)
	}
	ls := newLabelSet(types)
	start := time.Now()

	// Gazetteers: the shipped one from all training documents; for
	// training, document d sees the one built without its fold, so that the
	// feature is as reliable in training as on unseen text.
	// Folds go by source file, so that the parts of one OntoNotes file
	// share a fold.
	fold := make([]int, len(docs))
	{
		ids := map[string]int{}
		for i, d := range docs {
			id := sourceID(d)
			k, ok := ids[id]
			if !ok {
				k = len(ids)
				ids[id] = k
			}
			fold[i] = k % o.Folds
		}
	}
	full := &gazetteer{m: newGazMap(0), prefixed: true}
	foldGaz := make([]*gazetteer, o.Folds)
	if o.Folds > 1 {
		full = buildGazetteer(docs, ls, nil)
		for k := 0; k < o.Folds; k++ {
			kk := k
			foldGaz[k] = buildGazetteer(docs, ls, func(i int) bool { return fold[i] == kk })
		}
	} else {
		foldGaz[0] = full
	}
	var ext []*gazetteer
	for _, e := range o.External {
		ext = append(ext, buildGazetteer(e, externalLabels(e), nil))
	}
	if !o.NoDictionaries {
		dict, err := dictionaryGazetteers()
		if err != nil {
			return nil, err
		}
		ext = append(ext, dict...)
	}
	gazsFor := func(g *gazetteer) []*gazetteer { return append([]*gazetteer{g}, ext...) }
	fullGazs := gazsFor(full)
	foldGazs := make([][]*gazetteer, len(foldGaz))
	for k, g := range foldGaz {
		foldGazs[k] = gazsFor(g)
	}
	for i, g := range ext {
		logf("ner: external gazetteer %d: %d names", i+1, g.m.len())
	}
	logf("ner: %d documents, %d tokens, %d types, %d classes; gazetteer %d names (%s)",
		len(docs), conll.Tokens(docs), len(types), len(ls.classes), full.m.len(), time.Since(start).Round(time.Millisecond))

	tg := newTagger(ls, o.Clusters)
	st := newDocState(len(types))
	var snaps []snapshot
	for run := 0; run < o.Runs; run++ {
		tr := newTrainer(len(ls.classes))
		rng := rand.New(rand.NewSource(o.Seed + 1 + int64(run)*7919))
		order := make([]int, len(docs))
		for i := range order {
			order[i] = i
		}
		var gold []int
		var best snapshot
		bestF := -1.0
		for ep := 1; ep <= o.Epochs; ep++ {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, di := range order {
				d := docs[di]
				g := foldGazs[fold[di]%len(foldGazs)]
				st.reset()
				tg.beginDoc()
				for pass := 0; pass < 2; pass++ {
					for _, s := range d.Sents {
						gold = ls.encode(len(s.Words), s.Spans, gold)
						tg.run(s.Words, g, tr, st, gold, tr)
					}
					st.secondPass()
				}
			}
			msg := fmt.Sprintf("ner: run %d epoch %d: %d features, %s", run+1, ep, len(tr.ws), time.Since(start).Round(time.Second))
			if len(dev) == 0 {
				logf("%s", msg)
				continue
			}
			ev := evaluate(tg, ls, fullGazs, averaged{tr}, st, dev)
			f := ev.Overall.F1()
			logf("%s; dev P %.4f R %.4f F1 %.4f", msg, ev.Overall.Precision(), ev.Overall.Recall(), f)
			if f > bestF {
				bestF = f
				best = tr.snapshot()
			}
		}
		if best == nil {
			best = tr.snapshot()
		}
		snaps = append(snaps, best)
	}
	m := &Model{p: mixSnapshots(snaps, ls.classes, o.Threshold), gazs: fullGazs, ls: ls, clusters: o.Clusters}
	if len(dev) > 0 && len(snaps) > 1 {
		ev := m.Evaluate(dev)
		logf("ner: mixture of %d runs: dev P %.4f R %.4f F1 %.4f", len(snaps), ev.Overall.Precision(), ev.Overall.Recall(), ev.Overall.F1())
	}
	logf("ner: frozen model: %d features (threshold %g), %s", m.p.Features(), o.Threshold, time.Since(start).Round(time.Second))
	return m, nil
}

// externalLabels is the label set of all types annotated in docs.
func externalLabels(docs []conll.Document) *labelSet {
	seen := map[string]bool{}
	var types []string
	for _, d := range docs {
		for _, s := range d.Sents {
			for _, sp := range s.Spans {
				if !seen[sp.Label] {
					seen[sp.Label] = true
					types = append(types, sp.Label)
				}
			}
		}
	}
	sort.Strings(types)
	return newLabelSet(types)
}

// RebuildGazetteers replaces the model's gazetteers by ones built again
// from the corpora, as Train builds them (its own names from train, then
// one gazetteer per external corpus). It refreshes the gazetteer file of a
// trained model, e.g. after a format change, without retraining weights.
func (m *Model) RebuildGazetteers(train []conll.Document, external [][]conll.Document) {
	gs := []*gazetteer{buildGazetteer(Annotated(train), m.ls, nil)}
	for _, e := range external {
		gs = append(gs, buildGazetteer(e, externalLabels(e), nil))
	}
	if dict, err := dictionaryGazetteers(); err == nil {
		gs = append(gs, dict...)
	}
	m.gazs = gs
}
