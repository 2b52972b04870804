package perceptron

import (
	"math"
	"testing"
)

// TestAveraged checks that Averaged reports each weight averaged over the
// training steps, as Freeze would keep it.
func TestAveraged(t *testing.T) {
	m := New([]string{"a", "b"})
	m.Tick()
	m.Update(0, 1, []uint64{7}) // from step 1 on: 7/a +1, 7/b -1
	m.Tick()
	m.Tick()
	m.Update(1, 0, []uint64{9}) // from step 3 on: 9/b +1, 9/a -1
	m.Tick()
	want := map[[2]int]float64{
		{7, 0}: 3.0 / 4, {7, 1}: -3.0 / 4,
		{9, 0}: -1.0 / 4, {9, 1}: 1.0 / 4,
	}
	got := map[[2]int]float64{}
	var order []uint64
	m.Averaged(func(f uint64, c int, w float64) {
		got[[2]int{int(f), c}] = w
		order = append(order, f)
	})
	for k, w := range want {
		if math.Abs(got[k]-w) > 1e-9 {
			t.Errorf("feature %d class %d: %v, want %v", k[0], k[1], got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d weights, want %d", len(got), len(want))
	}
	for i := 1; i < len(order); i++ {
		if order[i] < order[i-1] {
			t.Errorf("features not in ascending order: %v", order)
		}
	}
}
