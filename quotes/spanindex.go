package quotes

import (
	"sync"

	"github.com/dateline-news/dateline/doc"
)

// spanIndex answers, for one Doc, the questions the rules ask of its name
// and time spans token by token (is this token in a name? does a time
// expression end here?) without a scan over all spans for each. It covers
// the spans the Doc had when the index was built; those added later (this
// stage adds nominal and pronoun mentions only) are scanned as before, so
// every answer is the one a scan of all spans gives.
type spanIndex struct {
	n         int     // spans covered: d.Spans[:n]
	name      []bool  // token lies in a name
	timeish   []bool  // token lies in a time expression or a DATE or TIME span
	timeEnd   []int32 // timeEnd[j]: first token of the first time span ending at j, or -1
	timeStart []int32 // timeStart[j]: token after the first time span starting at j, or -1
	// the covered spans by first token: those starting at token j are
	// byFirst[starts[j]:starts[j+1]], in span order; spans whose first
	// token lies outside the Doc are in odd
	starts  []int32
	byFirst []int32
	odd     []int32
}

// newSpanIndex indexes the spans of d.
func newSpanIndex(d *doc.Doc) *spanIndex {
	nt := len(d.Tokens)
	x := &spanIndex{
		n:         len(d.Spans),
		name:      make([]bool, nt),
		timeish:   make([]bool, nt),
		timeEnd:   make([]int32, nt+1),
		timeStart: make([]int32, nt+1),
	}
	for j := range x.timeEnd {
		x.timeEnd[j], x.timeStart[j] = -1, -1
	}
	x.starts = make([]int32, nt+1)
	for _, s := range d.Spans {
		first, last := max(s.First, 0), min(s.Last, nt)
		if s.Kind == doc.KindName {
			for i := first; i < last; i++ {
				x.name[i] = true
			}
		}
		if s.Kind == doc.KindTime || s.Label == "DATE" || s.Label == "TIME" {
			for i := first; i < last; i++ {
				x.timeish[i] = true
			}
		}
		if s.First >= 0 && s.First < nt {
			x.starts[s.First+1]++
		}
		if s.Kind != doc.KindTime {
			continue
		}
		if s.First >= 0 && s.First < s.Last && s.Last <= nt && x.timeEnd[s.Last] < 0 {
			x.timeEnd[s.Last] = int32(s.First)
		}
		if s.First >= 0 && s.First < s.Last && s.First <= nt && x.timeStart[s.First] < 0 {
			x.timeStart[s.First] = int32(s.Last)
		}
	}
	for j := 1; j <= nt; j++ {
		x.starts[j] += x.starts[j-1]
	}
	x.byFirst = make([]int32, x.starts[nt])
	fill := make([]int32, nt)
	for si, s := range d.Spans {
		if s.First >= 0 && s.First < nt {
			x.byFirst[x.starts[s.First]+fill[s.First]] = int32(si)
			fill[s.First]++
		} else {
			x.odd = append(x.odd, int32(si))
		}
	}
	return x
}

// indexes holds the span index of each Doc the stage is working on.
var indexes sync.Map // *doc.Doc → *spanIndex

// indexSpans makes the span index of d available to the rules until done
// is called.
func indexSpans(d *doc.Doc) (done func()) {
	indexes.Store(d, newSpanIndex(d))
	return func() { indexes.Delete(d) }
}

// spansOf returns the span index of d and the spans it does not cover;
// with no index, all of d's spans.
func spansOf(d *doc.Doc) (*spanIndex, []doc.Span) {
	if v, ok := indexes.Load(d); ok {
		x := v.(*spanIndex)
		if x.n <= len(d.Spans) && len(x.name) == len(d.Tokens) {
			return x, d.Spans[x.n:]
		}
	}
	return nil, d.Spans
}

// inNameSpan reports whether token i lies in a name span.
func inNameSpan(d *doc.Doc, i int) bool {
	x, rest := spansOf(d)
	if x != nil && i >= 0 && i < len(x.name) && x.name[i] {
		return true
	}
	for _, s := range rest {
		if s.Kind == doc.KindName && s.First <= i && i < s.Last {
			return true
		}
	}
	return false
}

// inTimeSpan reports whether token i lies in a time expression or a span
// labelled DATE or TIME.
func inTimeSpan(d *doc.Doc, i int) bool {
	x, rest := spansOf(d)
	if x != nil && i >= 0 && i < len(x.timeish) && x.timeish[i] {
		return true
	}
	for _, s := range rest {
		if s.First <= i && i < s.Last && (s.Kind == doc.KindTime || s.Label == "DATE" || s.Label == "TIME") {
			return true
		}
	}
	return false
}

// timeSpanEnding returns the first token of a time expression ending just
// before token j, or -1.
func timeSpanEnding(d *doc.Doc, j int) int {
	x, rest := spansOf(d)
	if x != nil && j >= 0 && j < len(x.timeEnd) && x.timeEnd[j] >= 0 {
		return int(x.timeEnd[j])
	}
	for _, s := range rest {
		if s.Kind == doc.KindTime && s.Last == j && s.First >= 0 && s.First < j {
			return s.First
		}
	}
	return -1
}

// timeSpanStarting returns the token after a time expression starting at
// token j, or -1.
func timeSpanStarting(d *doc.Doc, j int) int {
	x, rest := spansOf(d)
	if x != nil && j >= 0 && j < len(x.timeStart) && x.timeStart[j] >= 0 {
		return int(x.timeStart[j])
	}
	for _, s := range rest {
		if s.Kind == doc.KindTime && s.First == j && s.Last > j {
			return s.Last
		}
	}
	return -1
}
