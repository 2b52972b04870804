package quotes

import "github.com/dateline-news/dateline/doc"

// findingNouns head a phrase that reports what a poll, study or person's
// view holds: "In the latest poll, X leads", "In his view, X", "X is
// ahead, in a survey released Monday".
var findingNouns = set(`poll survey study report analysis estimate view eye word opinion ranking count
	tally projection forecast figure number finding assessment account reckoning calculation
	judgment judgement estimation`)

// inFinding returns the attribution of the phrase "in NP" at token k whose
// head is one of findingNouns, opening its sentence ("In a poll released
// Monday, CONTENT") or closing it after a comma ("CONTENT, in a poll"),
// with the noun phrase as its source; nil when it is neither.
func inFinding(d *doc.Doc, si, k int, inQuote []bool) *doc.Quote {
	s := d.Sents[si]
	if w := lower(d, k); w != "in" && w != "by" {
		return nil
	}
	sub := npRight(d, k+1, s.Last)
	if !sub.ok() || lower(d, sub.first) == "other" {
		return nil // "In other words" reports nothing
	}
	head := sub.last - 1
	for j := sub.first + 1; j < sub.last; j++ {
		if lower(d, j) == "of" {
			head = j - 1 // "a survey of likely voters"
			break
		}
	}
	if !findingNouns[lemma(d, head)] || d.Tokens[head].Tag == "NNP" {
		return nil
	}
	end := contentEnd(d, s)
	lead := k == s.First || (k == s.First+1 && isPunct(d.Tokens[s.First].Text))
	if lead {
		// the phrase may run on ("released Monday", "of likely voters") up
		// to its comma
		c := sub.last
		for c < end && c < sub.last+12 && d.Tokens[c].Text != "," {
			if isQuoteMark(d.Tokens[c].Text) || d.Tokens[c].Tag == "VBD" || d.Tokens[c].Tag == "VBZ" || d.Tokens[c].Tag == "VBP" || d.Tokens[c].Tag == "MD" {
				return nil
			}
			c++
		}
		if c >= end || d.Tokens[c].Text != "," {
			return nil
		}
		if c+1 < end && d.Tokens[c+1].Tag == "VBN" {
			// an aside about the poll: ", conducted in May,"
			for a := c + 2; a < end && a < c+12; a++ {
				if d.Tokens[a].Text == "," {
					c = a
					break
				}
			}
		}
		q := newReported(d, si, k, 1, speakerSpan(d, sub))
		return withContent(d, q, c+1, end, inQuote)
	}
	if k-1 <= s.First+1 || d.Tokens[k-1].Text != "," {
		return nil
	}
	for c := sub.last; c < end; c++ {
		if w := d.Tokens[c].Text; w == "," || w == ";" || isQuoteMark(w) || d.Tokens[c].Tag == "VBD" || d.Tokens[c].Tag == "VBZ" || d.Tokens[c].Tag == "VBP" || d.Tokens[c].Tag == "MD" {
			return nil
		}
	}
	q := newReported(d, si, k, 1, speakerSpan(d, sub))
	return withContent(d, q, s.First, k-1, inQuote)
}

// reportsInside reports whether the content of q holds the cue of
// another of qs: "In an interview, Smith said ..." is Smith's report.
func reportsInside(qs []*doc.Quote, q *doc.Quote) bool {
	for _, o := range qs {
		if o != q && q.Content.Start <= o.CueRange.Start && o.CueRange.End <= q.Content.End {
			return true
		}
	}
	return false
}
