package ner

// frozenScorer is a frozen perceptron.Model: it sums weights as integers,
// and scaling an integer sum gives what Scores gives for the same features,
// to the bit (perceptron.AddWeights).
type frozenScorer interface {
	scorer
	Frozen() bool
	AddWeights(feats []uint64, acc []int32)
	Scale(acc []int32, out []float32)
}

// prevCacheSize is the number of entries of a prevCache.
const prevCacheSize = 4096

// prevCache remembers, for recently seen tokens, the integer weight sums of
// the features that join the previous label with the token
// (prevLabelFeatures) when that label is O, as it is for most tokens: the
// sums depend only on the token's lower-cased word and short shape. It is
// direct-mapped: an entry is replaced by the next pair that maps to it.
type prevCache struct {
	nc   int
	keys []prevKey
	sums []int32 // entry e: sums[e*nc : e*nc+nc]
	fs   []uint64
}

type prevKey struct {
	lower, short uint64
	set          bool
}

func newPrevCache(nc int) *prevCache {
	return &prevCache{nc: nc, keys: make([]prevKey, prevCacheSize), sums: make([]int32, prevCacheSize*nc)}
}

// get returns the weight sums of prevLabelFeatures(tk, O), valid until
// the next call.
func (c *prevCache) get(m frozenScorer, tk *tokInfo) []int32 {
	e := int(((tk.lower ^ tk.short*0x9E3779B97F4A7C15) * gazGolden) >> (64 - 12))
	v := c.sums[e*c.nc : e*c.nc+c.nc]
	if k := &c.keys[e]; !k.set || k.lower != tk.lower || k.short != tk.short {
		clear(v)
		c.fs = prevLabelFeatures(c.fs[:0], tk, 0)
		m.AddWeights(c.fs, v)
		*k = prevKey{tk.lower, tk.short, true}
	}
	return v
}
