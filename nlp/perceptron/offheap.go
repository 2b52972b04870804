package perceptron

import "unsafe"

// OffHeap returns n zeroed values of T, outside the Go heap when they take
// a megabyte or more (see hugeAlloc), and the function that releases them
// (nil for a slice on the heap). T must hold no pointers.
//
// The taggers' large per-word score caches live there: memory outside
// the heap does not count towards the heap's size, so under the memory
// limit `dateline extract` sets, the caches do not make the garbage
// collector run more often.
func OffHeap[T any](n int) ([]T, func()) {
	var z T
	if mem, free := hugeAlloc(n * int(unsafe.Sizeof(z))); mem != nil {
		return unsafe.Slice((*T)(unsafe.Pointer(&mem[0])), n), free
	}
	return make([]T, n), nil
}
