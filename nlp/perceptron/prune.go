package perceptron

import (
	"errors"
	"math"
)

// Prune drops from a frozen model every weight whose magnitude is below
// minAbs and every feature left without weights, and rebuilds the table at
// the size the remaining features need. It returns the number of features
// kept.
//
// Lookups in the frozen table miss the processor's caches nearly every time;
// most features of an averaged perceptron carry weights far too small to
// change a decision, and dropping them shrinks the table, so that more of it
// stays in the caches (and the saved file shrinks). Pruning is not free:
// measure the model's accuracy before and after.
func (m *Model) Prune(minAbs float64) (int, error) {
	t := m.frozen
	if t == nil {
		return 0, errors.New("perceptron: Prune needs a frozen model")
	}
	minQ := int(math.Ceil(minAbs / float64(t.scale)))
	type feat struct {
		key uint64
		ws  []weight
	}
	var kept []feat
	var ws []weight
	for _, s := range t.sortedSlots() {
		ws = t.weights(s, ws[:0])
		var keep []weight
		for _, w := range ws {
			if abs16(w.q) >= minQ {
				keep = append(keep, w)
			}
		}
		if len(keep) > 0 {
			kept = append(kept, feat{s.key, keep})
		}
	}
	nt := newTable(len(kept), len(m.Classes), t.scale)
	for _, f := range kept {
		nt.insert(f.key, f.ws)
	}
	nt.settle()
	m.frozen = nt
	return nt.n, nil
}

func abs16(q int16) int {
	if q < 0 {
		return -int(q)
	}
	return int(q)
}
