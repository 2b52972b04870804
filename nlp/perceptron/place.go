package perceptron

// blockBits is the log2 of the number of table slots in one block of
// byHome's partition: 256 slots of 16 bytes are one 4 KiB page.
const blockBits = 8

// byHome reorders ss in place so that the slots whose home lies in the same
// block of table slots are together, the blocks in table order; within a
// block the order is arbitrary. Filling the table in this order writes it
// front to back, as a full sort by home slot would, in linear time: one
// radix partition on the top bits of the home slot (American flag sort).
func (t *table) byHome(ss []slot) {
	b := 64 - int(t.shift) - blockBits // bits that number the blocks
	if b <= 0 {
		return // the table is one block
	}
	shift := uint(64 - b)
	block := func(s slot) int { return int((s.key * golden) >> shift) }
	next := make([]int, 1<<b) // where the next slot of each block goes
	end := make([]int, 1<<b)
	for _, s := range ss {
		end[block(s)]++
	}
	sum := 0
	for k, n := range end {
		next[k] = sum
		sum += n
		end[k] = sum
	}
	for k := range next {
		for next[k] < end[k] {
			// carry the slot at the block's cursor home, displacing the
			// slot there, until one that belongs here comes back
			s := ss[next[k]]
			for d := block(s); d != k; d = block(s) {
				ss[next[d]], s = s, ss[next[d]]
				next[d]++
			}
			ss[next[k]] = s
			next[k]++
		}
	}
}
