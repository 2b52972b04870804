package sqlite

import (
	"strings"
	"unicode/utf8"
)

// runeStep is how many code points apart the checkpoints of a runeText
// are.
const runeStep = 64

// runeText slices a string by code point offsets without converting it to
// []rune (a 50 MB article would take 200 MB): it keeps the byte offset of
// every runeStep-th code point.
type runeText struct {
	s     string
	n     int   // code points in s
	marks []int // marks[k]: byte offset of code point k*runeStep
}

func newRuneText(s string) *runeText {
	t := &runeText{s: s, marks: make([]int, 0, len(s)/runeStep+1)}
	for i := range s { // i steps over code points; invalid bytes count one each
		if t.n%runeStep == 0 {
			t.marks = append(t.marks, i)
		}
		t.n++
	}
	return t
}

// byteAt converts a code point offset (0..n) into a byte offset.
func (t *runeText) byteAt(r int) int {
	if r >= t.n {
		return len(t.s)
	}
	b := t.marks[r/runeStep]
	for k := r % runeStep; k > 0; k-- {
		_, size := utf8.DecodeRuneInString(t.s[b:])
		b += size
	}
	return b
}

// slice returns the text between code point offsets start and end, or ""
// when they are out of range.
func (t *runeText) slice(start, end int) string {
	if start < 0 || end > t.n || start >= end {
		return ""
	}
	return t.s[t.byteAt(start):t.byteAt(end)]
}

// sentenceEnd reports whether r ends a sentence for sentenceAround.
func sentenceEnd(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '\n'
}

// sentenceAround returns the text around code points [start, end) out to
// the nearest sentence ends (. ! ? or a line break), at most reach code
// points either side.
func (t *runeText) sentenceAround(start, end, reach int) string {
	if start < 0 || end > t.n || start >= end {
		return ""
	}
	lo, hi := t.byteAt(start), t.byteAt(end)
	for k := 0; lo > 0 && k < reach; k++ {
		r, size := utf8.DecodeLastRuneInString(t.s[:lo])
		if sentenceEnd(r) {
			break
		}
		lo -= size
	}
	for k := 0; hi < len(t.s) && k < reach; k++ {
		r, size := utf8.DecodeRuneInString(t.s[hi:])
		if sentenceEnd(r) {
			break
		}
		hi += size
	}
	return t.s[lo:hi]
}

// sentenceBounds is sentenceAround as code point offsets [lo, hi).
func (t *runeText) sentenceBounds(start, end, reach int) (int, int) {
	if start < 0 || end > t.n || start > end {
		return start, end
	}
	lo, hi := start, end
	b := t.byteAt(start)
	for k := 0; b > 0 && k < reach; k++ {
		r, size := utf8.DecodeLastRuneInString(t.s[:b])
		if sentenceEnd(r) {
			break
		}
		b -= size
		lo--
	}
	b = t.byteAt(end)
	for k := 0; b < len(t.s) && k < reach; k++ {
		r, size := utf8.DecodeRuneInString(t.s[b:])
		if sentenceEnd(r) {
			break
		}
		b += size
		hi++
	}
	return lo, hi
}

// index returns the code point offset of the first sub in [lo, hi), or -1.
func (t *runeText) index(sub string, lo, hi int) int {
	if sub == "" {
		return -1
	}
	s := t.slice(lo, hi)
	i := strings.Index(s, sub)
	if i < 0 {
		return -1
	}
	return lo + utf8.RuneCountInString(s[:i])
}
