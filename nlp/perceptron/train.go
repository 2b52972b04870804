package perceptron

// trainIndex maps feature keys to row numbers during training: an
// open-addressing hash table that grows at half load.
type trainIndex struct {
	keys  []uint64 // 0: empty
	rows  []int32
	shift uint8
	n     int
}

func newTrainIndex() trainIndex {
	const size = 1 << 10
	return trainIndex{keys: make([]uint64, size), rows: make([]int32, size), shift: 64 - 10}
}

// find returns the row of f, or -1.
func (x *trainIndex) find(f uint64) int32 {
	f = fixKey(f)
	mask := uint64(len(x.keys) - 1)
	for i := (f * golden) >> x.shift; ; i = (i + 1) & mask {
		switch x.keys[i] {
		case f:
			return x.rows[i]
		case 0:
			return -1
		}
	}
}

// add records f as row r; f must be absent.
func (x *trainIndex) add(f uint64, r int32) {
	if 2*(x.n+1) > len(x.keys) {
		old, oldRows := x.keys, x.rows
		x.keys = make([]uint64, 2*len(old))
		x.rows = make([]int32, 2*len(old))
		x.shift--
		x.n = 0
		for i, k := range old {
			if k != 0 {
				x.put(k, oldRows[i])
			}
		}
	}
	x.put(fixKey(f), r)
}

func (x *trainIndex) put(f uint64, r int32) {
	mask := uint64(len(x.keys) - 1)
	i := (f * golden) >> x.shift
	for x.keys[i] != 0 {
		i = (i + 1) & mask
	}
	x.keys[i], x.rows[i] = f, r
	x.n++
}

// acc is one class's training weight of a feature with its lazy-average
// bookkeeping.
type acc struct {
	w     float64 // current weight
	total float64 // sum of the weight over steps up to stamp
	stamp int32   // step of the last change
	c     uint16
}

// avg is the weight averaged over step steps.
func (a *acc) avg(step int32) float64 {
	return (a.total + float64(step-a.stamp)*a.w) / float64(max(step, 1))
}
