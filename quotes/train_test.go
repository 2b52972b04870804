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

func TestShuffledIsStable(t *testing.T) {
	var ex []Example
	for i := range 200 {
		ex = append(ex, Example{Key: mix(uint64(i) + 1)})
	}
	full := shuffled(ex, 3, 0)
	// without example 17, the others keep their relative order
	less := append(append([]Example{}, ex[:17]...), ex[18:]...)
	part := shuffled(less, 3, 0)
	var want []uint64
	for _, i := range full {
		if i != 17 {
			want = append(want, ex[i].Key)
		}
	}
	for j, i := range part {
		if less[i].Key != want[j] {
			t.Fatalf("position %d: order changed when one example left", j)
		}
	}
	if again := shuffled(ex, 3, 1); again[0] == full[0] && again[1] == full[1] && again[2] == full[2] {
		t.Errorf("epochs visit the examples in the same order")
	}
}
