// Package doc is Dateline's document model, in the manner of spaCy's Doc:
// the text of one article, its paragraphs, sentences and tokens with byte
// offsets, labeled spans, and the records that pipeline stages derive from
// them (entities, quotes, events). Every stage reads and adds annotations on
// a *Doc; no stage talks to another stage.
//
// All offsets inside a Doc are byte offsets into Doc.Text. Result converts
// them to the Unicode code point offsets of the public contract.
package doc

import (
	"sort"
	"time"

	"github.com/dateline-news/dateline"
)

// Doc is one article under annotation.
type Doc struct {
	Article   dateline.Article // metadata; Article.Text == Text
	Text      string
	Published time.Time // publication date; zero when unknown
	Verbatim  bool      // Text was given by the caller: stages must not change it

	Paras  []Range    // paragraphs, in order
	Sents  []Sentence // sentences, in order
	Tokens []Token    // tokens, in order

	Spans    []Span    // labeled spans (entity mentions, time expressions)
	Entities []*Entity // coreference clusters over Spans
	Quotes   []*Quote
	Events   []*Event

	runeIndex []int32 // see runes.go
}

// Range is a half-open byte range [Start, End) of Doc.Text.
type Range struct {
	Start, End int
}

// Len is the range's length in bytes.
func (r Range) Len() int { return r.End - r.Start }

// Contains reports whether r contains the byte offset i.
func (r Range) Contains(i int) bool { return i >= r.Start && i < r.End }

// Overlaps reports whether r and o share at least one byte.
func (r Range) Overlaps(o Range) bool { return r.Start < o.End && o.Start < r.End }

// Token is one word or punctuation mark.
type Token struct {
	Range
	Text  string
	Tag   string // Penn Treebank part-of-speech tag, "" until tagged
	Lemma string // lower-case base form, "" until lemmatised
	Head  int    // index of the syntactic head in Doc.Tokens; -1 for a root or unparsed
	Dep   string // Universal Dependencies relation to Head, "" until parsed
	Sent  int    // index of the sentence in Doc.Sents
	Space bool   // whitespace follows the token
}

// Sentence is a sentence: its byte range, its tokens [First, Last) and the
// paragraph it belongs to.
type Sentence struct {
	Range
	First, Last int
	Para        int
}

// Mention kinds.
const (
	KindName    = "name"    // a proper name: "Vladimir Putin"
	KindNominal = "nominal" // a description: "the Russian leader"
	KindPronoun = "pronoun" // "he", "I"
	KindTime    = "time"    // a temporal expression
)

// Span is a labeled stretch of text: a named entity, a nominal or pronoun
// mention, or a temporal expression.
type Span struct {
	Range
	First, Last int    // tokens [First, Last) the span overlaps; -1,-1 when it overlaps none
	Label       string // OntoNotes type: PERSON, ORG, GPE, LOC, NORP, DATE, TIME, ...
	Kind        string // KindName, KindNominal, KindPronoun or KindTime
	Value       string // normalised value (TIMEX3 for DATE/TIME)
	Entity      int    // index into Doc.Entities; -1 until linked
	Source      string // which stage or model produced it
}

// Entity is a coreference cluster: one real-world thing and its mentions.
type Entity struct {
	Name     string
	Type     string
	Value    string
	Mentions []int // indices into Doc.Spans, in text order
	Actor    *dateline.Actor
	Geo      *dateline.Geo
	Gender   string // "m", "f", "n" or ""
	Plural   bool

	// What the text says about the entity, for linking and actor coding.
	Roles       []string // lower-case titles and role nouns seen with it ("president")
	FormerRoles []string // titles it is said to have held ("former president")
	Nationality string   // ISO alpha-3 of a demonym or country seen with it ("Russian President")
	// Organisation is the actor code of an international organisation
	// named with its title ("EU" in "EU foreign policy chief Josep
	// Borrell": IGOEUREEC); a national body gives Nationality instead.
	Organisation string
}

// Quote is a direct or reported utterance, with byte offsets.
type Quote struct {
	Content   Range  // the quoted words, without quotation marks
	Direct    bool   // false for reported speech
	Cue       string // the verb or phrase that introduces it ("said", "according to")
	CueRange  Range  // where the cue is; zero when none
	Speaker   int    // index into Doc.Spans of the mention the attribution rests on; -1 when unknown
	Addressee int    // index into Doc.Entities; -1 when none
	Sent      int    // first sentence of the quote
}

// Participant is an actor or recipient of an event.
type Participant struct {
	Entity int // index into Doc.Entities; -1 when the participant has no entity
	Name   string
	Actor  dateline.Actor
}

// Event is one coded event, with byte offsets. Mentions holds each place
// that reports it, the first being the one coded.
type Event struct {
	Type       string // PLOVER type
	Mode       string
	Context    []string
	Cameo      string
	QuadClass  int
	Goldstein  float64
	AuxMode    string // "", "future", "hypothetical", "negation", "historical"
	Confidence float64
	Date       string
	Actors     []Participant
	Recipients []Participant
	Loc        *dateline.Location
	Mentions   []EventMention
}

// EventMention is one sentence that reports an event.
type EventMention struct {
	Sent    int
	Trigger Range // the words that carry the event ("held a meeting")
}

// Stage is one step of the pipeline. It reads annotations on a Doc and adds
// its own.
type Stage interface {
	Name() string
	Process(d *Doc) error
}

// New makes a Doc for an article. published may be zero.
func New(a dateline.Article, published time.Time) *Doc {
	return &Doc{Article: a, Text: a.Text, Published: published}
}

// Slice returns the text of r.
func (d *Doc) Slice(r Range) string { return d.Text[r.Start:r.End] }

// SentenceAt returns the index of the sentence containing byte offset i, or -1.
func (d *Doc) SentenceAt(i int) int {
	return locate(i, len(d.Sents), func(k int) Range { return d.Sents[k].Range })
}

// TokenAt returns the index of the token containing byte offset i, or -1.
func (d *Doc) TokenAt(i int) int {
	return locate(i, len(d.Tokens), func(k int) Range { return d.Tokens[k].Range })
}

// locate finds, among n ordered, non-overlapping ranges, the one containing
// byte offset i, or -1.
func locate(i, n int, at func(k int) Range) int {
	k := sort.Search(n, func(k int) bool { return at(k).End > i })
	if k < n && at(k).Contains(i) {
		return k
	}
	return -1
}

// TokensIn returns the token range [first, last) of tokens lying inside r.
func (d *Doc) TokensIn(r Range) (first, last int) {
	first = len(d.Tokens)
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < r.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first = lo
	last = first
	for last < len(d.Tokens) && d.Tokens[last].End <= r.End {
		last++
	}
	return first, last
}

// AddSpan appends a span, filling its token range when it is unset (0, 0)
// with the tokens the span overlaps (-1, -1 when it overlaps none), and
// returns its index.
func (d *Doc) AddSpan(s Span) int {
	if s.First == 0 && s.Last == 0 {
		s.First, s.Last = d.TokensOverlapping(s.Range)
	}
	if s.Entity == 0 {
		s.Entity = -1
	}
	d.Spans = append(d.Spans, s)
	return len(d.Spans) - 1
}

// SpanAt returns the index of the first span of the given kind ("" for any)
// that overlaps r, or -1.
func (d *Doc) SpanAt(r Range, kind string) int {
	for i, s := range d.Spans {
		if (kind == "" || s.Kind == kind) && s.Overlaps(r) {
			return i
		}
	}
	return -1
}

// TokensOverlapping returns the token range [first, last) of the tokens
// that overlap r, or -1, -1 when none does.
func (d *Doc) TokensOverlapping(r Range) (first, last int) {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= r.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	first, last = lo, lo
	for last < len(d.Tokens) && d.Tokens[last].Start < r.End {
		last++
	}
	if first >= last {
		return -1, -1
	}
	return first, last
}
