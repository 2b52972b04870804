package ner

import (
	"strings"

	"github.com/dateline-news/dateline/nlp/conll"
)

// Label scheme: BILOU. Class 0 is always "O"; then for each entity type T
// in order B-T, I-T, L-T, U-T.
const (
	pB = iota
	pI
	pL
	pU
)

// labelSet maps between BILOU class indices and entity types.
type labelSet struct {
	classes []string // "O", "B-PER", "I-PER", ...
	types   []string // "PER", ...
	typeIdx map[string]int
	// per class: position (pB..pU, -1 for O) and type index (-1 for O)
	pos, typ []int
	// allowedAfter[c] is the set of classes that may follow class c;
	// allowedAfter[len] is the set allowed at sentence start.
	allowedAfter [][]bool
	// allowedLast[c]: c may end a sentence.
	allowedLast []bool
	// allowedList[prev] lists the classes allowed after prev, and
	// allowedLastList[prev] those that may also end a sentence.
	allowedList, allowedLastList [][]int
}

func newLabelSet(types []string) *labelSet {
	ls := &labelSet{types: types, typeIdx: map[string]int{}}
	ls.classes = append(ls.classes, "O")
	ls.pos = append(ls.pos, -1)
	ls.typ = append(ls.typ, -1)
	for ti, t := range types {
		ls.typeIdx[t] = ti
		for p, pre := range []string{"B-", "I-", "L-", "U-"} {
			ls.classes = append(ls.classes, pre+t)
			ls.pos = append(ls.pos, p)
			ls.typ = append(ls.typ, ti)
		}
	}
	n := len(ls.classes)
	ls.allowedAfter = make([][]bool, n+1)
	for prev := 0; prev <= n; prev++ {
		a := make([]bool, n)
		for c := 0; c < n; c++ {
			a[c] = ls.canFollow(prev, c)
		}
		ls.allowedAfter[prev] = a
	}
	ls.allowedLast = make([]bool, n)
	for c := 0; c < n; c++ {
		ls.allowedLast[c] = ls.pos[c] == -1 || ls.pos[c] == pL || ls.pos[c] == pU
	}
	ls.allowedList = make([][]int, n+1)
	ls.allowedLastList = make([][]int, n+1)
	for prev := 0; prev <= n; prev++ {
		for c := 0; c < n; c++ {
			if ls.allowedAfter[prev][c] {
				ls.allowedList[prev] = append(ls.allowedList[prev], c)
				if ls.allowedLast[c] {
					ls.allowedLastList[prev] = append(ls.allowedLastList[prev], c)
				}
			}
		}
	}
	return ls
}

// labelSetFromClasses rebuilds a label set from a model's class names.
func labelSetFromClasses(classes []string) *labelSet {
	var types []string
	for _, c := range classes {
		if strings.HasPrefix(c, "B-") {
			types = append(types, c[2:])
		}
	}
	return newLabelSet(types)
}

// canFollow reports whether class c may follow class prev (prev ==
// len(classes) means sentence start).
func (ls *labelSet) canFollow(prev, c int) bool {
	inside := prev < len(ls.classes) && (ls.pos[prev] == pB || ls.pos[prev] == pI)
	if inside {
		return ls.typ[c] == ls.typ[prev] && (ls.pos[c] == pI || ls.pos[c] == pL)
	}
	return ls.pos[c] == -1 || ls.pos[c] == pB || ls.pos[c] == pU
}

// class returns the class index of position p of type t.
func (ls *labelSet) class(p, t int) int { return 1 + 4*t + p }

// encode turns spans over n tokens into BILOU class indices.
// Spans whose type is unknown are left as O.
func (ls *labelSet) encode(n int, spans []conll.Span, out []int) []int {
	out = out[:0]
	for i := 0; i < n; i++ {
		out = append(out, 0)
	}
	for _, s := range spans {
		t, ok := ls.typeIdx[s.Label]
		if !ok || s.Start < 0 || s.End > n || s.Start >= s.End {
			continue
		}
		if s.End-s.Start == 1 {
			out[s.Start] = ls.class(pU, t)
			continue
		}
		out[s.Start] = ls.class(pB, t)
		for i := s.Start + 1; i < s.End-1; i++ {
			out[i] = ls.class(pI, t)
		}
		out[s.End-1] = ls.class(pL, t)
	}
	return out
}

// decode turns class indices into spans. Ill-formed sequences are repaired
// leniently: an I or L without a B starts a span.
func (ls *labelSet) decode(ys []int, out []conll.Span) []conll.Span {
	start, typ := -1, -1
	for i, c := range ys {
		p, t := ls.pos[c], ls.typ[c]
		if start >= 0 && (p == -1 || p == pB || p == pU || t != typ) {
			out = append(out, conll.Span{Start: start, End: i, Label: ls.types[typ]})
			start = -1
		}
		switch p {
		case pU:
			out = append(out, conll.Span{Start: i, End: i + 1, Label: ls.types[t]})
		case pB, pI:
			if start < 0 {
				start, typ = i, t
			}
		case pL:
			if start < 0 {
				start, typ = i, t
			}
			out = append(out, conll.Span{Start: start, End: i + 1, Label: ls.types[t]})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, conll.Span{Start: start, End: len(ys), Label: ls.types[typ]})
	}
	return out
}
