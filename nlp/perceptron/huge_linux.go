package perceptron

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on linux/amd64 and arm64.
const hugePage = 2 << 20

// hugeAlloc returns n zeroed bytes backed, where the kernel allows it, by
// transparent huge pages, and a function that releases them. Lookups in a
// frozen table touch random slots of a table of several megabytes; on 4 KiB
// pages nearly each one is also a TLB miss. It returns nil when the memory
// cannot be mapped; the caller then uses the Go heap.
func hugeAlloc(n int) ([]byte, func()) {
	if n < hugePage/2 {
		return nil, nil
	}
	size := (n + hugePage - 1) &^ (hugePage - 1)
	mem, err := syscall.Mmap(-1, 0, size+hugePage, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil, nil
	}
	off := int((hugePage - uintptr(unsafe.Pointer(&mem[0]))%hugePage) % hugePage)
	b := mem[off : off+size]
	syscall.Madvise(b, 14) // MADV_HUGEPAGE; a failure only costs speed
	return b[:n], func() { syscall.Munmap(mem) }
}
