package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// Feature templates. The numbers are part of the model format: changing
// them invalidates trained models.
const (
	tBias byte = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre
	tSuf
	tLowerM2
	tLowerM1
	tLowerP1
	tLowerP2
	tWordM1
	tWordP1
	tShortM1
	tShortP1
	tShort3
	tBiM1
	tBiP1
	tY1
	tY2
	tY1Lower
	tY1Short
	tFirstLower
	tFirstShort
	tCapsLower
	tCapsBias
	tClus0
	tClusM1
	tClusP1
	tClusM2
	tClusP2
	tHistMaj
	tHistLast
	tGaz
	tGazLower
	tLen
	tDocLower
	tDocWhole
	tDocWholeShort
	tCase
	tCaseShort
	tTri
	tAgg
	tFarLeft
	tFarRight
)

// clusterPrefixes are the bit-string prefix lengths used as features.
var clusterPrefixes = [...]int{4, 6, 10, 20}

// tokInfo holds the per-token values that several templates share.
type tokInfo struct {
	word    string
	lower   uint64 // hash of the lower-cased word
	shape   uint64 // hash of the long word shape
	short   uint64 // hash of the short word shape
	cluster string // bit string, "" when unknown
	cap     bool   // starts with an upper-case letter
	caseB   int    // how the word's case forms compare in frequency (caseBucket)
	gaz     [6]uint16
	ngaz    int
}

// boundary atoms for positions outside the sentence
var (
	hStart = perceptron.NewHasher(0).Str("<s>").Sum()
	hEnd   = perceptron.NewHasher(0).Str("</s>").Sum()
)

func u64(h perceptron.Hasher, x uint64) perceptron.Hasher {
	for i := 0; i < 8; i++ {
		h = h.Byte(byte(x >> (8 * i)))
	}
	return h
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// hashLower hashes s lower-cased (ASCII letters only; other bytes as is).
func hashLower(h perceptron.Hasher, s string) perceptron.Hasher {
	for i := 0; i < len(s); i++ {
		h = h.Byte(lowerByte(s[i]))
	}
	return h.Byte(0xff)
}

// shapes returns hashes of the long shape (character classes, runs capped
// at 4) and the short shape (runs collapsed) of w.
func shapes(w string) (long, short uint64) {
	hl, hs := perceptron.NewHasher(0), perceptron.NewHasher(0)
	var prev byte
	run := 0
	for _, r := range w {
		var c byte
		switch {
		case r < utf8.RuneSelf && r >= 'A' && r <= 'Z':
			c = 'X'
		case r < utf8.RuneSelf && r >= 'a' && r <= 'z':
			c = 'x'
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = 'o'
		}
		if c == prev {
			run++
		} else {
			run = 1
			hs = hs.Byte(c)
		}
		if run <= 4 {
			hl = hl.Byte(c)
		}
		prev = c
	}
	return hl.Sum(), hs.Sum()
}

func startsUpper(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCapsSentence reports whether a sentence is a headline in capitals:
// at least three words with letters, and at most one of them not in
// capitals.
func isAllCapsSentence(words []string) bool {
	lettered, lower := 0, 0
	for _, w := range words {
		hasLetter, hasLower := false, false
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= 'a' && c <= 'z' {
				hasLetter, hasLower = true, true
			} else if c >= 'A' && c <= 'Z' {
				hasLetter = true
			}
		}
		if hasLetter {
			lettered++
			if hasLower {
				lower++
			}
		}
	}
	return lettered >= 3 && lower <= 1
}

// prefixes of a cluster bit string
func clusterPrefix(bits string, k int) string {
	if len(bits) > k {
		return bits[:k]
	}
	return bits
}

// Ablation switches for experiments.
var ablateGaz, ablateHist, ablateDoc, ablateAgg, ablateFar bool

// Roles of a token relative to the one being labeled: itself, the
// previous and next token, and two before and after.
const (
	role0 = iota
	roleM1
	roleP1
	roleM2
	roleP2
	roleM3
	roleP3
	roleM4
	roleP4
	nRoles
)

// roleOffset is the position of a token in each role relative to the
// labeled token.
var roleOffset = [nRoles]int{0, -1, 1, -2, 2, -3, 3, -4, 4}

// roleVec maps each role to the role whose word features it shares: the
// far roles on each side have the same (bag-of-words) features, so the
// score cache keeps nVecRoles vectors per word.
var roleVec = [nRoles]int{0, 1, 2, 3, 4, 5, 6, 5, 6}

const nVecRoles = 7

// maxOffset is the largest distance in roleOffset.
const maxOffset = 4

var (
	startTok = tokInfo{word: "<s>", lower: hStart, shape: hStart, short: hStart}
	endTok   = tokInfo{word: "</s>", lower: hEnd, shape: hEnd, short: hEnd}
)

// tokAt returns token j of the sentence or a boundary pseudo-token.
func tokAt(toks []tokInfo, j int) *tokInfo {
	switch {
	case j < 0:
		return &startTok
	case j >= len(toks):
		return &endTok
	}
	return &toks[j]
}

// wordFeatures appends the features that depend only on one token's word
// and its role. Their scores can be cached per word.
func wordFeatures(fs []uint64, tk *tokInfo, role int, withClusters bool) []uint64 {
	H := perceptron.NewHasher
	clus := func(tpl byte, all bool) {
		if !withClusters {
			return
		}
		b := tk.cluster
		if b == "" {
			fs = append(fs, H(tpl).Str("-").Sum())
			return
		}
		last := ""
		for _, k := range clusterPrefixes {
			if !all && k != 6 && k != 20 {
				continue
			}
			p := clusterPrefix(b, k)
			if p == last {
				break
			}
			last = p
			fs = append(fs, H(tpl).Int(k).Str(p).Sum())
		}
	}
	switch role {
	case role0:
		fs = append(fs,
			H(tBias).Sum(),
			H(tWord).Str(tk.word).Sum(),
			u64(H(tLower), tk.lower).Sum(),
			u64(H(tShape), tk.shape).Sum(),
			u64(H(tShort), tk.short).Sum())
		w := tk.word
		for k := 1; k <= 4 && k < len(w); k++ {
			fs = append(fs, hashLower(H(tPre).Int(k), w[:k]).Sum(), hashLower(H(tSuf).Int(k), w[len(w)-k:]).Sum())
		}
		ln := len(w)
		if ln > 12 {
			ln = 12
		}
		fs = append(fs, H(tLen).Int(ln).Sum())
		if tk.caseB != 0 {
			fs = append(fs, H(tCase).Int(tk.caseB).Sum(), u64(H(tCaseShort).Int(tk.caseB), tk.short).Sum())
		}
		clus(tClus0, true)
	case roleM1:
		fs = append(fs, u64(H(tLowerM1), tk.lower).Sum(), H(tWordM1).Str(tk.word).Sum(), u64(H(tShortM1), tk.short).Sum())
		clus(tClusM1, true)
	case roleP1:
		fs = append(fs, u64(H(tLowerP1), tk.lower).Sum(), H(tWordP1).Str(tk.word).Sum(), u64(H(tShortP1), tk.short).Sum())
		clus(tClusP1, true)
	case roleM2:
		fs = append(fs, u64(H(tLowerM2), tk.lower).Sum())
		clus(tClusM2, false)
	case roleP2:
		fs = append(fs, u64(H(tLowerP2), tk.lower).Sum())
		clus(tClusP2, false)
	case roleM3, roleM4:
		// words three and four to the left, as a bag
		if !ablateFar {
			fs = append(fs, u64(H(tFarLeft), tk.lower).Sum())
		}
	case roleP3, roleP4:
		if !ablateFar {
			fs = append(fs, u64(H(tFarRight), tk.lower).Sum())
		}
	}
	return fs
}

// staticFeatures appends the word features of all roles around token i.
func (t *tagger) staticFeatures(fs []uint64, toks []tokInfo, i int) []uint64 {
	for r := 0; r < nRoles; r++ {
		fs = wordFeatures(fs, tokAt(toks, i+roleOffset[r]), r, t.clusters != nil)
	}
	return fs
}

// contextFeatures appends the features of token i that look at several
// words or at the sentence but not at labels: they are computed once per
// sentence.
func contextFeatures(fs []uint64, toks []tokInfo, i int, caps bool) []uint64 {
	tk := &toks[i]
	H := perceptron.NewHasher
	prev, next := tokAt(toks, i-1), tokAt(toks, i+1)
	fs = append(fs,
		u64(u64(u64(H(tShort3), prev.short), tk.short), next.short).Sum(),
		u64(u64(H(tBiM1), prev.lower), tk.lower).Sum(),
		u64(u64(H(tBiP1), tk.lower), next.lower).Sum(),
		u64(u64(u64(H(tTri), prev.lower), tk.lower), next.lower).Sum())
	if i == 0 {
		fs = append(fs, u64(H(tFirstLower), tk.lower).Sum(), u64(H(tFirstShort), tk.short).Sum())
	}
	if caps {
		fs = append(fs, u64(H(tCapsLower), tk.lower).Sum(), H(tCapsBias).Sum())
	}
	for g := 0; g < tk.ngaz && !ablateGaz; g++ {
		fs = append(fs, H(tGaz).Int(int(tk.gaz[g])).Sum())
	}
	return fs
}

// labelFeatures appends the features of token i that depend on the
// previous labels and on the document memory. With tables, the two pure
// label features (tY1, tY2) are left to the caller's score tables.
func labelFeatures(fs []uint64, tk *tokInfo, y1, y2 int, st *docState, tables bool) []uint64 {
	H := perceptron.NewHasher
	if !tables {
		fs = append(fs, H(tY1).Int(y1+1).Sum(), H(tY2).Int(y2+1).Int(y1+1).Sum())
	}
	fs = prevLabelFeatures(fs, tk, y1)
	return docFeatures(fs, tk, st)
}

// prevLabelFeatures appends the conjunctions of the previous label with
// the token.
func prevLabelFeatures(fs []uint64, tk *tokInfo, y1 int) []uint64 {
	H := perceptron.NewHasher
	return append(fs,
		u64(H(tY1Lower).Int(y1+1), tk.lower).Sum(),
		u64(H(tY1Short).Int(y1+1), tk.short).Sum())
}

// docFeatures appends the features of a token that come from the rest of
// the document: the first pass's view of the word, the contexts of its
// other occurrences and the prediction history.
func docFeatures(fs []uint64, tk *tokInfo, st *docState) []uint64 {
	if st != nil && tk.cap && !st.collect && !ablateDoc {
		fs = docStaticFeatures(fs, tk, st)
	}
	return histFeatures(fs, tk, st)
}

// docStaticFeatures appends the second-pass features of a capitalised
// token that depend only on its word (and short shape) and on the first
// pass: how the word was labelled across the document and the contexts of
// its occurrences.
func docStaticFeatures(fs []uint64, tk *tokInfo, st *docState) []uint64 {
	H := perceptron.NewHasher
	if typ, dom, ok := st.whole(tk.lower); ok {
		fs = append(fs, H(tDocWhole).Int(typ).Int(dom).Sum(), u64(H(tDocWholeShort).Int(typ).Int(dom), tk.short).Sum())
	}
	return append(fs, st.contexts(tk.lower)...)
}

// histFeatures appends the prediction-history features of a token.
func histFeatures(fs []uint64, tk *tokInfo, st *docState) []uint64 {
	H := perceptron.NewHasher
	if st != nil && tk.cap && !ablateHist {
		if h, ok := st.lookup(tk.word); ok {
			fs = append(fs, H(tHistMaj).Int(h.major()).Sum(), H(tHistLast).Int(h.last).Sum())
		}
	}
	return fs
}

// Case buckets: how often a capitalised word's lower-case form occurs
// compared with its capitalised forms in the clustering corpus.
const (
	caseNone = iota // no upper-case letter: no feature
	caseUnknown
	caseNeverLower
	caseOnlyLower
	caseMostlyLower
	caseMoreLower
	caseMoreCap
	caseMostlyCap
)

func caseBucket(exact, title, lower int) int {
	capc := exact
	if title > capc {
		capc = title
	}
	switch {
	case capc == 0 && lower == 0:
		return caseUnknown
	case lower == 0:
		return caseNeverLower
	case capc == 0:
		return caseOnlyLower
	case lower > 10*capc:
		return caseMostlyLower
	case lower > capc:
		return caseMoreLower
	case 10*lower > capc:
		return caseMoreCap
	}
	return caseMostlyCap
}
