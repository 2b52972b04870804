package clusters

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"time"
)

// Options control Train.
type Options struct {
	Classes  int       // number of flat classes before the hierarchy is built (default 1000)
	MinCount int       // words seen fewer times are not clustered (default 3)
	MaxWords int       // cluster at most this many words, the most frequent (default 100000)
	Iters    int       // exchange passes over the vocabulary (default 6)
	Log      io.Writer // progress messages; nil for none
}

func (o *Options) defaults() {
	if o.Classes <= 1 {
		o.Classes = 1000
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.MaxWords <= 0 {
		o.MaxWords = 100000
	}
	if o.Iters <= 0 {
		o.Iters = 6
	}
}

// Corpus accumulates token sequences for clustering.
type Corpus struct {
	ids   map[string]int32
	words []string
	count []int64
	seq   []int32 // token ids, -1 between sequences
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus { return &Corpus{ids: map[string]int32{}} }

// Add adds one sequence of tokens (a sentence or a paragraph); bigrams are
// not counted across sequences.
func (c *Corpus) Add(tokens []string) {
	for _, w := range tokens {
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.count = append(c.count, 0)
		}
		c.count[id]++
		c.seq = append(c.seq, id)
	}
	c.seq = append(c.seq, -1)
}

// Tokens returns the number of tokens added.
func (c *Corpus) Tokens() int { return len(c.seq) }

// Entry is one clustered word.
type Entry struct {
	Word  string
	Bits  string
	Count int64
}

// xlogx table
var glTable []float64

const glSize = 1 << 20

func init() {
	glTable = make([]float64, glSize)
	for i := 1; i < glSize; i++ {
		x := float64(i)
		glTable[i] = x * math.Log(x)
	}
}

func gl(x int64) float64 {
	if x < glSize {
		if x <= 0 {
			return 0
		}
		return glTable[x]
	}
	f := float64(x)
	return f * math.Log(f)
}

type edge struct {
	to  int32
	cnt int64
}

// Train clusters the corpus's words and returns them in descending order of
// frequency with their bit strings.
func Train(c *Corpus, o Options) []Entry {
	o.defaults()
	logf := func(format string, args ...any) {
		if o.Log != nil {
			fmt.Fprintf(o.Log, format+"\n", args...)
		}
	}
	start := time.Now()
	// Vocabulary: most frequent words first; the rest share one id.
	order := make([]int32, len(c.words))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if c.count[a] != c.count[b] {
			return c.count[a] > c.count[b]
		}
		return c.words[a] < c.words[b]
	})
	V := 0
	for V < len(order) && V < o.MaxWords && c.count[order[V]] >= int64(o.MinCount) {
		V++
	}
	remap := make([]int32, len(c.words))
	for i := range remap {
		remap[i] = int32(V) // unknown
	}
	for i := 0; i < V; i++ {
		remap[order[i]] = int32(i)
	}
	W := V + 1
	C := o.Classes
	if C > W {
		C = W
	}
	// Bigram counts.
	pairs := map[uint64]int64{}
	prev := int32(-1)
	for _, id := range c.seq {
		if id < 0 {
			prev = -1
			continue
		}
		cur := remap[id]
		if prev >= 0 {
			pairs[uint64(prev)<<32|uint64(cur)]++
		}
		prev = cur
	}
	succ := make([][]edge, W)
	pred := make([][]edge, W)
	self := make([]int64, W)
	nl := make([]int64, W)
	nr := make([]int64, W)
	for k, n := range pairs {
		u, v := int32(k>>32), int32(k&0xffffffff)
		nl[u] += n
		nr[v] += n
		if u == v {
			self[u] = n
			continue
		}
		succ[u] = append(succ[u], edge{v, n})
		pred[v] = append(pred[v], edge{u, n})
	}
	pairs = nil
	// fixed order, so that runs are reproducible (map order is random)
	for w := 0; w < W; w++ {
		sort.Slice(succ[w], func(i, j int) bool { return succ[w][i].to < succ[w][j].to })
		sort.Slice(pred[w], func(i, j int) bool { return pred[w][i].to < pred[w][j].to })
	}
	logf("clusters: %d tokens, %d words clustered (+1 unknown), %d classes, %s", len(c.seq), V, C, time.Since(start).Round(time.Millisecond))

	// Initial classes: the C-1 most frequent words each alone, the rest
	// round-robin.
	cls := make([]int32, W)
	size := make([]int, C)
	for w := 0; w < W; w++ {
		k := w
		if k >= C {
			k = w % C
		}
		cls[w] = int32(k)
		size[k]++
	}
	M := make([]int64, C*C)
	Nl := make([]int64, C)
	Nr := make([]int64, C)
	for w := 0; w < W; w++ {
		a := int(cls[w])
		Nl[a] += nl[w]
		Nr[a] += nr[w]
		M[a*C+a] += self[w]
		for _, e := range succ[w] {
			M[a*C+int(cls[e.to])] += e.cnt
		}
	}
	R := make([]int64, C)
	L := make([]int64, C)
	var touchR, touchL []int
	for it := 0; it < o.Iters; it++ {
		moved := 0
		for w := 0; w < W; w++ {
			a := int(cls[w])
			if size[a] == 1 {
				continue
			}
			touchR, touchL = touchR[:0], touchL[:0]
			for _, e := range succ[w] {
				d := int(cls[e.to])
				if R[d] == 0 {
					touchR = append(touchR, d)
				}
				R[d] += e.cnt
			}
			for _, e := range pred[w] {
				d := int(cls[e.to])
				if L[d] == 0 {
					touchL = append(touchL, d)
				}
				L[d] += e.cnt
			}
			s := self[w]
			// remove w from a
			for _, d := range touchR {
				M[a*C+d] -= R[d]
			}
			for _, d := range touchL {
				M[d*C+a] -= L[d]
			}
			M[a*C+a] -= s
			Nl[a] -= nl[w]
			Nr[a] -= nr[w]
			best, bestGain := a, math.Inf(-1)
			for cc := 0; cc < C; cc++ {
				gain := 0.0
				row := M[cc*C : cc*C+C]
				for _, d := range touchR {
					if d == cc {
						continue
					}
					m := row[d]
					gain += gl(m+R[d]) - gl(m)
				}
				for _, d := range touchL {
					if d == cc {
						continue
					}
					m := M[d*C+cc]
					gain += gl(m+L[d]) - gl(m)
				}
				m := row[cc]
				gain += gl(m+R[cc]+L[cc]+s) - gl(m)
				gain -= gl(Nl[cc]+nl[w]) - gl(Nl[cc]) + gl(Nr[cc]+nr[w]) - gl(Nr[cc])
				if gain > bestGain+1e-9 || (cc == a && gain >= bestGain-1e-9) {
					best, bestGain = cc, gain
				}
			}
			b := best
			for _, d := range touchR {
				M[b*C+d] += R[d]
			}
			for _, d := range touchL {
				M[d*C+b] += L[d]
			}
			M[b*C+b] += s
			Nl[b] += nl[w]
			Nr[b] += nr[w]
			if b != a {
				cls[w] = int32(b)
				size[a]--
				size[b]++
				moved++
			}
			for _, d := range touchR {
				R[d] = 0
			}
			for _, d := range touchL {
				L[d] = 0
			}
		}
		logf("clusters: exchange pass %d: %d words moved, objective %.6g, %s", it+1, moved, objective(M, Nl, Nr), time.Since(start).Round(time.Second))
		if moved == 0 {
			break
		}
	}

	bits := hierarchy(M, Nl, Nr, C)
	logf("clusters: hierarchy built, %s", time.Since(start).Round(time.Second))
	out := make([]Entry, 0, V)
	for i := 0; i < V; i++ {
		id := order[i]
		out = append(out, Entry{Word: c.words[id], Bits: bits[cls[i]], Count: c.count[id]})
	}
	return out
}

func objective(M, Nl, Nr []int64) float64 {
	f := 0.0
	for _, m := range M {
		f += gl(m)
	}
	for i := range Nl {
		f -= gl(Nl[i]) + gl(Nr[i])
	}
	return f
}

// hierarchy merges the C classes bottom-up, each time the pair whose merge
// loses the least class-bigram mutual information (Brown et al.), and
// returns each class's path from the root as a bit string.
func hierarchy(M0, Nl0, Nr0 []int64, C int) []string {
	M := append([]int64(nil), M0...)
	Nl := append([]int64(nil), Nl0...)
	Nr := append([]int64(nil), Nr0...)
	active := make([]bool, C)
	for i := range active {
		active[i] = true
	}
	rowT := func(i, j, d int) float64 {
		return gl(M[i*C+d]+M[j*C+d]) - gl(M[i*C+d]) - gl(M[j*C+d])
	}
	colT := func(i, j, d int) float64 {
		return gl(M[d*C+i]+M[d*C+j]) - gl(M[d*C+i]) - gl(M[d*C+j])
	}
	full := func(i, j int) float64 {
		g := 0.0
		for d := 0; d < C; d++ {
			if !active[d] || d == i || d == j {
				continue
			}
			g += rowT(i, j, d) + colT(i, j, d)
		}
		g += gl(M[i*C+i]+M[i*C+j]+M[j*C+i]+M[j*C+j]) - gl(M[i*C+i]) - gl(M[i*C+j]) - gl(M[j*C+i]) - gl(M[j*C+j])
		g -= gl(Nl[i]+Nl[j]) - gl(Nl[i]) - gl(Nl[j]) + gl(Nr[i]+Nr[j]) - gl(Nr[i]) - gl(Nr[j])
		return g
	}
	D := make([]float64, C*C)
	for i := 0; i < C; i++ {
		for j := i + 1; j < C; j++ {
			D[i*C+j] = full(i, j)
		}
	}
	// tree nodes: 0..C-1 leaves, then one per merge
	node := make([]int, C)
	for i := range node {
		node[i] = i
	}
	left := make([]int, 2*C)
	right := make([]int, 2*C)
	next := C
	for k := 0; k < C-1; k++ {
		a, b, best := -1, -1, math.Inf(-1)
		for i := 0; i < C; i++ {
			if !active[i] {
				continue
			}
			for j := i + 1; j < C; j++ {
				if active[j] && D[i*C+j] > best {
					a, b, best = i, j, D[i*C+j]
				}
			}
		}
		// remove the old a, b terms from the other pairs
		for i := 0; i < C; i++ {
			if !active[i] || i == a || i == b {
				continue
			}
			for j := i + 1; j < C; j++ {
				if !active[j] || j == a || j == b {
					continue
				}
				D[i*C+j] -= rowT(i, j, a) + rowT(i, j, b) + colT(i, j, a) + colT(i, j, b)
			}
		}
		// merge b into a
		for d := 0; d < C; d++ {
			M[a*C+d] += M[b*C+d]
		}
		for d := 0; d < C; d++ {
			M[d*C+a] += M[d*C+b]
		}
		for d := 0; d < C; d++ {
			M[b*C+d], M[d*C+b] = 0, 0
		}
		Nl[a] += Nl[b]
		Nr[a] += Nr[b]
		Nl[b], Nr[b] = 0, 0
		active[b] = false
		for i := 0; i < C; i++ {
			if !active[i] || i == a {
				continue
			}
			for j := i + 1; j < C; j++ {
				if !active[j] || j == a {
					continue
				}
				D[i*C+j] += rowT(i, j, a) + colT(i, j, a)
			}
		}
		for i := 0; i < C; i++ {
			if !active[i] || i == a {
				continue
			}
			if i < a {
				D[i*C+a] = full(i, a)
			} else {
				D[a*C+i] = full(a, i)
			}
		}
		left[next], right[next] = node[a], node[b]
		node[a] = next
		next++
	}
	root := next - 1
	bits := make([]string, C)
	var walk func(n int, path []byte)
	walk = func(n int, path []byte) {
		if n < C {
			bits[n] = string(path)
			return
		}
		walk(left[n], append(path, '0'))
		walk(right[n], append(path, '1'))
	}
	if C == 1 {
		bits[0] = "0"
	} else {
		walk(root, make([]byte, 0, 64))
	}
	return bits
}

// Write writes entries as gzipped "word<TAB>bits<TAB>count" lines.
func Write(w io.Writer, entries []Entry) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	for _, e := range entries {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", e.Word, e.Bits, e.Count)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
