package perceptron

import "slices"

// Averaged calls fn with each weight of a model in training averaged over
// the steps so far, feature by feature in ascending order: what Freeze
// would keep before pruning and quantizing. Mixing the averaged weights
// of runs trained on different shuffles (parameter mixing) goes through
// it. It does nothing on a frozen model.
func (m *Model) Averaged(fn func(feature uint64, class int, w float64)) {
	keys := make([]uint64, 0, len(m.rows))
	for _, k := range m.index.keys {
		if k != 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, f := range keys {
		for _, a := range m.rows[m.index.find(f)] {
			if w := a.avg(m.step); w != 0 {
				fn(f, int(a.c), w)
			}
		}
	}
}
