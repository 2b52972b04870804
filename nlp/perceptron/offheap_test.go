package perceptron

import "testing"

// TestOffHeap checks that small and large requests give zeroed, writable
// slices of the asked length.
func TestOffHeap(t *testing.T) {
	for _, n := range []int{10, 3 << 20} {
		s, free := OffHeap[[3]int32](n)
		if len(s) != n {
			t.Fatalf("%d values: got %d", n, len(s))
		}
		for i := range s {
			if s[i] != [3]int32{} {
				t.Fatalf("%d values: value %d not zero", n, i)
			}
			s[i][2] = int32(i)
		}
		if s[n-1][2] != int32(n-1) {
			t.Fatalf("%d values: write lost", n)
		}
		if free != nil {
			free()
		}
	}
}
