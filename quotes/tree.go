package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// tree is the dependency parse of a Doc seen from the heads: each token's
// children, in text order.
type tree struct {
	d    *doc.Doc
	kids [][]int
}

func newTree(d *doc.Doc) *tree {
	t := &tree{d: d, kids: make([][]int, len(d.Tokens))}
	for i, tok := range d.Tokens {
		if h := tok.Head; h >= 0 && h < len(d.Tokens) && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// dep is token i's relation without its subtype ("acl" for "acl:relcl").
func (t *tree) dep(i int) string {
	r, _, _ := strings.Cut(t.d.Tokens[i].Dep, ":")
	return r
}

// child returns the first child of i whose full relation is one of rels,
// or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, c := range t.kids[i] {
		for _, r := range rels {
			if t.d.Tokens[c].Dep == r {
				return c
			}
		}
	}
	return -1
}

// caseWord is the lower-case preposition or marker of token i ("for" in
// "called for tariffs"), or "".
func (t *tree) caseWord(i int) string {
	for _, c := range t.kids[i] {
		if r := t.dep(c); r == "case" || r == "mark" {
			return lower(t.d, c)
		}
	}
	return ""
}

// span returns the token range [first, last) the subtree of i covers,
// within its sentence, leaving out the subtree of skip (-1 for none) when
// it lies at an edge.
func (t *tree) span(i, skip int) (first, last int) {
	first, last = i, i+1
	sent := t.d.Tokens[i].Sent
	var walk func(j, depth int)
	walk = func(j, depth int) {
		if depth > 60 {
			return
		}
		for _, c := range t.kids[j] {
			if c == skip || t.d.Tokens[c].Sent != sent {
				continue
			}
			first, last = min(first, c), max(last, c+1)
			walk(c, depth+1)
		}
	}
	walk(i, 0)
	return first, last
}

// trimSpan drops punctuation, quotation marks and conjunctions at the
// edges of tokens [first, last).
func trimSpan(d *doc.Doc, first, last int) (int, int) {
	for first < last {
		w := lower(d, first)
		if isPunct(w) || isQuoteMark(w) || dashes[w] || w == "and" || w == "but" || w == "(" || w == ")" {
			first++
			continue
		}
		break
	}
	for last > first {
		w := lower(d, last-1)
		if isPunct(w) || isQuoteMark(w) || dashes[w] || w == "(" || w == ")" || w == "and" || w == "but" {
			last--
			continue
		}
		break
	}
	return first, last
}
