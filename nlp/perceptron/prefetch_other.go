//go:build !amd64

package perceptron

// prefetch reads the slots home[:n] so that their cache misses overlap
// (other architectures have no prefetch helper here).
func prefetch(slots []slot, home *[batch]uint32, n int) {
	var sum uint64
	for _, i := range home[:n] {
		sum += slots[i].key
	}
	keep(uint32(sum))
}
