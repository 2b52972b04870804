package quoteeval

import (
	"fmt"
	"io"
	"strings"

	"github.com/dateline-news/dateline/doc"
)

// Error classes the dump writes, one a line, tab-separated after the
// class: the document, then what went wrong.
const (
	// DumpMissed is gold content no prediction overlaps: cue, source,
	// content.
	DumpMissed = "MISSED"
	// DumpSpurious is a prediction that overlaps no gold content: cue,
	// speaker, content.
	DumpSpurious = "SPURIOUS"
	// DumpSpeaker is gold content found by a prediction whose speaker is
	// wrong: gold cue and source, predicted cue and speaker, content.
	DumpSpeaker = "SPEAKER"
	// DumpWrong is a prediction whose best gold match has another
	// speaker: where its cue lies (in that gold's content, at its cue, or
	// apart), predicted cue and speaker, gold cue and source, content.
	DumpWrong = "WRONG"
	// DumpSpan is gold content found by a prediction covering less than
	// half of it or more than twice it (scored as found, listed so that
	// content boundaries can be studied): gold and predicted content.
	DumpSpan = "SPAN"
)

// dumpDoc writes the errors of one document's predictions to w.
func dumpDoc(w io.Writer, g Document, pred []Predicted) {
	text := func(rs []doc.Range) string {
		var b []string
		for _, r := range rs {
			if r.Start >= 0 && r.End <= len(g.Text) && r.Start < r.End {
				b = append(b, g.Text[r.Start:r.End])
			}
		}
		return clip(strings.Join(b, " … "), 160)
	}
	kind := func(direct bool) string {
		if direct {
			return "direct"
		}
		return "indirect"
	}
	for _, a := range g.Attributions {
		best, bestN := -1, 0.0
		for pi, p := range pred {
			if n := jaccard(a.Content, p.Content); n > bestN {
				best, bestN = pi, n
			}
		}
		if best < 0 {
			fmt.Fprintf(w, "%s\t%s\t%s\tcue=%q\tsource=%q\tcontent=%q\n", DumpMissed, g.Name, kind(a.Direct), text(a.Cue), text(a.Source), text(a.Content))
			continue
		}
		p := pred[best]
		if !speakerRight(a, p) {
			// whether the gold cue was predicted elsewhere: "own" when that
			// prediction's speaker is right, "cue" when wrong, "-" when not
			own := "-"
			for _, o := range pred {
				if overlap(a.Cue, o.Cue) > 0 {
					own = "cue"
					if speakerRight(a, o) {
						own = "own"
						break
					}
				}
			}
			fmt.Fprintf(w, "%s\t%s\t%s\tcue=%q\tsource=%q\tpred_cue=%q\tpred=%q\tcontent=%q\tgold_cue_predicted=%s\n", DumpSpeaker, g.Name, kind(a.Direct),
				text(a.Cue), text(a.Source), text([]doc.Range{p.Cue}), text(p.SpeakerAt), text(a.Content), own)
		}
		glen := 0
		for _, r := range a.Content {
			glen += r.Len()
		}
		if o := overlap(a.Content, p.Content); 2*o < glen || p.Content.Len() > 2*glen {
			fmt.Fprintf(w, "%s\t%s\t%s\tcue=%q\tgold=%q\tpred=%q\n", DumpSpan, g.Name, kind(a.Direct), text(a.Cue), text(a.Content), text([]doc.Range{p.Content}))
		}
	}
	for _, p := range pred {
		bi, bn := -1, 0.0
		for ai, a := range g.Attributions {
			if n := jaccard(a.Content, p.Content); n > bn {
				bi, bn = ai, n
			}
		}
		if bi >= 0 && !speakerRight(g.Attributions[bi], p) {
			a := g.Attributions[bi]
			where := "apart"
			if overlap(a.Content, p.Cue) > 0 {
				where = "cue-in-gold-content"
			} else if overlap(a.Cue, p.Cue) > 0 {
				where = "same-cue"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\tpred_cue=%q\tpred=%q\tcue=%q\tsource=%q\tcontent=%q\n", DumpWrong, g.Name, kind(p.Direct), where,
				text([]doc.Range{p.Cue}), text(p.SpeakerAt), text(a.Cue), text(a.Source), text([]doc.Range{p.Content}))
		}
		if bi < 0 {
			fmt.Fprintf(w, "%s\t%s\t%s\tcue=%q\tpred=%q\tcontent=%q\n", DumpSpurious, g.Name, kind(p.Direct),
				text([]doc.Range{p.Cue}), text(p.SpeakerAt), text([]doc.Range{p.Content}))
		}
	}
}

// clip shortens s to about n bytes on a rune boundary, newlines folded.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && (s[n]&0xC0) == 0x80 {
		n--
	}
	return s[:n] + "…"
}
