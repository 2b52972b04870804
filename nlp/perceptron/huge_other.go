//go:build !linux

package perceptron

// hugeAlloc is the Go heap outside Linux.
func hugeAlloc(n int) ([]byte, func()) { return nil, nil }
