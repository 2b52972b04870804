package doc

import "unicode/utf8"

// runeStep is the spacing in bytes of the checkpoints of runeIndex.
const runeStep = 64

// Rune converts a byte offset into Text into a code point offset.
// It is fast for repeated calls: a checkpoint every 64 bytes is built once.
func (d *Doc) Rune(b int) int {
	if b <= 0 {
		return 0
	}
	if b > len(d.Text) {
		b = len(d.Text)
	}
	if d.runeIndex == nil {
		d.buildRuneIndex()
	}
	k := b / runeStep
	n := int(d.runeIndex[k])
	// count rune starts in [k*runeStep, b)
	for i := k * runeStep; i < b; i++ {
		if utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	return n
}

func (d *Doc) buildRuneIndex() {
	idx := make([]int32, len(d.Text)/runeStep+1)
	n := int32(0)
	for i := 0; i <= len(d.Text); i++ {
		if i%runeStep == 0 {
			idx[i/runeStep] = n
		}
		if i < len(d.Text) && utf8.RuneStart(d.Text[i]) {
			n++
		}
	}
	d.runeIndex = idx
}
