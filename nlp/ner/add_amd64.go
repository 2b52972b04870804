package ner

// add adds src to dst element by element; src must be at least as long as
// dst.
func add(dst, src []float32) { addSSE(dst, src[:len(dst)]) }

// addSSE is add with SSE, four at a time (each sum rounded as the scalar
// float32 addition rounds it), for slices of equal length.
//
//go:noescape
func addSSE(dst, src []float32)
