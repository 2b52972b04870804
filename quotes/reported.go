package quotes

import (
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// findReported finds reported speech outside quotation marks:
// "SPEAKER said (that) CONTENT", "SPEAKER told ADDRESSEE (that) CONTENT",
// "CONTENT, SPEAKER said", "according to SPEAKER, CONTENT" and
// "CONTENT, according to SPEAKER".
func findReported(d *doc.Doc, inQuote []bool) []*doc.Quote {
	var out []*doc.Quote
	for si, s := range d.Sents {
		for k := s.First; k < s.Last; k++ {
			if inQuote[k] {
				continue
			}
			base, n := cueAt(d, k)
			if n == 0 || (base != "according to" && !reportingVerbs[base]) {
				continue
			}
			q := reportedAt(d, si, k, base, n, inQuote)
			if q != nil {
				out = append(out, q)
				break // one reported quotation per sentence
			}
		}
	}
	return out
}

func reportedAt(d *doc.Doc, si, k int, base string, n int, inQuote []bool) *doc.Quote {
	s := d.Sents[si]
	q := &doc.Quote{Speaker: -1, Addressee: -1, Cue: d.Text[d.Tokens[k].Start:d.Tokens[k+n-1].End], Sent: si}
	q.CueRange = doc.Range{Start: d.Tokens[k].Start, End: d.Tokens[k+n-1].End}
	end := s.Last
	for end > s.First && isPunct(d.Tokens[end-1].Text) {
		end--
	}
	if base == "according to" {
		q.Speaker = mentionAt(d, k+n, s.Last, true)
		if q.Speaker < 0 {
			return nil
		}
		sp := d.Spans[q.Speaker]
		switch {
		case k == s.First || (k == s.First+1 && isPunct(d.Tokens[s.First].Text)):
			// according to X, CONTENT
			c := sp.Last
			for c < end && (d.Tokens[c].Text == ",") {
				c++
			}
			return withContent(d, q, c, end, inQuote)
		case k > s.First && d.Tokens[k-1].Text == ",":
			// CONTENT, according to X
			return withContent(d, q, s.First, k-1, inQuote)
		}
		return nil
	}
	q.Speaker = mentionBefore(d, s.First, k)
	if q.Speaker < 0 || d.Spans[q.Speaker].Last < k-3 {
		return nil
	}
	sp := d.Spans[q.Speaker]
	c := k + n
	if addressing[base] || base == "tell" {
		if a := mentionAt(d, c, s.Last, true); a >= 0 && d.Spans[a].First <= c+1 {
			q.Addressee = d.Spans[a].Entity
			c = d.Spans[a].Last
		}
	}
	if c < end && strings.ToLower(d.Tokens[c].Text) == "that" {
		c++
	}
	if c < end && !circumstance[strings.ToLower(d.Tokens[c].Text)] && d.Tokens[c].Text != "," && !isQuoteMark(d.Tokens[c].Text) && end-c >= 3 {
		// SPEAKER said (that) CONTENT
		return withContent(d, q, c, end, inQuote)
	}
	// CONTENT, SPEAKER said (in a statement).
	j := sp.First - 1
	for j > s.First && sp.First-j <= 2 && determinerLike[strings.ToLower(d.Tokens[j].Text)] {
		j--
	}
	if j > s.First+2 && d.Tokens[j].Text == "," {
		return withContent(d, q, s.First, j, inQuote)
	}
	return nil
}

func withContent(d *doc.Doc, q *doc.Quote, first, last int, inQuote []bool) *doc.Quote {
	if last-first < 3 {
		return nil
	}
	for i := first; i < last; i++ {
		if inQuote[i] || isQuoteMark(d.Tokens[i].Text) {
			return nil
		}
	}
	q.Content = doc.Range{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End}
	q.Direct = false
	return q
}

func isPunct(t string) bool {
	return t == "." || t == "," || t == ";" || t == ":" || t == "!" || t == "?" || t == "..." || t == "…"
}

// circumstance words open a phrase about how or when something was said
// ("said in a statement", "said on Monday"), not what was said.
var circumstance = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"late": true, "earlier": true, "yesterday": true, "today": true, "later": true, "via": true, "through": true, "by": true, "from": true}

// determinerLike may stand between a comma and the speaker's name.
var determinerLike = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true}
