package quotes

import (
	"fmt"
	"hash/fnv"
	"io"
	"sort"

	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Gold is one annotated attribution of a training document, in byte
// offsets of its text.
type Gold struct {
	Cue, Source, Content []doc.Range
}

// Example is one cue candidate: its features and whether it heads a gold
// cue.
type Example struct {
	Feats []uint64
	Cue   bool
	Token int // the candidate's token in its Doc
	// Key identifies the candidate across runs of the pipeline (its
	// document's ID and its byte offset), so that the training order does
	// not depend on which other candidates exist (see order).
	Key uint64
	// Sources and Contents are the labelled readings of a gold cue the
	// rules left alone, for the rankers; its label is then decided by
	// what they choose (see Train).
	Sources, Contents []Option
}

// Stats counts what the parse-based attribution of gold cues gets right,
// the ceiling of the model.
type Stats struct {
	Gold         int // gold attributions with a cue
	RuleCue      int // ... whose cue head the rules used
	Candidate    int // ... whose cue head is a candidate the model judges
	ContentHit   int // ... candidates whose parse content overlaps the gold content
	SourceHit    int // ... candidates whose parse source matches the gold source
	BothHit      int
	SourceAny    int // ... candidates with some source option right
	ContentAny   int // ... candidates with some content option right
	BothAny      int
	RuleReported int               // gold cues the rules report as indirect speech
	RuleSpeaker  int               // ... with the right speaker
	ParseSpeaker int               // ... whose parse source would be right
	Candidates   int               // all candidates
	ByHow        map[string][2]int // content relation: candidates, content hits
	BySourceHow  map[string][2]int // source relation: candidates, source hits
	// Misses, when not nil, receives a line for each candidate cue whose
	// parse source or content misses.
	Misses io.Writer
}

// Examples runs the rules over d, which has been through every stage
// before this one, and returns the cue candidates the model would judge,
// labelled by gold. st, when not nil, accumulates the ceiling counts.
// A gold cue the rules left alone carries its labelled source and content
// readings for the rankers; Train relabels it by what they choose.
func Examples(d *doc.Doc, gold []Gold, st *Stats) []Example {
	c := findByRules(d)
	heads := map[int]int{} // cue head token -> gold index
	for gi, g := range gold {
		if h := cueHead(d, c.tree, g.Cue); h >= 0 {
			heads[h] = gi
		}
	}
	var out []Example
	for k := range d.Tokens {
		gi, isCue := heads[k]
		if st != nil && isCue {
			st.Gold++
			if c.ruleCue[k] {
				st.RuleCue++
				for _, q := range d.Quotes {
					if q.Direct || q.CueRange.Start != d.Tokens[k].Start {
						continue
					}
					st.RuleReported++
					if quoteSpeakerMatches(d, q, gold[gi].Source) {
						st.RuleSpeaker++
					}
					if src, _ := c.tree.learnedSource(k); sourceMatches(d, src, gold[gi].Source) {
						st.ParseSpeaker++
					}
					break
				}
			}
		}
		if !candidate(d, k, c.inQuote) {
			continue
		}
		e := Example{Feats: c.features(k, nil), Cue: isCue && Strict.right(d, c, k, gold[gi]), Token: k, Key: exampleKey(d, k)}
		if isCue && !c.ruleCue[k] {
			e.Sources, e.Contents = c.tree.rankOptions(k, gold[gi])
		}
		out = append(out, e)
		if st == nil || c.ruleCue[k] {
			continue
		}
		st.Candidates++
		if !isCue {
			continue
		}
		st.Candidate++
		g := gold[gi]
		cf, cl, how := c.tree.learnedContent(k)
		contentHit := cl > cf && overlapsAny(g.Content, doc.Range{Start: d.Tokens[cf].Start, End: d.Tokens[cl-1].End})
		src, srcHow := c.tree.learnedSource(k)
		sourceHit := sourceMatches(d, src, g.Source)
		if st.ByHow == nil {
			st.ByHow, st.BySourceHow = map[string][2]int{}, map[string][2]int{}
		}
		bh, bs := st.ByHow[how], st.BySourceHow[srcHow]
		bh[0]++
		bs[0]++
		if contentHit {
			st.ContentHit++
			bh[1]++
		}
		if sourceHit {
			st.SourceHit++
			bs[1]++
		}
		st.ByHow[how], st.BySourceHow[srcHow] = bh, bs
		if contentHit && sourceHit {
			st.BothHit++
		}
		sa, ca := false, false
		for _, o := range c.tree.sourceOptions(k, nil) {
			sa = sa || sourceMatches(d, o.n, g.Source)
		}
		for _, o := range c.tree.contentOptions(k, nil) {
			ca = ca || overlapsAny(g.Content, o.rng(d))
		}
		if sa {
			st.SourceAny++
		}
		if ca {
			st.ContentAny++
		}
		if sa && ca {
			st.BothAny++
		}
		if st.Misses != nil && !(contentHit && sourceHit) {
			srcText := ""
			if src.ok() {
				srcText = d.Slice(doc.Range{Start: d.Tokens[src.first].Start, End: d.Tokens[src.last-1].End})
			}
			var gs []string
			for _, r := range g.Source {
				gs = append(gs, d.Slice(r))
			}
			fmt.Fprintf(st.Misses, "%v %v\t%s/%s %s\t%s %q gold %q\t%.80q\n", contentHit, sourceHit, how, srcHow, d.Tokens[k].Text, d.Tokens[k].Dep, srcText, gs,
				d.Slice(doc.Range{Start: d.Sents[d.Tokens[k].Sent].Start, End: d.Sents[d.Tokens[k].Sent].End}))
		}
	}
	return out
}

// Labels chooses what makes a candidate a positive example.
type Labels int

const (
	// AnyCue labels every gold cue head a cue.
	AnyCue Labels = iota
	// RightCue labels a gold cue head a cue only when what it yields is
	// right: for a cue the rules used, their speaker; for another, the
	// parse's content and source.
	RightCue
)

// Strict is the labelling Examples uses.
var Strict = RightCue

func (l Labels) right(d *doc.Doc, c *cueContext, k int, g Gold) bool {
	if l == AnyCue {
		return true
	}
	if c.ruleCue[k] {
		for _, q := range d.Quotes {
			if !q.Direct && q.CueRange.Start == d.Tokens[k].Start {
				return quoteSpeakerMatches(d, q, g.Source)
			}
		}
		return true
	}
	cf, cl, _ := c.tree.learnedContent(k)
	if cl <= cf || !overlapsAny(g.Content, doc.Range{Start: d.Tokens[cf].Start, End: d.Tokens[cl-1].End}) {
		return false
	}
	src, _ := c.tree.learnedSource(k)
	return sourceMatches(d, src, g.Source)
}

// cueHead returns the token heading a gold cue: of the tokens it covers,
// the first candidate whose syntactic head lies outside it, or -1.
func cueHead(d *doc.Doc, t *tree, cue []doc.Range) int {
	in := map[int]bool{}
	var toks []int
	for _, r := range cue {
		first, last := d.TokensOverlapping(r)
		for i := first; i >= 0 && i < last; i++ {
			if !in[i] {
				in[i] = true
				toks = append(toks, i)
			}
		}
	}
	best := -1
	for _, i := range toks {
		if h := d.Tokens[i].Head; h >= 0 && in[h] {
			continue
		}
		if isVerb(d, i) {
			return i
		}
		if best < 0 {
			best = i
		}
	}
	if best < 0 && len(toks) > 0 {
		best = toks[0]
	}
	return best
}

func overlapsAny(rs []doc.Range, r doc.Range) bool {
	for _, x := range rs {
		if x.Overlaps(r) {
			return true
		}
	}
	return false
}

// sourceMatches reports whether the speaker the phrase src would give
// matches a gold source as the scorer judges it: a mention of its entity
// overlaps the source, or neither exists.
func sourceMatches(d *doc.Doc, src np, gold []doc.Range) bool {
	if !src.ok() {
		return len(gold) == 0
	}
	if len(gold) == 0 {
		return false
	}
	if src.rel >= 0 && overlapsAny(gold, d.Tokens[src.rel].Range) {
		return true
	}
	si := -1
	bestRank := 0
	for i, s := range d.Spans {
		if s.First < src.first || s.Last > src.last || s.First >= s.Last {
			continue
		}
		if r := speakerRank(s); r > 0 && (si < 0 || r > bestRank || (r == bestRank && s.Last > d.Spans[si].Last)) {
			si, bestRank = i, r
		}
	}
	if si < 0 {
		return overlapsAny(gold, doc.Range{Start: d.Tokens[src.first].Start, End: d.Tokens[src.last-1].End})
	}
	if e := d.Spans[si].Entity; e >= 0 {
		for _, m := range d.Entities[e].Mentions {
			if overlapsAny(gold, d.Spans[m].Range) {
				return true
			}
		}
		return false
	}
	return overlapsAny(gold, d.Spans[si].Range)
}

// quoteSpeakerMatches reports whether q's speaker matches a gold source as
// the scorer judges it.
func quoteSpeakerMatches(d *doc.Doc, q *doc.Quote, gold []doc.Range) bool {
	if q.Speaker < 0 || len(gold) == 0 {
		return q.Speaker < 0 && len(gold) == 0
	}
	s := d.Spans[q.Speaker]
	if s.Entity < 0 {
		return overlapsAny(gold, s.Range)
	}
	for _, m := range d.Entities[s.Entity].Mentions {
		if overlapsAny(gold, d.Spans[m].Range) {
			return true
		}
	}
	return false
}

// TrainOptions control Train.
type TrainOptions struct {
	Epochs    int
	Seed      int64
	Threshold float64 // weights below this magnitude are dropped by Freeze
	// Runs is how many models Train fits, on shuffles seeded Seed,
	// Seed+1, ...; their averaged weights are averaged (parameter mixing).
	// 0 means 1.
	Runs int
	Log  io.Writer
}

// Train fits the cue model to examples with the averaged perceptron and
// returns it frozen. Each run trains twice: first to learn the rankers
// that choose a cue's source and content among its readings, then, with
// each gold cue the rules left alone labelled a cue only when the first
// rankers choose a right source and content for it, to learn the cue
// classifier and the rankers together in one model. Several runs are
// mixed into one model.
func Train(examples []Example, o TrainOptions) *perceptron.Model {
	var runs []*perceptron.Model
	for r := range max(1, o.Runs) {
		ro := o
		ro.Seed = o.Seed + int64(r)
		first := train(examples, ro, false)
		first.Freeze(ro.Threshold)
		relabelled, kept := 0, 0
		for i := range examples {
			e := &examples[i]
			if e.Sources == nil {
				continue
			}
			si, ci := best(first, e.Sources), best(first, e.Contents)
			e.Cue = si >= 0 && ci >= 0 && e.Sources[si].Right && e.Contents[ci].Right
			relabelled++
			if e.Cue {
				kept++
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "rankers (seed %d): %d of %d gold cues the rules left alone get a right source and content\n", ro.Seed, kept, relabelled)
		}
		runs = append(runs, train(examples, ro, true))
	}
	if len(runs) == 1 {
		runs[0].Freeze(o.Threshold)
		return runs[0]
	}
	m := perceptron.New(Classes)
	one := make([]uint64, 1)
	for _, r := range runs {
		r.Averaged(func(f uint64, c int, w float64) {
			one[0] = f
			m.UpdateWeighted(c, w/float64(len(runs)), one)
		})
	}
	m.Tick() // weights set at step 0: their average over one step is themselves
	m.Freeze(o.Threshold)
	return m
}

// train runs the perceptron epochs: the ranking updates for every example
// with readings, and the cue updates when withCues. The model is returned
// unfrozen.
func train(examples []Example, o TrainOptions, withCues bool) *perceptron.Model {
	m := perceptron.New(Classes)
	scores := make([]float32, len(Classes))
	for ep := 0; ep < o.Epochs; ep++ {
		order := shuffled(examples, o.Seed, ep)
		wrong, rankWrong := 0, 0
		for _, i := range order {
			e := examples[i]
			if rankUpdate(m, e.Sources, scores) {
				rankWrong++
			}
			if rankUpdate(m, e.Contents, scores) {
				rankWrong++
			}
			if !withCues {
				continue
			}
			truth := 0
			if e.Cue {
				truth = 1
			}
			m.Tick()
			guess := m.Predict(e.Feats, scores)
			if guess != truth {
				wrong++
				m.Update(truth, guess, e.Feats)
			}
		}
		if o.Log != nil {
			fmt.Fprintf(o.Log, "epoch %d: %d of %d wrong (%.4f), %d rankings wrong\n", ep+1, wrong, len(examples), float64(wrong)/float64(max(1, len(examples))), rankWrong)
		}
	}
	return m
}

// rankUpdate makes one ranking perceptron step over a cue's readings when
// some are right: when the best-scoring reading is wrong, the best right
// one is pushed up and it down. It reports whether the ranking was wrong.
func rankUpdate(m *perceptron.Model, opts []Option, scores []float32) bool {
	bi, ri := -1, -1
	var bm, rm float32
	for i, o := range opts {
		mg := margin(m, o.Feats, scores)
		if bi < 0 || mg > bm {
			bi, bm = i, mg
		}
		if o.Right && (ri < 0 || mg > rm) {
			ri, rm = i, mg
		}
	}
	if ri < 0 {
		return false
	}
	m.Tick()
	if opts[bi].Right {
		return false
	}
	m.Update(1, 0, opts[ri].Feats)
	m.Update(0, 1, opts[bi].Feats)
	return true
}

// exampleKey is the identity of the candidate at token k of d: a hash of
// the document's ID and the token's byte offset.
func exampleKey(d *doc.Doc, k int) uint64 {
	h := fnv.New64a()
	h.Write([]byte(d.Article.ID))
	return mix(h.Sum64() ^ uint64(d.Tokens[k].Start)*0x9e3779b97f4a7c15)
}

// shuffled returns the order in which epoch ep of a run seeded seed visits
// the examples: sorted by a hash of each one's key, the seed and the
// epoch. Unlike a permutation of indices, adding or removing a few
// examples (an upstream stage finding a candidate more or less) leaves
// the order of all the others as it was, so a retrain after a small change
// upstream trains nearly the same model.
func shuffled(examples []Example, seed int64, ep int) []int {
	salt := mix(uint64(seed)*0xbf58476d1ce4e5b9 ^ uint64(ep+1)*0x94d049bb133111eb)
	keys := make([]uint64, len(examples))
	order := make([]int, len(examples))
	for i := range examples {
		keys[i] = mix(examples[i].Key ^ salt)
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return keys[order[a]] < keys[order[b]] })
	return order
}

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
