package tagger

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
	Epochs    int     // passes over the data; 0 means 10
	Seed      int64   // shuffling seed
	Threshold float64 // averaged weights below this magnitude are pruned
	DictMin   int     // a word enters the tag dictionary after this many occurrences
	DictPure  float64 // ... when this fraction of them has one tag
	// NoClusters leaves out the word-cluster features.
	NoClusters bool
	// Extra sentences (XPOS only, e.g. OntoNotes) to train on besides
	// the main ones, which are repeated Repeat times (0 means once).
	Extra  []conllu.Sentence
	Repeat int
	Log    io.Writer
}

// DefaultOptions are the options the shipped model was trained with.
func DefaultOptions() Options {
	return Options{Epochs: 10, Seed: 1, Threshold: 0.5, DictMin: 20, DictPure: 0.995}
}

// TrainFile trains a tagger on a CoNLL-U file.
func TrainFile(path string, opt Options) (*Tagger, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Train(sents, opt)
}

// Train trains a tagger on sentences with gold XPOS tags and lemmas.
func Train(sents []conllu.Sentence, opt Options) (*Tagger, error) {
	if len(sents) == 0 {
		return nil, errors.New("tagger: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	start := time.Now()
	// Tag set, normalised forms and tag dictionary.
	tagIdx := map[string]int{}
	var tags []string
	type counts map[int]int
	wordTags := map[string]counts{}
	var lemEx []lemmaExample
	main := len(sents)
	if opt.Repeat > 1 {
		all := make([]conllu.Sentence, 0, len(sents)*opt.Repeat+len(opt.Extra))
		for r := 0; r < opt.Repeat; r++ {
			all = append(all, sents...)
		}
		sents = all
	}
	sents = append(sents[:len(sents):len(sents)], opt.Extra...)
	forms := make([][]string, len(sents))
	gold := make([][]int, len(sents))
	for si, s := range sents {
		for _, t := range s.Tokens {
			if _, ok := tagIdx[t.XPOS]; !ok {
				tagIdx[t.XPOS] = -1
				tags = append(tags, t.XPOS)
			}
		}
		_ = si
	}
	sort.Strings(tags)
	for i, t := range tags {
		tagIdx[t] = i
	}
	for si, s := range sents {
		forms[si] = make([]string, len(s.Tokens))
		gold[si] = make([]int, len(s.Tokens))
		for i, t := range s.Tokens {
			f := normalize(t.Form)
			forms[si][i] = f
			y := tagIdx[t.XPOS]
			gold[si][i] = y
			if wordTags[f] == nil {
				wordTags[f] = counts{}
			}
			wordTags[f][y]++
			if si < main {
				lemEx = append(lemEx, lemmaExample{f, t.XPOS, t.Lemma})
			}
		}
	}
	dict := map[uint64]uint16{}
	if opt.DictMin > 0 {
		for f, cs := range wordTags {
			n, best, bestN := 0, 0, 0
			for y, c := range cs {
				n += c
				if c > bestN || (c == bestN && y < best) {
					best, bestN = y, c
				}
			}
			if n >= opt.DictMin && float64(bestN) >= opt.DictPure*float64(n) {
				var low []byte
				w, _ := makeWord(f, low)
				dict[w.form] = uint16(best)
			}
		}
	}
	var clu *clusters.Map
	if !opt.NoClusters {
		var err error
		if clu, err = clusters.Default(); err != nil {
			return nil, err
		}
	}
	logf("tagger: %d sentences, %d tags, %d dictionary words\n", len(sents), len(tags), len(dict))

	m := perceptron.New(tags)
	t := newTagger(m, tables{Dict: dict, Lemma: &lemmatizer{}}, clu)
	sc := t.get()
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	nt := uint64(len(tags))
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			t.prepare(sc, forms[si])
			p1, p2 := nt, nt+1
			for i := range forms[si] {
				y := gold[si][i]
				guess := y
				if c, ok := dict[sc.ws[i+2].form]; ok {
					guess = int(c)
				} else {
					sc.fs = features(sc.fs[:0], sc.ws, i+2, p1, p2)
					guess = m.Predict(sc.fs, sc.scores)
					m.Tick()
					m.Update(y, guess, sc.fs)
				}
				if guess == y {
					correct++
				}
				total++
				p2, p1 = p1, uint64(guess)
			}
		}
		logf("tagger: epoch %d: train accuracy %.4f, %d features (%s)\n", ep+1, float64(correct)/float64(total), m.Features(), time.Since(start).Round(time.Second))
	}
	m.Freeze(opt.Threshold)
	t.lem = learnLemmatizer(lemEx)
	logf("tagger: frozen with %d features, %d lemma exceptions, %d lemma rules (%s)\n", m.Features(), len(t.lem.Table), len(t.lem.Rules), time.Since(start).Round(time.Second))
	return t, nil
}
