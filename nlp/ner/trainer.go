package ner

import (
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// trainer is a sparse averaged perceptron: each feature keeps weights only
// for the classes it was ever updated for, which keeps training memory
// small with many classes (73 for OntoNotes' BILOU labels).
type trainer struct {
	nc    int
	index map[uint64]int32
	ws    [][]went
	step  int32
}

type went struct {
	c   uint16
	w   float32
	ts  int32
	tot float64
}

func newTrainer(nc int) *trainer {
	return &trainer{nc: nc, index: map[uint64]int32{}}
}

func (t *trainer) tick() { t.step++ }

// Scores implements scorer with the current (not averaged) weights.
func (t *trainer) Scores(feats []uint64, out []float32) {
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		if id, ok := t.index[f]; ok {
			for _, e := range t.ws[id] {
				out[e.c] += e.w
			}
		}
	}
}

func (t *trainer) update(truth, guess int, feats []uint64) {
	for _, f := range feats {
		id, ok := t.index[f]
		if !ok {
			id = int32(len(t.ws))
			t.index[f] = id
			t.ws = append(t.ws, make([]went, 0, 2))
		}
		t.add(id, truth, 1)
		t.add(id, guess, -1)
	}
}

func (t *trainer) add(id int32, c int, v float32) {
	es := t.ws[id]
	for i := range es {
		if int(es[i].c) == c {
			e := &es[i]
			e.tot += float64(t.step-e.ts) * float64(e.w)
			e.ts = t.step
			e.w += v
			return
		}
	}
	t.ws[id] = append(es, went{c: uint16(c), w: v, ts: t.step})
}

func (t *trainer) avg(e *went) float64 {
	if t.step == 0 {
		return 0
	}
	return (e.tot + float64(t.step-e.ts)*float64(e.w)) / float64(t.step)
}

// averaged is a scorer over the averaged weights, for evaluating during
// training.
type averaged struct{ t *trainer }

func (a averaged) Scores(feats []uint64, out []float32) {
	for i := range out {
		out[i] = 0
	}
	t := a.t
	for _, f := range feats {
		if id, ok := t.index[f]; ok {
			es := t.ws[id]
			for i := range es {
				out[es[i].c] += float32(t.avg(&es[i]))
			}
		}
	}
}

// defaultRuns is the number of mixed training runs when TrainOptions.Runs
// is 0: five for a corpus of under a million tokens, where a run takes a
// minute or two, three for larger ones.
func defaultRuns(tokens int) int {
	if tokens < 1_000_000 {
		return 5
	}
	return 3
}

// snapshot is a copy of a trainer's averaged weights: per feature, the
// nonzero class weights.
type snapshot map[uint64][]classWeight

type classWeight struct {
	c uint16
	w float32
}

// snapshot copies the current averaged weights.
func (t *trainer) snapshot() snapshot {
	s := make(snapshot, len(t.index))
	for f, id := range t.index {
		var cws []classWeight
		for i := range t.ws[id] {
			if a := t.avg(&t.ws[id][i]); a != 0 {
				cws = append(cws, classWeight{t.ws[id][i].c, float32(a)})
			}
		}
		if len(cws) > 0 {
			s[f] = cws
		}
	}
	return s
}

// mixSnapshots builds the prediction model whose weights are the mean of
// the snapshots', dropping weights below threshold in magnitude.
func mixSnapshots(snaps []snapshot, classes []string, threshold float64) *perceptron.Model {
	m := perceptron.New(classes)
	one := make([]uint64, 1)
	k := float64(len(snaps))
	for _, s := range snaps {
		for f, cws := range s {
			one[0] = f
			for _, cw := range cws {
				m.UpdateWeighted(int(cw.c), float64(cw.w)/k, one)
			}
		}
	}
	m.Tick() // weights were set at step 0: their average over one step is themselves
	m.Freeze(threshold)
	return m
}
