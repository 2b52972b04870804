//go:build !amd64

package ner

// add adds src to dst element by element, eight at a time; src must be
// at least as long as dst.
func add(dst, src []float32) {
	src = src[:len(dst)]
	c := 0
	for ; c+8 <= len(dst); c += 8 {
		d, s := dst[c:c+8:c+8], src[c:c+8:c+8]
		d[0] += s[0]
		d[1] += s[1]
		d[2] += s[2]
		d[3] += s[3]
		d[4] += s[4]
		d[5] += s[5]
		d[6] += s[6]
		d[7] += s[7]
	}
	for ; c < len(dst); c++ {
		dst[c] += src[c]
	}
}
