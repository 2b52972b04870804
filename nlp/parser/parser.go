// Package parser is Dateline's dependency parser: a greedy transition-based
// parser (arc-eager, with the root at the end of the buffer) whose moves
// are scored by an averaged perceptron over Zhang & Nivre (2011) feature
// templates and trained with Goldberg & Nivre's (2012) dynamic oracle. A
// second perceptron labels each arc with a Universal Dependencies relation,
// as it is made or, in models trained with Options.DeferLabels, when its
// dependent leaves the stack (at once for LEFT arcs, at REDUCE for RIGHT
// arcs), so that the labeller sees the dependent's whole subtree.
// It reads the Penn Treebank tags the tagger stage set on the tokens. The
// shipped model is trained on UD English EWT and embedded in the binary.
//
// Speed. The weight tables are larger than the processor caches, so the
// frozen parser mostly waits for memory; it gives the same scores, to the
// bit, as looking up every feature (the weights are summed as integers,
// see perceptron.AddWeights), with fewer lookups: the move weights of the
// features of one word in one position (the stack and buffer words, the
// head and children of the stack top, the children of the buffer front)
// come from a cache of words (cache.go), and what the parser reads of a
// form and its tag (hashes, cluster) from a form cache (forms.go).
// BenchmarkParserEWT times it on real text:
//
//	GOMAXPROCS=1 go test -run XXX -bench ParserEWT -benchtime 10x ./nlp/parser
package parser

import (
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/clusters"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Parser assigns each token a head and a dependency relation. It is safe
// for concurrent use.
type Parser struct {
	moves  *perceptron.Model // classes: moveNames
	labels *perceptron.Model // classes: dependency relations
	tagIDs map[string]uint16 // tag -> id; unknown tags share one id
	clu    *clusters.Map     // word clusters, or nil
	root   int32             // index of "root" among labels
	// deferLabels labels a RIGHT arc when its dependent leaves the stack
	// rather than when it is made
	deferLabels bool
	// free holds idle scratches; unlike a sync.Pool it keeps them (and
	// their caches) across garbage collections
	free chan *scratch
}

type scratch struct {
	st     state
	fs     []uint64
	scores [nMoves]float32
	lscore []float32
	allow  []bool
	buf    []byte
	forms  formCache
	hints  []*formEntry // of the loaded sentence's words
	cache  *roleCache   // move weights of words by role (frozen model)
}

func newParser(moves, labels *perceptron.Model, tagIDs map[string]uint16, clu *clusters.Map) *Parser {
	return &Parser{moves: moves, labels: labels, tagIDs: tagIDs, clu: clu, root: int32(labels.Class("root")), free: make(chan *scratch, 8)}
}

// get returns an idle scratch or a new one.
func (p *Parser) get() *scratch {
	select {
	case sc := <-p.free:
		return sc
	default:
	}
	sc := &scratch{lscore: make([]float32, len(p.labels.Classes)), allow: make([]bool, len(p.labels.Classes))}
	for i := range sc.allow {
		sc.allow[i] = int32(i) != p.root
	}
	return sc
}

// put returns a scratch for reuse.
func (p *Parser) put(sc *scratch) {
	select {
	case p.free <- sc:
	default:
	}
}

// Name implements doc.Stage.
func (p *Parser) Name() string { return "parser" }

// Labels returns the dependency relations the parser assigns.
func (p *Parser) Labels() []string { return p.labels.Classes }

// wordHash hashes the ASCII-lower-cased form, mapping typographic quotes
// to ASCII ones.
func wordHash(form string) uint64 {
	h := perceptron.NewHasher(1)
	for i := 0; i < len(form); i++ {
		c := form[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		} else if c == 0xE2 && i+2 < len(form) && form[i+1] == 0x80 {
			switch form[i+2] {
			case 0x98, 0x99, 0x9B: // ‘ ’ ‛
				c = '\''
				i += 2
			case 0x9C, 0x9D, 0x9E: // “ ” „
				c = '"'
				i += 2
			}
		}
		h = h.Byte(c)
	}
	return h.Sum()
}

func (p *Parser) tagID(tag string) uint64 {
	if id, ok := p.tagIDs[tag]; ok {
		return uint64(id)
	}
	return uint64(len(p.tagIDs))
}

// load fills the state for a sentence given by accessor functions.
func (p *Parser) load(sc *scratch, n int, form func(int) string, tag func(int) string) {
	st := &sc.st
	st.reset(n)
	if sc.forms == nil {
		sc.forms = formCache{}
	}
	sc.hints = sc.hints[:0]
	for i := 0; i < n; i++ {
		var e *formEntry
		e, sc.buf = p.word(sc.forms, form(i), tag(i), sc.buf)
		st.word[i], st.tag[i], st.clu[i], st.clu4[i] = e.k.w, e.k.p, e.k.c, e.k.c4
		sc.hints = append(sc.hints, e)
	}
	st.word[n] = rootWord
	st.tag[n] = uint64(len(p.tagIDs)) + 1
	st.clu[n], st.clu4[n] = rootWord, rootWord
}

// run parses the loaded state greedily. A frozen model scores the moves
// through the role cache, which gives the scores of the features, to the
// bit.
func (p *Parser) run(sc *scratch) {
	st := &sc.st
	cached := p.moves.Frozen()
	if cached {
		if sc.cache == nil {
			sc.cache = newRoleCache(p.moves, roleWords)
		}
		sc.cache.sentence(p.moves, st, sc.hints)
	}
	var ok [nMoves]bool
	for !st.terminal() {
		st.legal(&ok)
		best := -1
		if forced(&ok) {
			// one legal move: no need to score (an empty stack shifts,
			// an empty buffer pops)
			for m := 0; m < nMoves; m++ {
				if ok[m] {
					best = m
				}
			}
		} else {
			if cached {
				sc.fs = sc.cache.scores(p.moves, st, sc.fs, sc.scores[:])
			} else {
				sc.fs = st.features(sc.fs[:0])
				p.moves.Scores(sc.fs, sc.scores[:])
			}
			for m := 0; m < nMoves; m++ {
				if ok[m] && (best < 0 || sc.scores[m] > sc.scores[best]) {
					best = m
				}
			}
		}
		lab := int32(-1)
		switch best {
		case left:
			lab = p.label(sc, int32(st.b), st.top())
		case right:
			lab = pending
			if !p.deferLabels {
				lab = p.label(sc, st.top(), int32(st.b))
			}
		case reduce:
			if s0 := st.top(); st.label[s0] == pending {
				st.setLabel(s0, p.label(sc, st.head[s0], s0))
			}
		}
		st.apply(best, lab)
	}
	p.fixRoots(sc)
}

// forced reports whether exactly one move is legal.
func forced(ok *[nMoves]bool) bool {
	n := 0
	for _, b := range ok {
		if b {
			n++
		}
	}
	return n == 1
}

// label predicts the relation of the arc h -> d.
func (p *Parser) label(sc *scratch, h, d int32) int32 {
	st := &sc.st
	if int(h) == st.n {
		return p.root
	}
	sc.fs = st.labelFeatures(sc.fs[:0], h, d)
	p.labels.Scores(sc.fs, sc.lscore)
	return int32(perceptron.Argmax(sc.lscore, sc.allow))
}

// fixRoots leaves one word attached to the root: the first; any other
// root child is attached to it.
func (p *Parser) fixRoots(sc *scratch) {
	st := &sc.st
	n := int32(st.n)
	first := int32(-1)
	for i := int32(0); i < n; i++ {
		if st.head[i] != n {
			continue
		}
		if first < 0 {
			first = i
			continue
		}
		st.head[i] = first
		st.label[i] = p.label(sc, first, i)
	}
}

// Process implements doc.Stage: it sets Head and Dep on every token,
// sentence by sentence, reading the tokens' Tag.
func (p *Parser) Process(d *doc.Doc) error {
	sc := p.get()
	defer p.put(sc)
	for _, s := range d.Sents {
		toks := d.Tokens[s.First:s.Last]
		n := len(toks)
		if n == 0 {
			continue
		}
		p.load(sc, n, func(i int) string { return toks[i].Text }, func(i int) string { return toks[i].Tag })
		p.run(sc)
		for i := range toks {
			h := int(sc.st.head[i])
			if h == n || h < 0 {
				toks[i].Head = -1
			} else {
				toks[i].Head = s.First + h
			}
			toks[i].Dep = p.labels.Classes[sc.st.label[i]]
		}
	}
	return nil
}

// Parse parses one sentence given its word forms and tags, returning each
// word's head (0-based; -1 for the root) and relation.
func (p *Parser) Parse(forms, tags []string) (heads []int, deps []string) {
	sc := p.get()
	defer p.put(sc)
	n := len(forms)
	p.load(sc, n, func(i int) string { return forms[i] }, func(i int) string { return tags[i] })
	p.run(sc)
	heads, deps = make([]int, n), make([]string, n)
	for i := 0; i < n; i++ {
		h := int(sc.st.head[i])
		if h == n || h < 0 {
			h = -1
		}
		heads[i] = h
		deps[i] = p.labels.Classes[sc.st.label[i]]
	}
	return heads, deps
}
