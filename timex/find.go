package timex

import (
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// Expr is one temporal expression found in a text: a half-open byte
// range, its TIMEX3 type (DATE, TIME, DURATION or SET) and its TIMEX3
// value ("2017-11-20", "1989-Q3", "P3Y", "PRESENT_REF", ...).
type Expr struct {
	Start, End int
	Type       string
	Value      string
}

// Find recognises and normalises the temporal expressions of text against
// the reference (publication) date ref, which may be zero. Expressions
// come back in text order, without overlaps.
func Find(text string, ref time.Time) []Expr {
	return FindIn(text, ref, nil)
}

// FindIn is Find with sentence boundaries given as byte ranges (nil: the
// text is split into sentences here).
func FindIn(text string, ref time.Time, sents [][2]int) []Expr {
	a := getAnnotator()
	defer a.release()
	return a.run(text, ref, sents, nil)
}

// annotator holds the buffers of one run.
type annotator struct {
	p       parser
	matches []match
	sent    []int32 // sentence index of each token
	quote   []int32 // token index of the quote opening each token is inside, -1 outside
	docToks []doc.Token
	tags    []string // Penn Treebank tag of each token; empty when untagged
}

// annotators keeps annotators between runs: their buffers grow to the
// size of the longest text once instead of from nothing for every text.
var annotators = sync.Pool{New: func() any { return new(annotator) }}

// getAnnotator returns an annotator for one run.
func getAnnotator() *annotator { return annotators.Get().(*annotator) }

// release returns a to annotators without references into its last text.
func (a *annotator) release() {
	clear(a.p.t)
	clear(a.matches)
	clear(a.tags)
	a.p.text, a.docToks = "", nil
	annotators.Put(a)
}

func (a *annotator) run(text string, ref time.Time, sents [][2]int, out []Expr) []Expr {
	a.p.text = text
	a.p.t = tokenize(text, a.p.t[:0])
	toks := a.p.t
	a.matches = a.p.find(a.matches[:0])
	if len(a.matches) == 0 {
		return out
	}
	a.sentences(sents)
	a.quotes()
	a.alignTags()

	c := ctx{ref: ref, hasRef: !ref.IsZero()}
	pub := c
	prevSent := -10
	lastQSent := -1
	type absDate struct {
		t   time.Time
		tok int
	}
	var lastAbs absDate
	hasAbs := false
	for _, m := range a.matches {
		s := int(a.sent[m.start])
		c.ref, c.hasRef = pub.ref, pub.hasRef
		q := a.quote[m.start]
		if q >= 0 && pub.hasRef && m.rel {
			// inside a quotation: anchor on the date of the narrated utterance
			if hasAbs && lastAbs.tok < int(q) {
				d := pub.ref.Sub(lastAbs.t).Hours() / 24
				if d >= 0 && d <= 7 {
					c.ref = lastAbs.t
				}
			}
		}
		c.tense = a.tense(m.start, m.end)
		if m.start > 0 {
			switch w := toks[m.start-1].low; {
			case c.tense == present && deadlinePreps[w]:
				c.tense = future // "by August", "until Tuesday": a deadline ahead
			case w == "effective":
				c.tense = present // "effective Feb. 1": the nearest such date
			}
		}
		c.prevNear = prevSent >= s-1
		c.hasQ = lastQSent >= 0 && lastQSent >= s-quarterReach
		v := m.val
		if m.fn != nil {
			v = m.fn(&c)
		}
		typ := m.typ
		switch {
		case typ == "DATE" && strings.IndexByte(v, 'T') > 0 && (v[0] >= '0' && v[0] <= '9' || v[0] == 'X'):
			typ = "TIME"
		case typ == "DATE" && len(v) > 1 && v[0] == 'P' && (v[1] >= '0' && v[1] <= '9' || v[1] == 'X' || v[1] == 'T'):
			typ = "DURATION"
		}
		out = append(out, Expr{Start: toks[m.start].start, End: toks[m.end-1].end, Type: typ, Value: v})
		if (typ == "DATE" || typ == "TIME") && !m.shifted {
			if t, u, ok := parsePoint(v); ok {
				if u == uQuarter && m.quarter {
					c.lastQ, c.hasQ, lastQSent = t, true, s
				}
				c.prev, c.prevUnit = t, u
				prevSent = s
				if m.abs && u == uDay && q < 0 {
					lastAbs, hasAbs = absDate{t, m.start}, true
				}
			}
		}
	}
	return out
}

// deadlinePreps introduce a deadline, which lies ahead unless the clause
// is in the past.
var deadlinePreps = map[string]bool{"by": true, "until": true, "till": true, "through": true}

// quarterReach is how many sentences back a quarter mentioned by number
// stays the topic of "the quarter", "a year ago".
const quarterReach = 2

// abbreviations do not end sentences.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "prof": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "vs": true,
	"no": true, "mt": true, "ft": true, "rev": true, "messrs": true, "maj": true, "adm": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "a": true, "p": true, "m": true,
}

// sentences assigns a sentence index to each token, from the given byte
// ranges or by splitting at sentence-final punctuation and blank lines.
func (a *annotator) sentences(sents [][2]int) {
	toks := a.p.t
	a.sent = grow(a.sent, len(toks))
	if len(sents) > 0 {
		s := 0
		for i, t := range toks {
			for s < len(sents)-1 && t.start >= sents[s][1] {
				s++
			}
			a.sent[i] = int32(s)
		}
		return
	}
	s := int32(0)
	for i, t := range toks {
		if i > 0 {
			if t.para {
				s++
			} else if prev := toks[i-1]; prev.kind == tPunct && (prev.low == "." || prev.low == "!" || prev.low == "?") && t.space && (t.cap || t.kind == tNum || t.kind == tPunct) {
				if !(i >= 2 && toks[i-2].kind == tWord && !toks[i-1].space && (abbreviations[toks[i-2].low] || len(toks[i-2].low) == 1)) {
					s++
				}
			}
		}
		a.sent[i] = s
	}
}

func grow(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}

// quotes marks the tokens inside quotations with the index of the
// opening quotation mark.
func (a *annotator) quotes() {
	toks := a.p.t
	a.quote = grow(a.quote, len(toks))
	open := int32(-1)
	for i := range toks {
		t := &toks[i]
		if t.para {
			open = -1
		}
		a.quote[i] = open
		if t.kind != tPunct {
			continue
		}
		switch t.low {
		case "“":
			open = int32(i)
		case "”":
			open = -1
		case "\"":
			if open >= 0 {
				open = -1
			} else {
				open = int32(i)
			}
		case "`":
			if i+1 < len(toks) && toks[i+1].low == "`" && !toks[i+1].space {
				open = int32(i)
			}
		case "'":
			if i+1 < len(toks) && toks[i+1].low == "'" && !toks[i+1].space && open >= 0 {
				open = -1
			}
		}
	}
}
