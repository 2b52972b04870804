package events

import (
	"strings"
	"time"

	"github.com/dateline-news/dateline/doc"
)

// context holds what the coder precomputes about a document.
type context struct {
	d        *doc.Doc
	lemmas   []string
	mentions [][]int // per token: spans starting there, the longest first
	quoteOf  []int   // per token: index of the direct quote containing it, or -1
	narr     []string
}

func newContext(d *doc.Doc) *context {
	x := &context{d: d}
	x.lemmas = make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		x.lemmas[i] = lemmaOf(t.Text, t.Lemma)
	}
	x.mentions = make([][]int, len(d.Tokens))
	for si, s := range d.Spans {
		if s.Entity < 0 || s.First < 0 || s.First >= len(d.Tokens) || s.Kind == doc.KindTime {
			continue
		}
		switch d.Entities[s.Entity].Type {
		case "PERSON", "ORG", "GPE":
		case "NORP":
			// a people ("the Syrians") acts; a demonym modifier ("Syrian
			// President") does not
			if !strings.HasSuffix(d.Slice(s.Range), "s") {
				continue
			}
		default:
			continue
		}
		x.mentions[s.First] = append(x.mentions[s.First], si)
	}
	for _, ms := range x.mentions {
		for i := 1; i < len(ms); i++ {
			for j := i; j > 0 && d.Spans[ms[j]].Last > d.Spans[ms[j-1]].Last; j-- {
				ms[j], ms[j-1] = ms[j-1], ms[j]
			}
		}
	}
	x.quoteOf = make([]int, len(d.Tokens))
	for i := range x.quoteOf {
		x.quoteOf[i] = -1
	}
	for qi, q := range d.Quotes {
		if !q.Direct {
			continue
		}
		first, last := d.TokensIn(q.Content)
		for i := first; i < last; i++ {
			x.quoteOf[i] = qi
		}
	}
	x.narrativeDates()
	return x
}

// narrativeDates computes, per sentence, the date the narration is at: the
// latest full date written outside quotations so far, when it lies within
// a week before publication; else the publication date.
func (x *context) narrativeDates() {
	d := x.d
	pub := ""
	if !d.Published.IsZero() {
		pub = d.Published.Format("2006-01-02")
	}
	x.narr = make([]string, len(d.Sents))
	cur := pub
	for si, s := range d.Sents {
		x.narr[si] = cur
		for _, sp := range d.Spans {
			day := dayOf(sp.Value)
			if sp.Kind != doc.KindTime || sp.First < s.First || sp.First >= s.Last || day == "" {
				continue
			}
			if x.quoteOf[sp.First] >= 0 {
				continue
			}
			if within(day, d.Published, 7) {
				cur = day
				x.narr[si] = cur
			}
		}
	}
}

// within reports whether the date v lies from days before ref up to ref.
func within(v string, ref time.Time, days int) bool {
	t, err := time.Parse("2006-01-02", v)
	if err != nil || ref.IsZero() {
		return false
	}
	diff := ref.Sub(t).Hours() / 24
	return diff >= 0 && diff <= float64(days)
}

// sportsWords mark sentences about games, which are not political events.
var sportsWords = map[string]bool{"match": true, "goal": true, "goals": true, "league": true, "championship": true,
	"tournament": true, "cup": true, "scored": true, "striker": true, "midfielder": true, "coach": true, "innings": true,
	"playoff": true, "playoffs": true, "quarterfinal": true, "semifinal": true, "olympic": true, "olympics": true, "fifa": true,
	"seed": true, "seeded": true, "unseeded": true, "relay": true, "hurdles": true}

// discard reports whether a sentence is about sports or anniversaries,
// whose verbs ("beat", "attack", "defend") are not political events.
func (x *context) discard(si int) bool {
	s := x.d.Sents[si]
	scores := 0 // a set's scores, "6-1 6-3" (one "15-0" may be a vote)
	for i := s.First; i < s.Last; i++ {
		w := strings.ToLower(x.d.Tokens[i].Text)
		if sportsWords[w] || w == "anniversary" || w == "commemorate" || w == "commemorated" {
			return true
		}
		if score(w) {
			if scores++; scores == 2 {
				return true
			}
		}
	}
	return false
}

// score reports whether a token is a game's score ("6-1", "3-0"): small
// numbers joined by a hyphen.
func score(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) == 0 || len(b) == 0 || len(a) > 2 || len(b) > 2 {
		return false
	}
	for _, c := range a + b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
