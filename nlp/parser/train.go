package parser

import (
	"errors"
	"fmt"
	"io"
	"math/rand"
	"sort"
	"time"

	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/conllu"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Options control training.
type Options struct {
	Epochs      int     // passes over the data
	Seed        int64   // shuffling and exploration seed
	Threshold   float64 // averaged move weights below this magnitude are pruned
	LabelThresh float64 // averaged label weights below this magnitude are pruned
	ExploreFrom int     // first epoch (0-based) that follows the model's own mistakes
	ExploreP    float64 // probability of following the model's move when exploring
	NoClusters  bool    // leave out the word-cluster features
	// DeferLabels labels RIGHT arcs when the dependent leaves the stack,
	// with its whole subtree in view, instead of when the arc is made.
	DeferLabels bool
	Log         io.Writer
}

// DefaultOptions are the options the shipped model was trained with.
func DefaultOptions() Options {
	return Options{Epochs: 12, Seed: 1, Threshold: 1.5, LabelThresh: 0.25, ExploreFrom: 1, ExploreP: 0.9}
}

// Train trains a parser on sentences; each word's XPOS is the tag the
// parser sees (put predicted tags there to train on them).
func Train(sents []conllu.Sentence, opt Options) (*Parser, error) {
	if len(sents) == 0 {
		return nil, errors.New("parser: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = DefaultOptions().Epochs
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	start := time.Now()
	tagSet, labSet := map[string]bool{}, map[string]bool{"root": true}
	for _, s := range sents {
		for _, t := range s.Tokens {
			tagSet[t.XPOS] = true
			labSet[t.Deprel] = true
		}
	}
	tags, labs := keys(tagSet), keys(labSet)
	tagIDs := map[string]uint16{}
	for i, t := range tags {
		tagIDs[t] = uint16(i)
	}
	labIdx := map[string]int32{}
	for i, l := range labs {
		labIdx[l] = int32(i)
	}
	var clu *clusters.Map
	if !opt.NoClusters {
		var err error
		if clu, err = clusters.Default(); err != nil {
			return nil, err
		}
	}
	p := newParser(perceptron.New(append([]string(nil), moveNames...)), perceptron.New(labs), tagIDs, clu)
	p.deferLabels = opt.DeferLabels
	logf("parser: %d sentences, %d tags, %d labels\n", len(sents), len(tags), len(labs))

	sc := p.get()
	st := &sc.st
	rng := rand.New(rand.NewSource(opt.Seed))
	order := rng.Perm(len(sents))
	var gold, glab []int32
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := ep >= opt.ExploreFrom
		var moves, wrong, arcs, labOK int
		for _, si := range order {
			toks := sents[si].Tokens
			n := len(toks)
			p.load(sc, n, func(i int) string { return toks[i].Form }, func(i int) string { return toks[i].XPOS })
			gold, glab = gold[:0], glab[:0]
			for _, t := range toks {
				h := int32(t.Head - 1)
				if t.Head == 0 {
					h = int32(n)
				}
				gold = append(gold, h)
				glab = append(glab, labIdx[t.Deprel])
			}
			var ok [nMoves]bool
			var cost [nMoves]int
			for !st.terminal() {
				st.legal(&ok)
				st.costs(gold, &ok, &cost)
				sc.fs = st.features(sc.fs[:0])
				p.moves.Scores(sc.fs, sc.scores[:])
				pred, best, minCost := -1, -1, 1<<30
				for m := 0; m < nMoves; m++ {
					if !ok[m] {
						continue
					}
					if pred < 0 || sc.scores[m] > sc.scores[pred] {
						pred = m
					}
					if cost[m] < minCost {
						minCost = cost[m]
					}
				}
				for m := 0; m < nMoves; m++ {
					if ok[m] && cost[m] == minCost && (best < 0 || sc.scores[m] > sc.scores[best]) {
						best = m
					}
				}
				p.moves.Tick()
				moves++
				if cost[pred] > minCost {
					wrong++
					p.moves.Update(best, pred, sc.fs)
				}
				next := best
				if explore && cost[pred] > minCost && rng.Float64() < opt.ExploreP {
					next = pred
				}
				// trainLabel labels the arc h -> d, learning from it when
				// it is a gold arc (whose gold label it then returns).
				trainLabel := func(h, d int32) int32 {
					if int(h) == n {
						return p.root
					}
					sc.fs = st.labelFeatures(sc.fs[:0], h, d)
					p.labels.Scores(sc.fs, sc.lscore)
					guess := int32(perceptron.Argmax(sc.lscore, sc.allow))
					if gold[d] != h {
						return guess
					}
					arcs++
					p.labels.Tick()
					if guess == glab[d] {
						labOK++
					} else {
						p.labels.Update(int(glab[d]), int(guess), sc.fs)
					}
					return glab[d]
				}
				lab := int32(-1)
				switch next {
				case left:
					lab = trainLabel(int32(st.b), st.top())
				case right:
					lab = pending
					if !opt.DeferLabels {
						lab = trainLabel(st.top(), int32(st.b))
					}
				case reduce:
					if s0 := st.top(); st.label[s0] == pending {
						st.setLabel(s0, trainLabel(st.head[s0], s0))
					}
				}
				st.apply(next, lab)
			}
		}
		logf("parser: epoch %d: move errors %.4f, label accuracy %.4f, %d+%d features (%s)\n",
			ep+1, float64(wrong)/float64(moves), float64(labOK)/float64(max(arcs, 1)),
			p.moves.Features(), p.labels.Features(), time.Since(start).Round(time.Second))
	}
	p.moves.Freeze(opt.Threshold)
	p.labels.Freeze(opt.LabelThresh)
	logf("parser: frozen with %d+%d features (%s)\n", p.moves.Features(), p.labels.Features(), time.Since(start).Round(time.Second))
	return p, nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
