package conll

import (
	"reflect"
	"strings"
	"testing"
)

func TestSpansFromTags(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Span
	}{
		{"empty", "", nil},
		{"iob1 single", "I-PER I-PER O I-LOC", []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 adjacent", "I-PER B-PER O", []Span{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"iob1 type change", "I-ORG I-LOC", []Span{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		{"iob2", "B-ORG I-ORG B-ORG O", []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		{"bilou", "B-GPE L-GPE U-GPE O B-PERSON I-PERSON L-PERSON", []Span{{0, 2, "GPE"}, {2, 3, "GPE"}, {4, 7, "PERSON"}}},
		{"bioes", "S-LOC B-LOC E-LOC I-LOC", []Span{{0, 1, "LOC"}, {1, 3, "LOC"}, {3, 4, "LOC"}}},
		{"trailing", "O B-MISC I-MISC", []Span{{1, 3, "MISC"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := SpansFromTags(strings.Fields(tc.tags))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("SpansFromTags(%q) = %v, want %v", tc.tags, got, tc.want)
			}
		})
	}
}

func TestIOB2RoundTrip(t *testing.T) {
	spans := []Span{{0, 2, "ORG"}, {2, 3, "ORG"}, {4, 5, "PER"}}
	tags := IOB2(6, spans)
	if want := "B-ORG I-ORG B-ORG O B-PER O"; strings.Join(tags, " ") != want {
		t.Fatalf("IOB2 = %v, want %v", tags, want)
	}
	if got := SpansFromTags(tags); !reflect.DeepEqual(got, spans) {
		t.Errorf("round trip = %v, want %v", got, spans)
	}
}

func TestReadCoNLL2003(t *testing.T) {
	in := `-DOCSTART- -X- O O

Acme NNP I-NP I-ORG
Widgets NNP I-NP I-ORG
hired VBD I-VP O
Jane NNP I-NP I-PER
Roe NNP I-NP I-PER
. . O O

Zorbia NNP I-NP I-LOC

-DOCSTART- -X- O O

Hello UH O O
`
	docs, err := ReadCoNLL2003(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	tests := []struct {
		doc, sent int
		words     int
		spans     []Span
	}{
		{0, 0, 6, []Span{{0, 2, "ORG"}, {3, 5, "PER"}}},
		{0, 1, 1, []Span{{0, 1, "LOC"}}},
		{1, 0, 1, nil},
	}
	for _, tc := range tests {
		s := docs[tc.doc].Sents[tc.sent]
		if len(s.Words) != tc.words || !reflect.DeepEqual(s.Spans, tc.spans) {
			t.Errorf("doc %d sent %d: %d words %v, want %d %v", tc.doc, tc.sent, len(s.Words), s.Spans, tc.words, tc.spans)
		}
	}
}

func TestReadOntoNotes(t *testing.T) {
	in := `#begin document (nw/test/00/test_0001); part 000
nw/test/00/test_0001 0 0 The DT (TOP(S(NP* - - - - (ORG* -
nw/test/00/test_0001 0 1 Blue NNP * - - - - * -
nw/test/00/test_0001 0 2 Company NNP *) - - - - *) -
nw/test/00/test_0001 0 3 met VBD (VP* meet 01 - - * -
nw/test/00/test_0001 0 4 in IN (PP* - - - - * -
nw/test/00/test_0001 0 5 Zorbia NNP (NP*) - - - - (GPE) -
nw/test/00/test_0001 0 6 -LRB- -LRB- * - - - - * -
nw/test/00/test_0001 0 7 /. . *)) - - - - * -

#end document
`
	docs, err := ReadOntoNotes(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sents) != 1 {
		t.Fatalf("got %d docs", len(docs))
	}
	s := docs[0].Sents[0]
	want := []Span{{0, 3, "ORG"}, {5, 6, "GPE"}}
	if !reflect.DeepEqual(s.Spans, want) {
		t.Errorf("spans = %v, want %v", s.Spans, want)
	}
	if s.Words[6] != "(" || s.Words[7] != "." {
		t.Errorf("escapes not undone: %q", s.Words[6:])
	}
	if docs[0].ID != "(nw/test/00/test_0001); part 000" {
		t.Errorf("ID = %q", docs[0].ID)
	}
}
