package quotes

import (
	"github.com/dateline-news/dateline/doc"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// The rankers choose, for a cue the model accepts, its source among
// sourceOptions and its content among contentOptions. They share the cue
// model's file and classes: an option's margin ("cue" score minus "none"
// score) under its own feature templates ranks it.
const (
	fSrcHow byte = iota + 64
	fSrcHowLemma
	fSrcHowDep
	fSrcHowLex
	fSrcHowParse
	fSrcKind
	fSrcHowKind
	fSrcHead
	fSrcFirst
	fSrcDist
	fSrcLen
	fSrcLemmaKind
	fCntHow
	fCntHowLemma
	fCntHowLex
	fCntHowDep
	fCntLen
	fCntFirst
	fCntHowFirst
	fCntFirstTag
	fCntDist
	fCntEnd
	fCntLemmaFirst
	fCntHowParse
)

// sourceFeatures appends the features of source option o of the cue at k;
// parseHow is how the parse reading was found.
func (t *tree) sourceFeatures(k int, o srcOption, parseHow string, out []uint64) []uint64 {
	d := t.d
	lm := lemma(d, k)
	tok := d.Tokens[k]
	h := func(tpl byte) perceptron.Hasher { return perceptron.NewHasher(tpl).Str(o.how) }
	add := func(x perceptron.Hasher) { out = append(out, x.Sum()) }
	add(h(fSrcHow))
	add(h(fSrcHowLemma).Str(lm))
	add(h(fSrcHowDep).Str(tok.Dep).Str(tok.Tag))
	add(h(fSrcHowLex).Str(lexClass(lm)))
	add(h(fSrcHowParse).Str(parseHow))
	kind := "none"
	if o.n.ok() {
		kind = "nospan"
		if si := bestMention(d, o.n); si >= 0 {
			kind = d.Spans[si].Label + "/" + d.Spans[si].Kind
		}
		head := o.n.last - 1
		add(h(fSrcHead).Str(lemma(d, head)))
		add(h(fSrcFirst).Str(lower(d, o.n.first)).Str(d.Tokens[o.n.first].Tag))
		dist, side := k-o.n.last, "before"
		if o.n.first > k {
			dist, side = o.n.first-k, "after"
		}
		add(h(fSrcDist).Str(side).Str(bucket(dist)))
		add(h(fSrcLen).Str(bucket(o.n.last - o.n.first)))
		if o.n.rel >= 0 {
			add(h(fSrcHowKind).Str("relative"))
		}
	}
	add(perceptron.NewHasher(fSrcKind).Str(kind))
	add(h(fSrcHowKind).Str(kind))
	add(perceptron.NewHasher(fSrcLemmaKind).Str(lm).Str(kind))
	return out
}

// contentFeatures appends the features of content option o of the cue at
// k; parseHow is how the parse reading was found.
func (t *tree) contentFeatures(k int, o cntOption, parseHow string, out []uint64) []uint64 {
	d := t.d
	lm := lemma(d, k)
	tok := d.Tokens[k]
	h := func(tpl byte) perceptron.Hasher { return perceptron.NewHasher(tpl).Str(o.how) }
	add := func(x perceptron.Hasher) { out = append(out, x.Sum()) }
	first := lower(d, o.first)
	add(h(fCntHow))
	add(h(fCntHowLemma).Str(lm))
	add(h(fCntHowLex).Str(lexClass(lm)))
	add(h(fCntHowDep).Str(tok.Dep).Str(tok.Tag))
	add(h(fCntLen).Str(bucket(o.last - o.first)))
	add(perceptron.NewHasher(fCntFirst).Str(first))
	add(h(fCntHowFirst).Str(first))
	add(h(fCntFirstTag).Str(d.Tokens[o.first].Tag))
	dist, side := k-o.last, "before"
	if o.first > k {
		dist, side = o.first-k-1, "after"
	} else if o.last > k {
		dist, side = 0, "around"
	}
	add(h(fCntDist).Str(side).Str(bucket(dist)))
	s := d.Sents[tok.Sent]
	add(h(fCntEnd).Str(bucket(s.Last - o.last)).Str(bucket(o.first - s.First)))
	add(perceptron.NewHasher(fCntLemmaFirst).Str(lm).Str(side).Str(first))
	add(h(fCntHowParse).Str(parseHow))
	return out
}

// Option is one reading of a cue's source or content for the rankers:
// its features and whether it is right.
type Option struct {
	Feats []uint64
	Right bool
}

// margin is the "cue" score minus the "none" score of feats.
func margin(m *perceptron.Model, feats []uint64, scores []float32) float32 {
	m.Scores(feats, scores)
	return scores[1] - scores[0]
}

// best returns the index of the option m ranks highest (the first on a
// tie), or -1 when there are none.
func best(m *perceptron.Model, opts []Option) int {
	scores := make([]float32, len(m.Classes))
	bi, bm := -1, float32(0)
	for i, o := range opts {
		if mg := margin(m, o.Feats, scores); bi < 0 || mg > bm {
			bi, bm = i, mg
		}
	}
	return bi
}

// rankedSource returns the source of the cue at k that m ranks highest.
func (t *tree) rankedSource(m *perceptron.Model, k int) np { return t.rankedSourceOption(m, k).n }

// rankedSourceOption returns the source reading of the cue at k that m
// ranks highest (the parse's on a tie).
func (t *tree) rankedSourceOption(m *perceptron.Model, k int) srcOption {
	opts := t.sourceOptions(k, nil)
	parseHow := opts[0].how
	scores := make([]float32, len(m.Classes))
	bi, bm := 0, float32(0)
	var fs []uint64
	for i, o := range opts {
		fs = t.sourceFeatures(k, o, parseHow, fs[:0])
		if mg := margin(m, fs, scores); i == 0 || mg > bm {
			bi, bm = i, mg
		}
	}
	return opts[bi]
}

// rankedContentOption returns the content reading of the cue at k that m
// ranks highest (the parse's on a tie) among those ok accepts (nil
// accepts all); empty when there is none.
func (t *tree) rankedContentOption(m *perceptron.Model, k int, ok func(cntOption) bool) cntOption {
	opts := t.contentOptions(k, nil)
	if len(opts) == 0 {
		return cntOption{how: "none"}
	}
	parseHow := opts[0].how
	scores := make([]float32, len(m.Classes))
	bi, bm := -1, float32(0)
	var fs []uint64
	for i, o := range opts {
		if ok != nil && !ok(o) {
			continue
		}
		fs = t.contentFeatures(k, o, parseHow, fs[:0])
		if mg := margin(m, fs, scores); bi < 0 || mg > bm {
			bi, bm = i, mg
		}
	}
	if bi < 0 {
		return cntOption{how: "none"}
	}
	return opts[bi]
}

// rankOptions returns the labelled source and content options of the cue
// at k for gold attribution g: sources right when they match the gold
// source, contents right when they overlap the gold content as much as
// any option does (Jaccard).
func (t *tree) rankOptions(k int, g Gold) (src, cnt []Option) {
	d := t.d
	sopts := t.sourceOptions(k, nil)
	for _, o := range sopts {
		src = append(src, Option{Feats: t.sourceFeatures(k, o, sopts[0].how, nil), Right: sourceMatches(d, o.n, g.Source)})
	}
	copts := t.contentOptions(k, nil)
	js := make([]float64, len(copts))
	bestJ := 0.0
	for i, o := range copts {
		js[i] = jaccardOf(g.Content, o.rng(d))
		bestJ = max(bestJ, js[i])
	}
	for i, o := range copts {
		cnt = append(cnt, Option{Feats: t.contentFeatures(k, o, copts[0].how, nil), Right: bestJ > 0 && js[i] >= bestJ-1e-9})
	}
	return src, cnt
}

// jaccardOf is the share of bytes gold fragments and r have in common out
// of the bytes either covers.
func jaccardOf(gold []doc.Range, r doc.Range) float64 {
	n, total := 0, r.Len()
	for _, g := range gold {
		total += g.Len()
		if lo, hi := max(g.Start, r.Start), min(g.End, r.End); hi > lo {
			n += hi - lo
		}
	}
	if n == 0 {
		return 0
	}
	return float64(n) / float64(total-n)
}
