package timex

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/doc"
)

// taggedDoc builds a Doc from "word/TAG word/TAG ..." (words joined by
// spaces, one sentence), as a tagger would leave it.
func taggedDoc(t *testing.T, tagged, published string) *doc.Doc {
	t.Helper()
	var text strings.Builder
	var toks []doc.Token
	for i, wt := range strings.Fields(tagged) {
		k := strings.LastIndexByte(wt, '/')
		if k <= 0 {
			t.Fatalf("bad token %q", wt)
		}
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(wt[:k])
		toks = append(toks, doc.Token{Range: doc.Range{Start: start, End: text.Len()}, Text: wt[:k], Tag: wt[k+1:], Head: -1})
	}
	d := newDoc(text.String(), day(published))
	d.Tokens = toks
	d.Sents = []doc.Sentence{{Range: doc.Range{Start: 0, End: text.Len()}, First: 0, Last: len(toks)}}
	return d
}

func TestTaggedTense(t *testing.T) {
	tests := []struct {
		name, ref, tagged, phrase, value string
	}{
		{"past verb before", "2017-11-22", "The/DT king/NN met/VBD Bush/NNP Monday/NNP ./.", "Monday", "2017-11-20"},
		{"modal before", "2017-11-22", "The/DT king/NN will/MD meet/VB Bush/NNP on/IN Thursday/NNP ./.", "Thursday", "2017-11-23"},
		{"modal before, far side", "2017-11-22", "The/DT king/NN will/MD meet/VB Bush/NNP on/IN Monday/NNP ./.", "Monday", "2017-11-27"},
		{"due to", "2023-05-05", "The/DT statement/NN said/VBD the/DT talks/NNS ,/, due/JJ to/TO begin/VB on/IN Saturday/NNP ,/, would/MD focus/VB on/IN aid/NN ./.", "Saturday", "2023-05-06"},
		{"is to", "2017-11-24", "Trading/NN is/VBZ to/TO resume/VB in/IN Paris/NNP Tuesday/NNP ./.", "Tuesday", "2017-11-28"},
		{"plans to as a noun", "2017-11-23", "On/IN Tuesday/NNP ,/, the/DT league/NN plans/NNS to/TO hold/VB a/DT rally/NN ./.", "Tuesday", "2017-11-28"},
		{"verb after", "2017-11-23", "On/IN Tuesday/NNP ,/, the/DT league/NN held/VBD a/DT rally/NN ./.", "Tuesday", "2017-11-21"},
		{"present perfect", "2017-11-22", "He/PRP has/VBZ said/VBN on/IN Friday/NNP that/IN he/PRP would/MD go/VB ./.", "Friday", "2017-11-17"},
		{"main verb of a long opening", "2017-10-25",
			"In/IN January/NNP ,/, a/DT week/NN after/IN the/DT 10th/JJ anniversary/NN of/IN the/DT flood/NN ,/, a/DT fire/NN in/IN Leeds/NNP destroyed/VBD a/DT mill/NN ./.",
			"January", "2017-01"},
		{"agreement to, far back", "1989-11-02", "The/DT brewer/NN announced/VBD an/DT agreement/NN to/TO buy/VB the/DT Dayton/NNP ,/, Ohio/NNP ,/, bottling/NN plant/NN in/IN January/NNP ./.", "January", "1990-01"},
		{"planned in the past", "2017-10-26", "A/DT service/NN planned/VBN for/IN Saturday/NNP was/VBD canceled/VBN ./.", "Saturday", "2017-10-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := taggedDoc(t, tt.tagged, tt.ref)
			at := strings.Index(d.Text, tt.phrase)
			for _, e := range FindDoc(d) {
				if e.Start == at && d.Text[e.Start:e.End] == tt.phrase {
					if e.Value != tt.value {
						t.Errorf("%q: %q = %s, want %s", d.Text, tt.phrase, e.Value, tt.value)
					}
					return
				}
			}
			t.Errorf("%q: %q not found in %+v", d.Text, tt.phrase, FindDoc(d))
		})
	}
}
