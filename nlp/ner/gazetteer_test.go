package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/nlp/conll"
)

func TestGazetteer(t *testing.T) {
	ls := newLabelSet([]string{"LOC", "ORG"})
	docs := []conll.Document{{Sents: []conll.Sentence{
		{Words: strings.Fields("the New York Stock Exchange rose in New York"),
			Spans: []conll.Span{{Start: 1, End: 5, Label: "ORG"}, {Start: 7, End: 9, Label: "LOC"}}},
		{Words: strings.Fields("New York said Zorbia"),
			Spans: []conll.Span{{Start: 0, End: 2, Label: "LOC"}, {Start: 3, End: 4, Label: "LOC"}}},
	}}}
	g := buildGazetteer(docs, ls, nil)
	var buf bytes.Buffer
	if err := writeGazetteers(&buf, []*gazetteer{g}); err != nil {
		t.Fatal(err)
	}
	gs, err := readGazetteers(&buf)
	if err != nil || len(gs) != 1 || !gs[0].prefixed {
		t.Fatalf("read back: %v %v", gs, err)
	}
	tests := []struct {
		sent string
		tok  int
		want []uint16 // type*4+pos+1
	}{
		{"visit New York today", 1, []uint16{0*4 + pB + 1}},
		{"visit New York today", 2, []uint16{0*4 + pL + 1}},
		{"visit New York today", 0, nil},
		{"the New York Stock Exchange", 3, []uint16{1*4 + pI + 1}},
		{"to Zorbia", 1, []uint16{0*4 + pU + 1}},
		{"New Jersey", 0, nil},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.sent)
		toks := make([]tokInfo, len(words))
		for i, w := range words {
			toks[i].word = w
		}
		markAll(toks, gs)
		tk := toks[tc.tok]
		got := tk.gaz[:tk.ngaz]
		if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
			t.Errorf("%q token %d: gaz %v, want %v", tc.sent, tc.tok, got, tc.want)
		}
	}
}
