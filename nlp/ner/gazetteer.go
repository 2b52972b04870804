package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"sort"

	"github.com/dateline-news/dateline/nlp/conll"
	"github.com/dateline-news/dateline/nlp/perceptron"
)

// gazMaxLen is the longest name (in tokens) a gazetteer holds.
const gazMaxLen = 6

// gazetteer maps hashed token sequences (exact case) to an entity type.
// Names are stored only as 64-bit hashes. The proper prefixes of names are
// stored too, with type 0, so that matching can stop as soon as a sequence
// is no name's prefix.
type gazetteer struct {
	m        *gazMap // hash -> type index + 1, or 0 for a prefix
	prefixed bool    // prefixes are stored (files before DLGZ3 lack them)
	folded   bool    // keys are of lower-cased words (foldKey), matched regardless of case
}

// addPrefixes adds the prefix entries of a name.
func (g *gazetteer) addPrefixes(words []string) {
	h := perceptron.NewHasher(0)
	for i := 0; i < len(words)-1; i++ {
		h = gazKey(h, words[i])
		if _, ok := g.m.get(h.Sum()); !ok {
			g.m.set(h.Sum(), 0)
		}
	}
}

func gazKey(h perceptron.Hasher, w string) perceptron.Hasher { return h.Str(w) }

// foldKey extends the key of a case-folded gazetteer by a word, given the
// hash of its lower-cased form (tokInfo.lower).
func foldKey(h perceptron.Hasher, lower uint64) perceptron.Hasher { return u64(h, lower) }

// buildGazetteer collects the names annotated in docs (skipping documents
// for which skip returns true) and keeps those that are mostly annotated
// with one type and are annotated in at least half of their occurrences.
func buildGazetteer(docs []conll.Document, ls *labelSet, skip func(int) bool) *gazetteer {
	type cnt struct {
		byType []int32
		total  int32
	}
	counts := map[uint64]*cnt{}
	nt := len(ls.types)
	for di, d := range docs {
		if skip != nil && skip(di) {
			continue
		}
		for _, s := range d.Sents {
			for _, sp := range s.Spans {
				t, ok := ls.typeIdx[sp.Label]
				if !ok || sp.End-sp.Start > gazMaxLen {
					continue
				}
				h := perceptron.NewHasher(0)
				for i := sp.Start; i < sp.End; i++ {
					h = gazKey(h, s.Words[i])
				}
				c := counts[h.Sum()]
				if c == nil {
					c = &cnt{byType: make([]int32, nt)}
					counts[h.Sum()] = c
				}
				c.byType[t]++
			}
		}
	}
	// count all occurrences of the candidate strings
	for di, d := range docs {
		if skip != nil && skip(di) {
			continue
		}
		for _, s := range d.Sents {
			for i := range s.Words {
				h := perceptron.NewHasher(0)
				for j := i; j < len(s.Words) && j-i < gazMaxLen; j++ {
					h = gazKey(h, s.Words[j])
					if c := counts[h.Sum()]; c != nil {
						c.total++
					}
				}
			}
		}
	}
	g := &gazetteer{m: newGazMap(0), prefixed: true}
	for k, c := range counts {
		best, bt, sum := int32(0), 0, int32(0)
		for t, n := range c.byType {
			sum += n
			if n > best {
				best, bt = n, t
			}
		}
		if 3*best >= 2*sum && 2*sum >= c.total {
			g.m.set(k, uint8(bt+1))
		}
	}
	for di, d := range docs {
		if skip != nil && skip(di) {
			continue
		}
		for _, s := range d.Sents {
			for _, sp := range s.Spans {
				if sp.End-sp.Start < 2 || sp.End-sp.Start > gazMaxLen {
					continue
				}
				h := perceptron.NewHasher(0)
				for i := sp.Start; i < sp.End; i++ {
					h = gazKey(h, s.Words[i])
				}
				if v, _ := g.m.get(h.Sum()); v != 0 {
					g.addPrefixes(s.Words[sp.Start:sp.End])
				}
			}
		}
	}
	return g
}

// markAll fills the gazetteer features of toks from each gazetteer in
// turn: for each name found, the gazetteer, its type and the token's
// position in it (BILU).
func markAll(toks []tokInfo, gazs []*gazetteer) {
	for i := range toks {
		toks[i].ngaz = 0
	}
	for gi, g := range gazs {
		g.mark(toks, gi)
	}
}

// mark adds the names of gazetteer gi found in toks to their gaz lists.
// The one-word keys of a batch of tokens are looked up together (see
// gazMap.getAll); longer names, which only start where a one-word key is
// found, one key at a time.
func (g *gazetteer) mark(toks []tokInfo, gi int) {
	if g == nil || g.m == nil || g.m.len() == 0 {
		return
	}
	var (
		hs   [gazBatch]perceptron.Hasher
		keys [gazBatch]uint64
		vals [gazBatch]uint8
		oks  [gazBatch]bool
	)
	for base := 0; base < len(toks); base += gazBatch {
		nb := min(gazBatch, len(toks)-base)
		for k := 0; k < nb; k++ {
			hs[k] = g.key(perceptron.NewHasher(0), &toks[base+k])
			keys[k] = hs[k].Sum()
		}
		g.m.getAll(keys[:nb], &vals, &oks)
		for k := 0; k < nb; k++ {
			i := base + k
			h := hs[k]
			for j := i; j < len(toks) && j-i < gazMaxLen; j++ {
				t, ok := vals[k], oks[k]
				if j > i {
					h = g.key(h, &toks[j])
					t, ok = g.m.get(h.Sum())
				}
				if !ok {
					if g.prefixed {
						break
					}
					continue
				}
				if t == 0 {
					continue // a prefix only
				}
				g.markName(toks, i, j, gi, int(t)-1)
			}
		}
	}
}

// key extends a name's key by a token.
func (g *gazetteer) key(h perceptron.Hasher, tk *tokInfo) perceptron.Hasher {
	if g.folded {
		return foldKey(h, tk.lower)
	}
	return gazKey(h, tk.word)
}

// markName adds the name of type ty over toks[i..j] of gazetteer gi to the
// gaz lists of its tokens, with their positions in it (BILU).
func (g *gazetteer) markName(toks []tokInfo, i, j, gi, ty int) {
	for k := i; k <= j; k++ {
		p := pI
		switch {
		case i == j:
			p = pU
		case k == i:
			p = pB
		case k == j:
			p = pL
		}
		tk := &toks[k]
		if tk.ngaz < len(tk.gaz) {
			tk.gaz[tk.ngaz] = uint16(gi<<10 | (ty*4 + p + 1))
			tk.ngaz++
		}
	}
}

// gazMagic starts a gazetteer file; DLGZ4 adds a flags byte per
// gazetteer (1: case-folded). DLGZ3 files are read as well.
const gazMagic = "DLGZ4"

// writeGazetteers saves gazetteers, gzipped, in one stream.
func writeGazetteers(w io.Writer, gazs []*gazetteer) error {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(gazMagic)
	var b [binary.MaxVarintLen64]byte
	bw.Write(b[:binary.PutUvarint(b[:], uint64(len(gazs)))])
	for _, g := range gazs {
		keys := make([]uint64, 0, g.m.len())
		g.m.each(func(k uint64, _ uint8) { keys = append(keys, k) })
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		var flags byte
		if g.folded {
			flags |= 1
		}
		bw.WriteByte(flags)
		bw.Write(b[:binary.PutUvarint(b[:], uint64(len(keys)))])
		var prev uint64
		for _, k := range keys {
			bw.Write(b[:binary.PutUvarint(b[:], k-prev)])
			prev = k
			v, _ := g.m.get(k)
			bw.WriteByte(v)
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readGazetteers reads what writeGazetteers wrote.
func readGazetteers(r io.Reader) ([]*gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(gazMagic))
	if _, err := io.ReadFull(br, head); err != nil || (string(head) != gazMagic && string(head) != "DLGZ3" && string(head) != "DLGZ2") {
		return nil, errors.New("ner: not a gazetteer file")
	}
	prefixed := string(head) != "DLGZ2"
	hasFlags := string(head) == gazMagic
	ng, err := binary.ReadUvarint(br)
	if err != nil || ng > 16 {
		return nil, errors.New("ner: bad gazetteer count")
	}
	var gazs []*gazetteer
	for i := uint64(0); i < ng; i++ {
		var flags byte
		if hasFlags {
			if flags, err = br.ReadByte(); err != nil {
				return nil, errors.New("ner: truncated gazetteer")
			}
		}
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<26 {
			return nil, errors.New("ner: bad gazetteer size")
		}
		g := &gazetteer{m: newGazMap(int(n)), prefixed: prefixed, folded: flags&1 != 0}
		var prev uint64
		for j := uint64(0); j < n; j++ {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, errors.New("ner: truncated gazetteer")
			}
			t, err := br.ReadByte()
			if err != nil {
				return nil, errors.New("ner: truncated gazetteer")
			}
			prev += d
			g.m.set(prev, t)
		}
		gazs = append(gazs, g)
	}
	return gazs, nil
}
