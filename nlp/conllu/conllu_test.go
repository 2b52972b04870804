package conllu

import (
	"strings"
	"testing"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = Don't go.
1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VBP	_	3	aux	3:aux	_
2	n't	not	PART	RB	_	3	advmod	3:advmod	_
3	go	go	VERB	VB	_	0	root	0:root	SpaceAfter=No
3.1	gone	go	VERB	VBN	_	_	_	3:conj	_
4	.	.	PUNCT	.	_	3	punct	3:punct	_

# sent_id = s2
1	Hi	hi	INTJ	UH	_	0	root	0:root	_
`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	tests := []struct {
		sent, tok  int
		form, xpos string
		head       int
		deprel     string
		spaceAfter bool
	}{
		{0, 0, "Do", "VBP", 3, "aux", false},
		{0, 1, "n't", "RB", 3, "advmod", true},
		{0, 2, "go", "VB", 0, "root", false},
		{0, 3, ".", ".", 3, "punct", true},
		{1, 0, "Hi", "UH", 0, "root", true},
	}
	for _, tc := range tests {
		got := sents[tc.sent].Tokens[tc.tok]
		if got.Form != tc.form || got.XPOS != tc.xpos || got.Head != tc.head || got.Deprel != tc.deprel || got.SpaceAfter() != tc.spaceAfter {
			t.Errorf("sent %d tok %d = %+v, want %s %s %d %s", tc.sent, tc.tok, got, tc.form, tc.xpos, tc.head, tc.deprel)
		}
	}
	if sents[0].ID != "s1" || sents[0].Text != "Don't go." {
		t.Errorf("metadata = %q %q", sents[0].ID, sents[0].Text)
	}
	if sents[0].NewDoc != "d1" || !sents[0].NewPar || sents[1].NewDoc != "" || sents[1].NewPar {
		t.Errorf("document marks = %q %v, %q %v", sents[0].NewDoc, sents[0].NewPar, sents[1].NewDoc, sents[1].NewPar)
	}
}

func TestDoc(t *testing.T) {
	sents, _ := Read(strings.NewReader(sample))
	d := Doc(sents)
	if d.Text != "Don't go. Hi" {
		t.Fatalf("text = %q", d.Text)
	}
	for i, tok := range d.Tokens {
		if d.Slice(tok.Range) != tok.Text {
			t.Errorf("token %d: slice %q != %q", i, d.Slice(tok.Range), tok.Text)
		}
	}
	if len(d.Sents) != 2 || d.Sents[1].First != 4 || d.Sents[1].Last != 5 {
		t.Errorf("sents = %+v", d.Sents)
	}
}

func TestProjective(t *testing.T) {
	tests := []struct {
		heads []int
		want  bool
	}{
		{[]int{2, 0, 2}, true},
		{[]int{3, 4, 0, 3}, false},
		{[]int{0, 1, 2, 3}, true},
	}
	for _, tc := range tests {
		var s Sentence
		for i, h := range tc.heads {
			s.Tokens = append(s.Tokens, Token{ID: i + 1, Head: h})
		}
		if got := s.Projective(); got != tc.want {
			t.Errorf("Projective(%v) = %v, want %v", tc.heads, got, tc.want)
		}
	}
}
