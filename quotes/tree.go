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
	deps []string // each token's relation without its subtype
	// spans[i] is span(i, -1) plus one in both halves, once asked (0, 0
	// until then): the cue features ask it of the same words many times
	spans [][2]int32
}

func newTree(d *doc.Doc) *tree {
	n := len(d.Tokens)
	t := &tree{d: d, kids: make([][]int, n), deps: make([]string, n)}
	for i := range d.Tokens {
		t.deps[i], _, _ = strings.Cut(d.Tokens[i].Dep, ":")
	}
	// the children of all tokens side by side in one array, in token order
	count := make([]int32, n)
	all := 0
	for i, tok := range d.Tokens {
		if h := tok.Head; h >= 0 && h < n && h != i {
			count[h]++
			all++
		}
	}
	kids := make([]int, all)
	at := 0
	for h, c := range count {
		t.kids[h] = kids[at : at : at+int(c)]
		at += int(c)
	}
	for i, tok := range d.Tokens {
		if h := tok.Head; h >= 0 && h < n && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	for h := range t.kids {
		if len(t.kids[h]) == 0 {
			t.kids[h] = nil // as before: a token without children has none
		}
	}
	return t
}

// dep is token i's relation without its subtype ("acl" for "acl:relcl").
func (t *tree) dep(i int) string { return t.deps[i] }

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
	if skip < 0 {
		if t.spans == nil {
			t.spans = make([][2]int32, len(t.kids))
		}
		if s := t.spans[i]; s[1] > 0 {
			return int(s[0] - 1), int(s[1] - 1)
		}
		first, last = t.walkSpan(i, skip)
		t.spans[i] = [2]int32{int32(first + 1), int32(last + 1)}
		return first, last
	}
	return t.walkSpan(i, skip)
}

// walkSpan is span, read off the tree.
func (t *tree) walkSpan(i, skip int) (first, last int) {
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
