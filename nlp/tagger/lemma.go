package tagger

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/perceptron"
)

// lemmatizer maps a (form, tag) pair to a lower-case lemma: first through a
// table of the training data's forms whose lemma the rules get wrong, then
// through suffix rules learned per tag ("-ies" NNS -> "-y"), else the
// lower-cased form itself.
type lemmatizer struct {
	Table map[uint64]string // hash(tag, lower form) -> lemma
	Rules map[uint64]Rule   // hash(tag, lower suffix) -> rule
}

// Rule rewrites the end of a lower-cased form: cut bytes, then append Add.
type Rule struct {
	Cut uint8
	Add string
}

const maxSuffix = 5

func tableKey(tag string, low []byte) uint64 {
	h := perceptron.NewHasher(20).Str(tag)
	for _, c := range low {
		h = h.Byte(c)
	}
	return h.Sum()
}

func ruleKey(tag string, suf []byte) uint64 {
	h := perceptron.NewHasher(21).Str(tag)
	for _, c := range suf {
		h = h.Byte(c)
	}
	return h.Sum()
}

// lowerASCII appends the ASCII-lower-cased form to b.
func lowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		b = append(b, c)
	}
	return b
}

// lemma returns the lemma of a normalised form.
func (l *lemmatizer) lemma(form, tag string) string {
	var buf [64]byte
	lem, b := l.lemmaBytes(form, tag, buf[:0])
	if b != nil {
		return string(b)
	}
	return lem
}

// lemmaBytes returns the lemma of a normalised form either as a string
// that needs no allocation (a table entry or the form itself) or, when
// that string is empty, as bytes appended to buf.
func (l *lemmatizer) lemmaBytes(form, tag string, buf []byte) (string, []byte) {
	low := lowerASCII(buf[:0], form)
	if lem, ok := l.Table[tableKey(tag, low)]; ok {
		return lem, nil
	}
	r := l.rule(tag, low)
	if r.Cut == 0 && r.Add == "" {
		if string(low) == form {
			return form, nil
		}
		return "", low
	}
	if int(r.Cut) > len(low) {
		return "", low
	}
	return "", append(low[:len(low)-int(r.Cut)], r.Add...)
}

// internLimit bounds a scratch's lemma cache.
const internLimit = 1 << 14

// intern returns b as a string, reusing an earlier copy when the cache
// holds one.
func intern(cache map[string]string, b []byte) string {
	if s, ok := cache[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(cache) < internLimit {
		cache[s] = s
	}
	return s
}

func (l *lemmatizer) rule(tag string, low []byte) Rule {
	for k := min(maxSuffix, len(low)); k >= 1; k-- {
		if r, ok := l.Rules[ruleKey(tag, low[len(low)-k:])]; ok {
			return r
		}
	}
	return Rule{}
}

// transform is the rule that turns low into lemma.
func transform(low, lemma string) Rule {
	p := 0
	for p < len(low) && p < len(lemma) && low[p] == lemma[p] {
		p++
	}
	if len(low)-p > 255 {
		return Rule{}
	}
	return Rule{Cut: uint8(len(low) - p), Add: lemma[p:]}
}

// lemmaExample is one (form, tag, lemma) observation.
type lemmaExample struct{ form, tag, lemma string }

// learnLemmatizer builds the rules and the exception table.
func learnLemmatizer(ex []lemmaExample) *lemmatizer {
	type pair struct {
		key uint64
		r   Rule
	}
	ruleCounts := map[pair]int{}
	keyTotals := map[uint64]int{}
	type formTag struct{ low, tag string }
	lemmaCounts := map[formTag]map[string]int{}
	for _, e := range ex {
		if e.lemma == "_" || e.lemma == "" {
			continue
		}
		low := strings.ToLower(e.form)
		lem := strings.ToLower(e.lemma)
		r := transform(low, lem)
		for k := 1; k <= min(maxSuffix, len(low)); k++ {
			key := ruleKey(e.tag, []byte(low[len(low)-k:]))
			ruleCounts[pair{key, r}]++
			keyTotals[key]++
		}
		ft := formTag{low, e.tag}
		if lemmaCounts[ft] == nil {
			lemmaCounts[ft] = map[string]int{}
		}
		lemmaCounts[ft][lem]++
	}
	l := &lemmatizer{Table: map[uint64]string{}, Rules: map[uint64]Rule{}}
	best := map[uint64]pair{}
	bestN := map[uint64]int{}
	for p, n := range ruleCounts {
		if keyTotals[p.key] < 3 {
			continue
		}
		if n > bestN[p.key] || (n == bestN[p.key] && ruleLess(p.r, best[p.key].r)) {
			best[p.key], bestN[p.key] = p, n
		}
	}
	for k, p := range best {
		l.Rules[k] = p.r
	}
	for ft, lems := range lemmaCounts {
		var lem string
		n := 0
		for s, c := range lems {
			if c > n || (c == n && s < lem) {
				lem, n = s, c
			}
		}
		if l.lemma(ft.low, ft.tag) != lem {
			l.Table[tableKey(ft.tag, []byte(ft.low))] = lem
		}
	}
	return l
}

func ruleLess(a, b Rule) bool {
	if a.Cut != b.Cut {
		return a.Cut < b.Cut
	}
	return a.Add < b.Add
}
