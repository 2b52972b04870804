package perceptron

// prefetch asks the processor to fetch the slots home[:n] into its caches.
// PREFETCHT0 retires at once, unlike a load, so a batch's misses do not
// hold up the reorder buffer and all of them overlap.
func prefetch(slots []slot, home *[batch]uint32, n int) {
	if n > 0 {
		prefetchSlots(&slots[0], home, n)
	}
}

// prefetchSlots issues PREFETCHT0 for each slot home[:n] of slots (16
// bytes each).
//
//go:noescape
func prefetchSlots(slots *slot, home *[batch]uint32, n int)
