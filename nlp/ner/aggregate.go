package ner

import "github.com/dateline-news/dateline/nlp/perceptron"

// Context aggregation (Ratinov and Roth 2009): in the first pass the
// tagger records, for every capitalised word, the words around each of its
// occurrences in the document; in the second pass each occurrence sees the
// contexts of all of them. A name whose type is unclear in one sentence
// ("Washington fell short") borrows the evidence of the others ("said
// Washington", "the 11th-seeded Washington").

// aggWindow is how far on each side context words are collected.
const aggWindow = 2

// aggMax caps the contexts kept per word.
const aggMax = 24

// ctxSet is the distinct context keys of one word.
type ctxSet struct {
	keys []uint64
}

// recordContexts adds the contexts of the capitalised tokens of a
// first-pass sentence.
func (s *docState) recordContexts(toks []tokInfo) {
	if ablateAgg {
		return
	}
	for i := range toks {
		if !toks[i].cap {
			continue
		}
		row, ok := s.ctxNext[toks[i].lower]
		if !ok {
			row = int32(len(s.ctxRows))
			s.ctxNext[toks[i].lower] = row
			if len(s.ctxRows) < cap(s.ctxRows) {
				s.ctxRows = s.ctxRows[:len(s.ctxRows)+1]
				s.ctxRows[row].keys = s.ctxRows[row].keys[:0]
			} else {
				s.ctxRows = append(s.ctxRows, ctxSet{})
			}
		}
		cs := &s.ctxRows[row]
		for o := -aggWindow; o <= aggWindow; o++ {
			if o == 0 || len(cs.keys) >= aggMax {
				continue
			}
			nb := tokAt(toks, i+o)
			if nb.cap {
				continue // only common words: names are the other features' job
			}
			k := u64(perceptron.NewHasher(tAgg).Int(o+aggWindow), nb.lower).Sum()
			dup := false
			for _, x := range cs.keys {
				if x == k {
					dup = true
					break
				}
			}
			if !dup {
				cs.keys = append(cs.keys, k)
			}
		}
	}
}

// contexts returns the aggregated context keys of a word in the second
// pass.
func (s *docState) contexts(lower uint64) []uint64 {
	row, ok := s.ctxCur[lower]
	if !ok {
		return nil
	}
	return s.ctxRows[row].keys
}
