package quotes

import "testing"

// TestTrainRuns checks that a model mixed from several runs tells the
// cues of its training examples apart as a single run does.
func TestTrainRuns(t *testing.T) {
	var ex []Example
	for i := range 20 {
		ex = append(ex, Example{Feats: []uint64{1, uint64(100 + i)}, Cue: true}, Example{Feats: []uint64{2, uint64(200 + i)}})
	}
	for _, runs := range []int{1, 3} {
		m := Train(ex, TrainOptions{Epochs: 3, Seed: 1, Runs: runs})
		for _, tc := range []struct {
			feats []uint64
			want  int
		}{{[]uint64{1}, 1}, {[]uint64{2}, 0}} {
			if got := m.Predict(tc.feats, nil); got != tc.want {
				t.Errorf("runs %d: %v predicted %d, want %d", runs, tc.feats, got, tc.want)
			}
		}
	}
}
